import { jakpaEnv, setJakpaConfig, type JakpaConfig } from './config';
import type { SubgraphDefinition } from '@kendari/kit';
import { buildFederatedSchema } from '@kendari/kit';
import { ENTITIES } from './entities/tax.entity';
import { Citizen, references as core } from './entities/core.stubs';
import { migrations } from './migrations';
import { callbackRoute } from './callbacks';
import { TaxBillResolver, TaxObjectResolver, TaxPaymentResolver } from './resolvers/bill.resolver';
import { CitizenTaxObjectsResolver } from './resolvers/citizen.resolver';
import { LookupResolver } from './resolvers/lookup.resolver';
import { ChannelReconciliationResolver, OfficerResolver, RecordCounterPaymentPayloadResolver } from './resolvers/officer.resolver';
import { KecamatanTaxCollectionResolver, TaxCollectionStatsResolver } from './resolvers/stats.resolver';
import { TaxCollectionTrendResolver } from './resolvers/tax-trend.resolver';
import { isEmpty, seed } from './seeders/seed';
// tags the public contract (issue 17) after every type is declared, keeping the SDL's order
import './contract';

/** jakpa: JAKPA (Bapenda): PBB-P2 tax objects, yearly bills with penalties, payments, public bill lookup. */
export const jakpa: SubgraphDefinition = {
  env: jakpaEnv,
  configure: (settings) => setJakpaConfig(settings as JakpaConfig),
  name: 'jakpa',
  defaultPort: 4006,
  entities: ENTITIES,
  migrations,
  isEmpty,
  seed: (em) => seed(em),
  // payment callbacks of the channels: /api/jakpa/callbacks/<channel> through the gateway
  httpRoutes: [{ method: 'POST', path: '/api/callbacks/*', handler: (req, res, ctx) => callbackRoute(req, res, ctx) }],
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        LookupResolver,
        TaxObjectResolver,
        TaxBillResolver,
        TaxPaymentResolver,
        CitizenTaxObjectsResolver,
        OfficerResolver,
        ChannelReconciliationResolver,
        RecordCounterPaymentPayloadResolver,
        TaxCollectionStatsResolver,
        KecamatanTaxCollectionResolver,
        TaxCollectionTrendResolver,
      ],
      // Citizen is reached only through `_entities` (core's type): list it, or type-graphql prunes it
      orphanedTypes: [Citizen],
      // core owns these: JAKPA only adds fields; names come from the shared reference data
      references: core,
    }),
};
