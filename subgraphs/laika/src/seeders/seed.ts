import type { EntityManager } from '@mikro-orm/postgresql';
import { addWorkingDays, demoCitizens, normaliseCode, randomCode, slugOf, stableUuid, KELURAHAN, type DemoCitizen } from '@kendari/kit';
import { LetterNumberSequence, LetterRequest, LetterTimelineEntry } from '../entities/letter-request.entity';
import { LetterType } from '../entities/letter-type.entity';
import { LETTER_TYPES, LetterFieldKind, LetterLevel, type LetterTypeSeed } from '../letter-types';
import { addMonths, letterNumber, officeOf, witaYearOf } from '../numbering';
import { LetterStatus } from '../workflow';

export const isEmpty = async (em: EntityManager) => (await em.count(LetterType)) === 0;

/** The well-known demo verification code (Siti Rahmawati's domicile letter from Kandai). */
export const DEMO_CODE = 'LK-DEMO-2026';
export const DEMO_REQUEST_COUNT = 640;

const HOUR = 3600_000;
const DAY = 24 * HOUR;

/** mulberry32: the same demo data on every machine (only the dates follow "now"). */
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

const PURPOSES: Record<string, string[]> = {
  'laika-sk-domisili': ['Pembukaan rekening bank', 'Syarat melamar pekerjaan', 'Pendaftaran sekolah anak', 'Pengurusan BPJS Kesehatan'],
  'laika-sktm': ['Keringanan biaya sekolah anak', 'Keringanan biaya rawat inap di RSUD Kota Kendari', 'Pendaftaran bantuan sosial'],
  'laika-sku': ['Pengajuan Kredit Usaha Rakyat (KUR)', 'Pendaftaran NIB usaha mikro', 'Bantuan modal UMKM'],
  'laika-pengantar-skck': ['Syarat melamar pekerjaan', 'Pendaftaran CPNS', 'Syarat pendaftaran kuliah'],
  'laika-sk-kematian': ['Pengurusan akta kematian di Disdukcapil', 'Klaim asuransi dan tabungan almarhum'],
  'laika-sk-kelahiran': ['Pengurusan akta kelahiran anak di Disdukcapil'],
  'laika-sk-pindah': ['Pindah domisili karena pekerjaan', 'Pindah ikut keluarga ke luar kota'],
  'laika-sk-belum-menikah': ['Syarat melamar pekerjaan', 'Persyaratan pernikahan di KUA'],
  'laika-sk-ahli-waris': ['Pencairan tabungan almarhum', 'Balik nama sertifikat tanah'],
  'laika-sk-penghasilan': ['Beasiswa kuliah anak', 'Keringanan UKT di Universitas Halu Oleo'],
  'laika-dispensasi-nikah-kecamatan': ['Pendaftaran nikah di KUA'],
};
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
];
const BUSINESSES = [
  ['Warung Sari Laut', 'Kuliner'],
  ['Kios Pulsa Berkah', 'Perdagangan'],
  ['Jahit Mandiri', 'Jasa jahit'],
  ['Bengkel Motor Jaya', 'Jasa servis'],
  ['Kue Kasuami Ibu', 'Makanan olahan'],
  ['Toko Kelontong Amanah', 'Perdagangan'],
];
const REJECTIONS = [
  'Foto Kartu Keluarga tidak terbaca, mohon unggah ulang',
  'Surat pengantar RT/RW belum dilampirkan',
  'Alamat tidak sesuai dengan data kependudukan',
  'Pemohon bukan warga kelurahan ini menurut Kartu Keluarga',
];
// heavier weights for the letters residents ask most for
const WEIGHTS: Record<string, number> = {
  'laika-sk-domisili': 8,
  'laika-sktm': 6,
  'laika-sku': 6,
  'laika-pengantar-skck': 7,
  'laika-sk-kematian': 2,
  'laika-sk-kelahiran': 2,
  'laika-sk-pindah': 2,
  'laika-sk-belum-menikah': 3,
  'laika-sk-ahli-waris': 1,
  'laika-sk-penghasilan': 3,
  'laika-dispensasi-nikah-kecamatan': 2,
};

function detailsFor(t: LetterTypeSeed, c: DemoCitizen, rnd: () => number, createdAt: Date): Record<string, string> {
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const daysAgo = (n: number) => new Date(createdAt.getTime() - n * DAY).toISOString().slice(0, 10);
  const family = c.name.split(' ').slice(-1)[0];
  const out: Record<string, string> = {};
  for (const f of t.fields) {
    if (!f.required && rnd() < 0.5) continue;
    if (f.kind === LetterFieldKind.RUPIAH) out[f.name] = String(500_000 + Math.floor(rnd() * 30) * 100_000);
    else if (f.kind === LetterFieldKind.DATE)
      out[f.name] =
        f.name === 'weddingDate'
          ? new Date(createdAt.getTime() + (20 + Math.floor(rnd() * 40)) * DAY).toISOString().slice(0, 10)
          : daysAgo(f.name === 'businessSince' ? 400 + Math.floor(rnd() * 2000) : 1 + Math.floor(rnd() * 10));
    else {
      const business = pick(BUSINESSES);
      const values: Record<string, string> = {
        address: `${pick(STREETS)} No. ${1 + Math.floor(rnd() * 120)}, RT ${String(1 + Math.floor(rnd() * 9)).padStart(3, '0')}/RW ${String(1 + Math.floor(rnd() * 5)).padStart(3, '0')}`,
        institution: pick(['SMP Negeri 2 Kendari', 'RSUD Kota Kendari', 'Dinas Sosial Kota Kendari', 'SMA Negeri 4 Kendari']),
        businessName: business[0],
        businessType: business[1],
        businessAddress: `${pick(STREETS)} No. ${1 + Math.floor(rnd() * 120)}`,
        deceasedName: `${pick(['La Ode', 'Wa Ode', 'Hasan', 'Sitti', 'Muhammad'])} ${family}`,
        placeOfDeath: pick(['RSUD Kota Kendari', 'RS Bahteramas', 'Rumah duka']),
        relationship: pick(['Anak kandung', 'Suami', 'Istri', 'Saudara kandung']),
        childName: `${pick(['Muhammad', 'Nur', 'Andi', 'Aisyah', 'Fatimah'])} ${pick(['Alfarizi', 'Azzahra', 'Ramadhan', 'Putri'])}`,
        placeOfBirth: pick(['RSUD Kota Kendari', 'RS Ibu dan Anak Kendari', 'Puskesmas Poasia']),
        motherName: c.female ? c.name : `Nur ${family}`,
        fatherName: c.female ? `La Ode ${family}` : c.name,
        destinationAddress: pick(['Jl. Urip Sumoharjo No. 12, Makassar', 'Jl. Sultan Hasanuddin No. 3, Baubau', 'Jl. Pemuda No. 7, Kolaka']),
        movingReason: pick(['Pekerjaan', 'Ikut suami/istri', 'Pendidikan']),
        familyMembers: `Istri dan ${1 + Math.floor(rnd() * 3)} anak`,
        heirs: `${pick(['Siti', 'Nur', 'Andi'])} ${family} (anak), ${pick(['Muhammad', 'Hasan'])} ${family} (anak)`,
        occupation: pick(['Nelayan', 'Pedagang', 'Buruh harian', 'Petani rumput laut', 'Pengemudi ojek']),
        partnerName: `${c.female ? pick(['Muhammad', 'Andi', 'Rahmat']) : pick(['Siti', 'Nur', 'Dewi'])} ${pick(['Saputra', 'Rahmawati', 'Tamburaka'])}`,
        kua: 'KUA Kecamatan Kendari Barat',
      };
      out[f.name] = values[f.name] ?? 'Lihat lampiran';
    }
  }
  return out;
}

/** A moment during office hours (08:00-15:00 WITA) on a working day, `daysAgo` days before `now`. */
function officeHour(now: Date, daysAgo: number, rnd: () => number): Date {
  const d = new Date(now.getTime() - daysAgo * DAY);
  const local = new Date(d.getTime() + 8 * HOUR);
  while (local.getUTCDay() === 0 || local.getUTCDay() === 6) local.setUTCDate(local.getUTCDate() - 1);
  local.setUTCHours(8 + Math.floor(rnd() * 7), Math.floor(rnd() * 60), 0, 0);
  return new Date(local.getTime() - 8 * HOUR);
}

/** Letter types, then hundreds of requests of the demo residents over the last ~3 months. */
export async function seed(em: EntityManager, now = new Date()): Promise<void> {
  for (const t of LETTER_TYPES) em.create(LetterType, t);
  const rnd = prng(2026);
  const citizens = demoCitizens();
  // Kandai is the demo kelurahan (Siti Rahmawati, petugas.kandai, lurah.kandai): give its desk a fuller queue
  const kandai = citizens.filter((c) => c.kelurahanId === citizens[0].kelurahanId);
  const bag = LETTER_TYPES.flatMap((t) => Array<LetterTypeSeed>(WEIGHTS[t.id] ?? 1).fill(t));
  const kelurahanOf = new Map(KELURAHAN.map((k) => [k.id, k]));
  const issued: LetterRequest[] = [];

  for (let i = 0; i < DEMO_REQUEST_COUNT; i++) {
    const demo = i === 0;
    const c = demo ? citizens[0] : rnd() < 0.1 ? kandai[Math.floor(rnd() * kandai.length)] : citizens[Math.floor(rnd() * citizens.length)];
    const t = demo ? LETTER_TYPES[0] : bag[Math.floor(rnd() * bag.length)];
    const kel = kelurahanOf.get(c.kelurahanId)!;
    const createdAt = demo ? officeHour(now, 12, rnd) : officeHour(now, Math.pow(rnd(), 0.8) * 92, rnd);
    const office = officeOf(t.level, kel.id);
    const r = em.create(LetterRequest, {
      id: stableUuid(`laika:request:${i}`),
      citizenId: c.id,
      holderName: c.name,
      letterTypeId: t.id,
      level: t.level,
      kelurahanId: kel.id,
      kecamatanId: kel.kecamatanId,
      purpose: PURPOSES[t.id][Math.floor(rnd() * PURPOSES[t.id].length)],
      details: detailsFor(t, c, rnd, createdAt),
      status: LetterStatus.SUBMITTED,
      idempotencyKey: null,
      createdAt,
      updatedAt: createdAt,
      dueAt: addWorkingDays(createdAt, t.timeLimitDays),
      officeName: office.name,
    });
    let seq = 0;
    const step = (at: Date, actorId: string, actorRole: string, to: LetterStatus, reason: string | null = null) => {
      em.create(LetterTimelineEntry, {
        id: stableUuid(`laika:timeline:${i}:${seq++}`),
        requestId: r.id,
        at,
        actorId,
        actorRole,
        fromStatus: seq === 1 ? null : r.status,
        toStatus: to,
        reason,
      });
      if (seq > 1) r.status = to;
      r.updatedAt = at;
    };
    step(createdAt, c.id, 'CITIZEN', LetterStatus.SUBMITTED);

    const kecSlug = slugOf(kel.kecamatanName);
    const checker =
      t.level === LetterLevel.KECAMATAN
        ? { id: stableUuid(`officer:camat.${kecSlug}`), role: 'CAMAT' }
        : { id: stableUuid(`officer:petugas.${slugOf(kel.name)}`), role: 'KELURAHAN_OFFICER' };
    const signer =
      t.level === LetterLevel.KECAMATAN
        ? { id: stableUuid(`officer:camat.${kecSlug}`), role: 'CAMAT' }
        : { id: stableUuid(`officer:lurah.${slugOf(kel.name)}`), role: 'LURAH' };
    // some offices are slow: about one request in six takes three to four times as long
    const slow = !demo && rnd() < 0.17 ? 3 + rnd() : 1;
    const outcome = demo ? 0.5 : rnd();
    // a backlog: of the last month's requests, some still wait at one desk (older ones were cleared)
    const waits = !demo && createdAt.getTime() > now.getTime() - 30 * DAY ? rnd() : 1;
    const verifyAt = new Date(createdAt.getTime() + (1 + rnd() * 20) * HOUR * slow);
    if (verifyAt > now) continue;
    if (outcome < 0.04) {
      step(new Date(createdAt.getTime() + rnd() * 4 * HOUR), c.id, 'CITIZEN', LetterStatus.CANCELLED, 'Tidak jadi, sudah diurus langsung di kantor');
      r.closedAt = r.updatedAt;
      continue;
    }
    if (outcome < 0.1) {
      const reason = REJECTIONS[Math.floor(rnd() * REJECTIONS.length)];
      step(verifyAt, checker.id, checker.role, LetterStatus.REJECTED, reason);
      r.rejectionReason = reason;
      r.closedAt = verifyAt;
      continue;
    }
    if (waits < 0.22) continue;
    step(verifyAt, checker.id, checker.role, LetterStatus.VERIFIED);
    if (waits < 0.32) continue;
    const signAt = new Date(verifyAt.getTime() + (2 + rnd() * 26) * HOUR * slow);
    if (signAt > now) continue;
    if (outcome < 0.13) {
      const reason = 'Data pada surat pengantar RT/RW berbeda dengan Kartu Keluarga';
      step(signAt, signer.id, signer.role, LetterStatus.REJECTED, reason);
      r.rejectionReason = reason;
      r.closedAt = signAt;
      continue;
    }
    step(signAt, signer.id, signer.role, LetterStatus.SIGNED);
    if (waits < 0.38) continue;
    const issueAt = new Date(signAt.getTime() + (0.5 + rnd() * 5) * HOUR * slow);
    if (issueAt > now) continue;
    step(
      issueAt,
      t.level === LetterLevel.KECAMATAN ? signer.id : checker.id,
      t.level === LetterLevel.KECAMATAN ? signer.role : checker.role,
      LetterStatus.ISSUED,
    );
    r.issuedAt = issueAt;
    r.validUntil = t.validityMonths > 0 ? addMonths(issueAt, t.validityMonths) : null;
    const code = demo ? DEMO_CODE : randomCode(10, 'LK');
    r.verificationCode = code;
    r.verificationKey = normaliseCode(code);
    issued.push(r);
  }

  // numbers in issue order, per office per year, as the offices would have given them
  issued.sort((a, b) => a.issuedAt!.getTime() - b.issuedAt!.getTime());
  const last = new Map<string, { officeId: string; year: number; last: number }>();
  const classification = new Map(LETTER_TYPES.map((t) => [t.id, t.classification]));
  for (const r of issued) {
    const office = officeOf(r.level, r.kelurahanId);
    const year = witaYearOf(r.issuedAt!);
    const k = `${office.id}|${year}`;
    const s = last.get(k) ?? { officeId: office.id, year, last: 0 };
    s.last++;
    last.set(k, s);
    r.letterNumber = letterNumber(classification.get(r.letterTypeId)!, s.last, office.code, r.issuedAt!);
  }
  for (const s of last.values()) em.create(LetterNumberSequence, s);
  await em.flush();
}
