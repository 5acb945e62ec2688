import { publicFields, publicType } from '@kendari/kit';
import { KecamatanEmergencyStatsResolver } from './resolvers/extensions.resolver';
import {
  EmergencyKelurahanCount,
  EmergencyKelurahanCountResolver,
  EmergencyKindCount,
  EmergencyStats,
  EmergencyStatsResolver,
} from './resolvers/stats.resolver';

// The public part of Fire Button (issue 17): the monthly statistics only; reports, reporters and positions stay out.
publicType(EmergencyStats, '*');
publicType(EmergencyKindCount, '*');
publicType(EmergencyKelurahanCount, '*');
publicFields(EmergencyStatsResolver, ['emergencyStats', 'kecamatan', 'onSceneWithinTargetShare']);
publicFields(EmergencyKelurahanCountResolver, ['kelurahan']);
publicFields(KecamatanEmergencyStatsResolver, ['emergencyStats']);
