import { publicFields, publicType } from '@kendari/kit';
import { PermitPublicResolver, ServicePermitTypeResolver } from './resolvers/public.resolver';
import {
  LevyAssessmentType,
  LevyComponentType,
  LevyFactorType,
  LevyLineType,
  LevyLookupValue,
  LevyRuleType,
  PermitDocumentRequirement,
  PermitFieldOptionType,
  PermitFieldType,
  PermitStageLimit,
  PermitTypeStats,
  PermitTypeType,
  PermitVerification,
  PublicPermit,
  PublicPermitConnection,
} from './resolvers/types';

// The public part of permits (issue 17): permit types and levies, the register of issued permits, verification
// (holder masked) and statistics; applications, applicants and uploads stay out.
for (const type of [
  PermitTypeType,
  PermitFieldType,
  PermitFieldOptionType,
  PermitDocumentRequirement,
  PermitStageLimit,
  LevyRuleType,
  LevyComponentType,
  LevyFactorType,
  LevyLookupValue,
  LevyAssessmentType,
  LevyLineType,
  PublicPermit,
  PermitVerification,
  PermitTypeStats,
])
  publicType(type, '*');
publicType(PublicPermitConnection);
publicFields(PermitPublicResolver, ['permitTypes', 'permitType', 'estimatePermitLevy', 'permitRegister', 'verifyPermit', 'permitStatistics']);
publicFields(ServicePermitTypeResolver, ['permitType']);
