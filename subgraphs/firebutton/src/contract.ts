import { CACHE, cacheTypes, publicFields, publicType } from '@kendari/kit';
import { KecamatanEmergencyStatsResolver } from './resolvers/extensions.resolver';
import { EmergencyMonth, EmergencyTrendResolver } from './resolvers/emergency-trend.resolver';
import { EmergencyKelurahanCountResolver, EmergencyStatsResolver } from './resolvers/stats.resolver';
import { EmergencyKelurahanCount, EmergencyKindCount, EmergencyStats } from './resolvers/types';

// The public part of Fire Button (issue 17): the monthly statistics only; reports, reporters and positions stay out.
publicType(EmergencyStats, '*');
publicType(EmergencyKindCount, '*');
publicType(EmergencyKelurahanCount, '*');
publicFields(EmergencyStatsResolver, ['emergencyStats', 'kecamatan', 'onSceneWithinTargetShare']);
publicFields(EmergencyKelurahanCountResolver, ['kelurahan']);
publicFields(KecamatanEmergencyStatsResolver, ['emergencyStats']);
publicType(EmergencyMonth, '*');
publicFields(EmergencyTrendResolver, ['emergencyTrend', 'kecamatan', 'onSceneWithinTargetShare']);

// How long an anonymous answer may be reused (issue 13.5; kit cache-hints.ts).
cacheTypes([EmergencyStats, EmergencyKindCount, EmergencyKelurahanCount, EmergencyMonth], CACHE.statistics);
