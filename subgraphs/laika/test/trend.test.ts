import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph, type StartedSubgraph } from '@kendari/kit';
import { createTestDatabase, gql, gqlOk, sqlCounter, type TestDatabase } from '@kendari/kit/testing';
import { laika } from '../src/subgraph';
import { insertRequests, kel, SECRET } from './helpers';

/** Issue 17: letterTrend, the twelve-month series behind /transparansi and the open-data downloads. */
let db: TestDatabase;
let sg: StartedSubgraph;
const sql = sqlCounter();

beforeAll(async () => {
  db = await createTestDatabase('laika-trend');
  sg = await startSubgraph(laika, { databaseUrl: db.url, authSecret: SECRET, port: 0, logLevel: 'silent', onQuery: sql.onQuery });
  // 2023 is before any seeded letter: the months hold exactly these rows
  const k = kel('Kassilampe');
  await insertRequests(sg, [
    { kelurahanId: k.id, createdAt: new Date('2023-03-06T01:00:00Z'), issuedAfterHours: 10 }, // on time
    { kelurahanId: k.id, createdAt: new Date('2023-03-07T01:00:00Z'), issuedAfterHours: 30 }, // on time
    { kelurahanId: k.id, createdAt: new Date('2023-03-08T01:00:00Z'), issuedAfterHours: 200 }, // late
    // submitted 31 March 20:00 WITA (12:00 UTC): March; issued in April
    { kelurahanId: k.id, createdAt: new Date('2023-03-31T12:00:00Z'), issuedAfterHours: 20 },
    { kelurahanId: kel('Tipulu').id, createdAt: new Date('2023-03-10T01:00:00Z') }, // still open
    // 31 May 23:30 WITA is 15:30 UTC: May in Kendari, not June
    { kelurahanId: kel('Tipulu').id, createdAt: new Date('2023-05-31T15:30:00Z') },
  ]);
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
});

const TREND = `query($from: String, $to: String, $by: Boolean) { letterTrend(from: $from, to: $to, byKecamatan: $by) {
  month kecamatan { id } hasData submittedCount issuedCount issuedOnTimeCount withinTimeLimitShare medianProcessingHours } }`;

describe('letterTrend', () => {
  it('counts each WITA month from the rows, with empty months marked hasData false', async () => {
    const { letterTrend } = await gqlOk(sg.url, TREND, { from: '2023-02', to: '2023-06' });
    expect(letterTrend.map((r: { month: string }) => r.month)).toEqual(['2023-02', '2023-03', '2023-04', '2023-05', '2023-06']);
    const [feb, mar, apr, may, jun] = letterTrend;
    expect(feb).toEqual({
      month: '2023-02',
      kecamatan: null,
      hasData: false,
      submittedCount: 0,
      issuedCount: 0,
      issuedOnTimeCount: 0,
      withinTimeLimitShare: null,
      medianProcessingHours: null,
    });
    expect(mar).toEqual({
      month: '2023-03',
      kecamatan: null,
      hasData: true,
      submittedCount: 5,
      issuedCount: 3,
      issuedOnTimeCount: 2,
      withinTimeLimitShare: 0.667,
      medianProcessingHours: 30,
    });
    expect(apr).toMatchObject({ hasData: true, submittedCount: 0, issuedCount: 1, issuedOnTimeCount: 1, withinTimeLimitShare: 1, medianProcessingHours: 20 });
    expect(may).toMatchObject({ hasData: true, submittedCount: 1, issuedCount: 0, withinTimeLimitShare: null });
    expect(jun.hasData).toBe(false);
  });

  it('per kecamatan: eleven rows a month, each kecamatan its own counts', async () => {
    const { letterTrend } = await gqlOk(sg.url, TREND, { from: '2023-03', to: '2023-03', by: true });
    expect(letterTrend).toHaveLength(11);
    const of = (id: string) => letterTrend.find((r: { kecamatan: { id: string } }) => r.kecamatan.id === id);
    expect(of(kel('Kassilampe').kecamatanId)).toMatchObject({ submittedCount: 4, issuedCount: 3, hasData: true });
    expect(of(kel('Tipulu').kecamatanId)).toMatchObject({ submittedCount: 1, issuedCount: 0, hasData: true });
    expect(letterTrend.filter((r: { hasData: boolean }) => !r.hasData)).toHaveLength(9);
  });

  it('asks the database once, for one month or twenty-four', async () => {
    sql.reset();
    await gqlOk(sg.url, TREND, { from: '2023-03', to: '2023-03', by: true });
    const one = sql.count;
    sql.reset();
    const { letterTrend } = await gqlOk(sg.url, TREND, { from: '2022-01', to: '2023-12', by: true });
    expect(letterTrend).toHaveLength(24 * 11);
    expect(sql.count).toBe(one);
    expect(one).toBe(1);
  });

  it('defaults to the last twelve months and refuses more than 24 or a reversed range', async () => {
    const { letterTrend } = await gqlOk(sg.url, TREND, {});
    expect(letterTrend).toHaveLength(12);
    const longer = await gql(sg.url, TREND, { from: '2021-12', to: '2023-12' });
    expect(longer.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const reversed = await gql(sg.url, TREND, { from: '2023-05', to: '2023-04' });
    expect(reversed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
    const bad = await gql(sg.url, TREND, { to: '2023-13' });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });
});
