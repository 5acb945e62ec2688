import { coreEntityStubs, KELURAHAN, type KeyStub } from '@kendari/kit';

/*
 * Stubs of the entities `core` owns: JAKPA knows their key (and, shareably, region names) and adds fields.
 * core's Citizen.nik is guarded there (only the resident and officers whose role needs it read it): JAKPA
 * asks the gateway for it with @requires, so `Citizen.taxObjects` matches Bapenda's register by NIK
 * without JAKPA ever storing who has which account.
 */
export const core = coreEntityStubs(['Kelurahan', 'Kecamatan', 'Citizen'], {
  shareable: { Kelurahan: ['name'], Kecamatan: ['name'] },
  external: { Citizen: ['nik'] },
});
export const { Kelurahan, Kecamatan, Citizen } = core.types;
export type Kelurahan = KeyStub & { name?: string };
export type Kecamatan = KeyStub & { name?: string };
export type Citizen = KeyStub & { nik?: string | null };

const KELURAHAN_NAME = new Map(KELURAHAN.map((k) => [k.id, k.name]));
const KECAMATAN_NAME = new Map(KELURAHAN.map((k) => [k.kecamatanId, k.kecamatanName]));

export const kelurahanRef = (id: string): Kelurahan => ({ id, name: KELURAHAN_NAME.get(id) ?? id });
export const kecamatanRef = (id: string): Kecamatan => ({ id, name: KECAMATAN_NAME.get(id) ?? id });

/** core's references: the key (and a Citizen's NIK from the representation); region names from the shared reference data. */
export const references = {
  ...core.references,
  Kelurahan: { __resolveReference: (ref: { id: string }) => kelurahanRef(ref.id) },
  Kecamatan: { __resolveReference: (ref: { id: string }) => kecamatanRef(ref.id) },
};
