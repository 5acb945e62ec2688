import { randomInt, createHash, timingSafeEqual } from 'node:crypto';

// no 0/O, 1/I/L, U: codes are read aloud on the phone and typed from paper
const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ';

/** A random code from an unambiguous alphabet, e.g. randomCode(10, 'LK') -> LK-7KQ9-MX4T2P. */
export function randomCode(length: number, prefix = ''): string {
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[randomInt(ALPHABET.length)];
  const grouped = s.match(/.{1,4}/g)!.join('-');
  return prefix ? `${prefix}-${grouped}` : grouped;
}

/** Normalises what a person typed (case, spaces, dashes) for comparing codes. */
export const normaliseCode = (code: string) => code.toUpperCase().replace(/[^0-9A-Z]/g, '');

/** sha256 hex: for storing secrets so that a database leak does not reveal them. */
export const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(sha256(a));
  const y = Buffer.from(sha256(b));
  return timingSafeEqual(x, y);
}
