import { createThrottle } from '@kendari/kit';

// The limits of JARI, counted by the kit's one atomic throttle (which stores keys only as HMACs, so
// no address or tracking code is kept in clear). The per-address limits are generous: many residents
// share one carrier address, and they must not let one guesser lock the whole city out of following or
// reporting. The per-code limit protects one known code's secret.
export const limits = {
  /** Follow attempts per address: 20 per 15 minutes; a correct code and secret is given back. */
  followByAddress: createThrottle({ name: 'jari.follow-address', points: 20, windowSeconds: 15 * 60 }),
  /** Attempts on one tracking code: 10 per 15 minutes (from any address); a correct secret is given back. */
  followByCode: createThrottle({ name: 'jari.follow-code', points: 10, windowSeconds: 15 * 60 }),
  /** Report submissions per address (spam): 60 per 10 minutes. */
  submit: createThrottle({ name: 'jari.submit-address', points: 60, windowSeconds: 10 * 60 }),
  /** Tests start each case from a clean slate for their (loopback) address. */
  async reset(ip = '127.0.0.1') {
    await Promise.all([limits.followByAddress.reset(ip), limits.submit.reset(ip)]);
  },
};

export const codeKey = (canonical: string | null) => `code:${canonical ?? '-'}`;

const GUESS_MESSAGES = { en: 'Too many wrong tracking codes or secrets', id: 'Terlalu banyak kode pelacakan atau kode rahasia yang salah.' };

/**
 * Counts a follow attempt before the database is asked (so simultaneous guesses are counted, not
 * evaluated), and returns a function that gives the attempt back once the code and secret proved right.
 */
export async function countFollowAttempt(ip: string, canonical: string | null): Promise<() => Promise<void>> {
  await limits.followByAddress.consume(ip, GUESS_MESSAGES);
  await limits.followByCode.consume(codeKey(canonical), GUESS_MESSAGES);
  return async () => {
    await Promise.all([limits.followByAddress.refund(ip), limits.followByCode.refund(codeKey(canonical))]);
  };
}
