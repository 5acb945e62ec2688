import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { forbidden, pagedLoader, PageArgs, pageWindow, unauthenticated, type RequestContext } from '@kendari/kit';
import { LetterRequest } from '../entities/letter-request.entity';
import { Citizen } from '../federation';
import { LetterStatus } from '../workflow';
import { officerScopeWhere, requireLaikaOfficer } from '../access';
import { LetterRequestConnection } from './letter-request.resolver';

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
    const { viewer } = ctx;
    const equals: Record<string, unknown> = { status };
    if (viewer.kind === 'anonymous') throw unauthenticated();
    if (viewer.kind === 'citizen') {
      if (viewer.id !== c.id)
        throw forbidden("A resident's letter requests are visible to that resident only", 'Permohonan surat hanya dapat dilihat oleh pemohonnya');
    } else {
      const scope = officerScopeWhere(requireLaikaOfficer(viewer));
      if (!scope) throw forbidden('Your account has no kelurahan or kecamatan', 'Akun Anda tidak terhubung ke kelurahan atau kecamatan');
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
