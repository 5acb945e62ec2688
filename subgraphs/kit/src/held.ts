import type { EntityManager, EntityName } from '@mikro-orm/postgresql';
import type { RequestContext } from './context';

/**
 * Reference data held in memory: small tables that nothing in the graph writes at run time (core's
 * catalogue, LAIKA's letter types, the fire stations). Read from PostgreSQL on every request that names
 * one, they cost a statement and its round trip per request (profiled: bench/results/profile-notes.md).
 * Held per ORM (tests run several in one process), loaded by the first request that needs them, and read
 * again in the background once the copy is `refreshMs` old, so a change made in the database directly
 * shows within that time; the old copy answers meanwhile, and stays when a reload fails.
 */
export function heldInMemory<T>(load: (em: EntityManager) => Promise<T>, opts: { refreshMs?: number; isEmpty?: (value: T) => boolean } = {}) {
  const refreshMs = opts.refreshMs ?? HELD_REFRESH_MS;
  // keyed by the ORM's driver, which every fork of one ORM shares
  const held = new WeakMap<object, { at: number; current: Promise<T>; next?: Promise<T> }>();
  const loadDetached = async (em: EntityManager) => {
    const value = await load(em);
    // detached: shared by every request, never part of a request's unit of work
    em.clear();
    return value;
  };
  return (ctx: Pick<RequestContext, 'em'>): Promise<T> => {
    const key = ctx.em.getDriver();
    const h = held.get(key);
    if (!h) {
      const entry = { at: Date.now(), current: loadDetached(ctx.em.fork()) };
      held.set(key, entry);
      entry.current.then(
        (v) => opts.isEmpty?.(v) && held.delete(key), // not seeded yet: do not hold an empty copy
        () => held.delete(key),
      );
      return entry.current;
    }
    if (Date.now() - h.at > refreshMs && !h.next) {
      h.next = loadDetached(ctx.em.fork());
      h.next.then(
        () => Object.assign(h, { at: Date.now(), current: h.next, next: undefined }),
        () => Object.assign(h, { at: Date.now(), next: undefined }), // keep the old copy; try again later
      );
    }
    return h.current;
  };
}

export const HELD_REFRESH_MS = 60_000;

export interface HeldTable<T> {
  /** every row, in the table's declared order */
  all: readonly T[];
  byKey: ReadonlyMap<string, T>;
}

/**
 * A whole reference table held in memory (see heldInMemory), with loader-like lookups so resolvers read it
 * the way they read everything else: `lookup(ctx).load(id)`.
 */
export function heldTable<T extends object>(entity: EntityName<T>, opts: { key?: string; orderBy: Record<string, 'asc' | 'desc'>; refreshMs?: number }) {
  const key = opts.key ?? 'id';
  const table = heldInMemory<HeldTable<T>>(
    async (em) => {
      const all = await em.find(entity, {}, { orderBy: opts.orderBy as never });
      return { all, byKey: new Map(all.map((r) => [String((r as Record<string, unknown>)[key]), r])) };
    },
    { refreshMs: opts.refreshMs, isEmpty: (t) => t.all.length === 0 },
  );
  return {
    table,
    all: async (ctx: Pick<RequestContext, 'em'>) => [...(await table(ctx)).all],
    lookup: (ctx: Pick<RequestContext, 'em'>) => ({ load: async (k: string) => (await table(ctx)).byKey.get(k) ?? null }),
  };
}
