import { randomUUID } from 'node:crypto';
import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from 'pino';
import type { Viewer } from './auth';

/** Per-request DataLoaders, created on first use: a cache must never outlive its request. */
export class Loaders {
  private readonly map = new Map<string, DataLoader<unknown, unknown>>();
  get<K, V, C = K>(name: string, batch: (keys: readonly K[]) => Promise<ArrayLike<V | Error>>, options?: DataLoader.Options<K, V, C>): DataLoader<K, V, C> {
    let loader = this.map.get(name) as DataLoader<K, V, C> | undefined;
    if (!loader) {
      loader = new DataLoader<K, V, C>(batch, options);
      this.map.set(name, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

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
}

export function newRequestId(incoming?: string | null): string {
  return incoming && /^[\w.:-]{1,100}$/.test(incoming) ? incoming : randomUUID();
}
