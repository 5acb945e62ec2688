import { describe, expect, it } from 'vitest';
import { anyone, citizen, definePolicy, officer, OfficerRole, owner, proof, signedIn, type Viewer } from '../src';

const ANON: Viewer = { kind: 'anonymous' };
const resident = (id = 'c1'): Viewer => ({ kind: 'citizen', id, name: 'Siti' });
const officerOf = (role: OfficerRole, scope: { kelurahanId?: string; kecamatanId?: string; agencyId?: string; facilityId?: string } = {}): Viewer => ({
  kind: 'officer',
  id: `o-${role}`,
  name: 'Petugas',
  role,
  kelurahanId: scope.kelurahanId ?? null,
  kecamatanId: scope.kecamatanId ?? null,
  agencyId: scope.agencyId ?? null,
  ...(scope.facilityId ? { facilityId: scope.facilityId } : {}),
});
const ADMIN = officerOf(OfficerRole.ADMIN);
const LURAH = officerOf(OfficerRole.LURAH, { kelurahanId: '74.71.02.1009', kecamatanId: '74.71.02' });
const CAMAT = officerOf(OfficerRole.CAMAT, { kecamatanId: '74.71.02' });

const codeOf = (f: () => unknown) => {
  try {
    f();
    return 'OK';
  } catch (e) {
    return (e as { extensions?: { code?: string } }).extensions?.code ?? String(e);
  }
};
const messageOf = (f: () => unknown) => {
  try {
    f();
    return null;
  } catch (e) {
    return (e as Error).message;
  }
};

const LETTER = { en: 'Letter request', id: 'Permohonan surat' };
const policy = definePolicy({
  'letter.read': {
    grants: [owner(), officer([OfficerRole.LURAH], { scope: 'kelurahan' }), officer([OfficerRole.CAMAT], { scope: 'kecamatan' })],
    hidden: LETTER,
  },
  'letter.sign': { grants: [officer([OfficerRole.LURAH], { admin: false })] },
  'letter.request': { grants: [citizen()] },
  'citizen.nik': { grants: [owner(), proof(), officer([OfficerRole.LURAH, OfficerRole.CAMAT], { scope: 'area' })], anonymousDenied: true },
  'emergency.dispatch': {
    grants: [officer([OfficerRole.DISPATCHER], { agency: 'damkar' })],
    outOfScope: { en: 'Only Damkar dispatchers can do this', id: 'Hanya operator Damkar yang dapat melakukan ini' },
  },
  'queue.staff': { grants: [officer([OfficerRole.FACILITY_STAFF], { scope: 'facility' })] },
  'catalogue.read': { grants: [anyone()] },
  'letters.list-area': {
    grants: [officer([OfficerRole.LURAH], { scope: 'kelurahan' }), officer([OfficerRole.CAMAT], { scope: 'kecamatan' })],
    noScope: { en: 'Your account has no kelurahan or kecamatan', id: 'Akun Anda tidak terhubung ke kelurahan atau kecamatan' },
  },
});
const letter = { ownerId: 'c1', kelurahanId: '74.71.02.1009', kecamatanId: '74.71.02' };

describe('can: grants and scopes', () => {
  it('owner: the resident whose thing it is, no one else', () => {
    expect(policy.can(resident('c1'), 'letter.read', letter)).toBe(true);
    expect(policy.can(resident('c2'), 'letter.read', letter)).toBe(false);
    expect(policy.can(ANON, 'letter.read', letter)).toBe(false);
  });

  it('kelurahan and kecamatan scopes; ADMIN passes every officer grant unless excluded', () => {
    expect(policy.can(LURAH, 'letter.read', letter)).toBe(true);
    expect(policy.can(LURAH, 'letter.read', { ...letter, kelurahanId: '74.71.02.1010' })).toBe(false);
    expect(policy.can(CAMAT, 'letter.read', { ...letter, kelurahanId: '74.71.02.1010' })).toBe(true);
    expect(policy.can(CAMAT, 'letter.read', { ...letter, kecamatanId: '74.71.03' })).toBe(false);
    expect(policy.can(ADMIN, 'letter.read', letter)).toBe(true);
    expect(policy.can(ADMIN, 'letter.sign')).toBe(false);
    expect(policy.can(LURAH, 'letter.sign')).toBe(true);
  });

  it('area: a kelurahan officer their kelurahan, a camat their kecamatan prefix', () => {
    expect(policy.can(LURAH, 'citizen.nik', { kelurahanId: '74.71.02.1009' })).toBe(true);
    expect(policy.can(LURAH, 'citizen.nik', { kelurahanId: '74.71.02.1010' })).toBe(false);
    expect(policy.can(CAMAT, 'citizen.nik', { kelurahanId: '74.71.02.1010' })).toBe(true);
    expect(policy.can(CAMAT, 'citizen.nik', { kelurahanId: '74.71.03.1001' })).toBe(false);
  });

  it('agency and facility scopes', () => {
    expect(policy.can(officerOf(OfficerRole.DISPATCHER, { agencyId: 'damkar' }), 'emergency.dispatch')).toBe(true);
    expect(policy.can(officerOf(OfficerRole.DISPATCHER, { agencyId: 'bpbd' }), 'emergency.dispatch')).toBe(false);
    const staff = officerOf(OfficerRole.FACILITY_STAFF, { facilityId: 'puskesmas-kandai' });
    expect(policy.can(staff, 'queue.staff', { facilityId: 'puskesmas-kandai' })).toBe(true);
    expect(policy.can(staff, 'queue.staff', { facilityId: 'puskesmas-poasia' })).toBe(false);
    expect(policy.can(staff, 'queue.staff', {})).toBe(false);
  });

  it('proof: whoever proved the secret in this request, logged in or not', () => {
    expect(policy.can(ANON, 'citizen.nik', { ownerId: 'c1', proven: true })).toBe(true);
    expect(policy.can(ANON, 'citizen.nik', { ownerId: 'c1' })).toBe(false);
  });

  it('a thing that does not exist (null) is refused to everyone, ADMIN included', () => {
    expect(policy.can(ADMIN, 'letter.read', null)).toBe(false);
    expect(codeOf(() => policy.must(ADMIN, 'letter.read', null))).toBe('NOT_FOUND');
  });
});

describe('must: the same refusal everywhere', () => {
  it('anonymous: UNAUTHENTICATED, unless the action refuses anonymous callers like anyone else', () => {
    expect(codeOf(() => policy.must(ANON, 'letter.request'))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => policy.must(ANON, 'citizen.nik', { ownerId: 'c1' }))).toBe('FORBIDDEN');
    expect(codeOf(() => policy.must(ANON, 'catalogue.read'))).toBe('OK');
  });

  it('hidden things are NOT_FOUND for signed-in callers without access (nothing hints that they exist)', () => {
    expect(messageOf(() => policy.must(resident('c2'), 'letter.read', letter))).toBe('Letter request not found');
    expect(codeOf(() => policy.must(LURAH, 'letter.read', { ...letter, kelurahanId: '74.71.02.1010' }))).toBe('NOT_FOUND');
  });

  it('FORBIDDEN: the default names the roles or asks for a resident account; outOfScope for the right role elsewhere', () => {
    expect(messageOf(() => policy.must(resident(), 'emergency.dispatch'))).toBe('Requires one of the roles DISPATCHER');
    expect(messageOf(() => policy.must(LURAH, 'letter.request'))).toBe('Only a citizen account can do this');
    expect(messageOf(() => policy.must(officerOf(OfficerRole.DISPATCHER, { agencyId: 'bpbd' }), 'emergency.dispatch'))).toBe(
      'Only Damkar dispatchers can do this',
    );
  });

  it('returns the viewer when allowed', () => {
    expect(policy.must(LURAH, 'letter.sign')).toBe(LURAH);
  });

  it('signedIn: UNAUTHENTICATED for anonymous only', () => {
    expect(codeOf(() => signedIn(ANON))).toBe('UNAUTHENTICATED');
    expect(signedIn(LURAH)).toBe(LURAH);
  });
});

describe('scopeOf / mustScopeOf: the filter of an officer list', () => {
  it('own kelurahan, own kecamatan, everything for ADMIN, nothing for others', () => {
    expect(policy.scopeOf(LURAH, 'letters.list-area')).toEqual({ kelurahanId: '74.71.02.1009' });
    expect(policy.scopeOf(CAMAT, 'letters.list-area')).toEqual({ kecamatanId: '74.71.02' });
    expect(policy.scopeOf(ADMIN, 'letters.list-area')).toEqual({});
    expect(policy.scopeOf(resident(), 'letters.list-area')).toBeNull();
    expect(policy.scopeOf(officerOf(OfficerRole.INSPECTOR), 'letters.list-area')).toBeNull();
  });

  it('refuses: UNAUTHENTICATED, FORBIDDEN for the wrong role, noScope for an account without its area', () => {
    expect(codeOf(() => policy.mustScopeOf(ANON, 'letters.list-area'))).toBe('UNAUTHENTICATED');
    expect(messageOf(() => policy.mustScopeOf(officerOf(OfficerRole.INSPECTOR), 'letters.list-area'))).toMatch(/Requires one of the roles/);
    expect(messageOf(() => policy.mustScopeOf(officerOf(OfficerRole.LURAH), 'letters.list-area'))).toBe('Your account has no kelurahan or kecamatan');
  });

  it('an unknown action is a programming error, not a refusal', () => {
    expect(() => policy.can(ADMIN, 'no.such.action' as never)).toThrow(/No such action/);
  });
});
