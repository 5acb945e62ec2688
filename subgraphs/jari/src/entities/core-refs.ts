import { coreEntityStubs, type KeyStub } from '@kendari/kit';

// Entities owned by `core`: jari knows only their key and adds fields to them
// (Agency.serviceStatus, Agency.jariStats, Service.status, Citizen.jariReports).
export const core = coreEntityStubs(['Agency', 'Service', 'Citizen']);
export const { Agency, Service, Citizen } = core.types;
export type Agency = KeyStub;
export type Service = KeyStub;
export type Citizen = KeyStub;

export { entityRef as ref } from '@kendari/kit';
