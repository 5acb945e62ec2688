import { coreEntityStubs, type KeyStub } from '@kendari/kit';

// Stubs of the entities `core` owns: firebutton knows their key (and region names) and adds fields to them
// (KelurahanFireStationsResolver, KecamatanEmergencyStatsResolver, CitizenFireReportsResolver).
// A region's name is shareable with core: answered from the reference data (KelurahanNameResolver, KecamatanNameResolver).
export const core = coreEntityStubs(['Kelurahan', 'Kecamatan', 'Citizen'], { shareable: { Kelurahan: ['name'], Kecamatan: ['name'] } });
export const { Kelurahan, Kecamatan, Citizen } = core.types;
export type Kelurahan = KeyStub & { name?: string };
export type Kecamatan = KeyStub & { name?: string };
export type Citizen = KeyStub;

export { entityRef as ref } from '@kendari/kit';
