import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { pagedLoader, PageArgs, pageWindow, signedIn, type RequestContext } from '@kendari/kit';
import { LetterRequest } from '../entities/letter-request.entity';
import { Citizen } from '../federation';
import { LetterStatus } from '../workflow';
import { policy } from '../policy';
import { LetterRequestConnection } from './types';

@Resolver(() => Citizen)
export class CitizenLetterRequestsResolver {
  @FieldResolver(() => LetterRequestConnection, {
    nullable: true,
    description:
      "The resident's letter requests, newest first. The resident sees all of them; an officer only those within their area; anyone else is refused.",
  })
  letterRequests(
    @Root() c: Citizen,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => LetterStatus, { nullable: true }) status: LetterStatus | null,
    @Ctx() ctx: RequestContext,
  ): Promise<LetterRequestConnection> {
    const viewer = signedIn(ctx.viewer);
    const equals: Record<string, unknown> = { status };
    if (viewer.kind === 'citizen') policy.must(viewer, 'citizen.letters', { ownerId: c.id });
    else {
      policy.must(viewer, 'letters.work');
      const scope = policy.mustScopeOf(viewer, 'letters.list-area');
      for (const [prop, value] of Object.entries(scope)) equals[COLUMN[prop]] = value;
    }
    // every page of every resident in this request is one statement (kit's pagedLoader)
    const pages = pagedLoader(ctx, {
      entity: LetterRequest,
      table: '"laika"."letter_request"',
      parentColumn: 'citizen_id',
      parentType: 'uuid',
      orderBy: 't.created_at desc, t.id desc',
      equals,
    });
    return pages.load({ parent: c.id, ...pageWindow(page) }) as Promise<LetterRequestConnection>;
  }
}

const COLUMN: Record<string, string> = { kelurahanId: 'kelurahan_id', kecamatanId: 'kecamatan_id' };
