import { Arg, Ctx, Field, FieldResolver, Float, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@kendari/kit';
import { EmergencyKind } from '../entities/emergency.entity';
import { Kecamatan, Kelurahan, ref } from '../entities/core.stubs';
import { ON_SCENE_TARGET_MINUTES, checkStatsArgs, statsLoader, type StatsRow } from '../stats';

@ObjectType()
export class EmergencyKindCount {
  @Field(() => EmergencyKind)
  kind!: EmergencyKind;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Incidents of one kelurahan: the finest level public statistics go to.' })
export class EmergencyKelurahanCount {
  kelurahanId!: string;

  @Field(() => Int)
  count!: number;
}

@ObjectType({ description: 'Public Fire Button statistics of one kecamatan for one WITA calendar month. No reporter data; places only as kelurahan counts.' })
export class EmergencyStats {
  kecamatanId!: string;

  @Field(() => String, { description: 'YYYY-MM (WITA).' })
  month!: string;

  @Field(() => Int)
  totalIncidents!: number;

  @Field(() => [EmergencyKindCount])
  byKind!: EmergencyKindCount[];

  @Field(() => Int)
  falseAlarms!: number;

  @Field(() => Int, { description: 'Still open now.' })
  openIncidents!: number;

  @Field(() => Float, { nullable: true, description: 'Median minutes from report to a unit dispatched (null without data).' })
  medianMinutesToDispatch!: number | null;

  @Field(() => Float, { nullable: true, description: 'Median minutes from dispatch to arrival on scene.' })
  medianMinutesToArrival!: number | null;

  @Field(() => Int, { description: 'Incidents a unit reached (the denominator of the 15-minute share).' })
  arrivedCount!: number;

  @Field(() => Int, { description: `Of those, on scene within ${ON_SCENE_TARGET_MINUTES} minutes of the report (Kendari's target).` })
  onSceneWithin15Minutes!: number;

  @Field(() => [EmergencyKelurahanCount], { description: 'Incidents per kelurahan (nearest approximate kelurahan centre), most first.' })
  byKelurahan!: EmergencyKelurahanCount[];
}

const toStats = (r: StatsRow) => r as unknown as EmergencyStats;

@Resolver(() => EmergencyStats)
export class EmergencyStatsResolver {
  @Query(() => EmergencyStats, { description: 'Public: Fire Button statistics of a kecamatan for a month (YYYY-MM, WITA).' })
  async emergencyStats(
    @Arg('kecamatanId', () => ID) kecamatanId: string,
    @Arg('month', () => String) month: string,
    @Ctx() ctx: RequestContext,
  ): Promise<EmergencyStats> {
    checkStatsArgs(kecamatanId, month);
    return toStats(await statsLoader(ctx, month).load(kecamatanId));
  }

  @FieldResolver(() => Kecamatan)
  kecamatan(@Root() s: EmergencyStats) {
    return ref<Kecamatan>(s.kecamatanId);
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: `Share (0-1) of arrived incidents on scene within ${ON_SCENE_TARGET_MINUTES} minutes of the report; null when none arrived.`,
  })
  onSceneWithinTargetShare(@Root() s: EmergencyStats) {
    return s.arrivedCount ? Math.round((s.onSceneWithin15Minutes / s.arrivedCount) * 1000) / 1000 : null;
  }
}

@Resolver(() => EmergencyKelurahanCount)
export class EmergencyKelurahanCountResolver {
  @FieldResolver(() => Kelurahan)
  kelurahan(@Root() c: EmergencyKelurahanCount) {
    return ref<Kelurahan>(c.kelurahanId);
  }
}
