import { createThrottle } from '@kendari/kit';

// Login limits, counted by the kit's atomic throttle BEFORE the password is checked, so 30 parallel
// wrong passwords from one address get at most LOGIN_PAIR_LIMIT checks. They slow an attacker
// without locking the owner out: the strict limit is per (account, address), so guessing from one
// address never blocks the owner's login from another; the per-account limit is generous (it only
// stops guessing spread over many addresses), and a per-address limit stops one address trying
// many accounts.
export const LOGIN_PAIR_LIMIT = 5;
export const LOGIN_ACCOUNT_LIMIT = 50;
export const LOGIN_ADDRESS_LIMIT = 100;
const WINDOW = 15 * 60;

const pair = createThrottle({ name: 'core.login-account-address', points: LOGIN_PAIR_LIMIT, windowSeconds: WINDOW, blockSeconds: WINDOW });
const account = createThrottle({ name: 'core.login-account', points: LOGIN_ACCOUNT_LIMIT, windowSeconds: WINDOW });
const address = createThrottle({ name: 'core.login-address', points: LOGIN_ADDRESS_LIMIT, windowSeconds: WINDOW });

const MESSAGES = { en: 'Too many failed logins', id: 'Terlalu banyak percobaan masuk yang gagal.' };

/** Counts one login attempt (throws TOO_MANY_REQUESTS over a limit); the pair first, so a blocked guesser uses up nothing else. */
export async function countLoginAttempt(identifier: string, clientIp: string): Promise<void> {
  await pair.consume(`${identifier}|${clientIp}`, MESSAGES);
  await account.consume(identifier, MESSAGES);
  await address.consume(clientIp, MESSAGES);
}

/** A successful login: the owner's own attempts from this address no longer count. */
export async function loginSucceeded(identifier: string, clientIp: string): Promise<void> {
  await Promise.all([pair.reset(`${identifier}|${clientIp}`), account.refund(identifier), address.refund(clientIp)]);
}
