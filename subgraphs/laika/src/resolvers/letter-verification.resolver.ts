import { Arg, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import { createThrottle, maskName, normaliseCode, type RequestContext } from '@kendari/kit';
import { LetterRequest } from '../entities/letter-request.entity';
import { loaders } from '../loaders';

@ObjectType('LetterVerification', { description: 'What anyone may learn about a letter from its verification code; nothing else about the holder.' })
export class LetterVerification {
  @Field(() => Boolean, { description: 'True when a letter with this code was issued. An unknown code gives false and nothing more.' })
  valid!: boolean;

  @Field(() => ID, { nullable: true })
  letterTypeId?: string | null;

  @Field(() => String, { nullable: true })
  letterTypeName?: string | null;

  @Field(() => String, { nullable: true })
  letterNumber?: string | null;

  @Field(() => Date, { nullable: true })
  issuedAt?: Date | null;

  @Field(() => String, { nullable: true })
  issuingOffice?: string | null;

  @Field(() => Date, { nullable: true, description: 'Null: the letter does not expire.' })
  validUntil?: Date | null;

  @Field(() => Boolean, { nullable: true, description: 'True when the validity period has passed.' })
  expired?: boolean | null;

  @Field(() => String, { nullable: true, description: "The holder's name masked, e.g. S***i R***." })
  holderNameMasked?: string | null;
}

/** Unknown codes per client IP before it is blocked, and the window that counts them. */
export const GUESS_LIMIT = 10;
export const GUESS_WINDOW_MS = 15 * 60_000;
// every lookup is counted before the database is asked and given back when the code was valid, so
// 50 parallel guesses evaluate at most GUESS_LIMIT (counting failures afterwards let them all through)
const guesses = createThrottle({ name: 'laika.verify-guesses', points: GUESS_LIMIT, windowSeconds: GUESS_WINDOW_MS / 1000 });
// on top: any lookups at all, so nobody scrapes with valid codes either
const lookups = createThrottle({ name: 'laika.verify-lookups', points: 120, windowSeconds: 60 });

/** For tests: forget one client address's lookups and failures. */
export const resetVerifyThrottle = async (ip = '127.0.0.1') => {
  await Promise.all([guesses.reset(ip), lookups.reset(ip)]);
};

@Resolver(() => LetterVerification)
export class LetterVerificationResolver {
  @Query(() => LetterVerification, {
    description: 'Public, no login: check a letter by the code printed on it. Repeated unknown codes from one address are slowed down (TOO_MANY_REQUESTS).',
  })
  async verifyLetter(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext): Promise<LetterVerification> {
    const ip = ctx.clientIp;
    await guesses.consume(ip, { en: 'Too many unknown codes from this address', id: 'Terlalu banyak kode yang tidak dikenal.' });
    await lookups.consume(ip, { en: 'Too many verification requests', id: 'Terlalu banyak permintaan verifikasi.' });
    const key = normaliseCode(String(code ?? '').slice(0, 100));
    // same answer for empty, malformed and unknown codes: no hint how close a guess was
    const r = key.length >= 6 && key.length <= 40 ? await ctx.em.findOne(LetterRequest, { verificationKey: key, status: 'ISSUED' as never }) : null;
    if (!r || !r.issuedAt) return { valid: false }; // the guess stays counted
    await guesses.refund(ip);
    const type = await loaders(ctx).letterType.load(r.letterTypeId);
    return {
      valid: true,
      letterTypeId: r.letterTypeId,
      letterTypeName: type?.name ?? null,
      letterNumber: r.letterNumber,
      issuedAt: r.issuedAt,
      issuingOffice: r.officeName,
      validUntil: r.validUntil ?? null,
      expired: r.validUntil ? r.validUntil.getTime() < Date.now() : false,
      holderNameMasked: maskName(r.holderName),
    };
  }
}
