import type { EntityManager } from '@mikro-orm/postgresql';
import { addWorkingDays, demoCitizens, KELURAHAN, normaliseCode, stableUuid } from '@kendari/kit';
import { PermitApplication, PermitEvent, PermitNumberSequence, PermitPayment, PermitTypeRow } from '../entities/permit.entity';
import { addMonths, assess, permitNumber } from '../application';
import { PERMIT_TYPES, PermitFieldKind, type PermitTypeSeed } from '../permit-types';
import { PermitStatus as S } from '../workflow';

export const isEmpty = async (em: EntityManager) => (await em.count(PermitTypeRow)) === 0;

/** The well-known demo verification code: Siti Rahmawati's tourism registration for her warung. */
export const DEMO_CODE = 'IZN-DEMO-2026';
export const DEMO_APPLICATION_COUNT = 420;

const HOUR = 3600_000;
const DAY = 24 * HOUR;
const OFFICER = { id: stableUuid('officer:petugas.dpmptsp'), role: 'AGENCY_OFFICER', name: 'Petugas DPMPTSP' };

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const STREETS = [
  'Jl. Ahmad Yani',
  'Jl. Saranani',
  'Jl. Edi Sabara',
  'Jl. Malik Raya',
  'Jl. MT Haryono',
  'Jl. Bunga Kamboja',
  'Jl. Lakidende',
  'Jl. Sao-Sao',
  'Jl. Chairil Anwar',
  'Jl. Z.A. Sugianto',
  'Jl. Abdullah Silondae',
  'Jl. Syech Yusuf',
];
const BUSINESS: Record<string, string[]> = {
  'izin-reklame': [
    'Toko Emas Sinar Kendari',
    'Bakso Pak Kumis',
    'Apotek Sehat Farma',
    'Dealer Motor Anoa',
    'Hotel Teluk Kendari',
    'Kopi Kenangan Sultra',
    'Optik Cahaya',
    'Toko Bangunan Sumber Rejeki',
  ],
  'izin-apotek': ['Apotek Sehat Farma', 'Apotek Kimia Sultra', 'Apotek Anoa Medika', 'Apotek Berkah Husada', 'Apotek Wua-Wua'],
  'izin-klinik': ['Klinik Pratama Halu Oleo', 'Klinik Bersalin Bunda', 'Klinik Mata Kendari', 'Klinik Gigi Senyum', 'Klinik Pratama Mandonga Sehat'],
  'izin-tdup': [
    'Warung Sari Laut',
    'Kafe Teluk Kendari',
    'Homestay Pantai Nambo',
    'Rumah Makan Kasuami',
    'Biro Wisata Labengki',
    'Kafe Kopi Kendari Beach',
    'Penginapan Bahari',
  ],
  'izin-pbg': ['CV Bangun Sultra', 'Ruko Mandonga Permai', 'Gudang Sinar Baru'],
};
const REVISIONS = [
  'Gambar struktur belum ditandatangani tenaga ahli',
  'Foto KTP-el tidak terbaca, mohon unggah ulang',
  'Luas bangunan pada formulir berbeda dengan gambar',
  'Surat persetujuan pemilik lahan belum bermeterai',
];
const REJECTIONS = ['Lokasi berada di sempadan pantai (tidak sesuai RTRW)', 'STR sudah tidak berlaku', 'Lokasi reklame di ruang milik jalan yang dilarang'];

function fieldsFor(t: PermitTypeSeed, rnd: () => number, at: Date): Record<string, string> {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const range: Record<string, [number, number]> = {
    buildingArea: [36, 480],
    floors: [1, 3],
    fenceLength: [0, 60],
    width: [1, 8],
    height: [1, 5],
    sides: [1, 2],
    beds: [0, 12],
    employees: [2, 40],
  };
  const out: Record<string, string> = {};
  for (const f of t.fields) {
    if (!f.required && rnd() < 0.4) continue;
    switch (f.kind) {
      case PermitFieldKind.SELECT:
        out[f.name] = pick(f.options!).value;
        break;
      case PermitFieldKind.NUMBER: {
        const [lo, hi] = range[f.name] ?? [f.min ?? 1, f.max ?? 10];
        const n = lo + rnd() * (hi - lo);
        out[f.name] = String(f.decimals ? Math.round(n * 2) / 2 : Math.round(n));
        break;
      }
      case PermitFieldKind.DATE:
        out[f.name] = new Date(at.getTime() - (20 + Math.floor(rnd() * 300)) * DAY).toISOString().slice(0, 10);
        break;
      default: {
        const text: Record<string, string> = {
          address: `${pick(STREETS)} No. ${1 + Math.floor(rnd() * 150)}`,
          landCertificate: `SHM No. ${100 + Math.floor(rnd() * 4000)}`,
          pbgNumber: `503/PBG/${String(1 + Math.floor(rnd() * 400)).padStart(4, '0')}/DPMPTSP/2025`,
          strNumber: `STR-7471${String(Math.floor(rnd() * 1e6)).padStart(6, '0')}`,
          practicePlace: pick(['RSUD Kota Kendari', 'Puskesmas Mandonga', 'Klinik Pratama Halu Oleo', 'Praktik mandiri']),
          pharmacistSip: `SIPA/${String(1 + Math.floor(rnd() * 300)).padStart(3, '0')}/2024`,
        };
        out[f.name] = text[f.name] ?? 'Sesuai lampiran';
      }
    }
  }
  return out;
}

/** A moment during office hours (08:00-15:00 WITA) on a working day, `daysAgo` days before `now`. */
function officeHour(now: Date, daysAgo: number, rnd: () => number): Date {
  const local = new Date(now.getTime() - daysAgo * DAY + 8 * HOUR);
  while (local.getUTCDay() === 0 || local.getUTCDay() === 6) local.setUTCDate(local.getUTCDate() - 1);
  local.setUTCHours(8 + Math.floor(rnd() * 7), Math.floor(rnd() * 60), 0, 0);
  return new Date(local.getTime() - 8 * HOUR);
}

const FINAL_BAG: S[] = [
  ...Array<S>(58).fill(S.ISSUED),
  ...Array<S>(4).fill(S.REVOKED),
  ...Array<S>(6).fill(S.REJECTED),
  ...Array<S>(4).fill(S.DRAFT),
  ...Array<S>(9).fill(S.SUBMITTED),
  ...Array<S>(5).fill(S.NEEDS_REVISION),
  ...Array<S>(6).fill(S.VERIFIED),
  ...Array<S>(5).fill(S.APPROVED),
  ...Array<S>(3).fill(S.PAID),
];

/** Permit types, then hundreds of applications of the demo residents over the last ~6 months. */
export async function seed(em: EntityManager, now = new Date()): Promise<void> {
  const types = PERMIT_TYPES.map((t, i) => em.create(PermitTypeRow, { ...t, levy: t.levy, sortOrder: i + 1 }));
  const rnd = prng(4003);
  const citizens = demoCitizens();
  const kel = new Map(KELURAHAN.map((k) => [k.id, k]));
  const sequences = new Map<string, number>();

  for (let i = 0; i < DEMO_APPLICATION_COUNT; i++) {
    const demo = i === 0;
    const t = demo ? types.find((x) => x.id === 'izin-tdup')! : types[Math.floor(rnd() * types.length)];
    const c = demo ? citizens[0] : citizens[Math.floor(rnd() * citizens.length)];
    const k = demo ? kel.get(c.kelurahanId)! : rnd() < 0.5 ? kel.get(c.kelurahanId)! : KELURAHAN[Math.floor(rnd() * KELURAHAN.length)];
    const final = demo ? S.ISSUED : FINAL_BAG[Math.floor(rnd() * FINAL_BAG.length)];
    const open = ![S.ISSUED, S.REVOKED, S.REJECTED].includes(final);
    // open applications are recent; finished ones spread over ~6 months
    const createdAt = officeHour(now, demo ? 40 : open ? rnd() * 20 : 10 + rnd() * 170, rnd);
    const needsBusiness = t.businessNameRequired || (t.id === 'izin-pbg' && rnd() < 0.2);
    const businessName = demo ? 'Warung Sari Laut' : needsBusiness ? (BUSINESS[t.id]?.[Math.floor(rnd() * BUSINESS[t.id].length)] ?? null) : null;
    const a = em.create(PermitApplication, {
      id: stableUuid(`permits:application:${i}`),
      citizenId: c.id,
      applicantName: c.name,
      permitTypeId: t.id,
      businessName,
      kelurahanId: k.id,
      kecamatanId: k.kecamatanId,
      fields: demo ? { tourismField: 'RESTORAN', employees: '4', address: 'Jl. Ahmad Yani No. 5' } : fieldsFor(t as unknown as PermitTypeSeed, rnd, createdAt),
      status: S.DRAFT,
      createdAt,
      updatedAt: createdAt,
    });
    if (final === S.DRAFT) continue;

    let at = new Date(createdAt.getTime() + (1 + rnd() * 20) * HOUR);
    const event = (to: S, actor: { id: string; role: string; name: string | null }, note: string | null = null) => {
      em.create(PermitEvent, {
        applicationId: a.id,
        at,
        actorRole: actor.role,
        actorId: actor.id,
        actorName: actor.name,
        fromStatus: a.status,
        toStatus: to,
        note,
      } as never);
      a.status = to;
      a.updatedAt = at;
      const limit = (t.stageLimits as unknown as Record<string, number>)[to];
      a.stageStartedAt = limit === undefined ? null : at;
      a.stageDueAt = limit === undefined ? null : addWorkingDays(at, limit);
    };
    // a stage takes a share of its limit; now and then more than all of it (overdue)
    const advance = (to: S) => {
      const limit = (t.stageLimits as unknown as Record<string, number>)[a.status] ?? 2;
      const share = rnd() < 0.12 ? 1.2 + rnd() : 0.15 + rnd() * 0.8;
      const next = new Date(at.getTime() + Math.max(2 * HOUR, share * limit * 1.4 * DAY));
      at = next.getTime() < now.getTime() - HOUR ? next : new Date(now.getTime() - HOUR * (1 + rnd() * 5));
      return to;
    };
    const citizen = { id: c.id, role: 'CITIZEN', name: null };
    event(S.SUBMITTED, citizen);
    a.firstSubmittedAt = at;
    a.decisionDueAt = addWorkingDays(at, t.timeLimitDays);
    if (final === S.SUBMITTED) continue;
    if (final === S.NEEDS_REVISION || (!demo && rnd() < 0.2)) {
      const note = REVISIONS[Math.floor(rnd() * REVISIONS.length)];
      event(advance(S.NEEDS_REVISION), OFFICER, note);
      a.revisionNote = note;
      if (final === S.NEEDS_REVISION) continue;
      event(advance(S.SUBMITTED), citizen);
      a.revisionNote = null;
    }
    if (final === S.REJECTED && rnd() < 0.5) {
      const reason = REJECTIONS[Math.floor(rnd() * REJECTIONS.length)];
      event(advance(S.REJECTED), OFFICER, reason);
      a.rejectionReason = reason;
      a.decidedAt = at;
      continue;
    }
    event(advance(S.VERIFIED), OFFICER, 'Dokumen lengkap dan sesuai');
    if (final === S.VERIFIED) continue;
    if (final === S.REJECTED) {
      const reason = REJECTIONS[Math.floor(rnd() * REJECTIONS.length)];
      event(advance(S.REJECTED), OFFICER, reason);
      a.rejectionReason = reason;
      a.decidedAt = at;
      continue;
    }
    const bill = assess(t, a.fields);
    a.levyAmount = bill.total;
    a.levyLines = bill.lines;
    event(advance(S.APPROVED), OFFICER, 'Kajian teknis memenuhi syarat');
    a.decidedAt = at;
    if (final === S.APPROVED) continue;
    if (bill.total > 0) {
      event(advance(S.PAID), OFFICER, 'Bank Sultra');
      a.paidAt = at;
      em.create(PermitPayment, {
        id: stableUuid(`permits:payment:${i}`),
        applicationId: a.id,
        amount: bill.total,
        channel: 'BANK_SULTRA',
        reference: `BSULTRA-${String(100000 + i)}`,
        recordedBy: OFFICER.id,
        paidAt: at,
      });
      if (final === S.PAID) continue;
    }
    event(advance(S.ISSUED), OFFICER);
    const year = new Date(at.getTime() + 8 * HOUR).getUTCFullYear();
    const seqKey = `${t.numberCode}|${year}`;
    const seq = (sequences.get(seqKey) ?? 0) + 1;
    sequences.set(seqKey, seq);
    a.permitNumber = permitNumber(t.numberCode, seq, year);
    a.issuedAt = at;
    a.validUntil = t.validityMonths ? addMonths(at, t.validityMonths) : null;
    a.verificationCode = demo ? DEMO_CODE : `IZN-${stableUuid(`permits:code:${i}`).replace(/-/g, '').slice(0, 12).toUpperCase()}`;
    a.verificationKey = normaliseCode(a.verificationCode);
    if (final === S.REVOKED) {
      event(advance(S.REVOKED), OFFICER, 'Usaha tidak lagi beroperasi di lokasi (hasil pengawasan)');
      a.revokedAt = at;
      a.revocationReason = 'Usaha tidak lagi beroperasi di lokasi (hasil pengawasan)';
    }
  }
  for (const [key, last] of sequences) {
    const [code, year] = key.split('|');
    em.create(PermitNumberSequence, { code, year: Number(year), last });
  }
}
