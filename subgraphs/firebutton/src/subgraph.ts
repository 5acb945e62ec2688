import { KecamatanNameResolver, KelurahanNameResolver } from './resolvers/region-names.resolver';
import type { SubgraphDefinition } from '@kendari/kit';
import { buildFederatedSchema } from '@kendari/kit';
import { EmergencyEvent, EmergencyReport } from './entities/emergency.entity';
import { FireStation, FireUnit, KelurahanCentroid } from './entities/station.entity';
import { core } from './entities/core.stubs';
import { migrations } from './migrations';
import { loaders } from './loaders';
import { DispatchResolver } from './resolvers/dispatch.resolver';
import {
  CitizenFireReportsResolver,
  FireStationDistanceResolver,
  KecamatanEmergencyStatsResolver,
  KelurahanFireStationsResolver,
} from './resolvers/extensions.resolver';
import { EmergencyReportResolver, EmergencyTimelineEntryResolver } from './resolvers/report.resolver';
import { EmergencyKelurahanCountResolver, EmergencyStatsResolver } from './resolvers/stats.resolver';
import { EmergencyTrendResolver } from './resolvers/emergency-trend.resolver';
import { FireStationResolver, FireUnitResolver } from './resolvers/station.resolver';
import { isEmpty, seed } from './seeders/seed';
// tags the public contract (issue 17) after every type is declared, keeping the SDL's order
import './contract';

/** firebutton: Kendari Fire Button, one-tap emergency reports, nearest-post dispatch, response times. */
export const firebutton: SubgraphDefinition = {
  name: 'firebutton',
  defaultPort: 4005,
  entities: [FireStation, FireUnit, KelurahanCentroid, EmergencyReport, EmergencyEvent],
  migrations,
  isEmpty,
  seed: (em) => seed(em),
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        EmergencyReportResolver,
        EmergencyTimelineEntryResolver,
        DispatchResolver,
        FireStationResolver,
        FireUnitResolver,
        FireStationDistanceResolver,
        EmergencyStatsResolver,
        EmergencyKelurahanCountResolver,
        EmergencyTrendResolver,
        KelurahanFireStationsResolver,
        KecamatanEmergencyStatsResolver,
        CitizenFireReportsResolver,
        KelurahanNameResolver,
        KecamatanNameResolver,
      ],
      references: {
        // core owns these: firebutton only adds fields, the key is all it needs
        ...core.references,
        FireStation: { __resolveReference: (ref: { id: string }, ctx) => loaders(ctx).station.load(ref.id) },
      },
    }),
};
