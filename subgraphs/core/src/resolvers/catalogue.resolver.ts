import { Arg, Args, Ctx, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { raw } from '@mikro-orm/postgresql';
import { Connection, PageArgs, pageWindow, toPage, type RequestContext } from '@kendari/kit';
import { Agency } from '../entities/agency.entity';
import { Kecamatan } from '../entities/region.entity';
import { Service, ServiceApplication } from '../entities/service.entity';
import { loaders } from '../loaders';

@ObjectType()
export class ServiceConnection extends Connection(Service) {}

@Resolver(() => Agency)
export class AgencyResolver {
  @Query(() => [Agency], { description: 'Every agency and office that serves the public.' })
  agencies(@Ctx() ctx: RequestContext): Promise<Agency[]> {
    return ctx.em.find(Agency, {}, { orderBy: { name: 'asc' } });
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
  @Query(() => ServiceConnection, { description: 'The service catalogue: search "what do I need?" by words, filter by application or agency.' })
  async services(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, { nullable: true, description: 'Words to look for in name, description and requirements.' }) search: string | null,
    @Arg('application', () => ServiceApplication, { nullable: true }) application: ServiceApplication | null,
    @Arg('agencyId', () => ID, { nullable: true }) agencyId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<ServiceConnection> {
    const window = pageWindow(page);
    const where: Record<string, unknown> = {};
    if (application) where.application = application;
    if (agencyId) where.agencyId = agencyId;
    const words = (search ?? '').trim().slice(0, 100).split(/\s+/).filter((w) => w.length > 1);
    if (words.length) {
      // every word must appear somewhere (name, description or requirements)
      where.$and = words.map((w) => {
        const like = `%${w.replace(/[%_\\]/g, (c) => `\\${c}`)}%`;
        return { $or: [{ name: { $ilike: like } }, { description: { $ilike: like } }, { [raw((alias) => `array_to_string(${alias}.requirements, ' ')`)]: { $ilike: like } }] };
      });
    }
    const [nodes, total] = await ctx.em.findAndCount(Service, where as never, { orderBy: { name: 'asc', id: 'asc' }, limit: window.limit, offset: window.offset });
    return toPage(nodes, total, window) as ServiceConnection;
  }

  @Query(() => Service, { nullable: true })
  service(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return loaders(ctx).service.load(id);
  }

  @FieldResolver(() => Boolean, { description: 'True when the official fee is zero ("Gratis").' })
  isFree(@Root() s: Service) {
    return s.feeRupiah === 0;
  }

  @FieldResolver(() => Agency)
  agency(@Root() s: Service, @Ctx() ctx: RequestContext) {
    return loaders(ctx).agency.load(s.agencyId);
  }
}
