import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addWorkingDays, demoCitizens, randomCode, stableUuid } from '@kendari/kit';
import {
  JariActorRole,
  JariCategory,
  JariEvidenceFile,
  JariMessage,
  JariMessageAuthor,
  JariOutcome,
  JariReport,
  JariStatus,
  JariTimelineEntry,
  JariTimelineKind,
} from '../entities/jari-report.entity';
import { ServiceAvailability, ServicePoint, ServiceStatusActorRole, ServiceStatusChange } from '../entities/service-point.entity';
import { newTrackingCode, secretHashOf } from '../codes';
import { FOLLOW_UP_WORKING_DAYS } from '../workflow';
import { servicePointSeeds } from './service-points';

/** The demo report everyone can follow (documented in examples.graphql). */
export const DEMO_REPORT = { trackingCode: 'JR-JAGA-KEND-AR', secret: 'DEMA-JAGA-2345' };
const INSPECTOR_ID = stableUuid('officer:inspektur');
const DAY = 86_400_000;

export const isEmpty = async (em: EntityManager) => (await em.count(ServicePoint)) === 0;

/** A small deterministic generator, so every machine gets the same demo data shape. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
    weighted: <T>(xs: ReadonlyArray<readonly [T, number]>) => {
      let r = next() * xs.reduce((s, [, w]) => s + w, 0);
      for (const [x, w] of xs) if ((r -= w) < 0) return x;
      return xs[xs.length - 1][0];
    },
  };
}

/** Service points with a short history each: reference data (reports are checked against it). */
export function seedServicePoints(em: EntityManager, now = new Date()): void {
  const rnd = prng(7471);
  for (const s of servicePointSeeds()) {
    const updated = new Date(now.getTime() - rnd.int(1, 20) * 3600_000);
    em.create(ServicePoint, { ...s, lastUpdatedAt: updated });
    // an earlier day's status, then today's
    const earlierStatus =
      s.status === ServiceAvailability.AVAILABLE ? rnd.pick([ServiceAvailability.AVAILABLE, ServiceAvailability.LIMITED]) : ServiceAvailability.AVAILABLE;
    const earlier = new Date(updated.getTime() - rnd.int(2, 10) * DAY);
    em.create(ServiceStatusChange, {
      id: randomUUID(),
      servicePointId: s.id,
      at: earlier,
      actorRole: ServiceStatusActorRole.SYSTEM,
      fromStatus: null,
      toStatus: earlierStatus,
      reason: 'Status awal papan layanan',
      stockBefore: null,
      stockAfter: s.stockRemaining === null ? null : s.stockRemaining + rnd.int(20, 200),
    });
    if (earlierStatus !== s.status || s.stockLabel) {
      em.create(ServiceStatusChange, {
        id: randomUUID(),
        servicePointId: s.id,
        at: updated,
        actorRole: ServiceStatusActorRole.AGENCY_OFFICER,
        fromStatus: earlierStatus,
        toStatus: s.status,
        reason: s.reason ?? 'Layanan kembali normal',
        stockBefore: null,
        stockAfter: s.stockRemaining,
      });
    }
  }
}

const STORIES: Record<JariCategory, string[]> = {
  [JariCategory.PUNGLI]: [
    'Petugas di loket meminta uang "biaya percepatan" agar dokumen selesai hari ini, padahal layanan ini gratis menurut standar pelayanan.',
    'Saya diminta membayar "uang map" dan "uang administrasi" di luar ketentuan. Tidak ada kuitansi yang diberikan.',
    'Oknum di depan kantor menawarkan jasa pengurusan cepat dan mengaku kenal dengan petugas di dalam, dengan tarif tertentu.',
  ],
  [JariCategory.SUAP]: [
    'Pemohon lain terlihat menyerahkan amplop kepada petugas lalu langsung dilayani tanpa antre. Petugas juga menawarkan hal yang sama kepada saya.',
    'Petugas lapangan menyampaikan bahwa izin bisa "dibantu" jika ada uang terima kasih sebelum pemeriksaan.',
  ],
  [JariCategory.GRATIFIKASI]: [
    'Petugas meminta dibawakan parsel atau oleh-oleh setelah berkas selesai, dan mengatakan itu sudah kebiasaan di kantor tersebut.',
    'Setelah pelayanan selesai petugas meminta "uang rokok" dan menyebut warga lain juga memberi.',
  ],
  [JariCategory.SLOW_OR_REFUSED_SERVICE]: [
    'Berkas saya sudah lengkap tetapi sudah lewat dari jangka waktu layanan dan belum ada kabar. Setiap datang disuruh kembali minggu depan.',
    'Saya ditolak dilayani dengan alasan sistem rusak, tetapi warga lain yang datang bersama calo tetap dilayani.',
    'Antrean ditutup sebelum jam layanan berakhir, padahal nomor antrean saya sudah diambil sejak pagi.',
  ],
  [JariCategory.OTHER]: [
    'Petugas berlaku kasar dan meminta saya mengurus lewat kenalannya saja. Saya tidak tahu harus melapor ke mana.',
    'Ada pungutan untuk formulir yang seharusnya tersedia gratis di loket informasi.',
  ],
};

const QUESTIONS = [
  'Terima kasih atas laporan Anda. Apakah Anda masih ingat jam berapa kejadian dan di loket nomor berapa?',
  'Mohon jelaskan ciri-ciri petugas tersebut (tanpa menyebut nama Anda sendiri). Apakah ada saksi lain?',
  'Apakah ada bukti pembayaran atau pesan WhatsApp yang bisa Anda lampirkan?',
];
const REPLIES = [
  'Sekitar jam 10 pagi, loket 3. Petugas laki-laki berseragam.',
  'Ada dua warga lain yang juga dimintai uang pada hari yang sama.',
  'Saya punya foto kuitansi tanpa kop, akan saya lampirkan.',
];
const SUMMARY: Record<JariOutcome, string[]> = {
  [JariOutcome.SUBSTANTIATED]: [
    'Terbukti ada pungutan di luar ketentuan. Petugas yang bersangkutan dijatuhi hukuman disiplin dan uang dikembalikan kepada warga.',
    'Laporan terbukti. Instansi diminta memasang informasi biaya layanan gratis di setiap loket dan mengganti petugas loket.',
  ],
  [JariOutcome.NOT_SUBSTANTIATED]: [
    'Tidak ditemukan cukup bukti adanya pungutan. Instansi tetap diminta memperjelas informasi biaya di loket.',
    'Keterlambatan disebabkan gangguan jaringan SIAK nasional; tidak ditemukan unsur pungli. Jadwal layanan telah diperbaiki.',
  ],
};
const REJECT_REASONS = [
  'Di luar kewenangan Inspektorat Kota Kendari (instansi vertikal); silakan lapor ke SP4N-LAPOR!.',
  'Laporan tidak memuat keterangan kejadian yang cukup untuk ditindaklanjuti setelah dua kali kami tanyakan.',
];

/** A few hundred reports over the last six months, with timelines, messages and evidence. */
export function seedReports(em: EntityManager, now = new Date()): void {
  const rnd = prng(20261123);
  const points = servicePointSeeds();
  const citizens = demoCitizens().slice(0, 60);
  const agencyWeights = [
    ['disdukcapil', 30],
    ['dpmptsp', 14],
    ['dinkes', 14],
    ['bapenda', 9],
    ['rsu-kota-kendari', 5],
    ['damkar', 2],
    ['kelurahan-kecamatan', 8],
    ...[...new Set(points.filter((p) => p.agencyId.startsWith('kecamatan-')).map((p) => p.agencyId))].map((a) => [a, 1.6] as const),
  ] as const;
  const categoryWeights = [
    [JariCategory.PUNGLI, 35],
    [JariCategory.SLOW_OR_REFUSED_SERVICE, 25],
    [JariCategory.SUAP, 14],
    [JariCategory.GRATIFIKASI, 10],
    [JariCategory.OTHER, 16],
  ] as const;

  const make = (i: number, demo?: boolean) => {
    const agencyId = demo ? 'disdukcapil' : rnd.weighted(agencyWeights as never as ReadonlyArray<readonly [string, number]>);
    const mine = points.filter((p) => p.agencyId === agencyId);
    const point = demo ? points.find((p) => p.serviceId === 'capil-ktp-el')! : rnd.pick(mine);
    const category = demo ? JariCategory.PUNGLI : rnd.weighted(categoryWeights);
    const ageDays = demo ? 12 : i < 12 ? rnd.next() * 3 : rnd.next() * 180;
    const receivedAt = new Date(now.getTime() - ageDays * DAY);
    const occurredAt = new Date(receivedAt.getTime() - rnd.int(1, 240) * 3600_000);
    const named = !demo && rnd.next() < 0.35;
    const citizen = named ? (i % 7 === 0 ? citizens[0] : rnd.pick(citizens)) : null;
    const asked = category === JariCategory.PUNGLI || category === JariCategory.SUAP ? rnd.int(5, 300) * 10_000 : null;
    const paid = asked && rnd.next() < 0.5 ? asked : null;
    // older reports are further along; a few stay RECEIVED past their due date (overdue)
    const status: JariStatus = demo
      ? JariStatus.INVESTIGATING
      : ageDays < 3
        ? rnd.weighted([
            [JariStatus.RECEIVED, 7],
            [JariStatus.VERIFIED, 3],
          ] as const)
        : ageDays < 20
          ? rnd.weighted([
              [JariStatus.RECEIVED, 3],
              [JariStatus.VERIFIED, 3],
              [JariStatus.INVESTIGATING, 4],
              [JariStatus.REJECTED, 1],
            ] as const)
          : rnd.weighted([
              [JariStatus.RECEIVED, 0.4],
              [JariStatus.VERIFIED, 0.6],
              [JariStatus.INVESTIGATING, 2],
              [JariStatus.CONCLUDED, 6],
              [JariStatus.REJECTED, 1.2],
            ] as const);
    const id = demo ? stableUuid('jari:demo-report') : randomUUID();
    const report = em.create(JariReport, {
      id,
      trackingCode: demo ? DEMO_REPORT.trackingCode : newTrackingCode(),
      secretHash: secretHashOf(demo ? DEMO_REPORT.secret : randomCode(12)),
      idempotencyKeyHash: null,
      requestHash: '0'.repeat(64),
      category,
      agencyId,
      serviceId: point.serviceId,
      occurredAt,
      place: demo ? 'Loket pencetakan KTP-el, Kantor Disdukcapil Jl. Balai Kota' : `${point.place}`.slice(0, 200),
      description: demo
        ? 'Saat mengambil KTP-el, petugas loket mengatakan blanko habis tetapi bisa "diusahakan" jika saya membayar Rp150.000. Layanan KTP-el gratis.'
        : rnd.pick(STORIES[category]),
      amountAskedRupiah: demo ? 150_000 : asked,
      amountPaidRupiah: demo ? null : paid,
      anonymous: !citizen,
      reporterCitizenId: citizen?.id ?? null,
      contactAllowed: demo || rnd.next() < 0.6,
      status: JariStatus.RECEIVED,
      receivedAt,
      followUpDueAt: addWorkingDays(receivedAt, FOLLOW_UP_WORKING_DAYS),
      updatedAt: receivedAt,
    });
    em.create(JariTimelineEntry, {
      id: randomUUID(),
      reportId: id,
      at: receivedAt,
      kind: JariTimelineKind.SUBMITTED,
      actorRole: JariActorRole.REPORTER,
      toStatus: JariStatus.RECEIVED,
    });
    if (demo || rnd.next() < 0.3) {
      em.create(JariEvidenceFile, {
        id: randomUUID(),
        reportId: id,
        position: 0,
        mimeType: 'image/jpeg',
        sizeBytes: rnd.int(200_000, 3_000_000),
        sha256: randomUUID().replace(/-/g, '').padEnd(64, 'a'),
        metadataStripped: true,
      });
    }

    // walk the workflow to the target status, each step a few days after the last
    const path: JariStatus[] =
      status === JariStatus.REJECTED
        ? rnd.next() < 0.5
          ? [JariStatus.REJECTED]
          : [JariStatus.VERIFIED, JariStatus.REJECTED]
        : [JariStatus.VERIFIED, JariStatus.INVESTIGATING, JariStatus.CONCLUDED].slice(
            0,
            [JariStatus.RECEIVED, JariStatus.VERIFIED, JariStatus.INVESTIGATING, JariStatus.CONCLUDED].indexOf(status),
          );
    const lateFollowUp = rnd.next() < 0.15;
    let at = receivedAt;
    let from = JariStatus.RECEIVED;
    for (const to of path) {
      const stepDays = from === JariStatus.RECEIVED ? (lateFollowUp ? rnd.int(8, 12) : rnd.int(1, 4)) : rnd.int(3, 25);
      const next = new Date(Math.min(at.getTime() + stepDays * DAY + rnd.int(1, 8) * 3600_000, now.getTime() - 3600_000));
      if (next <= at) break;
      at = next;
      if (from === JariStatus.RECEIVED) report.followedUpAt = at;
      let note: string | null = null;
      if (to === JariStatus.CONCLUDED) {
        report.outcome = rnd.next() < 0.45 ? JariOutcome.SUBSTANTIATED : JariOutcome.NOT_SUBSTANTIATED;
        report.publicSummary = rnd.pick(SUMMARY[report.outcome]);
        report.concludedAt = at;
        note = `Outcome: ${report.outcome}`;
      } else if (to === JariStatus.REJECTED) {
        report.rejectionReason = rnd.pick(REJECT_REASONS);
        note = report.rejectionReason;
      } else if (to === JariStatus.VERIFIED) note = 'Laporan dalam lingkup JARI dan cukup jelas untuk ditindaklanjuti';
      else note = 'Pemeriksaan lapangan dijadwalkan';
      em.create(JariTimelineEntry, {
        id: randomUUID(),
        reportId: id,
        at,
        kind: JariTimelineKind.STATUS_CHANGED,
        actorRole: JariActorRole.INSPECTOR,
        actorOfficerId: INSPECTOR_ID,
        fromStatus: from,
        toStatus: to,
        note,
      });
      report.status = to;
      report.updatedAt = at;
      from = to;
      if (to === JariStatus.VERIFIED && (demo || rnd.next() < 0.5)) {
        const q = new Date(at.getTime() + 3600_000);
        if (q < now) {
          em.create(JariMessage, {
            id: randomUUID(),
            reportId: id,
            at: q,
            author: JariMessageAuthor.INSPECTOR,
            officerId: INSPECTOR_ID,
            body: rnd.pick(QUESTIONS),
          });
          if (demo || rnd.next() < 0.7)
            em.create(JariMessage, {
              id: randomUUID(),
              reportId: id,
              at: new Date(q.getTime() + rnd.int(2, 30) * 3600_000),
              author: JariMessageAuthor.REPORTER,
              body: rnd.pick(REPLIES),
            });
        }
      }
      if (to === JariStatus.INVESTIGATING && (demo || rnd.next() < 0.45)) {
        const s = new Date(at.getTime() + 1800_000);
        if (s < now) {
          report.sharedWithAgencyAt = s;
          em.create(JariTimelineEntry, {
            id: randomUUID(),
            reportId: id,
            at: s,
            kind: JariTimelineKind.SHARED_WITH_AGENCY,
            actorRole: JariActorRole.INSPECTOR,
            actorOfficerId: INSPECTOR_ID,
            fromStatus: to,
            toStatus: to,
            note: 'Dibagikan ke instansi untuk klarifikasi, tanpa identitas pelapor',
          });
        }
      }
    }
  };

  make(0, true);
  for (let i = 1; i < 320; i++) make(i);
}

export async function seed(em: EntityManager): Promise<void> {
  const now = new Date();
  seedServicePoints(em, now);
  await em.flush();
  seedReports(em, now);
  await em.flush();
}
