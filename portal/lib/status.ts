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
};

export function label(code: string | null | undefined, lang: Lang): string {
  if (!code) return '—';
  const l = L[code];
  return l ? l[lang === 'en' ? 1 : 0] : code.replace(/_/g, ' ').toLowerCase();
}

export const OPEN_LETTER = ['SUBMITTED', 'VERIFIED', 'SIGNED'];
export const OPEN_EMERGENCY = ['RECEIVED', 'DISPATCHED', 'ON_SCENE'];
