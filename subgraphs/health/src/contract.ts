import { CACHE, cacheFields, cacheTypes, publicFields, publicType } from '@kendari/kit';
import { FacilityService, HealthFacility } from './entities/facility.entity';
import { QueueSession, SessionQuota } from './entities/queue.entity';
import { KelurahanHealthFacilitiesResolver } from './resolvers/appointment.resolver';
import { HealthFacilityConnection, HealthFacilityResolver, OpeningDay, OpeningException } from './resolvers/facility.resolver';
import { FacilityQueueResolver, QueueSessionResolver, ServiceQueueStatus, ServiceQueueStatusResolver } from './resolvers/queue.resolver';
import { FacilityQueueCount, FacilityQueueCountResolver, HealthQueueStats, HealthQueueStatsResolver } from './resolvers/stats.resolver';
import { HealthQueueMonth, HealthQueueTrendResolver } from './resolvers/health-queue-trend.resolver';

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
publicType(HealthQueueMonth, '*');
publicFields(HealthQueueTrendResolver, ['healthQueueTrend']);

// How long an anonymous answer may be reused (issue 13.5; kit cache-hints.ts): facilities for minutes, queues for seconds.
cacheTypes([HealthFacility, FacilityService, OpeningDay, OpeningException], CACHE.reference);
cacheTypes([HealthFacilityConnection], CACHE.inherit);
cacheFields(HealthFacilityResolver, ['healthFacilities'], CACHE.reference);
// "open now" turns at opening time: a minute late at most
cacheFields(HealthFacilityResolver, ['openNow'], CACHE.statistics);
cacheTypes([ServiceQueueStatus, QueueSession, SessionQuota], CACHE.board);
cacheTypes([HealthQueueStats, FacilityQueueCount, HealthQueueMonth], CACHE.statistics);
