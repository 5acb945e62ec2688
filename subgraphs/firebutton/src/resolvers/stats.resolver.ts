import { Arg, Ctx, FieldResolver, Float, ID, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@kendari/kit';
import { Kecamatan, Kelurahan, ref } from '../entities/core.stubs';
import { ON_SCENE_TARGET_MINUTES, checkStatsArgs, statsLoader, type StatsRow } from '../stats';
import { EmergencyKelurahanCount, EmergencyStats } from './types';

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

  // core's entities are nullable here: an outage of core leaves the figures standing
  @FieldResolver(() => Kecamatan, { nullable: true })
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
  @FieldResolver(() => Kelurahan, { nullable: true })
  kelurahan(@Root() c: EmergencyKelurahanCount) {
    return ref<Kelurahan>(c.kelurahanId);
  }
}
