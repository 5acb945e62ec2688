import { createHmac } from 'node:crypto';
import { normaliseCode, randomCode, sha256 } from '@kendari/kit';

const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ'; // the kit's unambiguous alphabet

/** A new tracking code, e.g. JR-7KQ9-MX4T-2P. */
export const newTrackingCode = () => randomCode(10, 'JR');

/** What a person typed -> the stored form JR-XXXX-XXXX-XX, or null when it cannot be a tracking code. */
export function canonicalTrackingCode(typed: string | null | undefined): string | null {
  const n = normaliseCode(typed ?? '');
  if (!/^JR[0-9A-Z]{10}$/.test(n)) return null;
  return `JR-${n.slice(2, 6)}-${n.slice(6, 10)}-${n.slice(10)}`;
}

/** The secret as stored: sha256 of its normalised form (case, spaces and dashes do not matter). */
export const secretHashOf = (secret: string) => sha256(`jari-secret:${normaliseCode(secret)}`);

const group = (s: string) => s.match(/.{1,4}/g)!.join('-');

/**
 * The secret of a report. With an idempotency key it is derived (HMAC with the server secret) from
 * the hashed key, so a retry after a lost answer gets the same secret again, without the secret
 * ever being stored; without a key it is random.
 */
export function reportSecret(serverSecret: string, idempotencyKeyHash: string | undefined): string {
  if (!idempotencyKeyHash) return randomCode(12);
  const mac = createHmac('sha256', serverSecret).update(`jari-report-secret:${idempotencyKeyHash}`).digest();
  let s = '';
  for (let i = 0; i < 12; i++) s += ALPHABET[mac[i] % ALPHABET.length];
  return group(s);
}

export const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
