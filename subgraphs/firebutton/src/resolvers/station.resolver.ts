import { Arg, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '@kendari/kit';
import { EmergencyReport } from '../entities/emergency.entity';
import { FireStation, FireUnit, FireUnitState } from '../entities/station.entity';
import { Kelurahan, ref } from '../entities/core.stubs';
import { policy } from '../policy';
import { loaders, stations } from '../loaders';

@Resolver(() => FireStation)
export class FireStationResolver {
  @Query(() => [FireStation], { description: 'The Damkar posts of Kota Kendari (six; positions approximate).' })
  fireStations(@Ctx() ctx: RequestContext): Promise<FireStation[]> {
    return stations.all(ctx);
  }

  @Query(() => FireStation, { nullable: true })
  fireStation(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return loaders(ctx).station.load(id);
  }

  // nullable: an outage of core leaves the rest of the station standing
  @FieldResolver(() => Kelurahan, { nullable: true })
  kelurahan(@Root() s: FireStation) {
    return ref<Kelurahan>(s.kelurahanId);
  }

  @FieldResolver(() => [FireUnit], { description: 'Its engines and rescue units with their state (a post has one to three).' })
  units(@Root() s: FireStation, @Ctx() ctx: RequestContext) {
    return loaders(ctx).unitsOfStation.load(s.id);
  }

  @FieldResolver(() => Int)
  async availableUnitCount(@Root() s: FireStation, @Ctx() ctx: RequestContext) {
    const units = await loaders(ctx).unitsOfStation.load(s.id);
    return units.filter((u) => u.state === FireUnitState.AVAILABLE).length;
  }
}

@Resolver(() => FireUnit)
export class FireUnitResolver {
  @FieldResolver(() => FireStation)
  station(@Root() u: FireUnit, @Ctx() ctx: RequestContext) {
    return loaders(ctx).station.load(u.stationId);
  }

  @FieldResolver(() => EmergencyReport, { nullable: true, description: 'The emergency the unit is out on (dispatchers only; null for others).' })
  currentEmergency(@Root() u: FireUnit, @Ctx() ctx: RequestContext) {
    return u.reportId && policy.can(ctx.viewer, 'emergency.dispatch') ? loaders(ctx).report.load(u.reportId) : null;
  }
}
