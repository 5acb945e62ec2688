import type { SubgraphDefinition } from '@kendari/kit';
import { buildFederatedSchema } from '@kendari/kit';
import { FacilityException, FacilityHours, FacilityService, HealthFacility } from './entities/facility.entity';
import { Appointment, AppointmentEvent, QueueSession, SessionQuota } from './entities/queue.entity';
import { migrations } from './migrations';
import { loaders } from './loaders';
import { HealthFacilityResolver } from './resolvers/facility.resolver';
import { FacilityQueueResolver, QueueSessionResolver, ServiceQueueStatusResolver } from './resolvers/queue.resolver';
import { AppointmentResolver, CitizenAppointmentsResolver, KelurahanHealthFacilitiesResolver } from './resolvers/appointment.resolver';
import { isEmpty, seed } from './seeders/seed';
import { FacilityQueueCountResolver, HealthQueueStatsResolver } from './resolvers/stats.resolver';
import { HealthQueueTrendResolver } from './resolvers/health-queue-trend.resolver';
import { Citizen, core, Kelurahan } from './entities/core.stubs';
// tags the public contract (issue 17) after every type is declared, keeping the SDL's order
import './contract';

/** health: Dinas Kesehatan, facility finder (hours, open now, nearest), queue numbers that never overbook. */
export const health: SubgraphDefinition = {
  name: 'health',
  defaultPort: 4004,
  entities: [HealthFacility, FacilityService, FacilityHours, FacilityException, QueueSession, SessionQuota, Appointment, AppointmentEvent],
  migrations,
  isEmpty,
  seed: (em) => seed(em),
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        HealthFacilityResolver,
        FacilityQueueResolver,
        ServiceQueueStatusResolver,
        QueueSessionResolver,
        AppointmentResolver,
        CitizenAppointmentsResolver,
        KelurahanHealthFacilitiesResolver,
        HealthQueueStatsResolver,
        FacilityQueueCountResolver,
        HealthQueueTrendResolver,
      ],
      // reachable only through `_entities`: listed so that their added fields are in the schema
      orphanedTypes: [Citizen, Kelurahan],
      references: {
        // core owns these: health only adds fields, the key is all it needs
        ...core.references,
        HealthFacility: { __resolveReference: (ref: { id: string }, ctx) => loaders(ctx).facility.load(ref.id) },
      },
    }),
};
