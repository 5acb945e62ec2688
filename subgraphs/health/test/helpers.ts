import { randomUUID } from 'node:crypto';
import { OfficerRole, signAccessToken, stableUuid } from '@kendari/kit';

export const SECRET = 'test-secret-test-secret-test-secret-0123';

export const citizenToken = (id: string, name = 'Warga Uji') => signAccessToken({ kind: 'citizen', id, name }, SECRET);
export const CITIZEN_A = stableUuid('test:health-a');
export const CITIZEN_B = stableUuid('test:health-b');

export const staffToken = (facilityId: string) =>
  signAccessToken(
    {
      kind: 'officer',
      id: randomUUID(),
      name: 'Petugas Uji',
      role: OfficerRole.FACILITY_STAFF,
      kelurahanId: null,
      kecamatanId: null,
      agencyId: 'dinkes',
      facilityId,
    },
    SECRET,
  );

export const tokens = {
  citizenA: citizenToken(CITIZEN_A, 'Siti Rahmawati'),
  citizenB: citizenToken(CITIZEN_B, 'La Ode Hamid'),
  staffKandai: staffToken('puskesmas-kandai'),
  staffMata: staffToken('puskesmas-mata'),
  dinkes: signAccessToken(
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

export const TAKE = `mutation Take($input: TakeQueueNumberInput!) {
  takeQueueNumber(input: $input) {
    replayed message messageId
    appointment { id bookingCode number payer status date numbersAhead estimatedServiceAt facility { id } service { id code } session { id label } timeline { fromStatus toStatus actorKind } }
  }
}`;
