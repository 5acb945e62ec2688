import { CACHE, cacheTypes, publicFields, publicType } from '@kendari/kit';
import { LetterField, LetterType } from './entities/letter-type.entity';
import { KelurahanLetterStatsResolver, LetterStats } from './resolvers/kelurahan-letter-stats.resolver';
import { LetterMonth, LetterTrendResolver } from './resolvers/letter-trend.resolver';
import { LetterTypeResolver, ServiceLetterTypeResolver } from './resolvers/letter-type.resolver';
import { LetterVerification, LetterVerificationResolver } from './resolvers/letter-verification.resolver';

// The public part of LAIKA (issue 17): letter types, verification of an issued letter (holder masked) and
// the monthly statistics; requests and their holders stay out.
publicType(LetterType, '*');
publicType(LetterField, '*');
publicType(LetterVerification, '*');
publicType(LetterStats, '*');
publicFields(LetterTypeResolver, ['letterTypes', 'service']);
publicFields(ServiceLetterTypeResolver, ['letterType']);
publicFields(LetterVerificationResolver, ['verifyLetter']);
publicFields(KelurahanLetterStatsResolver, ['letterStats']);
publicType(LetterMonth, '*');
publicFields(LetterTrendResolver, ['letterTrend']);

// How long an anonymous answer may be reused (issue 13.5; kit cache-hints.ts); verifyLetter is not cached (a letter can be revoked).
cacheTypes([LetterType, LetterField], CACHE.reference);
cacheTypes([LetterStats, LetterMonth], CACHE.statistics);
