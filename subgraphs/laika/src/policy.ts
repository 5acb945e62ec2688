import { citizen, definePolicy, officer, OfficerRole, owner, type ActionSpec, type OfficerViewer, type Viewer } from '@kendari/kit';
import type { LetterRequest } from './entities/letter-request.entity';
import { LetterLevel } from './letter-types';

/** Who may do what in LAIKA: every access rule of this subgraph, in one place. */

const LETTER = { en: 'Letter request', id: 'Permohonan surat' };
const KELURAHAN_ROLES = [OfficerRole.KELURAHAN_OFFICER, OfficerRole.LURAH];

/** An officer's area: kelurahan roles their own kelurahan only, a camat their kecamatan (ADMIN everything). */
const inArea = [officer(KELURAHAN_ROLES, { scope: 'kelurahan' }), officer([OfficerRole.CAMAT], { scope: 'kecamatan' })] as const;

export type LetterAction = 'verify' | 'reject' | 'sign' | 'issue';

/**
 * Who may take each step. Kelurahan letters: the kelurahan officer checks (or rejects), the lurah
 * signs (or declines = rejects). Kecamatan letters: the applicant's kelurahan officer may do the
 * first check; the camat's office checks, signs and issues. ADMIN reads everything but signs nothing.
 */
const STEP_ROLES: Record<LetterLevel, Record<LetterAction, OfficerRole[]>> = {
  KELURAHAN: {
    verify: [OfficerRole.KELURAHAN_OFFICER],
    reject: [OfficerRole.KELURAHAN_OFFICER, OfficerRole.LURAH],
    sign: [OfficerRole.LURAH],
    issue: [OfficerRole.KELURAHAN_OFFICER, OfficerRole.LURAH],
  },
  KECAMATAN: {
    verify: [OfficerRole.KELURAHAN_OFFICER, OfficerRole.CAMAT],
    reject: [OfficerRole.KELURAHAN_OFFICER, OfficerRole.CAMAT],
    sign: [OfficerRole.CAMAT],
    issue: [OfficerRole.CAMAT],
  },
};
const ACTION_ID: Record<LetterAction, string> = { verify: 'memverifikasi', reject: 'menolak', sign: 'menandatangani', issue: 'menerbitkan' };
const roleOf = (v: Viewer) => (v.kind === 'officer' ? v.role : v.kind);

/** `letter.<step>.<LEVEL>`: the roles of one step on one level of letter (the area is checked by letter.read). */
export const stepAction = (action: LetterAction, level: LetterLevel) => `letter.${action}.${level}` as const;
const stepActions = {} as Record<ReturnType<typeof stepAction>, ActionSpec>;
for (const level of Object.values(LetterLevel)) {
  for (const action of Object.keys(STEP_ROLES[level]) as LetterAction[]) {
    const roles = STEP_ROLES[level][action];
    stepActions[stepAction(action, level)] = {
      grants: [officer(roles, { admin: false })],
      denied: (v) => ({
        en: `A ${roleOf(v)} cannot ${action} a ${level.toLowerCase()}-level letter (allowed: ${roles.join(', ')})`,
        id: `Peran Anda tidak berwenang ${ACTION_ID[action]} surat ini`,
      }),
    };
  }
}

export const policy = definePolicy({
  ...stepActions,
  /** Using LAIKA as an officer at all: queues and steps. */
  'letters.work': {
    grants: [officer([OfficerRole.KELURAHAN_OFFICER, OfficerRole.LURAH, OfficerRole.CAMAT])],
    denied: { en: 'Only kelurahan and kecamatan officers handle letter requests', id: 'Hanya petugas kelurahan dan kecamatan yang menangani permohonan surat' },
  },
  /** A resident requests a letter for themself. */
  'letter.request': { grants: [citizen()] },
  /** The applicant's own request (cancel): anyone else NOT_FOUND. */
  'letter.own': { grants: [owner()], hidden: LETTER },
  /** One request: its applicant, or an officer whose area covers it; anyone else NOT_FOUND (nothing hints that it exists). */
  'letter.read': { grants: [owner(), ...inArea], hidden: LETTER },
  /** An officer's list of their area (the queue, a resident's requests). */
  'letters.list-area': {
    grants: [...inArea],
    denied: { en: "You can only see your own area's letter requests", id: 'Anda hanya dapat melihat permohonan di wilayah Anda' },
    noScope: { en: 'Your account has no kelurahan or kecamatan', id: 'Akun Anda tidak terhubung ke kelurahan atau kecamatan' },
  },
  /** Citizen.letterRequests for a resident account: their own only. */
  'citizen.letters': {
    grants: [owner()],
    denied: { en: "A resident's letter requests are visible to that resident only", id: 'Permohonan surat hanya dapat dilihat oleh pemohonnya' },
  },
  /** Which account made a timeline change: officers only (residents see the role). */
  'timeline.actor': { grants: [officer('any')] },
});

/** A camat's queue holds the kecamatan-level letters only; the kelurahan roles see both levels of their kelurahan. */
export const queueLevelOf = (viewer: OfficerViewer): LetterLevel | null => (viewer.role === OfficerRole.CAMAT ? LetterLevel.KECAMATAN : null);

/** A request as a policy resource: its applicant and the area it belongs to. */
export const letterScope = (r: LetterRequest | null) => r && { ownerId: r.citizenId, kelurahanId: r.kelurahanId, kecamatanId: r.kecamatanId };
