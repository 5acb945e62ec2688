import type { SubgraphDefinition } from '@kendari/kit';
import { buildFederatedSchema } from '@kendari/kit';
import { Agency } from './entities/agency.entity';
import { Citizen, Officer, Session } from './entities/account.entity';
import { ApiKey, ApiKeyUsage } from './entities/api-key.entity';
import { Kecamatan, Kelurahan } from './entities/region.entity';
import { Service } from './entities/service.entity';
import { migrations } from './migrations';
import { ApiKeyResolver } from './resolvers/api-key.resolver';
import { AuthResolver, OfficerResolver } from './resolvers/auth.resolver';
import { AgencyResolver, ServiceResolver } from './resolvers/catalogue.resolver';
import { CitizenResolver } from './resolvers/citizen.resolver';
import { AuditLogResolver, AuditOfficeResolver, CitizenDataAccessLogResolver } from './resolvers/audit-log.resolver';
import { KecamatanResolver, KelurahanResolver } from './resolvers/region.resolver';
import { loaders } from './loaders';
import { isEmpty, seed } from './seeders/seed';
import { apiKeyRoutes } from './api-key-routes';
// tags the public contract (issue 17) after every type is declared, keeping the SDL's order
import './contract';

/** core: accounts, login, regions, agencies and the service catalogue; owner of the shared entities. */
export const core: SubgraphDefinition = {
  name: 'core',
  defaultPort: 4001,
  entities: [Kecamatan, Kelurahan, Agency, Service, Citizen, Officer, Session, ApiKey, ApiKeyUsage],
  migrations,
  isEmpty,
  seed,
  // the gateway's key checks and usage counts (issue 17): /internal/ only, signed calls
  httpRoutes: apiKeyRoutes,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        KecamatanResolver,
        KelurahanResolver,
        AgencyResolver,
        ServiceResolver,
        CitizenResolver,
        AuthResolver,
        OfficerResolver,
        CitizenDataAccessLogResolver,
        AuditLogResolver,
        AuditOfficeResolver,
        ApiKeyResolver,
      ],
      references: {
        Kecamatan: { __resolveReference: (ref: { id: string }, ctx) => loaders(ctx).kecamatan.load(ref.id) },
        Kelurahan: { __resolveReference: (ref: { id: string }, ctx) => loaders(ctx).kelurahan.load(ref.id) },
        Agency: { __resolveReference: (ref: { id: string }, ctx) => loaders(ctx).agency.load(ref.id) },
        Service: { __resolveReference: (ref: { id: string }, ctx) => loaders(ctx).service.load(ref.id) },
        Citizen: { __resolveReference: (ref: { id: string }, ctx) => loaders(ctx).citizen.load(ref.id) },
      },
    }),
};
