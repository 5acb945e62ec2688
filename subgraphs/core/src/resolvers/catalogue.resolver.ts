import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { lagTolerantReads, Connection, PageArgs, pageWindow, toPage, type RequestContext } from '@kendari/kit';
import { Agency } from '../entities/agency.entity';
import { Kecamatan } from '../entities/region.entity';
import { FeeKind, Service, ServiceApplication } from '../entities/service.entity';
import { catalogueQuery, SEARCH_DOCUMENT, SEARCH_HAYSTACK } from './catalogue-search';
import { loaders } from '../loaders';
import { catalogue } from '../catalogue';

@ObjectType()
export class ServiceConnection extends Connection(Service) {}

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], { description: 'Every agency and office that serves the public.' })
  async agencies(@Ctx() ctx: RequestContext): Promise<Agency[]> {
    return [...(await catalogue(ctx)).agencies];
  }

  @Query(() => Agency, { nullable: true })
  agency(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return loaders(ctx).agency.load(id);
  }

  @FieldResolver(() => [Service], { description: 'The services this agency provides.' })
  services(@Root() a: Agency, @Ctx() ctx: RequestContext) {
    return loaders(ctx).servicesOfAgency.load(a.id);
  }

  @FieldResolver(() => Kecamatan, { nullable: true, description: 'For a kecamatan office: its kecamatan.' })
  kecamatan(@Root() a: Agency, @Ctx() ctx: RequestContext) {
    return a.kecamatanId ? loaders(ctx).kecamatan.load(a.kecamatanId) : null;
  }
}

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => ServiceConnection, {
    description: 'The service catalogue: search "what do I need?" in Bahasa Indonesia or English, most relevant first; filter by application or agency.',
  })
  async services(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, {
      nullable: true,
      description:
        'Words to look for (either language, synonyms understood: "KTP" finds the KTP-el service, "business permit" the NIB). Without it: alphabetical.',
    })
    search: string | null,
    @Arg('application', () => ServiceApplication, { nullable: true }) application: ServiceApplication | null,
    @Arg('agencyId', () => ID, { nullable: true }) agencyId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceConnection> {
    const window = pageWindow(page);
    const q = catalogueQuery(search);
    const params: unknown[] = [];
    const filters: string[] = [];
    if (application) {
      filters.push('s.application = ?');
      params.push(application);
    }
    if (agencyId) {
      filters.push('s.agency_id = ?');
      params.push(agencyId);
    }
    let score = '0';
    if (q) {
      // a word found in the name counts most, then keywords (synonyms), description, requirements; trigrams catch typos
      filters.push(`(d.doc @@ to_tsquery('simple', ?) or word_similarity(?, d.hay) >= 0.6)`);
      params.push(q.tsquery, q.text);
      score = `ts_rank('{0.05, 0.2, 0.6, 1.0}', d.doc, to_tsquery('simple', ?)) + 0.5 * word_similarity(?, d.hay)`;
    }
    // one statement for the page and its total (the left join keeps the total when the page is empty)
    const sql = `with matched as (
        select s.*, ${score} as score
        from "core"."service" s, lateral (select ${SEARCH_DOCUMENT} as doc, ${SEARCH_HAYSTACK} as hay) d
        ${filters.length ? `where ${filters.join(' and ')}` : ''}
      )
      select p.*, t.total_count from (select count(*)::int as total_count from matched) t
      left join (select * from matched order by score desc, name asc, id asc limit ? offset ?) p on true
      order by p.score desc, p.name asc, p.id asc`;
    const bindings = q ? [q.tsquery, q.text, ...params, window.limit, window.offset] : [...params, window.limit, window.offset];
    const rows: Array<Record<string, unknown>> = await lagTolerantReads(ctx.em).execute(sql, bindings);
    const total = Number(rows[0]?.total_count ?? 0);
    const nodes = rows.filter((r) => r.id !== null).map(({ score: _s, total_count: _t, ...row }) => ctx.em.map(Service, row));
    return toPage(nodes, total, window) as ServiceConnection;
  }

  @Query(() => Service, { nullable: true })
  service(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return loaders(ctx).service.load(id);
  }

  @FieldResolver(() => Boolean, { description: 'True only when nothing is owed (feeKind FREE, "Gratis"); a levy or tax is never free.' })
  isFree(@Root() s: Service) {
    return s.feeKind === FeeKind.FREE;
  }

  @FieldResolver(() => Agency)
  agency(@Root() s: Service, @Ctx() ctx: RequestContext) {
    return loaders(ctx).agency.load(s.agencyId);
  }
}
