import type { EntityManager } from '@mikro-orm/postgresql';
import { heldInMemory, type RequestContext } from '@kendari/kit';
import { Kecamatan, Kelurahan } from './entities/region.entity';

/**
 * The city's 11 kecamatan and 65 kelurahan, held in memory. They are reference data (Kemendagri
 * codes, loaded by the seed and never written at run time), yet every dashboard asked PostgreSQL for
 * them again: a kelurahan with its kecamatan was two statements of core's per request. Read from
 * core's tables once per ORM (the first request that needs them), then answered from memory.
 */
export interface Regions {
  kecamatans: readonly Kecamatan[];
  kelurahans: readonly Kelurahan[];
  kecamatan: ReadonlyMap<string, Kecamatan>;
  kelurahan: ReadonlyMap<string, Kelurahan>;
  kelurahansOf: ReadonlyMap<string, readonly Kelurahan[]>;
}

async function load(em: EntityManager): Promise<Regions> {
  const [kecamatans, kelurahans] = await Promise.all([em.find(Kecamatan, {}, { orderBy: { id: 'asc' } }), em.find(Kelurahan, {}, { orderBy: { id: 'asc' } })]);
  // detached copies: shared by every request, never part of a request's unit of work
  const kc = kecamatans.map((k) => Object.assign(new Kecamatan(), { id: k.id, name: k.name }));
  const kl = kelurahans.map((k) => Object.assign(new Kelurahan(), { id: k.id, name: k.name, kecamatanId: k.kecamatanId }));
  const kelurahansOf = new Map<string, Kelurahan[]>(kc.map((k) => [k.id, []]));
  for (const k of kl) kelurahansOf.get(k.kecamatanId)?.push(k);
  return {
    kecamatans: kc,
    kelurahans: kl,
    kecamatan: new Map(kc.map((k) => [k.id, k])),
    kelurahan: new Map(kl.map((k) => [k.id, k])),
    kelurahansOf,
  };
}

/** The regions, from memory after the first load (kit `heldInMemory`; never re-read: nothing changes them). */
export const regions: (ctx: Pick<RequestContext, 'em'>) => Promise<Regions> = heldInMemory(load, {
  refreshMs: Infinity,
  // not seeded yet (a test that seeds later): do not hold an empty city
  isEmpty: (r) => !r.kelurahans.length,
});

/** A loader-like view (`load(id)`), so resolvers read regions the way they read everything else. */
export const regionLookups = (ctx: Pick<RequestContext, 'em'>) => ({
  kecamatan: { load: async (id: string) => (await regions(ctx)).kecamatan.get(id) ?? null },
  kelurahan: { load: async (id: string) => (await regions(ctx)).kelurahan.get(id) ?? null },
  kelurahansOfKecamatan: { load: async (id: string) => [...((await regions(ctx)).kelurahansOf.get(id) ?? [])] },
});
