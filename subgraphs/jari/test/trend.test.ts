import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph, type StartedSubgraph } from '@kendari/kit';
import { createTestDatabase, gql, gqlOk, sqlCounter, type TestDatabase } from '@kendari/kit/testing';
import { jari } from '../src/subgraph';
import { JariCategory, JariOutcome, JariStatus } from '../src/entities/jari-report.entity';
import { insertReports, SECRET } from './helpers';

/** Issue 17: jariTrend and serviceStatusTrend, the monthly series behind /transparansi and the downloads. */
let db: TestDatabase;
let sg: StartedSubgraph;
const sql = sqlCounter();
const exec = (q: string, params: unknown[] = []) => sg.orm.em.getConnection().execute(q, params);
const DAY = 86_400_000;

beforeAll(async () => {
  db = await createTestDatabase('jari-trend');
  // no demo data: the months hold exactly the rows below
  sg = await startSubgraph(jari, { databaseUrl: db.url, authSecret: SECRET, port: 0, logLevel: 'silent', seed: false, onQuery: sql.onQuery });
  const base = Date.UTC(2025, 2, 10, 2); // 10 March 2025, 10:00 WITA
  const spec = [
    { agencyId: 'dinkes', category: JariCategory.PUNGLI, status: JariStatus.CONCLUDED, days: 10 },
    { agencyId: 'dinkes', category: JariCategory.PUNGLI, status: JariStatus.CONCLUDED, days: 20 },
    { agencyId: 'dinkes', category: JariCategory.SUAP, status: JariStatus.CONCLUDED, days: 40 },
    { agencyId: 'bapenda', category: JariCategory.SUAP, status: JariStatus.REJECTED, days: 0 },
    { agencyId: 'bapenda', category: JariCategory.OTHER, status: JariStatus.INVESTIGATING, days: 0 },
  ];
  await insertReports(sg.orm.em.fork(), spec.length, (i) => {
    const receivedAt = new Date(base + i * 3600_000);
    const s = spec[i];
    return {
      agencyId: s.agencyId,
      category: s.category,
      status: s.status,
      outcome: s.status === JariStatus.CONCLUDED ? JariOutcome.SUBSTANTIATED : null,
      receivedAt,
      followUpDueAt: new Date(receivedAt.getTime() + 7 * DAY),
      followedUpAt: new Date(receivedAt.getTime() + (i === 0 ? 9 : 1) * DAY), // the first one late
      concludedAt: s.status === JariStatus.CONCLUDED ? new Date(receivedAt.getTime() + s.days * DAY) : null,
      publicSummary: s.status === JariStatus.CONCLUDED ? 'Ringkasan hasil pemeriksaan untuk publik.' : null,
    };
  });
  // 1 May 00:30 WITA is still 30 April UTC: May
  await insertReports(sg.orm.em.fork(), 1, () => ({
    agencyId: 'dinkes',
    receivedAt: new Date(Date.UTC(2025, 3, 30, 16, 30)),
    followUpDueAt: new Date(Date.UTC(2025, 4, 8)),
    followedUpAt: new Date(Date.UTC(2025, 4, 2)),
  }));

  // two service points with known histories (WITA midnight = 16:00 UTC the day before)
  for (const [id, agency] of [
    ['test-capil-1', 'disdukcapil'],
    ['test-bapenda-1', 'bapenda'],
  ])
    await exec(
      `insert into jari.service_point (id, agency_id, service_id, place, place_en, status, last_updated_at) values (?, ?, 'svc', 'Loket uji', 'Test counter', 'AVAILABLE', now())`,
      [id, agency],
    );
  const change = (point: string, at: string, to: string) =>
    exec(`insert into jari.service_status_change (id, service_point_id, at, actor_role, to_status) values (gen_random_uuid(), ?, ?, 'SYSTEM', ?)`, [
      point,
      new Date(at),
      to,
    ]);
  await change('test-capil-1', '2025-02-28T16:00:00Z', 'AVAILABLE'); // 1 March 00:00 WITA
  await change('test-capil-1', '2025-03-11T16:00:00Z', 'UNAVAILABLE'); // 12 March: 11 days (264 h) available before
  await change('test-capil-1', '2025-03-13T16:00:00Z', 'AVAILABLE'); // 48 h unavailable, then available to the end of time
  await change('test-bapenda-1', '2025-03-31T04:00:00Z', 'LIMITED'); // 31 March 12:00 WITA: 12 h in March
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
});

const JARI = `query($from: String, $to: String, $a: ID) { jariTrend(from: $from, to: $to, agencyId: $a) {
  month agency { id } hasData received open concluded rejected followUpOverdue medianDaysToConclusion byCategory { category count } } }`;
const STATUS = `query($from: String, $to: String, $a: ID, $p: ID) { serviceStatusTrend(from: $from, to: $to, agencyId: $a, servicePointId: $p) {
  month agency { id } hasData servicePoints changes hoursRecorded hoursAvailable hoursLimited hoursUnavailable availableShare } }`;

describe('jariTrend', () => {
  it('counts reports per month of receipt; months without reports have hasData false', async () => {
    const { jariTrend } = await gqlOk(sg.url, JARI, { from: '2025-02', to: '2025-05' });
    expect(jariTrend.map((r: { month: string; hasData: boolean; received: number }) => [r.month, r.hasData, r.received])).toEqual([
      ['2025-02', false, 0],
      ['2025-03', true, 5],
      ['2025-04', false, 0],
      ['2025-05', true, 1],
    ]);
    expect(jariTrend[1]).toMatchObject({
      agency: null,
      open: 1,
      concluded: 3,
      rejected: 1,
      followUpOverdue: 1,
      medianDaysToConclusion: 20,
      byCategory: [
        { category: 'PUNGLI', count: 2 },
        { category: 'SUAP', count: 2 },
        { category: 'GRATIFIKASI', count: 0 },
        { category: 'SLOW_OR_REFUSED_SERVICE', count: 0 },
        { category: 'OTHER', count: 1 },
      ].sort((a, b) => Object.values(JariCategory).indexOf(a.category as JariCategory) - Object.values(JariCategory).indexOf(b.category as JariCategory)),
    });
    expect(jariTrend[0]).toMatchObject({ open: 0, medianDaysToConclusion: null });
  });

  it('for one agency only', async () => {
    const { jariTrend } = await gqlOk(sg.url, JARI, { from: '2025-03', to: '2025-03', a: 'bapenda' });
    expect(jariTrend).toEqual([expect.objectContaining({ agency: { id: 'bapenda' }, received: 2, rejected: 1, open: 1, concluded: 0 })]);
  });

  it('one statement for one month or twenty-four; more than 24 is refused', async () => {
    sql.reset();
    await gqlOk(sg.url, JARI, { from: '2025-03', to: '2025-03' });
    const one = sql.count;
    sql.reset();
    expect((await gqlOk(sg.url, JARI, { from: '2024-01', to: '2025-12' })).jariTrend).toHaveLength(24);
    expect(sql.count).toBe(one);
    expect(one).toBe(1);
    expect((await gql(sg.url, JARI, { from: '2023-12', to: '2025-12' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});

describe('serviceStatusTrend', () => {
  it('sums the hours each status held per month from the history; before the first change is unknown', async () => {
    const { serviceStatusTrend } = await gqlOk(sg.url, STATUS, { from: '2025-02', to: '2025-04' });
    const [feb, mar, apr] = serviceStatusTrend;
    expect(feb).toEqual({
      month: '2025-02',
      agency: null,
      hasData: false,
      servicePoints: 0,
      changes: 0,
      hoursRecorded: 0,
      hoursAvailable: 0,
      hoursLimited: 0,
      hoursUnavailable: 0,
      availableShare: null,
    });
    // capil: 744 h in March, 48 of them unavailable; bapenda: LIMITED from 31 March 12:00 WITA (12 h)
    expect(mar).toEqual({
      month: '2025-03',
      agency: null,
      hasData: true,
      servicePoints: 2,
      changes: 4,
      hoursRecorded: 756,
      hoursAvailable: 696,
      hoursLimited: 12,
      hoursUnavailable: 48,
      availableShare: 0.921,
    });
    expect(apr).toMatchObject({ servicePoints: 2, changes: 0, hoursAvailable: 720, hoursLimited: 720, hoursUnavailable: 0, availableShare: 0.5 });
  });

  it('for one agency or one service point', async () => {
    const capil = await gqlOk(sg.url, STATUS, { from: '2025-03', to: '2025-03', a: 'disdukcapil' });
    expect(capil.serviceStatusTrend[0]).toMatchObject({ agency: { id: 'disdukcapil' }, servicePoints: 1, hoursRecorded: 744, hoursUnavailable: 48 });
    const point = await gqlOk(sg.url, STATUS, { from: '2025-03', to: '2025-03', p: 'test-bapenda-1' });
    expect(point.serviceStatusTrend[0]).toMatchObject({ hoursRecorded: 12, hoursLimited: 12, availableShare: 0 });
  });

  it('one statement for one month or twenty-four', async () => {
    sql.reset();
    await gqlOk(sg.url, STATUS, { from: '2025-03', to: '2025-03' });
    const one = sql.count;
    sql.reset();
    expect((await gqlOk(sg.url, STATUS, { from: '2024-06', to: '2026-05' })).serviceStatusTrend).toHaveLength(24);
    expect(sql.count).toBe(one);
    expect(one).toBe(1);
  });
});
