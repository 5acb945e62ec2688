import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { auditRead, maskName, notFound, type RequestContext } from '@kendari/kit';
import { Citizen } from '../entities/account.entity';
import { Kelurahan } from '../entities/region.entity';
import { loaders } from '../loaders';
import { requireLiveViewer } from '../auth/session';
import { accountProof, policy } from '../policy';

const ACTION = { name: 'citizen.profile', createdAt: 'citizen.profile', kelurahan: 'citizen.profile', nik: 'citizen.nik', phone: 'citizen.phone' } as const;
type PersonalField = keyof typeof ACTION;

/** The audit action of each read: NIK and phone on their own, the rest of the profile as one. */
const READ_ACTION: Record<PersonalField, string> = {
  name: 'core.citizen.read-profile',
  createdAt: 'core.citizen.read-profile',
  kelurahan: 'core.citizen.read-profile',
  nik: 'core.citizen.read-nik',
  phone: 'core.citizen.read-phone',
};

/**
 * FORBIDDEN by role and scope (policy.ts); then UNAUTHENTICATED when the token's login has ended (logout, reused
 * refresh token) or its role is no longer the account's. A login or registration in this very request proved
 * the account (its session was just opened), so its answer needs no second look.
 */
async function guard<T>(ctx: RequestContext, c: Citizen, field: PersonalField, value: T): Promise<T> {
  const proven = ctx.proofs.has(accountProof(c.id));
  policy.must(ctx.viewer, ACTION[field], { ownerId: c.id, kelurahanId: c.kelurahanId, proven }, field);
  if (!proven) await requireLiveViewer(ctx);
  // an officer's read is in the audit log (and the resident's data-access view) before the value leaves
  await auditRead(ctx, { action: READ_ACTION[field], itemType: 'Citizen', itemId: c.id, subjectCitizenId: c.id });
  return value;
}

@Resolver(() => Citizen)
export class CitizenResolver {
  @Query(() => Citizen, { description: 'The logged-in resident.' })
  async me(@Ctx() ctx: RequestContext): Promise<Citizen> {
    const viewer = policy.must(ctx.viewer, 'citizen.me');
    await requireLiveViewer(ctx);
    const citizen = await loaders(ctx).citizen.load(viewer.id);
    if (!citizen) throw notFound('Account', 'Akun');
    return citizen;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Full name (resident and officers only).' })
  name(@Root() c: Citizen, @Ctx() ctx: RequestContext) {
    return guard(ctx, c, 'name', c.name);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the account was registered (resident and officers only).' })
  createdAt(@Root() c: Citizen, @Ctx() ctx: RequestContext) {
    return guard(ctx, c, 'createdAt', c.createdAt);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name with letters hidden (S***i R***): safe to show anyone.' })
  maskedName(@Root() c: Citizen) {
    return maskName(c.name);
  }

  @FieldResolver(() => String, { nullable: true, description: 'NIK (resident; kelurahan/kecamatan officers of their area; inspectors).' })
  nik(@Root() c: Citizen, @Ctx() ctx: RequestContext) {
    return guard(ctx, c, 'nik', c.nik);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Phone (resident; officers of their area; inspectors; dispatchers).' })
  phone(@Root() c: Citizen, @Ctx() ctx: RequestContext) {
    return guard(ctx, c, 'phone', c.phone);
  }

  @FieldResolver(() => Kelurahan, { nullable: true, description: 'Where the resident lives (resident and officers only).' })
  async kelurahan(@Root() c: Citizen, @Ctx() ctx: RequestContext) {
    await guard(ctx, c, 'kelurahan', null);
    return loaders(ctx).kelurahan.load(c.kelurahanId);
  }
}
