import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph, type StartedSubgraph } from '@kendari/kit';
import { createTestDatabase, gql, gqlOk, sqlCounter, type TestDatabase } from '@kendari/kit/testing';
import { jakpa } from '../src/subgraph';
import { seedReference } from '../src/seeders/seed';
import { buildNop } from '../src/nop';
import { TAX_REGIONS } from '../src/regions';
import { SECRET } from './helpers';

/** Issue 17: taxCollectionTrend, the monthly series behind /transparansi and the open-data downloads. */
let db: TestDatabase;
let sg: StartedSubgraph;
const sql = sqlCounter();
const exec = (q: string, params: unknown[] = []) => sg.orm.em.getConnection().execute(q, params);
const region = (name: string) => TAX_REGIONS.find((r) => r.kelurahanName === name)!;

/** One object with one 2024 bill in a kelurahan; returns the bill id. */
async function bill(kelurahan: string, n: number): Promise<string> {
  const r = region(kelurahan);
  const objectId = randomUUID();
  await exec(
    `insert into jakpa.tax_object (id, nop, kelurahan_id, kecamatan_id, address, owner_name, owner_nik, land_area, building_area, land_value_per_m2, building_value_per_m2, created_at)
     values (?, ?, ?, ?, 'Jl. Uji No. 1', 'Wa Ode Uji', '7471020101900001', 200, 100, 500000, 2000000, now())`,
    [objectId, buildNop(r, 900, n), r.kelurahanId, r.kecamatanId],
  );
  const id = randomUUID();
  await exec(
    `insert into jakpa.tax_bill (id, object_id, year, kecamatan_id, njop, njoptkp, tariff_bp, amount, due_date, issued_at) values (?, ?, 2024, ?, 300000000, 10000000, 10, 1000000, '2024-08-31', now())`,
    [id, objectId, r.kecamatanId],
  );
  return id;
}
const pay = (billId: string, amount: number, at: string) =>
  exec(
    `insert into jakpa.tax_payment (id, bill_id, amount, paid_at, channel_id, reference, recorded_at) values (gen_random_uuid(), ?, ?, ?, 'bank-sultra', ?, now())`,
    [billId, amount, new Date(at), randomUUID()],
  );

beforeAll(async () => {
  db = await createTestDatabase('jakpa-trend');
  sg = await startSubgraph(jakpa, { databaseUrl: db.url, authSecret: SECRET, port: 0, seed: false, logLevel: 'silent', onQuery: sql.onQuery });
  await sg.orm.em.fork().transactional((em) => seedReference(em as never));
  const kandai = await bill('Kandai', 1);
  const kandai2 = await bill('Kandai', 2);
  const tipulu = await bill('Tipulu', 3);
  await pay(kandai, 400_000, '2024-03-05T02:00:00Z');
  await pay(kandai, 600_000, '2024-03-20T02:00:00Z'); // the same bill twice in March
  await pay(tipulu, 1_000_000, '2024-03-10T02:00:00Z');
  await pay(kandai2, 1_020_000, '2024-03-31T16:30:00Z'); // 1 April 00:30 WITA: April
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
});

const TREND = `query($from: String, $to: String, $by: Boolean) { taxCollectionTrend(from: $from, to: $to, byKecamatan: $by) {
  month kecamatan { id } hasData paymentCount billsPaid amountCollected } }`;

describe('taxCollectionTrend', () => {
  it('sums the payments of each WITA month; months without payments have hasData false', async () => {
    const { taxCollectionTrend } = await gqlOk(sg.url, TREND, { from: '2024-02', to: '2024-05' });
    expect(taxCollectionTrend).toEqual([
      { month: '2024-02', kecamatan: null, hasData: false, paymentCount: 0, billsPaid: 0, amountCollected: 0 },
      { month: '2024-03', kecamatan: null, hasData: true, paymentCount: 3, billsPaid: 2, amountCollected: 2_000_000 },
      { month: '2024-04', kecamatan: null, hasData: true, paymentCount: 1, billsPaid: 1, amountCollected: 1_020_000 },
      { month: '2024-05', kecamatan: null, hasData: false, paymentCount: 0, billsPaid: 0, amountCollected: 0 },
    ]);
  });

  it('per kecamatan: eleven rows a month with their own sums', async () => {
    const { taxCollectionTrend } = await gqlOk(sg.url, TREND, { from: '2024-03', to: '2024-03', by: true });
    expect(taxCollectionTrend).toHaveLength(11);
    const of = (name: string) => taxCollectionTrend.find((r: { kecamatan: { id: string } }) => r.kecamatan.id === region(name).kecamatanId);
    expect(of('Kandai')).toMatchObject({ paymentCount: 2, amountCollected: 1_000_000, hasData: true });
    expect(of('Tipulu')).toMatchObject({ paymentCount: 1, amountCollected: 1_000_000, hasData: true });
    expect(taxCollectionTrend.filter((r: { hasData: boolean }) => !r.hasData)).toHaveLength(9);
  });

  it('one statement for one month or twenty-four; more than 24 is refused', async () => {
    sql.reset();
    await gqlOk(sg.url, TREND, { from: '2024-03', to: '2024-03', by: true });
    const one = sql.count;
    sql.reset();
    expect((await gqlOk(sg.url, TREND, { from: '2023-01', to: '2024-12', by: true })).taxCollectionTrend).toHaveLength(24 * 11);
    expect(sql.count).toBe(one);
    expect(one).toBe(1);
    expect((await gql(sg.url, TREND, { from: '2022-12', to: '2024-12' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});
