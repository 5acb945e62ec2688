import { formatRupiah, type Lang } from '@/lib/i18n';
import type { PaymentChannel, PermitHolder, PermitStatus, PermitValidity } from '@/graphql/generated/graphql';
import type { PermitTypeInfo } from './ops';
import { labelOfString, type Labels } from '@/lib/status';

export const PERMIT_STATUS: Labels<PermitStatus> = {
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

export const PERMIT_VALIDITY: Labels<PermitValidity> = {
  VALID: ['Berlaku', 'Valid'],
  EXPIRED: ['Kedaluwarsa', 'Expired'],
  REVOKED: ['Dicabut', 'Revoked'],
};

const PERMIT_HOLDER: Labels<PermitHolder> = {
  APPLICANT: ['Pemohon', 'Applicant'],
  DPMPTSP: ['Petugas DPMPTSP', 'DPMPTSP officers'],
};

// the officer chooses one (PaymentChannel); a recorded payment's channel comes back as a String
export const PAYMENT_CHANNEL: Labels<PaymentChannel> = {
  BANK_SULTRA: ['Bank Sultra', 'Bank Sultra'],
  QRIS: ['QRIS', 'QRIS'],
  VIRTUAL_ACCOUNT: ['Virtual account', 'Virtual account'],
  TELLER_KAS_DAERAH: ['Teller kas daerah', 'City treasury teller'],
};

// the same code means the same in each of these (REVOKED: status and validity)
const L: Readonly<Record<PermitCode, [string, string]>> = { ...PERMIT_STATUS, ...PERMIT_VALIDITY, ...PERMIT_HOLDER };
type PermitCode = PermitStatus | PermitValidity | PermitHolder;

/** Permit statuses, validity, who holds an application. */
export function permitLabel(code: PermitCode | null | undefined, lang: Lang): string {
  return code ? L[code][lang === 'en' ? 1 : 0] : '—';
}

/** Codes the graph sends as strings: who acted on an application (APPLICANT, AGENCY_OFFICER, ...), the payment channel. */
export function permitTermLabel(code: string, lang: Lang): string {
  const pair = Object.hasOwn(PAYMENT_CHANNEL, code) ? PAYMENT_CHANNEL[code as PaymentChannel] : Object.hasOwn(L, code) ? L[code as PermitCode] : null;
  return pair ? pair[lang === 'en' ? 1 : 0] : labelOfString(code, lang);
}

export function permitTone(status: PermitStatus | PermitValidity): 'tag-free' | 'tag-warn' | 'tag-bad' | '' {
  if (['ISSUED', 'VALID', 'PAID'].includes(status)) return 'tag-free';
  if (['REJECTED', 'REVOKED'].includes(status)) return 'tag-bad';
  if (['EXPIRED', 'DRAFT'].includes(status)) return '';
  return 'tag-warn';
}

export const formatBytes = (n: number) => (n >= 1048576 ? `${(n / 1048576).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} KB`);

/** How the levy is worked out, in one line, from the type's rule (data). */
export function levySummary(t: PermitTypeInfo, tt: (a: string, b: string) => string): string {
  const r = t.levyRule;
  if (r.kind === 'FREE') return tt('Gratis', 'Free');
  if (r.kind === 'FIXED') return formatRupiah(r.amount ?? 0);
  return r.components.map((c) => c.factors.map((f) => f.label.toLowerCase()).join(' × ')).join(' + ');
}
