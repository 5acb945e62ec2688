import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KELURAHAN, startSubgraph, type StartedSubgraph } from '@kendari/kit';
import { createTestDatabase, gql, gqlOk, sqlCounter, type TestDatabase } from '@kendari/kit/testing';
import { firebutton } from '../src/subgraph';
import { seedReference } from '../src/seeders/seed';
import { SECRET } from './helpers';

/** Issue 17: emergencyTrend, the monthly series behind /transparansi and the open-data downloads. */
let db: TestDatabase;
let sg: StartedSubgraph;
const sql = sqlCounter();
const exec = (q: string, params: unknown[] = []) => sg.orm.em.getConnection().execute(q, params);

beforeAll(async () => {
  db = await createTestDatabase('firebutton-trend');
  // no demo data: the months hold exactly the reports below
  sg = await startSubgraph(firebutton, { databaseUrl: db.url, authSecret: SECRET, port: 0, seed: false, logLevel: 'silent', onQuery: sql.onQuery });
  await sg.orm.em.fork().transactional((em) => seedReference(em as never));
  // [kecamatan, created (UTC), minutes to dispatch, minutes dispatch -> on scene, status]
  const rows: Array<[string, string, number | null, number | null, string]> = [
    ['74.71.08', '2025-03-10T02:00:00Z', 1, 5, 'RESOLVED'], // on scene after 6 min
    ['74.71.08', '2025-03-11T02:00:00Z', 2, 10, 'RESOLVED'], // 12 min
    ['74.71.02', '2025-03-12T02:00:00Z', 3, 20, 'RESOLVED'], // 23 min: misses the target
    ['74.71.02', '2025-03-13T02:00:00Z', 10, null, 'FALSE_ALARM'],
    ['74.71.08', '2025-03-31T16:30:00Z', 4, 4, 'RESOLVED'], // 1 April 00:30 WITA: April
  ];
  for (const [i, [kec, at, d, a, status]] of rows.entries()) {
    const created = new Date(at);
    const dispatched = d === null ? null : new Date(created.getTime() + d * 60_000);
    const onScene = a === null || !dispatched ? null : new Date(dispatched.getTime() + a * 60_000);
    await exec(
      `insert into firebutton.emergency_report (id, tracking_code, kind, status, latitude, longitude, position_source, kelurahan_id, kecamatan_id, station_id, station_distance_metres, created_at, dispatched_at, on_scene_at)
       values (gen_random_uuid(), ?, 'FIRE', ?, -3.985, 122.52, 'GPS', ?, ?, 'mako-kadia', 500, ?, ?, ?)`,
      [`FB-TREND-${i}`, status, KELURAHAN.find((k) => k.kecamatanId === kec)!.id, kec, created, dispatched, onScene],
    );
  }
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
});

const TREND = `query($from: String, $to: String, $by: Boolean) { emergencyTrend(from: $from, to: $to, byKecamatan: $by) {
  month kecamatan { id } hasData totalIncidents falseAlarms arrivedCount onSceneWithin15Minutes onSceneWithinTargetShare medianMinutesToDispatch medianMinutesToArrival } }`;

describe('emergencyTrend', () => {
  it('counts each WITA month of the city from the rows; a month without reports has hasData false', async () => {
    const { emergencyTrend } = await gqlOk(sg.url, TREND, { from: '2025-02', to: '2025-04' });
    expect(emergencyTrend).toEqual([
      {
        month: '2025-02',
        kecamatan: null,
        hasData: false,
        totalIncidents: 0,
        falseAlarms: 0,
        arrivedCount: 0,
        onSceneWithin15Minutes: 0,
        onSceneWithinTargetShare: null,
        medianMinutesToDispatch: null,
        medianMinutesToArrival: null,
      },
      {
        month: '2025-03',
        kecamatan: null,
        hasData: true,
        totalIncidents: 4,
        falseAlarms: 1,
        arrivedCount: 3,
        onSceneWithin15Minutes: 2,
        onSceneWithinTargetShare: 0.667,
        medianMinutesToDispatch: 2.5,
        medianMinutesToArrival: 10,
      },
      {
        month: '2025-04',
        kecamatan: null,
        hasData: true,
        totalIncidents: 1,
        falseAlarms: 0,
        arrivedCount: 1,
        onSceneWithin15Minutes: 1,
        onSceneWithinTargetShare: 1,
        medianMinutesToDispatch: 4,
        medianMinutesToArrival: 4,
      },
    ]);
  });

  it('per kecamatan: eleven rows a month with their own counts', async () => {
    const { emergencyTrend } = await gqlOk(sg.url, TREND, { from: '2025-03', to: '2025-03', by: true });
    expect(emergencyTrend).toHaveLength(11);
    const of = (id: string) => emergencyTrend.find((r: { kecamatan: { id: string } }) => r.kecamatan.id === id);
    expect(of('74.71.08')).toMatchObject({ totalIncidents: 2, onSceneWithin15Minutes: 2, hasData: true });
    expect(of('74.71.02')).toMatchObject({ totalIncidents: 2, falseAlarms: 1, arrivedCount: 1, onSceneWithin15Minutes: 0 });
    expect(of('74.71.11')).toMatchObject({ totalIncidents: 0, hasData: false });
  });

  it('one statement for one month or twenty-four, and at most 24 months', async () => {
    sql.reset();
    await gqlOk(sg.url, TREND, { from: '2025-03', to: '2025-03', by: true });
    const one = sql.count;
    sql.reset();
    const { emergencyTrend } = await gqlOk(sg.url, TREND, { from: '2024-01', to: '2025-12', by: true });
    expect(emergencyTrend).toHaveLength(24 * 11);
    expect(sql.count).toBe(one);
    expect(one).toBe(1);
    const r = await gql(sg.url, TREND, { from: '2023-12', to: '2025-12' });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});
