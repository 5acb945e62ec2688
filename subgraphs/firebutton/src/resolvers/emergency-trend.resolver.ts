import { Arg, Ctx, Field, FieldResolver, Float, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { monthSpan, type RequestContext } from '@kendari/kit';
import { Kecamatan, ref } from '../entities/core.stubs';
import { loadTrend, ON_SCENE_TARGET_MINUTES } from '../stats';

@ObjectType('EmergencyMonth', {
  description: 'Fire Button reports of one WITA month, for the whole city or one kecamatan. No reporter data. hasData false: no report that month.',
})
export class EmergencyMonth {
  kecamatanId!: string | null;

  @Field(() => String, { description: 'YYYY-MM (WITA).' })
  month!: string;

  @Field(() => Boolean, { description: 'False when no emergency was reported in the month: "no data yet", not zero.' })
  hasData!: boolean;

  @Field(() => Int)
  totalIncidents!: number;

  @Field(() => Int)
  falseAlarms!: number;

  @Field(() => Int, { description: 'Incidents a unit reached.' })
  arrivedCount!: number;

  @Field(() => Int, { description: `Of those, on scene within ${ON_SCENE_TARGET_MINUTES} minutes of the report (Kendari's target).` })
  onSceneWithin15Minutes!: number;

  @Field(() => Float, { nullable: true, description: 'Median minutes from report to a unit dispatched; null without data.' })
  medianMinutesToDispatch!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median minutes from dispatch to arrival on scene; null without data.' })
  medianMinutesToArrival!: number | null;
}

@Resolver(() => EmergencyMonth)
export class EmergencyTrendResolver {
  @Query(() => [EmergencyMonth], {
    description:
      'Public: Fire Button figures per WITA month (from/to YYYY-MM, inclusive; default the last 12 months; at most 24), for the city or, with byKecamatan, per kecamatan. Months without reports included with hasData false.',
  })
  async emergencyTrend(
    @Arg('from', () => String, { nullable: true, description: 'First month, YYYY-MM (default: 11 months before `to`).' }) from: string | null,
    @Arg('to', () => String, { nullable: true, description: 'Last month, YYYY-MM (default: this month, WITA).' }) to: string | null,
    @Arg('byKecamatan', () => Boolean, { defaultValue: false, description: 'One row per kecamatan and month instead of one per month.' })
    byKecamatan: boolean,
    @Ctx() ctx: RequestContext,
  ): Promise<EmergencyMonth[]> {
    return loadTrend(ctx, monthSpan(from, to), byKecamatan);
  }

  @FieldResolver(() => Kecamatan, { nullable: true, description: 'Null for the whole city.' })
  kecamatan(@Root() m: EmergencyMonth) {
    return ref<Kecamatan>(m.kecamatanId);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: `Share (0-1) of arrived incidents on scene within ${ON_SCENE_TARGET_MINUTES} minutes of the report; null when none arrived.`,
  })
  onSceneWithinTargetShare(@Root() m: EmergencyMonth) {
    return m.arrivedCount ? Math.round((m.onSceneWithin15Minutes / m.arrivedCount) * 1000) / 1000 : null;
  }
}
