import type { SubgraphDefinition } from '@kendari/kit';
import { buildFederatedSchema, configureUploads, Upload, uploadsEnv } from '@kendari/kit';
import { PermitApplication, PermitDocument, PermitEvent, PermitNumberSequence, PermitPayment, PermitTypeRow } from './entities/permit.entity';
import { core, Service } from './federation';
import { migrations } from './migrations';
import { CitizenPermitApplicationsResolver, PermitApplicationResolver } from './resolvers/permit-application.resolver';
import { PermitPublicResolver, ServicePermitTypeResolver } from './resolvers/public.resolver';
import { PermitTrendResolver } from './resolvers/permit-trend.resolver';
import { isEmpty, seed } from './seeders/seed';
import { permitUploadRoutes } from './uploads';
// tags the public contract (issue 17) after every type is declared, keeping the SDL's order
import './contract';

/** permits: DPMPTSP licensing: applications with documents, levies computed from data, the public register. */
export const permits: SubgraphDefinition = {
  name: 'permits',
  defaultPort: 4003,
  entities: [PermitTypeRow, PermitApplication, PermitDocument, PermitEvent, PermitPayment, PermitNumberSequence, Upload],
  migrations,
  isEmpty,
  seed: (em) => seed(em),
  httpRoutes: permitUploadRoutes(),
  env: uploadsEnv,
  configure: (settings) => configureUploads(settings.UPLOADS_DIR as string | undefined),
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [PermitApplicationResolver, PermitPublicResolver, CitizenPermitApplicationsResolver, ServicePermitTypeResolver, PermitTrendResolver],
      // nothing here returns a Service: listed so its permitType extension is in the schema
      orphanedTypes: [Service],
      // core owns these; permits only adds fields, so a reference is just its key (no table read)
      references: core.references,
    }),
};
