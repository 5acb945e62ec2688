import { coreEntityStubs, type KeyStub } from '@kendari/kit';

// Stubs of the entities `core` owns: health knows their key and adds fields to them
// (Kelurahan.healthFacilities, Citizen.appointments).
export const core = coreEntityStubs(['Kelurahan', 'Citizen']);
export const { Kelurahan, Citizen } = core.types;
export type Kelurahan = KeyStub;
export type Citizen = KeyStub;

export { entityRef as ref } from '@kendari/kit';
