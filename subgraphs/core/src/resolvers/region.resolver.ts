import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@kendari/kit';
import { Kecamatan, Kelurahan } from '../entities/region.entity';
import { loaders } from '../loaders';
import { regions } from '../regions';

@Resolver(() => Kecamatan)
export class KecamatanResolver {
  @Query(() => [Kecamatan], { description: 'The 11 kecamatan of Kota Kendari, by code.' })
  async kecamatans(@Ctx() ctx: RequestContext): Promise<Kecamatan[]> {
    return [...(await regions(ctx)).kecamatans];
  }

  @Query(() => Kecamatan, { nullable: true })
  kecamatan(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return loaders(ctx).kecamatan.load(id);
  }

  @FieldResolver(() => [Kelurahan])
  kelurahans(@Root() k: Kecamatan, @Ctx() ctx: RequestContext) {
    return loaders(ctx).kelurahansOfKecamatan.load(k.id);
  }
}

@Resolver(() => Kelurahan)
export class KelurahanResolver {
  @Query(() => [Kelurahan], { description: 'Kelurahan of the city (65), optionally of one kecamatan, by code.' })
  async kelurahans(@Arg('kecamatanId', () => ID, { nullable: true }) kecamatanId: string | null, @Ctx() ctx: RequestContext): Promise<Kelurahan[]> {
    const r = await regions(ctx);
    return [...(kecamatanId ? (r.kelurahansOf.get(kecamatanId) ?? []) : r.kelurahans)];
  }

  @Query(() => Kelurahan, { nullable: true })
  kelurahan(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return loaders(ctx).kelurahan.load(id);
  }

  @FieldResolver(() => Kecamatan)
  kecamatan(@Root() k: Kelurahan, @Ctx() ctx: RequestContext) {
    return loaders(ctx).kecamatan.load(k.kecamatanId);
  }
}
