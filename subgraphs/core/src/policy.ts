import { citizen, definePolicy, officer, OfficerRole, owner, proof, type Grant, type Viewer } from '@kendari/kit';

/** Who may do what in core: every access rule of this subgraph, in one place. */

/** A personal field of Citizen: refused (and null in the answer) for anyone else, anonymous callers included. */
const personal = <const G extends readonly Grant[]>(grants: G) => ({
  grants,
  denied: (_: Viewer, field?: string) => ({
    en: `Citizen.${field} is readable only by the resident and by officers whose role and area need it`,
    id: 'Data pribadi ini hanya dapat dilihat oleh pemiliknya dan petugas yang berwenang',
  }),
  anonymousDenied: true,
});

/** The resident themself, or whoever proved the account's password in this request (login, registration). */
const self = [owner(), proof()] as const;
const AREA_ROLES = [OfficerRole.KELURAHAN_OFFICER, OfficerRole.LURAH, OfficerRole.CAMAT];
/** Any officer within their area (an agency officer's area is not a place), and the city-wide roles anywhere. */
const anyOfficerInArea = [officer('any', { scope: 'area' }), officer([OfficerRole.INSPECTOR, OfficerRole.DISPATCHER])] as const;

export const policy = definePolicy({
  /** A resident's name, registration date and kelurahan: any officer within their area, and the city-wide roles. */
  'citizen.profile': personal([...self, ...anyOfficerInArea]),
  /** NIK: kelurahan and kecamatan roles of the resident's area, inspectors. */
  'citizen.nik': personal([...self, officer(AREA_ROLES, { scope: 'area' }), officer([OfficerRole.INSPECTOR])]),
  /** Phone: as NIK, and dispatchers (they call back). */
  'citizen.phone': personal([...self, officer(AREA_ROLES, { scope: 'area' }), officer([OfficerRole.INSPECTOR, OfficerRole.DISPATCHER])]),
  /** `me`: a resident account. */
  'citizen.me': { grants: [citizen()] },
  /** Citizen.dataAccessLog: which officers read or acted on the resident's data; the resident themself only. */
  'citizen.dataAccessLog': {
    grants: [owner()],
    denied: { en: 'Citizen.dataAccessLog is readable by the resident themself only', id: 'Riwayat akses data hanya dapat dilihat oleh pemiliknya' },
  },
  /**
   * auditLog, the whole log: ADMIN only. Not the Inspectorate: the log shows its own reads of reporters'
   * identities, and an office should not be the one auditing itself.
   */
  'audit.log': {
    grants: [officer([])],
    denied: { en: 'The audit log is readable by administrators only', id: 'Log audit hanya dapat dilihat oleh administrator' },
  },
  /** API keys: make, revoke, list every key (ADMIN alone, with a live login). */
  'api-keys.manage': { grants: [officer([])] },
  /** A key's contact and the account that follows its use: ADMIN alone. */
  'api-key.contact': {
    grants: [officer([])],
    denied: { en: 'ApiKey.contact is readable by admins only', id: 'Kontak pemegang kunci hanya dapat dilihat admin' },
    anonymousDenied: true,
  },
  'api-key.owner': {
    grants: [officer([])],
    denied: { en: 'ApiKey.ownerAccountId is readable by admins only', id: 'Pemilik kunci hanya dapat dilihat admin' },
    anonymousDenied: true,
  },
  /** `currentOfficer`: any officer account. */
  'officer.me': {
    grants: [officer('any')],
    denied: { en: `Requires one of the roles ${Object.values(OfficerRole).join(', ')}`, id: 'Peran Anda tidak berwenang melakukan ini' },
  },
});

/** The proof a login or registration leaves in its request: the rest of its answer belongs to that account. */
export const accountProof = (accountId: string) => `core.account:${accountId}`;
