import { Arg, Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { forbidden, PageArgs, pageWindow, toPage, unauthenticated, type RequestContext } from '@kendari/kit';
import { LetterRequest } from '../entities/letter-request.entity';
import { Citizen } from '../federation';
import { LetterStatus } from '../workflow';
import { officerScopeWhere, requireLaikaOfficer } from '../access';
import { LetterRequestConnection } from './letter-request.resolver';

@Resolver(() => Citizen)
export class CitizenLetterRequestsResolver {
  @FieldResolver(() => LetterRequestConnection, {
    description: "The resident's letter requests, newest first. The resident sees all of them; an officer only those within their area; anyone else is refused.",
  })
  async letterRequests(
    @Root() c: Citizen,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => LetterStatus, { nullable: true }) status: LetterStatus | null,
    @Ctx() ctx: RequestContext,
  ): Promise<LetterRequestConnection> {
    const { viewer } = ctx;
    const where: Record<string, unknown> = { citizenId: c.id };
    if (viewer.kind === 'anonymous') throw unauthenticated();
    if (viewer.kind === 'citizen') {
      if (viewer.id !== c.id) throw forbidden("A resident's letter requests are visible to that resident only", 'Permohonan surat hanya dapat dilihat oleh pemohonnya');
    } else {
      const scope = officerScopeWhere(requireLaikaOfficer(viewer));
      if (!scope) throw forbidden('Your account has no kelurahan or kecamatan', 'Akun Anda tidak terhubung ke kelurahan atau kecamatan');
      Object.assign(where, scope);
    }
    const window = pageWindow(page);
    const { nodes, total } = await pagesOfCitizens(ctx, { scope: where, status, ...window }).load(c.id);
    return toPage(nodes, total, window) as LetterRequestConnection;
  }
}

interface PageKey {
  scope: Record<string, unknown>;
  status: LetterStatus | null;
  limit: number;
  offset: number;
}

const COLUMN: Record<string, string> = { kelurahanId: 'kelurahan_id', kecamatanId: 'kecamatan_id' };

/**
 * One page per resident, for many residents in one statement (window functions): an officer's
 * `_entities` with 50 citizens costs the same as with one.
 */
function pagesOfCitizens(ctx: RequestContext, key: PageKey) {
  const { citizenId: _c, ...scope } = key.scope;
  const name = `letterRequestsOfCitizen:${JSON.stringify([scope, key.status, key.limit, key.offset])}`;
  return ctx.loaders.get<string, { nodes: LetterRequest[]; total: number }>(name, async (citizenIds) => {
    const conditions = ['citizen_id in (?)'];
    const params: unknown[] = [[...citizenIds]];
    for (const [prop, value] of Object.entries(scope)) {
      conditions.push(`${COLUMN[prop]} = ?`);
      params.push(value);
    }
    if (key.status) {
      conditions.push('status = ?');
      params.push(key.status);
    }
    params.push(key.offset, key.offset + key.limit);
    const rows = await ctx.em.getConnection().execute<Array<Record<string, unknown>>>(
      `select * from (select r.*, row_number() over w as page_rn, count(*) over (partition by citizen_id) as page_total
         from "laika"."letter_request" r where ${conditions.join(' and ')} window w as (partition by citizen_id order by created_at desc, id desc)) p
       where page_rn > ? and page_rn <= ? order by citizen_id, page_rn`,
      params,
    );
    const out = new Map<string, { nodes: LetterRequest[]; total: number }>(citizenIds.map((id) => [id, { nodes: [], total: 0 }]));
    for (const { page_rn: _rn, page_total, ...row } of rows) {
      const page = out.get(String(row.citizen_id))!;
      page.total = Number(page_total);
      page.nodes.push(ctx.em.map(LetterRequest, row));
    }
    // a resident whose page is past the end still has a total
    const missing = [...out.entries()].filter(([, p]) => !p.nodes.length).map(([id]) => id);
    if (missing.length && key.offset > 0) {
      const counts = await ctx.em.getConnection().execute<Array<{ citizen_id: string; n: number }>>(
        `select citizen_id, count(*)::int as n from "laika"."letter_request" where ${conditions.join(' and ')} group by citizen_id`,
        [[...missing], ...params.slice(1, -2)],
      );
      for (const c of counts) out.get(c.citizen_id)!.total = c.n;
    }
    return citizenIds.map((id) => out.get(id)!);
  });
}
