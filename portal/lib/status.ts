import type { Lang } from './i18n';

const L: Record<string, [string, string]> = {
  // LAIKA
  SUBMITTED: ['Diajukan', 'Submitted'],
  VERIFIED: ['Diverifikasi', 'Verified'],
  SIGNED: ['Ditandatangani', 'Signed'],
  ISSUED: ['Terbit — siap diambil', 'Issued — ready'],
  REJECTED: ['Ditolak', 'Rejected'],
  CANCELLED: ['Dibatalkan', 'Cancelled'],
  // Fire Button
  RECEIVED: ['Diterima', 'Received'],
  DISPATCHED: ['Petugas berangkat', 'Crew on the way'],
  ON_SCENE: ['Petugas di lokasi', 'Crew on scene'],
  RESOLVED: ['Selesai', 'Resolved'],
  FALSE_ALARM: ['Laporan palsu / tidak ditemukan', 'False alarm'],
  FIRE: ['Kebakaran', 'Fire'],
  RESCUE: ['Penyelamatan', 'Rescue'],
  OTHER: ['Lainnya', 'Other'],
  UNIT_DISPATCHED: ['Unit pemadam sudah diberangkatkan', 'A fire unit has been dispatched'],
  WAITING_FOR_UNIT: ['Semua unit sedang bertugas; unit berikutnya yang bebas akan dikirim', 'All units are busy; the next free unit will be sent'],
  // JARI
  UNDER_REVIEW: ['Sedang ditelaah', 'Under review'],
  IN_REVIEW: ['Sedang ditelaah', 'Under review'],
  INVESTIGATING: ['Sedang diperiksa', 'Being investigated'],
  FORWARDED: ['Diteruskan', 'Forwarded'],
  CLOSED: ['Ditutup', 'Closed'],
  DISMISSED: ['Tidak dapat ditindaklanjuti', 'Dismissed'],
  SUBSTANTIATED: ['Terbukti', 'Substantiated'],
  UNSUBSTANTIATED: ['Tidak terbukti', 'Not substantiated'],
  EXTORTION: ['Pungutan liar (pungli)', 'Extortion (pungli)'],
  BRIBERY: ['Suap', 'Bribery'],
  GRATIFICATION: ['Gratifikasi', 'Gratification'],
  CONCLUDED: ['Selesai diperiksa', 'Concluded'],
  NOT_SUBSTANTIATED: ['Tidak terbukti', 'Not substantiated'],
  PUNGLI: ['Pungutan liar (pungli)', 'Illegal levy (pungli)'],
  SUAP: ['Suap', 'Bribery'],
  GRATIFIKASI: ['Gratifikasi', 'Gratification'],
  SLOW_OR_REFUSED_SERVICE: ['Layanan lambat atau ditolak', 'Slow or refused service'],
  // service status board
  NORMAL: ['Normal', 'Normal'],
  OPEN: ['Buka normal', 'Open as usual'],
  AVAILABLE: ['Tersedia', 'Available'],
  LIMITED: ['Terbatas', 'Limited'],
  UNAVAILABLE: ['Tidak tersedia', 'Unavailable'],
  DISRUPTED: ['Terganggu', 'Disrupted'],
  // who acted
  CITIZEN: ['Warga', 'Resident'],
  SYSTEM: ['Sistem', 'System'],
  // officers
  KELURAHAN_OFFICER: ['Petugas kelurahan', 'Kelurahan officer'],
  LURAH: ['Lurah', 'Lurah (village head)'],
  CAMAT: ['Camat', 'Camat (district head)'],
  KECAMATAN_OFFICE: ['Kantor kecamatan', 'Kecamatan office'],
  AGENCY_OFFICER: ['Petugas instansi', 'Agency officer'],
  INSPECTOR: ['Inspektur', 'Inspector'],
  DISPATCHER: ['Petugas jaga Damkar', 'Fire dispatcher'],
  ADMIN: ['Admin', 'Admin'],
  APPLICANT: ['Pemohon', 'Applicant'],
  REPORTER: ['Pelapor', 'Reporter'],
  DISPATCHER_ACK: ['Dikonfirmasi petugas jaga', 'Acknowledged by the dispatcher'],
  OFFICER: ['Petugas', 'Officer'],
  AWAITING_ACK: ['Menunggu konfirmasi petugas', 'Waiting for acknowledgement'],
  // JAKPA (PBB bills)
  TAX_PAID: ['Lunas', 'Paid'],
  TAX_PARTLY_PAID: ['Dibayar sebagian', 'Partly paid'],
  TAX_OVERDUE: ['Lewat jatuh tempo', 'Overdue'],
  TAX_UNPAID: ['Belum dibayar', 'Unpaid'],
  // health queue numbers
  QUEUE_BOOKED: ['Menunggu giliran', 'Waiting'],
  QUEUE_CALLED: ['Dipanggil', 'Called'],
  QUEUE_SERVED: ['Selesai dilayani', 'Served'],
  QUEUE_NO_SHOW: ['Tidak hadir', 'Did not come'],
  QUEUE_CANCELLED: ['Dibatalkan', 'Cancelled'],
  // permits (DPMPTSP), prefixed: their codes overlap LAIKA's with other meanings
  PERMIT_DRAFT: ['Draf', 'Draft'],
  PERMIT_SUBMITTED: ['Diajukan', 'Submitted'],
  PERMIT_NEEDS_REVISION: ['Perlu perbaikan', 'Needs revision'],
  PERMIT_VERIFIED: ['Berkas terverifikasi', 'Documents verified'],
  PERMIT_APPROVED: ['Disetujui', 'Approved'],
  PERMIT_PAID: ['Retribusi lunas', 'Levy paid'],
  PERMIT_ISSUED: ['Izin terbit', 'Permit issued'],
  PERMIT_REJECTED: ['Ditolak', 'Rejected'],
  PERMIT_REVOKED: ['Dicabut', 'Revoked'],
};

export function label(code: string | null | undefined, lang: Lang): string {
  if (!code) return '—';
  const l = L[code];
  if (l) return l[lang === 'en' ? 1 : 0];
  // an unknown code: never show an English word on an Indonesian page
  return lang === 'en' ? code.replace(/_/g, ' ').toLowerCase() : '—';
}

/**
 * The colour of a status tag by what the status means: done, in progress, or refused. The error colour is
 * for refusals only (an overdue item gets its own "terlambat" tag), never for a step like "Ditandatangani".
 */
export function statusTone(status: string): 'tag-free' | 'tag-warn' | 'tag-bad' | '' {
  if (status === 'TAX_PAID' || status === 'QUEUE_SERVED') return 'tag-free';
  if (status === 'PERMIT_ISSUED') return 'tag-free';
  if (status === 'PERMIT_REJECTED' || status === 'PERMIT_REVOKED') return 'tag-bad';
  if (status === 'PERMIT_DRAFT') return '';
  if (status === 'QUEUE_CANCELLED' || status === 'QUEUE_NO_SHOW') return '';
  if (['ISSUED', 'RESOLVED', 'CONCLUDED', 'SUBSTANTIATED', 'AVAILABLE'].includes(status)) return 'tag-free';
  if (['REJECTED', 'UNAVAILABLE'].includes(status)) return 'tag-bad';
  if (['CANCELLED', 'FALSE_ALARM', 'DISMISSED', 'UNSUBSTANTIATED', 'NOT_SUBSTANTIATED'].includes(status)) return '';
  return 'tag-warn';
}

export const OPEN_LETTER = ['SUBMITTED', 'VERIFIED', 'SIGNED'];
export const OPEN_EMERGENCY = ['RECEIVED', 'DISPATCHED', 'ON_SCENE'];
