import type { SubgraphDefinition } from '@kendari/kit';
import { buildFederatedSchema, configureUploads, Upload, uploadsEnv } from '@kendari/kit';
import { JariEvidenceFile, JariMessage, JariReport, JariTimelineEntry } from './entities/jari-report.entity';
import { ServicePoint, ServiceStatusChange } from './entities/service-point.entity';
import { core } from './entities/core-refs';
import { migrations } from './migrations';
import { JariReportResolver } from './resolvers/jari-report.resolver';
import { JariInspectorResolver } from './resolvers/jari-inspector.resolver';
import { ServicePointStatusResolver } from './resolvers/service-point-status.resolver';
import { ServiceStatusResolver } from './resolvers/service-status.resolver';
import { AgencyServiceStatusResolver } from './resolvers/agency-service-status.resolver';
import { JariStatsResolver } from './resolvers/jari-stats.resolver';
import { AgencyJariStatsResolver } from './resolvers/agency-jari-stats.resolver';
import { JariTrendResolver } from './resolvers/jari-trend.resolver';
import { ServiceStatusTrendResolver } from './resolvers/service-status-trend.resolver';
import { CitizenJariReportsResolver } from './resolvers/citizen-jari-reports.resolver';
import { isEmpty, seed } from './seeders/seed';
import { jariUploadRoutes } from './uploads';
// tags the public contract (issue 17) after every type is declared, keeping the SDL's order
import './contract';

/** jari (Jaga Kendari): reports of pungli and bribery to the Inspectorate, the service-status board, public statistics. */
export const jari: SubgraphDefinition = {
  name: 'jari',
  defaultPort: 4007,
  entities: [JariReport, JariEvidenceFile, JariTimelineEntry, JariMessage, ServicePoint, ServiceStatusChange, Upload],
  migrations,
  isEmpty,
  seed,
  // evidence files: POST/GET /api/uploads, through the gateway /api/jari/uploads
  httpRoutes: jariUploadRoutes(),
  env: uploadsEnv,
  configure: (settings) => configureUploads(settings.UPLOADS_DIR as string | undefined),
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        JariReportResolver,
        JariInspectorResolver,
        ServicePointStatusResolver,
        ServiceStatusResolver,
        AgencyServiceStatusResolver,
        JariStatsResolver,
        AgencyJariStatsResolver,
        JariTrendResolver,
        ServiceStatusTrendResolver,
        CitizenJariReportsResolver,
      ],
      // core's entities are known here by key only: a reference is just its id
      references: core.references,
    }),
};
