import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph, type StartedSubgraph } from '@kendari/kit';
import { createTestDatabase, gql, gqlOk, sqlCounter, type TestDatabase } from '@kendari/kit/testing';
import { permits } from '../src/subgraph';
import { SECRET } from './helpers';

/** Issue 17: permitTrend, the monthly series behind /transparansi and the open-data downloads. */
let db: TestDatabase;
let sg: StartedSubgraph;
const sql = sqlCounter();

/** An application straight into the table: submitted, and decided `days` later (by `due` days) or not. */
const row = (type: string, submitted: string, decidedAfterDays: number | null, dueAfterDays = 10) =>
  `(gen_random_uuid(), gen_random_uuid(), 'Uji', '${type}', '74.71.02.1009', '74.71.02', '{}', '${decidedAfterDays === null ? 'SUBMITTED' : 'APPROVED'}',
    '${submitted}'::timestamptz, '${submitted}'::timestamptz, '${submitted}'::timestamptz, '${submitted}'::timestamptz + interval '${dueAfterDays} days',
    ${decidedAfterDays === null ? 'null' : `'${submitted}'::timestamptz + interval '${decidedAfterDays} days'`})`;

beforeAll(async () => {
  db = await createTestDatabase('permits-trend');
  sg = await startSubgraph(permits, { databaseUrl: db.url, authSecret: SECRET, port: 0, logLevel: 'silent', onQuery: sql.onQuery });
  // 2023 is before any seeded application
  await sg.orm.em.getConnection().execute(
    `insert into permits.permit_application (id, citizen_id, applicant_name, permit_type_id, kelurahan_id, kecamatan_id, fields, status,
       created_at, updated_at, first_submitted_at, decision_due_at, decided_at) values
     ${[
       row('izin-pbg', '2023-03-02T01:00:00Z', 4), // decided in March, within the limit
       row('izin-pbg', '2023-03-03T01:00:00Z', 12), // decided in March, late
       row('izin-reklame', '2023-03-06T01:00:00Z', 2), // decided in March, within
       row('izin-reklame', '2023-03-28T01:00:00Z', 6), // submitted in March, decided in April
       row('izin-pbg', '2023-04-03T01:00:00Z', null), // waiting
     ].join(',\n')}`,
  );
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
});

const TREND = `query($from: String, $to: String, $by: Boolean) { permitTrend(from: $from, to: $to, byPermitType: $by) {
  month permitType { id } hasData applications decided decidedWithinLimit decidedWithinLimitShare medianProcessingDays } }`;

describe('permitTrend', () => {
  it('counts each month from the rows, months without applications marked hasData false', async () => {
    const { permitTrend } = await gqlOk(sg.url, TREND, { from: '2023-02', to: '2023-05' });
    expect(permitTrend).toEqual([
      {
        month: '2023-02',
        permitType: null,
        hasData: false,
        applications: 0,
        decided: 0,
        decidedWithinLimit: 0,
        decidedWithinLimitShare: null,
        medianProcessingDays: null,
      },
      {
        month: '2023-03',
        permitType: null,
        hasData: true,
        applications: 4,
        decided: 3,
        decidedWithinLimit: 2,
        decidedWithinLimitShare: 0.667,
        medianProcessingDays: 4,
      },
      {
        month: '2023-04',
        permitType: null,
        hasData: true,
        applications: 1,
        decided: 1,
        decidedWithinLimit: 1,
        decidedWithinLimitShare: 1,
        medianProcessingDays: 6,
      },
      {
        month: '2023-05',
        permitType: null,
        hasData: false,
        applications: 0,
        decided: 0,
        decidedWithinLimit: 0,
        decidedWithinLimitShare: null,
        medianProcessingDays: null,
      },
    ]);
  });

  it('per permit type: every type each month', async () => {
    const { permitTrend } = await gqlOk(sg.url, TREND, { from: '2023-03', to: '2023-03', by: true });
    const { permitTypes } = await gqlOk(sg.url, '{ permitTypes { id } }');
    expect(permitTrend.map((r: { permitType: { id: string } }) => r.permitType.id)).toEqual(permitTypes.map((t: { id: string }) => t.id));
    const of = (id: string) => permitTrend.find((r: { permitType: { id: string } }) => r.permitType.id === id);
    expect(of('izin-pbg')).toMatchObject({ applications: 2, decided: 2, decidedWithinLimit: 1, medianProcessingDays: 8 });
    expect(of('izin-reklame')).toMatchObject({ applications: 2, decided: 1, decidedWithinLimit: 1 });
    expect(permitTrend.filter((r: { hasData: boolean }) => r.hasData)).toHaveLength(2);
  });

  it('the statements do not grow with the number of months', async () => {
    sql.reset();
    await gqlOk(sg.url, TREND, { from: '2023-03', to: '2023-03', by: true });
    const one = sql.count;
    sql.reset();
    const { permitTrend } = await gqlOk(sg.url, TREND, { from: '2022-01', to: '2023-12', by: true });
    expect(permitTrend.length % 24).toBe(0);
    expect(sql.count).toBe(one);
    expect(one).toBeLessThanOrEqual(2); // the types and the grouped counts
  });

  it('refuses more than 24 months, naming the argument', async () => {
    const r = await gql(sg.url, TREND, { from: '2021-01', to: '2023-12' });
    expect(r.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from' });
  });
});
