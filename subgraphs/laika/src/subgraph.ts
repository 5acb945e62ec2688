import type { SubgraphDefinition } from '@kendari/kit';
import { buildFederatedSchema } from '@kendari/kit';
import { LetterNumberSequence, LetterRequest, LetterTimelineEntry } from './entities/letter-request.entity';
import { LetterType } from './entities/letter-type.entity';
import { core } from './federation';
import { migrations } from './migrations';
import { CitizenLetterRequestsResolver } from './resolvers/citizen-letter-requests.resolver';
import { KelurahanLetterStatsResolver } from './resolvers/kelurahan-letter-stats.resolver';
import { LetterTrendResolver } from './resolvers/letter-trend.resolver';
import { LetterRequestResolver, LetterTimelineEntryResolver } from './resolvers/letter-request.resolver';
import { LetterTypeResolver, ServiceLetterTypeResolver } from './resolvers/letter-type.resolver';
import { LetterVerificationResolver } from './resolvers/letter-verification.resolver';
import { isEmpty, seed } from './seeders/seed';
// tags the public contract (issue 17) after every type is declared, keeping the SDL's order
import './contract';

/** laika: administrative letters from kelurahan and kecamatan offices, with public verification. */
export const laika: SubgraphDefinition = {
  name: 'laika',
  defaultPort: 4002,
  entities: [LetterType, LetterRequest, LetterTimelineEntry, LetterNumberSequence],
  migrations,
  isEmpty,
  seed,
  buildSchema: () =>
    buildFederatedSchema({
      resolvers: [
        LetterRequestResolver,
        LetterTimelineEntryResolver,
        LetterTypeResolver,
        ServiceLetterTypeResolver,
        LetterVerificationResolver,
        CitizenLetterRequestsResolver,
        KelurahanLetterStatsResolver,
        LetterTrendResolver,
      ],
      // core owns these; laika only adds fields, so a reference is just its key (no table read)
      references: core.references,
    }),
};
