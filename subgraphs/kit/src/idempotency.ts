import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { conflict } from './errors';

/**
 * Runs a create at most once per idempotency key. `find` looks up what an earlier call with the
 * same key created; `create` inserts (the table has a unique index on the key, so a concurrent
 * retry loses the race with a unique violation and then reads the winner's row).
 * `sameRequest` guards against a key reused for a different request (CONFLICT).
 */
export async function idempotent<T>(opts: {
  key: string | undefined;
  find: (key: string) => Promise<T | null>;
  create: () => Promise<T>;
  sameRequest?: (existing: T) => boolean;
}): Promise<T> {
  const { key } = opts;
  if (!key) return opts.create();
  const check = (existing: T) => {
    if (opts.sameRequest && !opts.sameRequest(existing)) {
      throw conflict('This idempotency key was already used for a different request', 'Kunci permintaan ini sudah dipakai untuk permintaan lain', {
        field: 'input.idempotencyKey',
      });
    }
    return existing;
  };
  const earlier = await opts.find(key);
  if (earlier) return check(earlier);
  try {
    return await opts.create();
  } catch (err) {
    if (err instanceof UniqueConstraintViolationException) {
      const winner = await opts.find(key);
      if (winner) return check(winner);
    }
    throw err;
  }
}
