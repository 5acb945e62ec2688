import { CACHE, cacheFields, cacheTypes, publicFields, publicType } from '@kendari/kit';
import { ServicePoint, ServiceStatusChange } from './entities/service-point.entity';
import { AgencyJariStatsResolver } from './resolvers/agency-jari-stats.resolver';
import { AgencyServiceStatusResolver } from './resolvers/agency-service-status.resolver';
import { JariStatsResolver } from './resolvers/jari-stats.resolver';
import { JariCategoryCount, JariOutcomeCount, JariStats } from './stats';
import { JariMonth, JariTrendResolver } from './resolvers/jari-trend.resolver';
import { ServiceStatusMonth, ServiceStatusTrendResolver } from './resolvers/service-status-trend.resolver';
import { ServicePointStatusConnection, ServicePointStatusResolver, ServiceStatusChangeConnection } from './resolvers/service-point-status.resolver';
import { ServiceStatusResolver, ServiceStatusSummary } from './resolvers/service-status.resolver';

// The public part of JARI (issue 17): the service status board and the monthly statistics; reports and reporters stay out.
publicType(ServicePoint, '*');
publicType(ServiceStatusChange, '*');
publicType(ServicePointStatusConnection);
publicType(ServiceStatusChangeConnection);
publicType(ServiceStatusSummary, '*');
publicType(JariStats, '*');
publicType(JariCategoryCount, '*');
publicType(JariOutcomeCount, '*');
publicFields(ServicePointStatusResolver, ['serviceStatusBoard', 'servicePointStatus', 'agency', 'service', 'history']);
publicFields(ServiceStatusResolver, ['status']);
publicFields(AgencyServiceStatusResolver, ['serviceStatus']);
publicFields(AgencyJariStatsResolver, ['jariStats']);
publicFields(JariStatsResolver, ['jariStats']);
publicType(JariMonth, '*');
publicType(ServiceStatusMonth, '*');
publicFields(JariTrendResolver, ['jariTrend']);
publicFields(ServiceStatusTrendResolver, ['serviceStatusTrend']);

// How long an anonymous answer may be reused (issue 13.5; kit cache-hints.ts): the status board for seconds.
cacheTypes([ServicePoint, ServiceStatusChange, ServiceStatusSummary], CACHE.board);
cacheTypes([ServicePointStatusConnection, ServiceStatusChangeConnection], CACHE.inherit);
cacheFields(ServicePointStatusResolver, ['serviceStatusBoard'], CACHE.board);
cacheTypes([JariStats, JariCategoryCount, JariOutcomeCount, JariMonth, ServiceStatusMonth], CACHE.statistics);
