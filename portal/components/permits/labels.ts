import { formatRupiah, type Lang } from '@/lib/i18n';
import type { PermitTypeInfo } from './ops';
import { label } from '@/lib/status';

const L: Record<string, [string, string]> = {
  DRAFT: ['Draf', 'Draft'],
  SUBMITTED: ['Diajukan', 'Submitted'],
  NEEDS_REVISION: ['Perlu perbaikan', 'Needs revision'],
  VERIFIED: ['Berkas terverifikasi', 'Documents verified'],
  APPROVED: ['Disetujui', 'Approved'],
  PAID: ['Retribusi lunas', 'Levy paid'],
  ISSUED: ['Izin terbit', 'Permit issued'],
  REJECTED: ['Ditolak', 'Rejected'],
  REVOKED: ['Dicabut', 'Revoked'],
  VALID: ['Berlaku', 'Valid'],
  EXPIRED: ['Kedaluwarsa', 'Expired'],
  APPLICANT: ['Pemohon', 'Applicant'],
  DPMPTSP: ['Petugas DPMPTSP', 'DPMPTSP officers'],
  BANK_SULTRA: ['Bank Sultra', 'Bank Sultra'],
  QRIS: ['QRIS', 'QRIS'],
  VIRTUAL_ACCOUNT: ['Virtual account', 'Virtual account'],
  TELLER_KAS_DAERAH: ['Teller kas daerah', 'City treasury teller'],
};

/** Permit statuses and terms; other codes (roles) fall back to the portal's shared labels. */
export function permitLabel(code: string | null | undefined, lang: Lang): string {
  if (code && L[code]) return L[code][lang === 'en' ? 1 : 0];
  return label(code, lang);
}

export function permitTone(status: string): 'tag-free' | 'tag-warn' | 'tag-bad' | '' {
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
