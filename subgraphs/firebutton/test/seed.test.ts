import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph, witaMonthOf, type StartedSubgraph } from '@kendari/kit';
import { createTestDatabase, gqlOk, type TestDatabase } from '@kendari/kit/testing';
import { firebutton } from '../src/subgraph';
import { CENTROIDS, STATIONS } from '../src/geo';
import { KENDARI, insideKendari } from '@kendari/kit';
import { SECRET, tokens } from './helpers';

let db: TestDatabase;
let sg: StartedSubgraph;

beforeAll(async () => {
  db = await createTestDatabase('firebutton_seed');
  sg = await startSubgraph(firebutton, { databaseUrl: db.url, authSecret: SECRET, port: 0, logLevel: 'silent' });
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
});

const exec = (q: string) => sg.orm.em.getConnection().execute(q);

describe('reference and demo data', () => {
  it('places the 65 kelurahan centres and the six posts inside the city, each post in its kecamatan', () => {
    expect(CENTROIDS).toHaveLength(65);
    expect(CENTROIDS.every((c) => insideKendari(c.lat, c.lng))).toBe(true);
    expect(STATIONS.map((s) => s.name)).toEqual(KENDARI.fireStations.posts);
    expect(STATIONS.flatMap((s) => s.units).filter((u) => u.kind === 'ENGINE')).toHaveLength(7);
    expect(STATIONS.every((s) => insideKendari(s.lat, s.lng) && s.units.length >= 1 && s.units.length <= 3)).toBe(true);
  });

  it('seeds hundreds of past incidents over six months and a few open ones whose units are out', async () => {
    const [{ total, open, months, kecamatan }] =
      await exec(`select count(*)::int as total, (count(*) filter (where status in ('RECEIVED', 'DISPATCHED', 'ON_SCENE')))::int as open,
      count(distinct date_trunc('month', created_at))::int as months, count(distinct kecamatan_id)::int as kecamatan from firebutton.emergency_report`);
    expect(total).toBeGreaterThan(400);
    expect(open).toBeGreaterThanOrEqual(5);
    expect(months).toBeGreaterThanOrEqual(6);
    expect(kecamatan).toBe(11);
    // every unit out is out on an open report that names it, and vice versa
    const mismatched = await exec(`select u.id from firebutton.fire_unit u left join firebutton.emergency_report r on r.id = u.report_id
      where (u.state = 'DISPATCHED') <> (r.status in ('DISPATCHED', 'ON_SCENE') and r.unit_id = u.id)`);
    expect(mismatched).toEqual([]);
    // every report has a timeline that starts with REPORTED
    const [{ n }] = await exec(
      `select count(*)::int as n from firebutton.emergency_report r where not exists (select 1 from firebutton.emergency_event e where e.report_id = r.id and e.action = 'REPORTED')`,
    );
    expect(n).toBe(0);
  });

  it('shows the dispatcher screen and the public statistics with data', async () => {
    const list = await gqlOk(
      sg.url,
      `{ openEmergencies(first: 50) { totalCount nodes { trackingCode status station { name } timeline { action } } } }`,
      {},
      { token: tokens.dispatcher },
    );
    expect(list.openEmergencies.totalCount).toBeGreaterThanOrEqual(5);
    const follow = await gqlOk(sg.url, `{ emergencyReport(trackingCode: "FB-KNDR-2345") { status station { name } } }`);
    expect(follow.emergencyReport).not.toBeNull();
    const month = witaMonthOf(new Date(Date.now() - 40 * 86400_000));
    const stats = await gqlOk(
      sg.url,
      `{ emergencyStats(kecamatanId: "74.71.02", month: "${month}") { totalIncidents medianMinutesToDispatch medianMinutesToArrival onSceneWithinTargetShare } }`,
    );
    expect(stats.emergencyStats.totalIncidents).toBeGreaterThan(3);
    expect(stats.emergencyStats.medianMinutesToArrival).toBeGreaterThan(3);
    expect(stats.emergencyStats.medianMinutesToArrival).toBeLessThan(40);
  });
});
