import { randomUUID } from 'node:crypto';
import { OfficerRole, demoCitizens, signAccessToken, stableUuid } from '@kendari/kit';

export const SECRET = 'test-secret-test-secret-test-secret-0123';
export const SITI = demoCitizens()[0];

export const tokens = {
  siti: signAccessToken({ kind: 'citizen', id: SITI.id, name: SITI.name }, SECRET),
  otherCitizen: signAccessToken({ kind: 'citizen', id: stableUuid('test:citizen-b'), name: 'La Ode Hamid' }, SECRET),
  bapenda: signAccessToken(
    {
      kind: 'officer',
      id: stableUuid('officer:petugas.bapenda'),
      name: 'Petugas Bapenda',
      role: OfficerRole.AGENCY_OFFICER,
      kelurahanId: null,
      kecamatanId: null,
      agencyId: 'bapenda',
    },
    SECRET,
  ),
  otherAgency: signAccessToken(
    { kind: 'officer', id: randomUUID(), name: 'Petugas Dinkes', role: OfficerRole.AGENCY_OFFICER, kelurahanId: null, kecamatanId: null, agencyId: 'dinkes' },
    SECRET,
  ),
  lurah: signAccessToken(
    { kind: 'officer', id: randomUUID(), name: 'Lurah Kandai', role: OfficerRole.LURAH, kelurahanId: '74.71.02.1009', kecamatanId: '74.71.02', agencyId: null },
    SECRET,
  ),
  admin: signAccessToken(
    { kind: 'officer', id: randomUUID(), name: 'Admin', role: OfficerRole.ADMIN, kelurahanId: null, kecamatanId: null, agencyId: 'diskominfo' },
    SECRET,
  ),
};

export const key = () => `test-${randomUUID()}`;

/** `_entities` call as the gateway makes it for Citizen.taxObjects (nik supplied by core via @requires). */
export const CITIZEN_OBJECTS = `query($reps: [_Any!]!, $first: Int!) { _entities(representations: $reps) { ... on Citizen { id taxObjects(first: $first) { totalCount nodes { id nop { formatted kelurahan { id name } } ownerName address
  bills(first: 10) { totalCount nodes { id year amount dueDate today { status penalty paidAmount totalDue isOverdue monthsLate }
    payments(first: 5) { nodes { amount paidAt channel { id name } } } } } } } } } }`;
