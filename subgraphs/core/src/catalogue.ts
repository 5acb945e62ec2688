import type { EntityManager } from '@mikro-orm/postgresql';
import { heldInMemory, type RequestContext } from '@kendari/kit';
import { Agency } from './entities/agency.entity';
import { Service } from './entities/service.entity';

/**
 * The service catalogue's agencies and services by id, held in memory (kit `heldInMemory`). Every
 * dashboard and list that names a service or an agency (a letter's service, a JARI report's agency, a
 * board item's both) made core look them up in PostgreSQL, one statement per type per request; there
 * are a few dozen of each and nothing in the graph changes them. A change made in the database directly
 * shows within a minute, as the gateway's cache already allows. The catalogue search
 * (`services(search:)`) still asks PostgreSQL.
 */
export interface Catalogue {
  agencies: readonly Agency[];
  agency: ReadonlyMap<string, Agency>;
  service: ReadonlyMap<string, Service>;
  /** an agency's services, by name */
  servicesOf: ReadonlyMap<string, readonly Service[]>;
}

async function load(em: EntityManager): Promise<Catalogue> {
  const [agencies, services] = await Promise.all([em.find(Agency, {}, { orderBy: { name: 'asc' } }), em.find(Service, {}, { orderBy: { name: 'asc' } })]);
  const servicesOf = new Map<string, Service[]>(agencies.map((a) => [a.id, []]));
  for (const s of services) servicesOf.get(s.agencyId)?.push(s);
  return { agencies, agency: new Map(agencies.map((a) => [a.id, a])), service: new Map(services.map((s) => [s.id, s])), servicesOf };
}

/** The catalogue from memory; a copy older than a minute is still answered while a new one loads. */
export const catalogue: (ctx: Pick<RequestContext, 'em'>) => Promise<Catalogue> = heldInMemory(load, { isEmpty: (c) => !c.agencies.length });

/** Loader-like views (`load(id)`), so resolvers read the catalogue the way they read everything else. */
export const catalogueLookups = (ctx: Pick<RequestContext, 'em'>) => ({
  agency: { load: async (id: string) => (await catalogue(ctx)).agency.get(id) ?? null },
  service: { load: async (id: string) => (await catalogue(ctx)).service.get(id) ?? null },
  servicesOfAgency: { load: async (id: string) => [...((await catalogue(ctx)).servicesOf.get(id) ?? [])] },
});
