import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '@kendari/kit';
import { Agency } from './entities/agency.entity';
import { Service } from './entities/service.entity';

/**
 * The service catalogue's agencies and services by id, held in memory. Every dashboard and list
 * that names a service or an agency (a letter's service, a JARI report's agency, a board item's both)
 * made core look them up in PostgreSQL, one statement per type per request; there are a few dozen of
 * each and nothing in the graph changes them. They are read again in the background once the copy is
 * a minute old (a change made in the database directly shows within a minute, as the gateway's
 * cache already allows). The catalogue search (`services(search:)`) still asks PostgreSQL.
 */
export interface Catalogue {
  agencies: readonly Agency[];
  agency: ReadonlyMap<string, Agency>;
  service: ReadonlyMap<string, Service>;
  /** an agency's services, by name */
  servicesOf: ReadonlyMap<string, readonly Service[]>;
}

export const CATALOGUE_REFRESH_MS = 60_000;

async function load(em: EntityManager): Promise<Catalogue> {
  const [agencies, services] = await Promise.all([em.find(Agency, {}, { orderBy: { name: 'asc' } }), em.find(Service, {}, { orderBy: { name: 'asc' } })]);
  // detached: shared by every request, never part of a request's unit of work
  em.clear();
  const servicesOf = new Map<string, Service[]>(agencies.map((a) => [a.id, []]));
  for (const s of services) servicesOf.get(s.agencyId)?.push(s);
  return { agencies, agency: new Map(agencies.map((a) => [a.id, a])), service: new Map(services.map((s) => [s.id, s])), servicesOf };
}

// keyed by the ORM's driver, which every fork of one ORM shares (tests run several ORMs in one process)
const held = new WeakMap<object, { at: number; current: Promise<Catalogue>; next?: Promise<Catalogue> }>();

/** The catalogue from memory; a copy older than CATALOGUE_REFRESH_MS is still answered while a new one loads. */
export function catalogue(ctx: Pick<RequestContext, 'em'>): Promise<Catalogue> {
  const key = ctx.em.getDriver();
  const h = held.get(key);
  if (!h) {
    const entry = { at: Date.now(), current: load(ctx.em.fork()) };
    held.set(key, entry);
    entry.current.then(
      (c) => !c.agencies.length && held.delete(key), // not seeded yet: do not hold an empty catalogue
      () => held.delete(key),
    );
    return entry.current;
  }
  if (Date.now() - h.at > CATALOGUE_REFRESH_MS && !h.next) {
    h.next = load(ctx.em.fork());
    h.next.then(
      () => Object.assign(h, { at: Date.now(), current: h.next, next: undefined }),
      () => Object.assign(h, { at: Date.now(), next: undefined }), // keep the old copy; try again in a minute
    );
  }
  return h.current;
}

/** Loader-like views (`load(id)`), so resolvers read the catalogue the way they read everything else. */
export const catalogueLookups = (ctx: Pick<RequestContext, 'em'>) => ({
  agency: { load: async (id: string) => (await catalogue(ctx)).agency.get(id) ?? null },
  service: { load: async (id: string) => (await catalogue(ctx)).service.get(id) ?? null },
  servicesOfAgency: { load: async (id: string) => [...((await catalogue(ctx)).servicesOf.get(id) ?? [])] },
});
