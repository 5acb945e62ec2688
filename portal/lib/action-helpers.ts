import { GqlError } from './graphql';
import type { FormState } from './forms';
import type { Lang } from './i18n';

type Pair = [string, string];

/** What a code means to a resident, when no field and no action-specific wording applies. */
const generic: Record<string, Pair> = {
  UNAVAILABLE: ['Layanan sementara tidak tersedia. Silakan coba lagi nanti.', 'The service is temporarily unavailable. Please try again later.'],
  SERVICE_UNAVAILABLE: ['Layanan sementara tidak tersedia. Silakan coba lagi nanti.', 'The service is temporarily unavailable. Please try again later.'],
  GRAPHQL_VALIDATION_FAILED: ['Layanan ini segera hadir.', 'This service is coming soon.'],
  TOO_MANY_REQUESTS: ['Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.', 'Too many attempts. Wait a moment and try again.'],
  UNAUTHENTICATED: ['Silakan masuk terlebih dahulu.', 'Please log in first.'],
  FORBIDDEN: ['Anda tidak berwenang melakukan ini.', 'You are not allowed to do this.'],
  NOT_FOUND: ['Data tidak ditemukan.', 'Not found.'],
  CONFLICT: [
    'Permintaan ini tidak dapat diproses pada keadaan sekarang. Muat ulang halaman lalu coba lagi.',
    'This cannot be done right now. Reload the page and try again.',
  ],
  BAD_USER_INPUT: ['Periksa kembali isian Anda.', 'Please check what you entered.'],
};

/** English for each input field the graph can name: the portal words it, never the developer message. */
const FIELD_EN: Record<string, string> = {
  nik: 'Enter the 16-digit NIK exactly as printed on your ID card (KTP).',
  name: "Enter your full name (at least 3 letters; letters, spaces and . , ' - only).",
  phone: 'Enter an Indonesian phone number, for example 081234567890.',
  callbackPhone: 'Enter an Indonesian phone number, for example 081234567890.',
  kelurahanId: 'Choose your kelurahan in Kendari from the list.',
  password: 'Use at least 8 characters with letters and digits.',
  identifier: 'Enter your NIK or username.',
  purpose: 'Write what the letter is for.',
  letterTypeId: 'Choose a letter type.',
  occurredDate: 'Enter the date it happened (not in the future).',
  occurredAt: 'Enter the date it happened (not in the future).',
  place: 'Write where it happened.',
  description: 'Tell what happened in a few sentences.',
  agencyId: 'Choose the agency or office.',
  serviceId: 'Choose a service of the chosen agency, or leave it empty.',
  category: 'Choose what kind of report this is.',
  amountAskedRupiah: 'Enter an amount in rupiah (digits only).',
  amountPaidRupiah: 'Enter an amount in rupiah (digits only).',
  addressText: 'The address is too long.',
  kind: 'Choose what is happening.',
  code: 'Check the code.',
  secret: 'Check the secret.',
  reason: 'Write a reason (3 to 300 characters).',
  reasonEn: 'Write the reason in English (3 to 300 characters), or leave it empty.',
  stockRemaining: 'Enter a number from 0 to 1,000,000.',
  idempotencyKey: 'Reload the page and send the form again.',
};

/** Exact English for Indonesian field messages the graph sends often (more precise than the field's hint). */
const EXACT_EN: Array<[RegExp, string]> = [
  [/^NIK harus 16 digit/, 'The NIK must be exactly 16 digits.'],
  [/^Kode wilayah pada NIK/, 'The region part of the NIK (first 6 digits) is not valid.'],
  [/^Tanggal lahir pada NIK/, 'The birth-date part of the NIK (digits 7-12) is not a valid date.'],
  [/^Nomor urut NIK/, 'The last 4 digits of the NIK are not valid.'],
  [/^NIK ini sudah terdaftar/, 'This NIK is already registered. Please log in.'],
  [/wajib diisi$/, 'This field is required.'],
];

function fieldEnglish(name: string, messageId: string | undefined): string {
  for (const [re, en] of EXACT_EN) if (messageId && re.test(messageId)) return en;
  const key = name.replace(/^detail_/, '');
  return FIELD_EN[name] ?? FIELD_EN[key] ?? 'Please check this field.';
}

export interface ErrorWording {
  /** Action-specific wording by code, e.g. login: UNAUTHENTICATED means a wrong password, not "log in first". */
  codes?: Partial<Record<string, Pair>>;
  /** Where an error without a field list still belongs to one field (e.g. CONFLICT on the NIK). */
  fieldOf?: Partial<Record<string, string>>;
}

/** Turn a GraphQL error into form state: a message at the top and one message next to each field, in the visitor's language. */
export function errorState(
  err: unknown,
  lang: Lang,
  values: Record<string, string> = {},
  rename: Record<string, string> = {},
  wording: ErrorWording = {},
): FormState {
  const pick = ([idText, enText]: Pair) => (lang === 'en' ? enText : idText);
  if (!(err instanceof GqlError)) {
    console.error('[portal] action failed', err instanceof Error ? err.name : typeof err);
    return { status: 'error', message: pick(['Terjadi kesalahan. Silakan coba lagi.', 'Something went wrong. Please try again.']), values };
  }
  const fields: Record<string, string> = {};
  for (const f of err.fields) {
    const key = f.field.replace(/^input\./, '');
    const name = rename[key] ?? key;
    if (!fields[name]) fields[name] = lang === 'en' ? fieldEnglish(name, f.messageId) : (f.messageId ?? generic.BAD_USER_INPUT[0]);
  }
  const own = wording.codes?.[err.code];
  const ownField = wording.fieldOf?.[err.code];
  if (ownField && !fields[ownField]) fields[ownField] = own ? pick(own) : lang === 'en' ? fieldEnglish(ownField, err.messageId) : (err.messageId ?? '');
  let message: string;
  if (own) message = pick(own);
  else if (Object.keys(fields).length) message = pick(['Periksa kembali isian yang ditandai.', 'Please check the marked fields.']);
  // the Indonesian text from the graph is written for residents; English is worded here from the code
  else if (lang === 'id' && err.messageId && err.code !== 'UNAVAILABLE' && err.code !== 'GRAPHQL_VALIDATION_FAILED') message = err.messageId;
  else message = pick(generic[err.code] ?? ['Terjadi kesalahan. Silakan coba lagi.', 'Something went wrong. Please try again.']);
  return { status: 'error', message, fields, values };
}

export function formValues(data: FormData, skip: string[] = ['password']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of data.entries()) if (typeof v === 'string' && !k.startsWith('$') && !skip.includes(k)) out[k] = v;
  return out;
}

/** Only same-site relative paths as a post-login destination. */
export function safeNext(next: unknown, fallback: string): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : fallback;
}
