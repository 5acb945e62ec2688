import { coreEntityStubs, type KeyStub } from '@kendari/kit';

/*
 * core's entities that laika extends. Only the key lives here: core resolves every other field,
 * so their __resolveReference just returns the key (no table read).
 */
export const core = coreEntityStubs(['Citizen', 'Kelurahan', 'Kecamatan', 'Service']);
export const { Citizen, Kelurahan, Kecamatan, Service } = core.types;
export type Citizen = KeyStub;
export type Kelurahan = KeyStub;
export type Kecamatan = KeyStub;
export type Service = KeyStub;
