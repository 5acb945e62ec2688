import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph, witaMonthOf, type StartedSubgraph } from '@kendari/kit';
import { createTestDatabase, gqlOk, type TestDatabase } from '@kendari/kit/testing';
import { jari } from '../src/subgraph';
import { DEMO_REPORT } from '../src/seeders/seed';
import { SECRET, tokens } from './helpers';

let db: TestDatabase;
let sg: StartedSubgraph;

beforeAll(async () => {
  db = await createTestDatabase('jari_seed');
  sg = await startSubgraph(jari, { databaseUrl: db.url, authSecret: SECRET, port: 0, logLevel: 'silent' });
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
});

const one = async (text: string) => (await sg.orm.em.fork().getConnection().execute(text))[0];

describe('demo data', () => {
  it('loads a few hundred reports over six months, anonymous and named, in every status', async () => {
    const r = await one(`select count(*)::int as n, count(*) filter (where anonymous)::int as anon, count(*) filter (where not anonymous)::int as named,
      count(distinct status)::int as statuses, count(distinct agency_id)::int as agencies,
      min(received_at) as oldest from jari.jari_report`);
    expect(r.n).toBeGreaterThanOrEqual(300);
    expect(r.anon).toBeGreaterThan(100);
    expect(r.named).toBeGreaterThan(50);
    expect(r.statuses).toBe(5);
    expect(r.agencies).toBeGreaterThan(10);
    expect(Date.now() - new Date(r.oldest).getTime()).toBeGreaterThan(150 * 86_400_000);
    const t = await one(`select (select count(*)::int from jari.jari_timeline_entry) as timeline, (select count(*)::int from jari.jari_message) as messages`);
    expect(t.timeline).toBeGreaterThan(600);
    expect(t.messages).toBeGreaterThan(50);
  });

  it('the demo tracking code and secret open the demo report with its messages', async () => {
    const r = await gqlOk(
      sg.url,
      `query($c: String!, $s: String!) { jariReportByCode(code: $c, secret: $s) { status anonymous agency { id } messages { totalCount } timeline { kind } } }`,
      { c: DEMO_REPORT.trackingCode, s: DEMO_REPORT.secret },
    );
    expect(r.jariReportByCode).toMatchObject({ status: 'INVESTIGATING', anonymous: true, agency: { id: 'disdukcapil' } });
    expect(r.jariReportByCode.messages.totalCount).toBeGreaterThanOrEqual(2);
    expect(r.jariReportByCode.timeline.map((t: any) => t.kind)).toContain('SHARED_WITH_AGENCY');
  });

  it('the inspector queue pages oldest first and shows overdue reports; the agency sees what was shared', async () => {
    const q = await gqlOk(
      sg.url,
      `{ jariQueue(first: 100) { totalCount pageInfo { hasNextPage } nodes { receivedAt overdue } } }`,
      {},
      { token: tokens.inspector },
    );
    const times = q.jariQueue.nodes.map((n: any) => n.receivedAt);
    expect([...times].sort()).toEqual(times);
    expect(q.jariQueue.nodes.some((n: any) => n.overdue)).toBe(true);
    const shared = await gqlOk(sg.url, `{ jariReportsSharedWithMyAgency(first: 5) { totalCount } }`, {}, { token: tokens.capil });
    expect(shared.jariReportsSharedWithMyAgency.totalCount).toBeGreaterThan(0);
  });

  it("the board and this month's statistics have something to show", async () => {
    const b = await gqlOk(sg.url, `{ serviceStatusBoard(first: 100) { totalCount nodes { status reason history(first: 3) { totalCount } } } }`);
    expect(b.serviceStatusBoard.totalCount).toBeGreaterThan(40);
    const statuses = b.serviceStatusBoard.nodes.map((n: any) => n.status);
    expect(statuses).toContain('UNAVAILABLE');
    expect(statuses.filter((s: string) => s === 'LIMITED').length).toBeGreaterThan(3);
    expect(b.serviceStatusBoard.nodes.every((n: any) => n.history.totalCount >= 1)).toBe(true);
    const past = witaMonthOf(new Date(Date.now() - 60 * 86_400_000));
    const s = await gqlOk(sg.url, `query($m: String!) { jariStats(month: $m) { received concluded medianDaysToConclusion } }`, { m: past });
    expect(s.jariStats.received).toBeGreaterThan(20);
    expect(s.jariStats.concluded).toBeGreaterThan(0);
    expect(s.jariStats.medianDaysToConclusion).toBeGreaterThan(0);
  });
});
