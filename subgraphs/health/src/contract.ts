import { publicFields, publicType } from '@kendari/kit';
import { FacilityService, HealthFacility } from './entities/facility.entity';
import { QueueSession, SessionQuota } from './entities/queue.entity';
import { KelurahanHealthFacilitiesResolver } from './resolvers/appointment.resolver';
import { HealthFacilityConnection, HealthFacilityResolver, OpeningDay, OpeningException } from './resolvers/facility.resolver';
import { FacilityQueueResolver, QueueSessionResolver, ServiceQueueStatus, ServiceQueueStatusResolver } from './resolvers/queue.resolver';
import { FacilityQueueCount, FacilityQueueCountResolver, HealthQueueStats, HealthQueueStatsResolver } from './resolvers/stats.resolver';

// The public part of health (issue 17): facilities, opening hours, queue status and monthly counts; appointments stay out.
publicType(HealthFacility, '*');
publicType(HealthFacilityConnection);
publicType(FacilityService, '*');
publicType(OpeningDay, '*');
publicType(OpeningException, '*');
publicType(ServiceQueueStatus, '*');
publicType(QueueSession, '*');
publicType(SessionQuota, '*');
publicType(HealthQueueStats, '*');
publicType(FacilityQueueCount, '*');
publicFields(HealthFacilityResolver, [
  'healthFacilities',
  'healthFacility',
  'kelurahan',
  'kecamatanId',
  'services',
  'openingHours',
  'openingExceptions',
  'osmOpeningHours',
  'openNow',
  'statusBoardIds',
]);
publicFields(ServiceQueueStatusResolver, ['healthQueue', 'service', 'facility']);
publicFields(FacilityQueueResolver, ['queue']);
// not `appointments`: the numbers taken, with their holders
publicFields(QueueSessionResolver, ['startsAt', 'endsAt', 'over', 'quotas', 'placesLeft', 'waiting', 'nextNumber']);
publicFields(HealthQueueStatsResolver, ['healthQueueStats']);
publicFields(FacilityQueueCountResolver, ['facility']);
publicFields(KelurahanHealthFacilitiesResolver, ['healthFacilities']);
