/**
 * Words for the graph's enum values, one map per enum typed with the generated enum type: a value added to
 * or removed from the graph is a type error here until its label is written or deleted.
 */
import type {
  AppointmentStatus,
  EmergencyActorKind,
  EmergencyAssignment,
  EmergencyKind,
  EmergencyStatus,
  JariActorRole,
  JariCategory,
  JariOutcome,
  JariStatus,
  LetterHolder,
  LetterStatus,
  OfficerRole,
  PermitStatus,
  ServiceAvailability,
  TaxBillStatus,
} from '../graphql/generated/graphql';
import { GqlError } from './graphql';
import type { Lang } from './i18n';

type Pair = [string, string];
export type Labels<E extends string> = Readonly<Record<E, Pair>>;

export const LETTER_STATUS: Labels<LetterStatus> = {
  SUBMITTED: ['Diajukan', 'Submitted'],
  VERIFIED: ['Diverifikasi', 'Verified'],
  SIGNED: ['Ditandatangani', 'Signed'],
  ISSUED: ['Terbit — siap diambil', 'Issued — ready'],
  REJECTED: ['Ditolak', 'Rejected'],
  CANCELLED: ['Dibatalkan', 'Cancelled'],
};

export const LETTER_HOLDER: Labels<LetterHolder> = {
  KELURAHAN_OFFICER: ['Petugas kelurahan', 'Kelurahan officer'],
  LURAH: ['Lurah', 'Lurah (village head)'],
  KECAMATAN_OFFICE: ['Kantor kecamatan', 'Kecamatan office'],
  CAMAT: ['Camat', 'Camat (district head)'],
  APPLICANT: ['Pemohon', 'Applicant'],
};

export const OFFICER_ROLE: Labels<OfficerRole> = {
  KELURAHAN_OFFICER: ['Petugas kelurahan', 'Kelurahan officer'],
  LURAH: ['Lurah', 'Lurah (village head)'],
  CAMAT: ['Camat', 'Camat (district head)'],
  AGENCY_OFFICER: ['Petugas instansi', 'Agency officer'],
  INSPECTOR: ['Inspektur', 'Inspector'],
  DISPATCHER: ['Petugas jaga Damkar', 'Fire dispatcher'],
  FACILITY_STAFF: ['Petugas fasilitas kesehatan', 'Health facility staff'],
  ADMIN: ['Admin', 'Admin'],
};

export const EMERGENCY_STATUS: Labels<EmergencyStatus> = {
  RECEIVED: ['Diterima', 'Received'],
  DISPATCHED: ['Petugas berangkat', 'Crew on the way'],
  ON_SCENE: ['Petugas di lokasi', 'Crew on scene'],
  RESOLVED: ['Selesai', 'Resolved'],
  FALSE_ALARM: ['Laporan palsu / tidak ditemukan', 'False alarm'],
};

export const EMERGENCY_KIND: Labels<EmergencyKind> = {
  FIRE: ['Kebakaran', 'Fire'],
  RESCUE: ['Penyelamatan', 'Rescue'],
  OTHER: ['Lainnya', 'Other'],
};

export const EMERGENCY_ASSIGNMENT: Labels<EmergencyAssignment> = {
  UNIT_DISPATCHED: ['Unit pemadam sudah diberangkatkan', 'A fire unit has been dispatched'],
  WAITING_FOR_UNIT: ['Semua unit sedang bertugas; unit berikutnya yang bebas akan dikirim', 'All units are busy; the next free unit will be sent'],
};

export const EMERGENCY_ACTOR: Labels<EmergencyActorKind> = {
  REPORTER: ['Pelapor', 'Reporter'],
  SYSTEM: ['Sistem', 'System'],
  DISPATCHER: ['Petugas jaga Damkar', 'Fire dispatcher'],
};

export const JARI_STATUS: Labels<JariStatus> = {
  RECEIVED: ['Diterima', 'Received'],
  VERIFIED: ['Diverifikasi', 'Verified'],
  INVESTIGATING: ['Sedang diperiksa', 'Being investigated'],
  CONCLUDED: ['Selesai diperiksa', 'Concluded'],
  REJECTED: ['Ditolak', 'Rejected'],
};

export const JARI_CATEGORY: Labels<JariCategory> = {
  PUNGLI: ['Pungutan liar (pungli)', 'Illegal levy (pungli)'],
  SUAP: ['Suap', 'Bribery'],
  GRATIFIKASI: ['Gratifikasi', 'Gratification'],
  SLOW_OR_REFUSED_SERVICE: ['Layanan lambat atau ditolak', 'Slow or refused service'],
  OTHER: ['Lainnya', 'Other'],
};

export const JARI_OUTCOME: Labels<JariOutcome> = {
  SUBSTANTIATED: ['Terbukti', 'Substantiated'],
  NOT_SUBSTANTIATED: ['Tidak terbukti', 'Not substantiated'],
};

export const JARI_ACTOR: Labels<JariActorRole> = {
  REPORTER: ['Pelapor', 'Reporter'],
  INSPECTOR: ['Inspektur', 'Inspector'],
  ADMIN: ['Admin', 'Admin'],
  AGENCY_OFFICER: ['Petugas instansi', 'Agency officer'],
  SYSTEM: ['Sistem', 'System'],
};

export const SERVICE_AVAILABILITY: Labels<ServiceAvailability> = {
  AVAILABLE: ['Tersedia', 'Available'],
  LIMITED: ['Terbatas', 'Limited'],
  UNAVAILABLE: ['Tidak tersedia', 'Unavailable'],
};

const TAX_BILL_STATUS: Labels<TaxBillStatus> = {
  PAID: ['Lunas', 'Paid'],
  PARTLY_PAID: ['Dibayar sebagian', 'Partly paid'],
  OVERDUE: ['Lewat jatuh tempo', 'Overdue'],
  UNPAID: ['Belum dibayar', 'Unpaid'],
};

const APPOINTMENT_STATUS: Labels<AppointmentStatus> = {
  BOOKED: ['Menunggu giliran', 'Waiting'],
  CALLED: ['Dipanggil', 'Called'],
  SERVED: ['Selesai dilayani', 'Served'],
  NO_SHOW: ['Tidak hadir', 'Did not come'],
  CANCELLED: ['Dibatalkan', 'Cancelled'],
};

const PERMIT_STATUS: Labels<PermitStatus> = {
  DRAFT: ['Draf', 'Draft'],
  SUBMITTED: ['Diajukan', 'Submitted'],
  NEEDS_REVISION: ['Perlu perbaikan', 'Needs revision'],
  VERIFIED: ['Berkas terverifikasi', 'Documents verified'],
  APPROVED: ['Disetujui', 'Approved'],
  PAID: ['Retribusi lunas', 'Levy paid'],
  ISSUED: ['Izin terbit', 'Permit issued'],
  REJECTED: ['Ditolak', 'Rejected'],
  REVOKED: ['Dicabut', 'Revoked'],
};

/** Codes the portal makes itself: who acted on a letter (a role string) and a report nobody acknowledged yet. */
const PORTAL_CODES = {
  CITIZEN: ['Warga', 'Resident'],
  AWAITING_ACK: ['Menunggu konfirmasi petugas', 'Waiting for acknowledgement'],
} as const satisfies Record<string, Pair>;

const prefixed = <P extends string, E extends string>(prefix: P, labels: Labels<E>) =>
  Object.fromEntries(Object.entries(labels).map(([k, v]) => [prefix + k, v])) as Record<`${P}${E}`, Pair>;

/**
 * One table for `label()`. Codes shared by several enums must mean the same (RECEIVED, OTHER, DISPATCHER, ...);
 * where they do not, the enum is prefixed (TAX_, QUEUE_, PERMIT_: their codes overlap LAIKA's with other meanings).
 */
function merge(...tables: Readonly<Record<string, Pair>>[]): Readonly<Record<string, Pair>> {
  const out: Record<string, Pair> = {};
  for (const table of tables)
    for (const [code, pair] of Object.entries(table)) {
      if (out[code] && out[code].join('|') !== pair.join('|')) throw new Error(`lib/status.ts: ${code} has two different labels; prefix one enum`);
      out[code] = pair;
    }
  return out;
}

const BY_CODE = merge(
  LETTER_STATUS,
  LETTER_HOLDER,
  OFFICER_ROLE,
  EMERGENCY_STATUS,
  EMERGENCY_KIND,
  EMERGENCY_ASSIGNMENT,
  EMERGENCY_ACTOR,
  JARI_STATUS,
  JARI_CATEGORY,
  JARI_OUTCOME,
  JARI_ACTOR,
  SERVICE_AVAILABILITY,
  prefixed('TAX_', TAX_BILL_STATUS),
  prefixed('QUEUE_', APPOINTMENT_STATUS),
  prefixed('PERMIT_', PERMIT_STATUS),
  PORTAL_CODES,
);

/** Every code `label()` knows; a code outside it is a type error at the call. */
export type LabelCode =
  | LetterStatus
  | LetterHolder
  | OfficerRole
  | EmergencyStatus
  | EmergencyKind
  | EmergencyAssignment
  | EmergencyActorKind
  | JariStatus
  | JariCategory
  | JariOutcome
  | JariActorRole
  | ServiceAvailability
  | `TAX_${TaxBillStatus}`
  | `QUEUE_${AppointmentStatus}`
  | `PERMIT_${PermitStatus}`
  | keyof typeof PORTAL_CODES;

export function label(code: LabelCode | null | undefined, lang: Lang): string {
  return code ? labelOfString(code, lang) : '—';
}

/** For codes the graph sends as plain strings (who acted on a letter or a permit: CITIZEN, LURAH, ...). */
export function labelOfString(code: string | null | undefined, lang: Lang): string {
  if (!code) return '—';
  const l = BY_CODE[code];
  if (l) return l[lang === 'en' ? 1 : 0];
  // an unknown code: never show an English word on an Indonesian page
  return lang === 'en' ? code.replace(/_/g, ' ').toLowerCase() : '—';
}

/** The values of an enum, from its label map (complete by its type), e.g. to check a form value. */
export const valuesOf = <E extends string>(labels: Labels<E>): E[] => Object.keys(labels) as E[];

/** The form's value when it is one of the enum's values, else undefined (the graph then names the field). */
export const oneOf = <E extends string>(labels: Labels<E>, value: string): E | undefined => (Object.hasOwn(labels, value) ? (value as E) : undefined);

/** Like oneOf, but a value outside the enum is refused here as the graph would (BAD_USER_INPUT naming the field). */
export function requireOneOf<E extends string>(labels: Labels<E>, value: string, field: string): E {
  const v = oneOf(labels, value);
  if (v) return v;
  throw new GqlError(`${field}: unknown value`, 'BAD_USER_INPUT', 'Pilihan tidak dikenal. Muat ulang halaman lalu coba lagi.', [
    { field, message: 'unknown value', messageId: 'Pilihan tidak dikenal. Muat ulang halaman lalu coba lagi.' },
  ]);
}

/**
 * The colour of a status tag by what the status means: done, in progress, or refused. The error colour is
 * for refusals only (an overdue item gets its own "terlambat" tag), never for a step like "Ditandatangani".
 */
export function statusTone(status: LabelCode): 'tag-free' | 'tag-warn' | 'tag-bad' | '' {
  switch (status) {
    case 'TAX_PAID':
    case 'QUEUE_SERVED':
    case 'PERMIT_ISSUED':
    case 'ISSUED':
    case 'RESOLVED':
    case 'CONCLUDED':
    case 'SUBSTANTIATED':
    case 'AVAILABLE':
      return 'tag-free';
    case 'PERMIT_REJECTED':
    case 'PERMIT_REVOKED':
    case 'REJECTED':
    case 'UNAVAILABLE':
      return 'tag-bad';
    case 'PERMIT_DRAFT':
    case 'QUEUE_CANCELLED':
    case 'QUEUE_NO_SHOW':
    case 'CANCELLED':
    case 'FALSE_ALARM':
    case 'NOT_SUBSTANTIATED':
      return '';
    default:
      return 'tag-warn';
  }
}

export const OPEN_LETTER: readonly LetterStatus[] = ['SUBMITTED', 'VERIFIED', 'SIGNED'];
export const OPEN_EMERGENCY: readonly EmergencyStatus[] = ['RECEIVED', 'DISPATCHED', 'ON_SCENE'];
