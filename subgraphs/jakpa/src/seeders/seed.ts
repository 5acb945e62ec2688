import type { EntityManager } from '@mikro-orm/postgresql';
import { demoCitizens, stableUuid, WITA_OFFSET_MS } from '@kendari/kit';
import { dueDateOf, principalOf } from '../assessment';
import { PaymentChannel, PenaltyRule, TaxBill, TaxObject, TaxPayment, TaxRegionRow } from '../entities/tax.entity';
import { buildNop } from '../nop';
import { assessBill, type PenaltyRuleData } from '../penalty';
import { TAX_REGIONS } from '../regions';
import { witaDate } from '../dates';

export const isEmpty = async (em: EntityManager) => (await em.count(TaxRegionRow)) === 0;

/**
 * Penalty rules. ASSUMPTIONS to be confirmed by Bapenda (figures as the issue states them):
 * - before 5 January 2024 (UU 28/2009 regime): 2 % a month, at most 24 months. NOTE: our reading
 *   of UU 28/2009 Pasal 90 for PBB-P2 may cap at 15 months; if Bapenda confirms, change max_months
 *   of this row (rules are data: no code change).
 * - from 5 January 2024 (UU 1/2022 HKPD, in force for regional taxes two years after enactment):
 *   1 % a month, at most 24 months.
 */
export const PENALTY_RULES: Array<PenaltyRuleData & { id: string; legalBasis: string }> = [
  {
    id: 'uu-28-2009',
    effectiveFrom: '2000-01-01',
    monthlyRateBp: 200,
    maxMonths: 24,
    legalBasis: 'UU 28/2009 tentang Pajak Daerah dan Retribusi Daerah (asumsi: 2% per bulan, paling lama 24 bulan)',
  },
  {
    id: 'uu-1-2022',
    effectiveFrom: '2024-01-05',
    monthlyRateBp: 100,
    maxMonths: 24,
    legalBasis: 'UU 1/2022 tentang Hubungan Keuangan antara Pemerintah Pusat dan Pemerintahan Daerah (asumsi: 1% per bulan, paling lama 24 bulan)',
  },
];

export const CHANNELS = [
  {
    id: 'bank-sultra',
    name: 'Bank Sultra',
    kind: 'BANK',
    instructions: 'Teller, ATM atau Sultra Mobile: menu Pajak Daerah > PBB Kota Kendari, masukkan NOP dan tahun pajak.',
  },
  { id: 'qris', name: 'QRIS', kind: 'QRIS', instructions: 'Pindai kode QRIS pada SPPT atau di halaman ini dengan aplikasi bank atau dompet digital mana pun.' },
  { id: 'ewallet', name: 'Dompet digital', kind: 'EWALLET', instructions: 'Menu Tagihan > Pajak Daerah > PBB Kota Kendari, masukkan NOP.' },
  { id: 'kantor-pos', name: 'Kantor Pos', kind: 'BANK', instructions: 'Loket Kantor Pos di Kota Kendari: sebutkan NOP dan tahun pajak.' },
  {
    id: 'loket-bapenda',
    name: 'Loket Bapenda',
    kind: 'COUNTER',
    instructions: 'Kantor Bapenda Kota Kendari, Senin-Jumat 08.00-15.00 WITA: bawa SPPT atau NOP.',
  },
];

/** Reference data only: the NOP mapping table, the penalty rules and the payment channels. */
export async function seedReference(em: EntityManager): Promise<void> {
  await em.insertMany(
    TaxRegionRow,
    TAX_REGIONS.map((r) => ({
      kelurahanId: r.kelurahanId,
      kecamatanId: r.kecamatanId,
      taxKecamatanCode: r.taxKecamatanCode,
      taxKelurahanCode: r.taxKelurahanCode,
      kelurahanName: r.kelurahanName,
    })),
  );
  await em.insertMany(
    PenaltyRule,
    PENALTY_RULES.map(({ id, effectiveFrom, monthlyRateBp, maxMonths, legalBasis }) => ({ id, effectiveFrom, monthlyRateBp, maxMonths, legalBasis })),
  );
  await em.insertMany(
    PaymentChannel,
    CHANNELS.map((c, i) => ({ ...c, sortOrder: i + 1 })),
  );
}

function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const FIRST = [
  'Siti',
  'Nur',
  'Wa Ode',
  'Andi',
  'La Ode',
  'Muhammad',
  'Rahmat',
  'Hasan',
  'Fitri',
  'Dewi',
  'Agus',
  'Irwan',
  'Hasnah',
  'Yusuf',
  'Marlina',
  'Hendra',
  'Sulastri',
  'Jufri',
];
const FAMILY = [
  'Rahman',
  'Saputra',
  'Hamid',
  'Tamburaka',
  'Lakidende',
  'Halu',
  'Sarira',
  'Bahtiar',
  'Kadir',
  'Pratama',
  'Rusdin',
  'Tosepu',
  'Amiruddin',
  'Basri',
  'Lasimba',
  'Mustafa',
];
const STREETS = [
  'Jl. Sao-Sao',
  'Jl. Ahmad Yani',
  'Jl. Malaka',
  'Jl. Bunggasi',
  'Jl. Mekar',
  'Jl. Chairil Anwar',
  'Jl. Budi Utomo',
  'Lorong Mawar',
  'Jl. Pattimura',
  'Jl. Syech Yusuf',
  'Jl. Banda',
  'Jl. Jend. Sudirman',
];
/** Dearer land in the old town and the commercial centre (rupiah per m², ASSUMED zone values). */
const DEAR = new Set(['74.71.02', '74.71.01', '74.71.08', '74.71.07', '74.71.05']);
const PAY_CHANNELS = ['bank-sultra', 'bank-sultra', 'qris', 'ewallet', 'kantor-pos', 'loket-bapenda'];

/** A WITA calendar day + hours as a UTC instant. */
const at = (day: string, hour: number) => new Date(Date.parse(`${day}T00:00:00Z`) - WITA_OFFSET_MS + hour * 3600_000);
const plusDays = (day: string, n: number) => new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Outcome of one bill in the demo data. */
type Plan = 'ON_TIME' | 'LATE' | 'PARTIAL' | 'UNPAID';

/**
 * Reference data (NOP mapping, penalty rules, channels) and the demo register: ~3,400 objects over
 * the 65 kelurahan (the first 40 demo citizens own objects by their NIK; the demo citizen owns two),
 * six years of bills each, mostly paid on time, some late with penalty, some partly paid, some unpaid.
 */
export async function seed(em: EntityManager, nowDate = new Date()): Promise<void> {
  const rnd = prng(4006);
  const today = witaDate(nowDate);
  const thisYear = Number(today.slice(0, 4));
  const years = [5, 4, 3, 2, 1, 0].map((d) => thisYear - d);
  await seedReference(em);

  const citizens = demoCitizens().slice(0, 40);
  const objects: Array<Partial<TaxObject>> = [];
  const plans = new Map<string, Plan[]>(); // object id -> plan per year (demo citizen's are fixed)
  const created = at(`${thisYear - 6}-01-02`, 9);
  TAX_REGIONS.forEach((region, ri) => {
    const owners = citizens.filter((c) => c.kelurahanId === region.kelurahanId);
    const count = 40 + ((ri * 7) % 25);
    for (let i = 0; i < count; i++) {
      const block = 1 + Math.floor(i / 15);
      const number = 1 + (i % 15);
      const nop = buildNop(region, block, number, i % 29 === 28 ? '9' : '0');
      const owner = i < owners.length ? owners[i] : null;
      const commercial = !owner && rnd() < 0.03;
      const dear = DEAR.has(region.kecamatanId);
      const landArea = commercial ? 2000 + Math.floor(rnd() * 8000) : 90 + Math.floor(rnd() * 500);
      const buildingArea = commercial ? Math.floor(landArea * (0.6 + rnd())) : rnd() < 0.12 ? 0 : 36 + Math.floor(rnd() * 220);
      const first = FIRST[Math.floor(rnd() * FIRST.length)];
      const family = FAMILY[Math.floor(rnd() * FAMILY.length)];
      const day = 1 + Math.floor(rnd() * 28);
      const nik = `7471${region.kecamatanId.slice(-2)}${String(rnd() < 0.5 ? day + 40 : day).padStart(2, '0')}${String(1 + Math.floor(rnd() * 12)).padStart(2, '0')}${String(60 + Math.floor(rnd() * 40)).padStart(2, '0')}${String(1000 + Math.floor(rnd() * 8999))}`;
      const id = stableUuid(`jakpa-object:${nop}`);
      objects.push({
        id,
        nop,
        kelurahanId: region.kelurahanId,
        kecamatanId: region.kecamatanId,
        address: `${STREETS[Math.floor(rnd() * STREETS.length)]} No. ${1 + Math.floor(rnd() * 120)}, ${region.kelurahanName}`,
        ownerName: owner?.name ?? (commercial ? `PT ${family} Sejahtera` : `${first} ${family}`),
        ownerNik: owner?.nik ?? nik,
        landArea,
        buildingArea,
        landValuePerM2: Math.round(((dear ? 900_000 : 250_000) * (0.5 + rnd()) * (commercial ? 2 : 1)) / 1000) * 1000,
        buildingValuePerM2: buildingArea ? Math.round((1_800_000 * (0.7 + rnd() * 0.8) * (commercial ? 1.5 : 1)) / 1000) * 1000 : 0,
        registeredBy: null,
        idempotencyKey: null,
        createdAt: created,
      });
      if (owner && owner === citizens[0]) {
        plans.set(id, ['ON_TIME', 'LATE', 'PARTIAL', 'UNPAID', 'ON_TIME', 'UNPAID']);
      }
    }
  });
  // the demo citizen (Siti Rahmawati, Kandai) owns a second object: everything paid but a part of this year
  const kandai = TAX_REGIONS.find((r) => r.kelurahanName === 'Kandai')!;
  const secondNop = buildNop(kandai, 20, 1);
  const second = {
    ...objects.find((o) => o.ownerNik === citizens[0].nik)!,
    id: stableUuid(`jakpa-object:${secondNop}`),
    nop: secondNop,
    address: 'Jl. Sao-Sao No. 12A, Kandai',
    landArea: 150,
    buildingArea: 0,
    buildingValuePerM2: 0,
  };
  objects.push(second);
  plans.set(second.id!, ['ON_TIME', 'ON_TIME', 'ON_TIME', 'ON_TIME', 'ON_TIME', 'PARTIAL']);

  const bills: Array<Partial<TaxBill>> = [];
  const payments: Array<Partial<TaxPayment>> = [];
  let ref = 0;
  for (const o of objects) {
    const fixed = plans.get(o.id!);
    years.forEach((year, yi) => {
      const growth = 1 - 0.04 * (thisYear - year); // NJOP rose ~4 % a year (assumed)
      const njop = Math.round(((o.landArea! * o.landValuePerM2! + o.buildingArea! * o.buildingValuePerM2!) * growth) / 1000) * 1000;
      const p = principalOf(njop);
      const dueDate = dueDateOf(year);
      const billId = stableUuid(`jakpa-bill:${o.nop}:${year}`);
      bills.push({ id: billId, objectId: o.id, year, kecamatanId: o.kecamatanId, njop, ...p, dueDate, issuedAt: at(`${year}-03-01`, 8), issuedBy: null });
      if (p.amount === 0) return;
      const roll = rnd();
      const current = year === thisYear;
      const plan: Plan =
        fixed?.[yi] ?? (roll < (current ? 0.58 : 0.72) ? 'ON_TIME' : roll < (current ? 0.66 : 0.82) ? 'LATE' : roll < 0.9 ? 'PARTIAL' : 'UNPAID');
      const channel = () => PAY_CHANNELS[Math.floor(rnd() * PAY_CHANNELS.length)];
      const add = (amount: number, day: string) =>
        payments.push({
          id: stableUuid(`jakpa-payment:${++ref}`),
          billId,
          amount,
          paidAt: at(day, 9 + Math.floor(rnd() * 6)),
          channelId: channel(),
          reference: `SEED-${String(ref).padStart(7, '0')}`,
          recordedBy: null,
          recordedAt: at(day, 16),
        });
      const onTimeDay = plusDays(`${year}-03-01`, Math.floor(rnd() * 183));
      if (plan === 'ON_TIME' && onTimeDay < today) add(p.amount, onTimeDay);
      else if (plan === 'LATE') {
        const day = plusDays(dueDate, 1 + Math.floor(rnd() * 420));
        if (day < today) add(assessBill({ principal: p.amount, dueDate, payments: [], rules: PENALTY_RULES, asOf: day }).remaining, day);
      } else if (plan === 'PARTIAL' && onTimeDay < today) add(Math.max(1, Math.floor((p.amount * (0.3 + rnd() * 0.4)) / 1000) * 1000), onTimeDay);
    });
  }
  for (let i = 0; i < objects.length; i += 1000) await em.insertMany(TaxObject, objects.slice(i, i + 1000));
  for (let i = 0; i < bills.length; i += 1000) await em.insertMany(TaxBill, bills.slice(i, i + 1000));
  for (let i = 0; i < payments.length; i += 1000) await em.insertMany(TaxPayment, payments.slice(i, i + 1000));
  await em.execute(
    `insert into jakpa.tax_event (object_id, bill_id, at, action, actor_kind, note) select object_id, id, issued_at, 'ASSESSED', 'SYSTEM', year || ': Rp' || amount from jakpa.tax_bill`,
  );
}
