import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph, type StartedSubgraph } from '@kendari/kit';
import { createTestDatabase, gql, gqlOk, sqlCounter, type TestDatabase } from '@kendari/kit/testing';
import { health } from '../src/subgraph';
import { seed } from '../src/seeders/seed';
import { SECRET } from './helpers';

/** Issue 17: healthQueueTrend, the monthly series behind /transparansi and the open-data downloads. */
let db: TestDatabase;
let sg: StartedSubgraph;
const sql = sqlCounter();
const exec = (q: string, params: unknown[] = []) => sg.orm.em.getConnection().execute(q, params);

beforeAll(async () => {
  db = await createTestDatabase('health-trend');
  sg = await startSubgraph(health, { databaseUrl: db.url, authSecret: SECRET, port: 0, seed: false, logLevel: 'silent', onQuery: sql.onQuery });
  await sg.orm.em.fork().transactional((em) => seed(em as never));
  // 2023 is before any seeded session: the months hold exactly these rows
  const [svc] = await exec(`select id, facility_id from health.facility_service order by id limit 1`);
  const session = async (date: string, label: string, status: string) =>
    (
      await exec(
        `insert into health.queue_session (id, facility_id, service_id, date, label, starts_min, ends_min, status, now_serving)
         values (gen_random_uuid(), ?, ?, ?::date, ?, 480, 720, ?, 0) returning id`,
        [svc.facility_id, svc.id, date, label, status],
      )
    )[0].id as string;
  const appointment = async (sessionId: string, date: string, n: number, status: string, cancelledBy?: string) => {
    const [a] = await exec(
      `insert into health.appointment (id, booking_code, citizen_id, facility_id, service_id, session_id, date, number, payer, status, created_at)
       values (gen_random_uuid(), ?, gen_random_uuid(), ?, ?, ?, ?::date, ?, 'UMUM', ?, now()) returning id`,
      [`T-${date}-${n}`, svc.facility_id, svc.id, sessionId, date, n, status],
    );
    if (cancelledBy)
      await exec(`insert into health.appointment_event (appointment_id, at, to_status, actor_kind) values (?, now(), 'CANCELLED', ?)`, [a.id, cancelledBy]);
  };
  const march = await session('2023-03-06', 'PAGI', 'OPEN');
  await appointment(march, '2023-03-06', 1, 'SERVED');
  await appointment(march, '2023-03-06', 2, 'SERVED');
  await appointment(march, '2023-03-06', 3, 'NO_SHOW');
  await appointment(march, '2023-03-06', 4, 'CANCELLED', 'CITIZEN');
  const closed = await session('2023-03-31', 'PAGI', 'CLOSED');
  await appointment(closed, '2023-03-31', 1, 'CANCELLED', 'STAFF');
  await session('2023-05-02', 'PAGI', 'CLOSED'); // a closed session alone still counts as data
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
});

const TREND = `query($from: String, $to: String) { healthQueueTrend(from: $from, to: $to) {
  month hasData numbersTaken served noShow cancelledByResident cancelledByFacility sessionsClosed } }`;

describe('healthQueueTrend', () => {
  it('counts each month from the rows; months without numbers have hasData false', async () => {
    const { healthQueueTrend } = await gqlOk(sg.url, TREND, { from: '2023-02', to: '2023-05' });
    expect(healthQueueTrend).toEqual([
      { month: '2023-02', hasData: false, numbersTaken: 0, served: 0, noShow: 0, cancelledByResident: 0, cancelledByFacility: 0, sessionsClosed: 0 },
      { month: '2023-03', hasData: true, numbersTaken: 5, served: 2, noShow: 1, cancelledByResident: 1, cancelledByFacility: 1, sessionsClosed: 1 },
      { month: '2023-04', hasData: false, numbersTaken: 0, served: 0, noShow: 0, cancelledByResident: 0, cancelledByFacility: 0, sessionsClosed: 0 },
      { month: '2023-05', hasData: true, numbersTaken: 0, served: 0, noShow: 0, cancelledByResident: 0, cancelledByFacility: 0, sessionsClosed: 1 },
    ]);
  });

  it('one statement for one month or twenty-four; more than 24 is refused', async () => {
    sql.reset();
    await gqlOk(sg.url, TREND, { from: '2023-03', to: '2023-03' });
    const one = sql.count;
    sql.reset();
    expect((await gqlOk(sg.url, TREND, { from: '2022-01', to: '2023-12' })).healthQueueTrend).toHaveLength(24);
    expect(sql.count).toBe(one);
    expect(one).toBe(1);
    expect((await gql(sg.url, TREND, { from: '2021-12', to: '2023-12' })).errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});
