import { Arg, Args, Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { PageArgs, pageWindow, type RequestContext } from '@kendari/kit';
import { policy } from '../policy';
import { FireStation } from '../entities/station.entity';
import { Citizen, Kecamatan, Kelurahan } from '../entities/core.stubs';
import { loaders } from '../loaders';
import { checkStatsArgs, statsLoader } from '../stats';
import { EmergencyReportConnection, EmergencyStats } from './types';

@ObjectType({ description: 'A fire station and how far it is.' })
export class FireStationDistance {
  stationId!: string;

  @Field(() => Int, { description: 'Great-circle metres between the (approximate) positions.' })
  distanceMetres!: number;
}

@Resolver(() => FireStationDistance)
export class FireStationDistanceResolver {
  @FieldResolver(() => FireStation)
  station(@Root() d: FireStationDistance, @Ctx() ctx: RequestContext) {
    return loaders(ctx).station.load(d.stationId);
  }
}

@Resolver(() => Kelurahan)
export class KelurahanFireStationsResolver {
  @FieldResolver(() => [FireStationDistance], { nullable: true, description: "Damkar posts, nearest first, from the kelurahan's approximate centre." })
  fireStations(@Root() k: Kelurahan, @Ctx() ctx: RequestContext) {
    return loaders(ctx).stationsByDistance.load(k.id);
  }
}

@Resolver(() => Kecamatan)
export class KecamatanEmergencyStatsResolver {
  @FieldResolver(() => EmergencyStats, { nullable: true, description: 'Public Fire Button statistics of this kecamatan for a month (YYYY-MM, WITA).' })
  async emergencyStats(@Root() k: Kecamatan, @Arg('month', () => String) month: string, @Ctx() ctx: RequestContext) {
    checkStatsArgs(null, month);
    return statsLoader(ctx, month).load(k.id);
  }
}

@Resolver(() => Citizen)
export class CitizenFireReportsResolver {
  @FieldResolver(() => EmergencyReportConnection, {
    nullable: true,
    description: "The citizen's own Fire Button reports, newest first (the citizen themself only).",
  })
  fireReports(@Root() c: Citizen, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    policy.must(ctx.viewer, 'citizen.fire-reports', { ownerId: c.id });
    return loaders(ctx).reportsOfCitizen.load({ parent: c.id, ...pageWindow(page) }) as Promise<EmergencyReportConnection>;
  }
}
