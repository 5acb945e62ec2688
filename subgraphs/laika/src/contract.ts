import { publicFields, publicType } from '@kendari/kit';
import { LetterField, LetterType } from './entities/letter-type.entity';
import { KelurahanLetterStatsResolver, LetterStats } from './resolvers/kelurahan-letter-stats.resolver';
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
