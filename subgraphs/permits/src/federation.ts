import { coreEntityStubs, type KeyStub } from '@kendari/kit';

// core's entities that permits extends: only the key lives here (core resolves every other field,
// so a reference is just its key: no table read)
export const core = coreEntityStubs(['Citizen', 'Kelurahan', 'Service']);
export const { Citizen, Kelurahan, Service } = core.types;
export type Citizen = KeyStub;
export type Kelurahan = KeyStub;
export type Service = KeyStub;

export { entityRef as ref } from '@kendari/kit';
