import { randomUUID } from 'node:crypto';
import { OfficerRole, signAccessToken, stableUuid } from '@kendari/kit';

export const SECRET = 'test-secret-test-secret-test-secret-0123';

export const tokens = {
  citizenA: signAccessToken({ kind: 'citizen', id: stableUuid('test:citizen-a'), name: 'Siti Rahmawati' }, SECRET),
  citizenB: signAccessToken({ kind: 'citizen', id: stableUuid('test:citizen-b'), name: 'La Ode Hamid' }, SECRET),
  dispatcher: signAccessToken(
    {
      kind: 'officer',
      id: stableUuid('officer:dispatcher.damkar'),
      name: 'Operator Damkar',
      role: OfficerRole.DISPATCHER,
      kelurahanId: null,
      kecamatanId: null,
      agencyId: 'damkar',
    },
    SECRET,
  ),
  otherDispatcher: signAccessToken(
    { kind: 'officer', id: randomUUID(), name: 'Operator 119', role: OfficerRole.DISPATCHER, kelurahanId: null, kecamatanId: null, agencyId: 'dinkes' },
    SECRET,
  ),
  agencyOfficer: signAccessToken(
    { kind: 'officer', id: randomUUID(), name: 'Petugas Dinkes', role: OfficerRole.AGENCY_OFFICER, kelurahanId: null, kecamatanId: null, agencyId: 'dinkes' },
    SECRET,
  ),
  lurah: signAccessToken(
    { kind: 'officer', id: randomUUID(), name: 'Lurah Kadia', role: OfficerRole.LURAH, kelurahanId: '74.71.08.1001', kecamatanId: '74.71.08', agencyId: null },
    SECRET,
  ),
  admin: signAccessToken(
    { kind: 'officer', id: randomUUID(), name: 'Admin', role: OfficerRole.ADMIN, kelurahanId: null, kecamatanId: null, agencyId: 'diskominfo' },
    SECRET,
  ),
};
export const CITIZEN_A = stableUuid('test:citizen-a');
export const CITIZEN_B = stableUuid('test:citizen-b');

/** Distinct places inside Kendari, > 1 km apart, so tests do not throttle each other by place. */
export function spot(n: number): { latitude: number; longitude: number } {
  return { latitude: Math.round((-3.93 - 0.012 * (n % 10)) * 1e5) / 1e5, longitude: Math.round((122.46 + 0.0125 * Math.floor(n / 10)) * 1e5) / 1e5 };
}

let phoneSeq = 0;
/** A fresh Indonesian mobile number per call. */
export const phone = () => `0852${String(10000000 + process.pid * 100 + phoneSeq++).slice(-8)}`;
export const key = () => `test-${randomUUID()}`;

export const REPORT = `mutation Report($input: ReportEmergencyInput!) {
  reportEmergency(input: $input) {
    assignment replayed message messageId
    report { id trackingCode status kind stationDistanceMetres positionSource station { id name } unit { id state } kelurahan { id } kecamatan { id }
      timeline { action fromStatus toStatus actorKind station { id } unit { id } } }
  }
}`;
