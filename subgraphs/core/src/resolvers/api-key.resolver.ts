import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { badField, Connection, PageArgs, pageWindow, signedIn, toPage, type RequestContext } from '@kendari/kit';
import { ApiKey, ApiKeyUsageDay } from '../entities/api-key.entity';
import { createApiKey, revokeApiKey, usageOf } from '../api-keys';
import { requireLiveViewer } from '../auth/session';
import { policy } from '../policy';

@ObjectType()
export class ApiKeyConnection extends Connection(ApiKey) {}

@InputType()
export class CreateApiKeyInput {
  @Field(() => String, { description: 'The office or organisation that will hold the key, e.g. "Pemkab Konawe".' })
  holder!: string;

  @Field(() => String, { description: 'Email or phone of the holder’s office (seen by admins only).' })
  contact!: string;

  @Field(() => ID, { nullable: true, description: 'A Satu Kendari account that may see the key’s use (myApiKeys).' })
  ownerAccountId?: string | null;

  @Field(() => Int, { description: 'Requests per minute (1–100000).' })
  quotaPerMinute!: number;

  @Field(() => Int, { description: 'Requests per day (at least quotaPerMinute, at most 100000000).' })
  quotaPerDay!: number;

  @Field(() => [String], { nullable: true, description: 'Browser origins that may use the key (https://host[:port]); none: any.' })
  allowedOrigins?: string[] | null;
}

@ObjectType()
export class CreateApiKeyPayload {
  @Field(() => ApiKey)
  apiKey!: ApiKey;

  @Field(() => String, { description: 'The key itself. Shown this once: only its hash is stored. Send it as the `x-api-key` header.' })
  key!: string;
}

/** ADMIN only, with a live login (a logged-out admin's token does nothing here). */
async function requireAdmin(ctx: RequestContext) {
  const admin = policy.must(ctx.viewer, 'api-keys.manage');
  await requireLiveViewer(ctx);
  return admin;
}

const MAX_OWN_KEYS = 100;

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Query(() => ApiKeyConnection, { description: 'Every API key, newest first (ADMIN).' })
  async apiKeys(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('includeRevoked', () => Boolean, { defaultValue: true }) includeRevoked: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<ApiKeyConnection> {
    await requireAdmin(ctx);
    const window = pageWindow(page);
    const [nodes, total] = await ctx.em.findAndCount(ApiKey, includeRevoked ? {} : { revokedAt: null }, {
      orderBy: { createdAt: 'desc', id: 'asc' },
      limit: window.limit,
      offset: window.offset,
    });
    return toPage(nodes, total, window) as ApiKeyConnection;
  }

  @Query(() => [ApiKey], { description: 'The API keys whose use the logged-in account may follow, newest first.' })
  async myApiKeys(@Ctx() ctx: RequestContext): Promise<ApiKey[]> {
    const viewer = signedIn(ctx.viewer);
    await requireLiveViewer(ctx);
    return ctx.em.find(ApiKey, { ownerAccountId: viewer.id }, { orderBy: { createdAt: 'desc', id: 'asc' }, limit: MAX_OWN_KEYS });
  }

  @Mutation(() => CreateApiKeyPayload, { description: 'Make an API key (ADMIN). The answer holds the key once; store it safely.' })
  async createApiKey(@Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput, @Ctx() ctx: RequestContext): Promise<CreateApiKeyPayload> {
    const admin = await requireAdmin(ctx);
    return createApiKey(ctx.em, input, admin.id);
  }

  @Mutation(() => ApiKey, { description: 'Revoke an API key (ADMIN): gateways refuse it within 30 s (their cache of checked keys).' })
  async revokeApiKey(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<ApiKey> {
    await requireAdmin(ctx);
    return revokeApiKey(ctx.em, id);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Email or phone of the holder’s office (ADMIN only).' })
  contact(@Root() k: ApiKey, @Ctx() ctx: RequestContext) {
    policy.must(ctx.viewer, 'api-key.contact');
    return k.contact;
  }

  @FieldResolver(() => ID, { nullable: true, description: 'The account that may follow the key’s use (ADMIN only).' })
  ownerAccountId(@Root() k: ApiKey, @Ctx() ctx: RequestContext) {
    policy.must(ctx.viewer, 'api-key.owner');
    return k.ownerAccountId ?? null;
  }

  @FieldResolver(() => [ApiKeyUsageDay], {
    description: 'Calls and refusals per WITA day over the last `days` days (1–366), newest first; days without calls are left out.',
  })
  usage(@Root() k: ApiKey, @Arg('days', () => Int, { defaultValue: 30 }) days: number, @Ctx() ctx: RequestContext): Promise<ApiKeyUsageDay[]> {
    if (!Number.isInteger(days) || days < 1 || days > 366) throw badField('days', 'days must be between 1 and 366', 'Jumlah hari harus 1 sampai 366');
    // one query for every key of the list
    const loader = ctx.loaders.get<string, ApiKeyUsageDay[]>(`core.apiKeyUsage:${days}`, async (ids) => {
      const byKey = await usageOf(ctx.em, ids, days);
      return ids.map((id) => byKey.get(id) ?? []);
    });
    return loader.load(k.id);
  }
}
