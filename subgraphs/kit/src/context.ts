import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Viewer } from './auth';
import { AppError, ErrorCode } from './errors';

/**
 * Per-request DataLoaders, created on first use: a cache must never outlive its request. With a
 * `deadline` (epoch ms: the request's execution budget) no batch starts after it: every hop from a
 * list to its children goes through a loader, so a request past its budget stops asking the database
 * and ends with SERVICE_UNAVAILABLE where it stopped.
 */
export class Loaders {
  private readonly map = new Map<string, DataLoader<unknown, unknown>>();
  constructor(readonly deadline?: number) {}
  get<K, V, C = K>(name: string, batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>, options?: DataLoader.Options<K, V, C>): DataLoader<K, V, C> {
    let loader = this.map.get(name) as DataLoader<K, V, C> | undefined;
    if (!loader) {
      const deadline = this.deadline;
      const guarded = deadline === undefined ? batch : (keys: readonly K[]) => (Date.now() > deadline ? Promise.reject(pastDeadline()) : batch(keys));
      loader = new DataLoader<K, V, C>(guarded, options);
      this.map.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

const pastDeadline = () =>
  new AppError(
    ErrorCode.SERVICE_UNAVAILABLE,
    'The operation ran past its time budget: ask for less at once',
    'Permintaan melebihi batas waktu. Silakan minta lebih sedikit data sekaligus.',
    { reason: 'DEADLINE' },
  );

export interface RequestContext {
  /** A fresh EntityManager per request: the identity map must not leak between callers. */
  em: EntityManager;
  viewer: Viewer;
  requestId: string;
  /** The caller's address, for throttling only; never stored with anonymous reports. */
  clientIp: string;
  log: Logger;
  loaders: Loaders;
  /** The token secret: only `core` uses it, to sign the tokens it issues. */
  authSecret: string;
  /** The subgraph answering (its audit rows name it). */
  subgraph: string;
  /**
   * What the caller proved in this request beyond its token, as `<kind>:<id>` (a report's tracking code
   * and secret, an account's password just checked): a policy's `proof()` grant reads it. Never outlives
   * the request; the viewer itself never changes mid-request.
   */
  proofs: Set<string>;
}

// lives with the HTTP helpers (platform) so the gateway can use it without loading DataLoader
export { newRequestId } from './http';
