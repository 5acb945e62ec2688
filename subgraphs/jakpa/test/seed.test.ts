import { afterAll, beforeAll, expect, it } from 'vitest';
import { demoCitizens, startSubgraph, type StartedSubgraph } from '@kendari/kit';
import { createTestDatabase, gqlOk, type TestDatabase } from '@kendari/kit/testing';
import { jakpa } from '../src/subgraph';
import { billState } from '../src/bills';
import { PENALTY_RULES } from '../src/seeders/seed';
import { witaDate } from '../src/dates';
import { SECRET } from './helpers';

let db: TestDatabase;
let sg: StartedSubgraph;
beforeAll(async () => {
  db = await createTestDatabase('jakpa_seed');
  sg = await startSubgraph(jakpa, { databaseUrl: db.url, authSecret: SECRET, port: 0, seed: true, logLevel: 'silent' });
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
});
const exec = (q: string, p: unknown[] = []) => sg.orm.em.getConnection().execute(q, p);

it('seeds a few thousand objects over all 65 kelurahan, six years of bills, never an overpaid bill', async () => {
  const [c] = await exec(
    `select (select count(*)::int from jakpa.tax_object) o, (select count(distinct kelurahan_id)::int from jakpa.tax_object) k, (select count(*)::int from jakpa.tax_bill) b, (select count(distinct year)::int from jakpa.tax_bill) y, (select count(*)::int from jakpa.tax_region) r`,
  );
  expect(c.o).toBeGreaterThan(3000);
  expect(c).toMatchObject({ k: 65, y: 6, r: 65 });
  expect(c.b).toBe(c.o * 6);
  const rows = await exec(
    `select b.amount::text, b.due_date::text, coalesce(json_agg(json_build_array(p.amount::text, p.paid_at)) filter (where p.id is not null), '[]') pays from jakpa.tax_bill b left join jakpa.tax_payment p on p.bill_id = b.id group by b.id`,
  );
  const today = witaDate(new Date());
  const statuses = new Map<string, number>();
  for (const r of rows) {
    const s = billState(
      { amount: Number(r.amount), dueDate: r.due_date },
      r.pays.map(([a, t]: [string, string]) => ({ amount: Number(a), paidAt: new Date(t) })),
      PENALTY_RULES,
      today,
    );
    expect(s.remaining).toBeGreaterThanOrEqual(0);
    statuses.set(s.status, (statuses.get(s.status) ?? 0) + 1);
  }
  for (const st of ['PAID', 'PARTLY_PAID', 'OVERDUE']) expect(statuses.get(st) ?? 0, st).toBeGreaterThan(100);
  // the demo citizen owns two objects; the first 40 demo residents own at least one each
  const owners = await exec(`select owner_nik, count(*)::int n from jakpa.tax_object where owner_nik in (?) group by owner_nik`, [
    demoCitizens()
      .slice(0, 40)
      .map((x) => x.nik),
  ]);
  expect(owners.length).toBe(40);
  expect(owners.find((o: any) => o.owner_nik === '7471024506900001')?.n).toBe(2);
  // public statistics answer for every kecamatan; collected never exceeds billed plus penalties paid
  const stats = (await gqlOk(sg.url, `{ taxCollectionStats(year: ${Number(today.slice(0, 4)) - 1}) { billCount paidShare amountBilled amountCollected } }`))
    .taxCollectionStats;
  expect(stats.length).toBe(11);
  expect(stats.every((s: any) => s.billCount > 0 && s.paidShare > 0.5 && s.amountCollected > 0)).toBe(true);
});
