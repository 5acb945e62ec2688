import { CACHE, cacheFields, cacheTypes, publicFields, publicType } from '@kendari/kit';
import { PermitPublicResolver, ServicePermitTypeResolver } from './resolvers/public.resolver';
import { PermitMonth, PermitTrendResolver } from './resolvers/permit-trend.resolver';
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
  PermitMonth,
])
  publicType(type, '*');
publicType(PublicPermitConnection);
publicFields(PermitPublicResolver, ['permitTypes', 'permitType', 'estimatePermitLevy', 'permitRegister', 'verifyPermit', 'permitStatistics']);
publicFields(ServicePermitTypeResolver, ['permitType']);
publicFields(PermitTrendResolver, ['permitTrend']);

// How long an anonymous answer may be reused (issue 13.5; kit cache-hints.ts); verifyPermit is not cached (a permit can be revoked).
cacheTypes(
  [
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
  ],
  CACHE.reference,
);
cacheTypes([PublicPermit, PermitTypeStats, PermitMonth], CACHE.statistics);
cacheTypes([PublicPermitConnection], CACHE.inherit);
cacheFields(PermitPublicResolver, ['permitRegister'], CACHE.statistics);
