import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { monthSpan, type RequestContext } from '@kendari/kit';
import { Kecamatan, kecamatanRef } from '../entities/core.stubs';
import { Rupiah } from '../money';
import { loadCollectionTrend } from '../stats';

@ObjectType('TaxCollectionMonth', {
  description:
    'PBB-P2 payments received in one WITA month (bills of any tax year), for the whole city or one kecamatan: aggregates only. hasData false: no payment that month.',
})
export class TaxCollectionMonth {
  kecamatanId!: string | null;

  @Field(() => String, { description: 'YYYY-MM (WITA).' })
  month!: string;

  @Field(() => Boolean, { description: 'False when no payment was received in the month: "no data yet", not zero.' })
  hasData!: boolean;

  @Field(() => Int, { description: 'Payments received in the month.' })
  paymentCount!: number;

  @Field(() => Int, { description: 'Bills those payments went to.' })
  billsPaid!: number;

  @Field(() => Rupiah, { description: 'Sum of the payments (principal and penalty).' })
  amountCollected!: number;
}

@Resolver(() => TaxCollectionMonth)
export class TaxCollectionTrendResolver {
  @Query(() => [TaxCollectionMonth], {
    description:
      'Public: PBB-P2 payments per WITA month of payment (from/to YYYY-MM, inclusive; default the last 12 months; at most 24), for the city or, with byKecamatan, per kecamatan. Months without payments included with hasData false.',
  })
  async taxCollectionTrend(
    @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM (default: 11 months before `to`).' }) from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM (default: this month, WITA).' }) to: string | null,
    @Arg('byKecamatan', () => Boolean, { defaultValue: false, description: 'One row per kecamatan and month instead of one per month.' })
    byKecamatan: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<TaxCollectionMonth[]> {
    return loadCollectionTrend(ctx, monthSpan(from, to), byKecamatan);
  }

  @FieldResolver(() => Kecamatan, { nullable: true, description: 'Null for the whole city.' })
  kecamatan(@Root() m: TaxCollectionMonth) {
    return m.kecamatanId ? kecamatanRef(m.kecamatanId) : null;
  }
}
