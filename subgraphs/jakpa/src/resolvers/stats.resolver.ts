import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { InputCheck, type RequestContext } from '@kendari/kit';
import { Kecamatan, kecamatanRef } from '../entities/core.stubs';
import { statsLoader } from '../stats';
import { TaxCollectionStats } from './types';

const checkYear = (year: number) => {
  const v = new InputCheck();
  v.check(Number.isInteger(year) && year >= 1990 && year <= 2100, 'year', 'year must be between 1990 and 2100', 'Tahun pajak harus antara 1990 dan 2100');
  v.done();
};

@Resolver(() => TaxCollectionStats)
export class TaxCollectionStatsResolver {
  @Query(() => [TaxCollectionStats], { description: 'Public: PBB-P2 collection per kecamatan for a tax year (aggregates only).' })
  async taxCollectionStats(@Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext) {
    checkYear(year);
    return statsLoader(ctx).load(year);
  }

  // nullable: an outage of core leaves the collection figures standing
  @FieldResolver(() => Kecamatan, { nullable: true })
  kecamatan(@Root() s: TaxCollectionStats) {
    return kecamatanRef(s.kecamatanId);
  }
}

@Resolver(() => Kecamatan)
export class KecamatanTaxCollectionResolver {
  @FieldResolver(() => TaxCollectionStats, { nullable: true, description: 'PBB-P2 collection of this kecamatan for a tax year (JAKPA).' })
  async taxCollection(@Root() k: Kecamatan, @Arg('year', () => Int) year: number, @Ctx() ctx: RequestContext) {
    checkYear(year);
    return (await statsLoader(ctx).load(year)).find((s) => s.kecamatanId === k.id) ?? null;
  }
}
