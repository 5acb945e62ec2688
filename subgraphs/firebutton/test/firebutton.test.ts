import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { distanceMetres, startSubgraph, type StartedSubgraph } from '@kendari/kit';
import { aliasedPageCounts, createTestDatabase, gql, gqlOk, sqlCounter, type TestDatabase } from '@kendari/kit/testing';
import { firebutton } from '../src/subgraph';
import { seedReference } from '../src/seeders/seed';
import { STATIONS } from '../src/geo';
import { countReport } from '../src/throttle';
import { CITIZEN_A, CITIZEN_B, REPORT, SECRET, key, phone, spot, tokens } from './helpers';

let db: TestDatabase;
let sg: StartedSubgraph;
const sql = sqlCounter();
let spotNo = 0;
/** The next test place: away from the stations, whose own positions some tests report at. */
function nextSpot() {
  for (;;) {
    const s = spot(spotNo++);
    if (STATIONS.every((st) => distanceMetres({ lat: s.latitude, lng: s.longitude }, st) > 2000)) return s;
  }
}

beforeAll(async () => {
  db = await createTestDatabase('firebutton');
  // no demo data: tests create exactly the reports they reason about
  // TEST_REDIS_URL runs the same throttle assertions with the counters in Redis instead of PostgreSQL
  sg = await startSubgraph(firebutton, {
    databaseUrl: db.url,
    authSecret: SECRET,
    port: 0,
    seed: false,
    logLevel: 'silent',
    onQuery: sql.onQuery,
    redisUrl: process.env.TEST_REDIS_URL,
  });
  await sg.orm.em.fork().transactional((em) => seedReference(em as never));
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
});

const exec = (q: string, params: unknown[] = []) => sg.orm.em.getConnection().execute(q, params);
const count = async (where = 'true', params: unknown[] = []) =>
  (await exec(`select count(*)::int as n from firebutton.emergency_report where ${where}`, params))[0].n as number;
/** Every unit back at its post (tests that need free units call this first). */
const resetUnits = () => exec(`update firebutton.fire_unit set state = 'AVAILABLE', report_id = null`);
const busyAllUnitsExcept = (...ids: string[]) =>
  exec(
    `update firebutton.fire_unit set state = case when id in (${ids.map(() => '?').join(',') || "''"}) then 'AVAILABLE' else 'DISPATCHED' end, report_id = null`,
    ids,
  );
const report = (input: Record<string, unknown>, token?: string) => gql(sg.url, REPORT, { input }, { token });

describe('reportEmergency', () => {
  beforeEach(resetUnits);

  it('accepts an anonymous report with a phone: tracking code, nearest station with a free unit, distance, timeline', async () => {
    const before = await count();
    const r = await gqlOk(sg.url, REPORT, {
      input: {
        kind: 'FIRE',
        ...nextSpot(),
        callbackPhone: '0812-3456-7001',
        addressText: 'Lorong Mawar 3',
        description: 'Asap tebal dari dapur',
        idempotencyKey: key(),
      },
    });
    const p = r.reportEmergency;
    expect(p.assignment).toBe('UNIT_DISPATCHED');
    expect(p.replayed).toBe(false);
    expect(p.report.trackingCode).toMatch(/^FB-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(p.report.status).toBe('DISPATCHED');
    expect(p.report.unit.state).toBe('DISPATCHED');
    expect(p.report.stationDistanceMetres).toBeGreaterThan(0);
    expect(p.report.timeline.map((e: any) => [e.action, e.toStatus, e.actorKind])).toEqual([
      ['REPORTED', 'RECEIVED', 'REPORTER'],
      ['ASSIGNED', 'DISPATCHED', 'SYSTEM'],
    ]);
    expect(p.messageId).toContain(p.report.trackingCode);
    expect(await count()).toBe(before + 1);
    const [row] = await exec(`select callback_phone, citizen_id from firebutton.emergency_report where tracking_code = ?`, [p.report.trackingCode]);
    expect(row).toEqual({ callback_phone: '+6281234567001', citizen_id: null });
  });

  it("links a logged-in citizen's report to them; the phone is then optional", async () => {
    const r = await gqlOk(sg.url, REPORT, { input: { kind: 'RESCUE', ...nextSpot(), idempotencyKey: key() } }, { token: tokens.citizenA });
    const [row] = await exec(`select citizen_id from firebutton.emergency_report where id = ?`, [r.reportEmergency.report.id]);
    expect(row.citizen_id).toBe(CITIZEN_A);
  });

  it('refuses an anonymous report without a phone with BAD_USER_INPUT on input.callbackPhone and stores nothing', async () => {
    const before = await count();
    const r = await report({ kind: 'FIRE', ...nextSpot(), idempotencyKey: key() });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.callbackPhone' });
    expect(r.errors![0].extensions!.messageId).toMatch(/Nomor telepon/);
    expect(await count()).toBe(before);
  });

  it('refuses a position far outside Kendari with BAD_USER_INPUT on input.latitude and a clear message', async () => {
    const before = await count();
    const r = await report({ kind: 'FIRE', latitude: -6.2, longitude: 106.8, callbackPhone: phone() }); // Jakarta
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = r.errors![0].extensions!.fields.map((f: any) => f.field);
    expect(fields).toEqual(['input.latitude', 'input.longitude']);
    expect(r.errors![0].message).toMatch(/outside Kota Kendari/);
    expect(r.errors![0].extensions!.messageId).toMatch(/di luar Kota Kendari/);
    expect(await count()).toBe(before);
  });

  it('names every invalid field at once (missing position, oversized text, bad phone, bad key, unknown kelurahan)', async () => {
    const r = await report({ kind: 'FIRE', description: 'x'.repeat(1001), addressText: 'y'.repeat(301), callbackPhone: '12345', idempotencyKey: 'short' });
    expect(r.errors![0].extensions!.fields.map((f: any) => f.field)).toEqual([
      'input.latitude',
      'input.addressText',
      'input.description',
      'input.callbackPhone',
      'input.idempotencyKey',
    ]);
    const k = await report({ kind: 'FIRE', kelurahanId: '99.99.99.9999', callbackPhone: phone() });
    expect(k.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kelurahanId' });
    const lat = await report({ kind: 'FIRE', latitude: 123, longitude: 122.5, callbackPhone: phone() });
    expect(lat.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.latitude' });
  });

  it("without GPS uses the picked kelurahan's approximate centre", async () => {
    const r = await gqlOk(sg.url, REPORT, { input: { kind: 'OTHER', kelurahanId: '74.71.06.1003', callbackPhone: phone(), idempotencyKey: key() } });
    expect(r.reportEmergency.report).toMatchObject({ positionSource: 'KELURAHAN', kelurahan: { id: '74.71.06.1003' }, kecamatan: { id: '74.71.06' } });
  });

  it('chooses the station next to the position', async () => {
    for (const id of ['pos-puuwatu', 'pos-baruga', 'mako-kadia']) {
      const s = STATIONS.find((x) => x.id === id)!;
      const r = await gqlOk(sg.url, REPORT, {
        input: { kind: 'FIRE', latitude: s.lat + 0.0004, longitude: s.lng - 0.0003, callbackPhone: phone(), idempotencyKey: key() },
      });
      expect(r.reportEmergency.report.station.id).toBe(id);
      expect(r.reportEmergency.report.stationDistanceMetres).toBeLessThan(100);
    }
  });

  it('skips a station whose units are all out, and says so when no unit at all is free', async () => {
    const s = STATIONS.find((x) => x.id === 'pos-puuwatu')!;
    await busyAllUnitsExcept('bar-1');
    const r = await gqlOk(sg.url, REPORT, { input: { kind: 'FIRE', latitude: s.lat, longitude: s.lng + 0.01, callbackPhone: phone(), idempotencyKey: key() } });
    expect(r.reportEmergency.report.station.id).toBe('pos-baruga');
    expect(r.reportEmergency.report.unit.id).toBe('bar-1');
    const none = await gqlOk(sg.url, REPORT, {
      input: { kind: 'FIRE', latitude: s.lat - 0.01, longitude: s.lng, callbackPhone: phone(), idempotencyKey: key() },
    });
    const p = none.reportEmergency;
    expect(p.assignment).toBe('WAITING_FOR_UNIT');
    expect(p.report).toMatchObject({ status: 'RECEIVED', station: { id: 'pos-puuwatu' }, unit: null });
    expect(p.message).toMatch(/Every unit is out/);
    expect(p.report.timeline.map((e: any) => e.action)).toEqual(['REPORTED', 'WAITING_FOR_UNIT']);
  });

  it('sends only an engine to a fire, and prefers the rescue unit for a rescue', async () => {
    await busyAllUnitsExcept('kdi-r1');
    const fire = await gqlOk(sg.url, REPORT, { input: { kind: 'FIRE', ...nextSpot(), callbackPhone: phone(), idempotencyKey: key() } });
    expect(fire.reportEmergency).toMatchObject({ assignment: 'WAITING_FOR_UNIT', report: { unit: null } });
    await busyAllUnitsExcept('kdi-1', 'kdi-r1');
    const rescue = await gqlOk(sg.url, REPORT, { input: { kind: 'RESCUE', ...nextSpot(), callbackPhone: phone(), idempotencyKey: key() } });
    expect(rescue.reportEmergency.report.unit.id).toBe('kdi-r1');
  });

  it('never gives one free unit to two simultaneous reports', async () => {
    await busyAllUnitsExcept('kdi-1');
    const runs = await Promise.all(
      [0, 1, 2, 3].map(() => gqlOk(sg.url, REPORT, { input: { kind: 'FIRE', ...nextSpot(), callbackPhone: phone(), idempotencyKey: key() } })),
    );
    const units = runs.map((r) => r.reportEmergency.report.unit?.id ?? null);
    expect(units.filter((u) => u === 'kdi-1')).toHaveLength(1);
    expect(units.filter((u) => u === null)).toHaveLength(3);
  });

  it('is idempotent: the same key twice gives the same report and one row, also for concurrent taps', async () => {
    const k = key();
    const input = { kind: 'FIRE', ...nextSpot(), callbackPhone: phone(), idempotencyKey: k };
    const a = await gqlOk(sg.url, REPORT, { input });
    const b = await gqlOk(sg.url, REPORT, { input });
    expect(b.reportEmergency.report.trackingCode).toBe(a.reportEmergency.report.trackingCode);
    expect(b.reportEmergency.replayed).toBe(true);
    expect(await count('idempotency_key = ?', [k])).toBe(1);

    const k2 = key();
    const input2 = { kind: 'RESCUE', ...nextSpot(), callbackPhone: phone(), idempotencyKey: k2 };
    const taps = await Promise.all([0, 1, 2, 3, 4].map(() => gqlOk(sg.url, REPORT, { input: input2 })));
    expect(new Set(taps.map((t) => t.reportEmergency.report.trackingCode)).size).toBe(1);
    expect(taps.filter((t) => !t.reportEmergency.replayed)).toHaveLength(1);
    expect(await count('idempotency_key = ?', [k2])).toBe(1);
    const [{ n }] = await exec(`select count(*)::int as n from firebutton.fire_unit where report_id = ?`, [taps[0].reportEmergency.report.id]);
    expect(n).toBeLessThanOrEqual(1);
  });

  it('refuses the same key for a different report with CONFLICT', async () => {
    const k = key();
    const p = phone();
    const where = nextSpot();
    await gqlOk(sg.url, REPORT, { input: { kind: 'FIRE', ...where, callbackPhone: p, idempotencyKey: k } });
    const r = await report({ kind: 'RESCUE', ...where, callbackPhone: p, idempotencyKey: k });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.idempotencyKey' });
  });

  it('throttles the same phone at the same place, but accepts it at a clearly different place', async () => {
    const p = phone();
    const where = nextSpot();
    await gqlOk(sg.url, REPORT, { input: { kind: 'FIRE', ...where, callbackPhone: p, idempotencyKey: key() } });
    const again = await report({ kind: 'FIRE', latitude: where.latitude + 0.001, longitude: where.longitude, callbackPhone: p, idempotencyKey: key() });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(again.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(500);
    expect(again.errors![0].message).toMatch(/already reported/);
    expect(again.status).toBe(429);
    const elsewhere = await gqlOk(sg.url, REPORT, { input: { kind: 'FIRE', ...nextSpot(), callbackPhone: p, idempotencyKey: key() } });
    expect(elsewhere.reportEmergency.report.status).toBeDefined();
    expect(await count('callback_phone = ?', [`+62${p.slice(1)}`])).toBe(2);
  });

  it('throttles a logged-in citizen by account, and one client address after several phones at one place', async () => {
    const where = nextSpot();
    await gqlOk(sg.url, REPORT, { input: { kind: 'RESCUE', ...where, idempotencyKey: key() } }, { token: tokens.citizenB });
    const again = await report({ kind: 'RESCUE', ...where, idempotencyKey: key() }, tokens.citizenB);
    expect(again.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');

    const crowd = nextSpot();
    const results = [];
    for (let i = 0; i < 7; i++) results.push(await report({ kind: 'FIRE', ...crowd, callbackPhone: phone(), idempotencyKey: key() }));
    expect(results.slice(0, 6).map((r) => r.errors?.[0].message ?? null)).toEqual([null, null, null, null, null, null]);
    expect(results[6].errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
  });

  it('50 simultaneous reports from one phone at one place: exactly 1 accepted, 1 row', async () => {
    const p = phone();
    const where = nextSpot();
    const all = await Promise.all(Array.from({ length: 50 }, () => report({ kind: 'FIRE', ...where, callbackPhone: p, idempotencyKey: key() })));
    expect(all.filter((x) => !x.errors)).toHaveLength(1);
    expect(all.filter((x) => x.errors?.[0].extensions?.code === 'TOO_MANY_REQUESTS')).toHaveLength(49);
    expect(await count('callback_phone = ?', [`+62${p.slice(1)}`])).toBe(1);
  });

  it('50 simultaneous reports from one phone at 10 places: exactly 5 accepted (the total), at most one per place', async () => {
    const p = phone();
    const places = Array.from({ length: 10 }, () => nextSpot());
    const all = await Promise.all(Array.from({ length: 50 }, (_, i) => report({ kind: 'RESCUE', ...places[i % 10], callbackPhone: p, idempotencyKey: key() })));
    expect(all.filter((x) => !x.errors)).toHaveLength(5);
    expect(all.filter((x) => x.errors?.[0].extensions?.code === 'TOO_MANY_REQUESTS')).toHaveLength(45);
    const rows = await exec(`select latitude, longitude from firebutton.emergency_report where callback_phone = ?`, [`+62${p.slice(1)}`]);
    expect(rows).toHaveLength(5);
    expect(new Set(rows.map((r: any) => `${r.latitude},${r.longitude}`)).size).toBe(5);
  });

  it('a refused report blocks nothing later: the allowance is given back', async () => {
    const p = phone();
    const where = nextSpot();
    await gqlOk(sg.url, REPORT, { input: { kind: 'FIRE', ...where, callbackPhone: p, idempotencyKey: key() } });
    for (let i = 0; i < 5; i++)
      expect((await report({ kind: 'FIRE', ...where, callbackPhone: p, idempotencyKey: key() })).errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    // the refused ones did not use up the total: four more places are still accepted
    for (let i = 0; i < 4; i++) await gqlOk(sg.url, REPORT, { input: { kind: 'FIRE', ...nextSpot(), callbackPhone: p, idempotencyKey: key() } });
    expect((await report({ kind: 'FIRE', ...nextSpot(), callbackPhone: p, idempotencyKey: key() })).errors?.[0].message).toMatch(/Too many emergency reports/);
  });

  it('a retry of a report whose failed first attempt could not give its count back is accepted, and counted once', async () => {
    // the first attempt counted, then its write failed while the store was unreachable too (PostgreSQL
    // restarting), so nothing was given back: countReport called alone leaves exactly that behind
    const p = phone();
    const where = nextSpot();
    const k = key();
    await countReport({ caller: `phone:+62${p.slice(1)}`, clientIp: null, lat: where.latitude, lng: where.longitude, idempotencyKey: k });
    const retry = await report({ kind: 'FIRE', ...where, callbackPhone: p, idempotencyKey: k });
    expect(retry.errors).toBeUndefined();
    expect(retry.data.reportEmergency.replayed).toBe(false);
    // the first attempt's count stands for this report: another report here from this phone is refused
    const another = await report({ kind: 'FIRE', ...where, callbackPhone: p, idempotencyKey: key() });
    expect(another.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(await count('callback_phone = ?', [`+62${p.slice(1)}`])).toBe(1);
  });

  it('runs in few SQL statements (1 check + 1 write, plus the payload reads)', async () => {
    await gqlOk(sg.url, `{ fireStations { id } }`); // the stations, held in memory once read
    sql.reset();
    await gqlOk(sg.url, `mutation($input: ReportEmergencyInput!) { reportEmergency(input: $input) { report { trackingCode } } }`, {
      input: { kind: 'FIRE', ...nextSpot(), callbackPhone: phone(), idempotencyKey: key() },
    });
    // select (idempotency key), the one-statement write; the station for the payload message is held in memory
    // (kit heldTable, read once per process), the throttle counts elsewhere
    expect(sql.count).toBe(2);
  });
});

const FOLLOW = `query Follow($code: String!) { emergencyReport(trackingCode: $code) { trackingCode status kind kelurahan { id } station { name } timeline { action toStatus actorKind actorName note } } }`;

describe('following a report and who sees what', () => {
  let code: string;
  let id: string;
  beforeAll(async () => {
    await resetUnits();
    const r = await gqlOk(
      sg.url,
      REPORT,
      { input: { kind: 'FIRE', ...nextSpot(), callbackPhone: '081299990001', addressText: 'Jl. Mawar 7', idempotencyKey: key() } },
      { token: tokens.citizenA },
    );
    code = r.reportEmergency.report.trackingCode;
    id = r.reportEmergency.report.id;
  });

  it('anyone follows by tracking code (any case and spacing): status, timeline, station', async () => {
    const r = await gqlOk(sg.url, FOLLOW, { code: code.toLowerCase().replace(/-/g, ' ') });
    expect(r.emergencyReport).toMatchObject({ trackingCode: code, status: 'DISPATCHED', kind: 'FIRE' });
    expect(r.emergencyReport.timeline).toHaveLength(2);
    expect(await gqlOk(sg.url, FOLLOW, { code: 'FB-2222-2222' })).toEqual({ emergencyReport: null });
  });

  it.each([
    ['anonymous', undefined],
    ['another citizen', tokens.citizenB],
    ['a lurah', tokens.lurah],
    ['a dispatcher of another agency', tokens.otherDispatcher],
  ])('%s cannot see the phone, exact position, address or reporter', async (_who, token) => {
    for (const field of ['callbackPhone', 'latitude', 'longitude', 'addressText', 'description', 'reporter { id }']) {
      const r = await gql(sg.url, `query($code: String!) { emergencyReport(trackingCode: $code) { status ${field} } }`, { code }, { token });
      expect(r.errors?.[0].extensions?.code, field).toBe('FORBIDDEN');
      expect(JSON.stringify(r.data)).not.toContain('081299990001');
      expect(JSON.stringify(r.data)).not.toContain('6281299990001');
    }
  });

  it.each([
    ["the reporter's own account", tokens.citizenA],
    ['a Damkar dispatcher', tokens.dispatcher],
    ['an admin', tokens.admin],
  ])('%s sees the personal fields', async (_who, token) => {
    const r = await gqlOk(
      sg.url,
      `query($code: String!) { emergencyReport(trackingCode: $code) { callbackPhone latitude longitude addressText reporter { id } } }`,
      { code },
      { token },
    );
    expect(r.emergencyReport).toMatchObject({ callbackPhone: '+6281299990001', addressText: 'Jl. Mawar 7', reporter: { id: CITIZEN_A } });
  });

  it('Citizen.fireReports is for the citizen themself only', async () => {
    const Q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Citizen { fireReports(first: 10) { totalCount nodes { id trackingCode } pageInfo { hasNextPage } } } } }`;
    const reps = [{ __typename: 'Citizen', id: CITIZEN_A }];
    const own = await gqlOk(sg.url, Q, { reps }, { token: tokens.citizenA });
    expect(own._entities[0].fireReports.nodes.map((n: any) => n.id)).toContain(id);
    for (const token of [undefined, tokens.citizenB, tokens.dispatcher]) {
      const r = await gql(sg.url, Q, { reps }, { token });
      expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    }
  });
});

const LIST = `query List($first: Int!, $after: String, $status: EmergencyStatus, $kind: EmergencyKind, $kecamatanId: ID) {
  openEmergencies(first: $first, after: $after, status: $status, kind: $kind, kecamatanId: $kecamatanId) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id trackingCode status kind createdAt callbackPhone latitude longitude
      station { id name units { id state station { id } } } unit { id callSign station { id } }
      kelurahan { id } kecamatan { id } timeline { action toStatus actorName station { id } unit { id } } }
  }
}`;
const STATUS = `mutation S($input: ChangeEmergencyStatusInput!) { changeEmergencyStatus(input: $input) { report { status dispatchedAt onSceneAt closedAt unit { id state } timeline { action fromStatus toStatus actorKind actorName note } } } }`;
const REASSIGN = `mutation R($input: ReassignEmergencyInput!) { reassignEmergency(input: $input) { report { status station { id } unit { id state } stationDistanceMetres timeline { action fromStatus toStatus actorName } } } }`;

describe('dispatch', () => {
  it('walks RECEIVED -> DISPATCHED -> ON_SCENE -> RESOLVED with time and actor; the unit is free again', async () => {
    await busyAllUnitsExcept();
    const r = await gqlOk(sg.url, REPORT, { input: { kind: 'FIRE', ...nextSpot(), callbackPhone: phone(), idempotencyKey: key() } });
    const id = r.reportEmergency.report.id;
    const stationId = r.reportEmergency.report.station.id;
    expect(r.reportEmergency.report.status).toBe('RECEIVED');
    // still no free unit at the station: CONFLICT, nothing changes
    const noUnit = await gql(sg.url, STATUS, { input: { reportId: id, status: 'DISPATCHED' } }, { token: tokens.dispatcher });
    expect(noUnit.errors?.[0].extensions?.code).toBe('CONFLICT');
    // an illegal jump
    const jump = await gql(sg.url, STATUS, { input: { reportId: id, status: 'ON_SCENE' } }, { token: tokens.dispatcher });
    expect(jump.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', from: 'RECEIVED', to: 'ON_SCENE' });
    expect(jump.errors![0].message).toMatch(/cannot go from RECEIVED to ON_SCENE/);

    // a unit comes back at another post: reassign there, which dispatches it
    const [other, unitId] = stationId === 'pos-baruga' ? ['pos-puuwatu', 'puu-1'] : ['pos-baruga', 'bar-1'];
    await exec(`update firebutton.fire_unit set state = 'AVAILABLE' where id = ?`, [unitId]);
    const re = await gqlOk(sg.url, REASSIGN, { input: { reportId: id, stationId: other, unitId, note: 'Pos terdekat penuh' } }, { token: tokens.dispatcher });
    expect(re.reassignEmergency.report).toMatchObject({ status: 'DISPATCHED', station: { id: other }, unit: { id: unitId, state: 'DISPATCHED' } });
    expect(re.reassignEmergency.report.timeline.at(-1)).toEqual({
      action: 'REASSIGNED',
      fromStatus: 'RECEIVED',
      toStatus: 'DISPATCHED',
      actorName: 'Operator Damkar',
    });

    const onScene = await gqlOk(sg.url, STATUS, { input: { reportId: id, status: 'ON_SCENE' } }, { token: tokens.dispatcher });
    expect(onScene.changeEmergencyStatus.report.onSceneAt).toBeTruthy();
    const done = await gqlOk(sg.url, STATUS, { input: { reportId: id, status: 'RESOLVED', note: 'Api padam' } }, { token: tokens.dispatcher });
    const rep = done.changeEmergencyStatus.report;
    expect(rep.status).toBe('RESOLVED');
    expect(rep.closedAt).toBeTruthy();
    expect(rep.unit).toEqual({ id: unitId, state: 'AVAILABLE' });
    expect(rep.timeline.map((e: any) => `${e.fromStatus ?? '-'}>${e.toStatus}:${e.actorKind}`)).toEqual([
      '->RECEIVED:REPORTER',
      'RECEIVED>RECEIVED:SYSTEM',
      'RECEIVED>DISPATCHED:DISPATCHER',
      'DISPATCHED>ON_SCENE:DISPATCHER',
      'ON_SCENE>RESOLVED:DISPATCHER',
    ]);
    expect(rep.timeline.at(-1)).toMatchObject({ actorName: 'Operator Damkar', note: 'Api padam' });

    // final: no way back
    const back = await gql(sg.url, STATUS, { input: { reportId: id, status: 'DISPATCHED' } }, { token: tokens.dispatcher });
    expect(back.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', from: 'RESOLVED' });
    const reassignClosed = await gql(sg.url, REASSIGN, { input: { reportId: id, stationId: 'mako-kadia', unitId: 'kdi-1' } }, { token: tokens.dispatcher });
    expect(reassignClosed.errors?.[0].extensions?.code).toBe('CONFLICT');

    // the public timeline shows the steps but not who or why
    const pub = await gqlOk(sg.url, FOLLOW, { code: r.reportEmergency.report.trackingCode });
    expect(pub.emergencyReport.timeline.every((e: any) => e.actorName === null && e.note === null)).toBe(true);
  });

  it('marks a false alarm from a dispatched report (a reason is required) and frees the unit', async () => {
    await resetUnits();
    const r = await gqlOk(sg.url, REPORT, { input: { kind: 'FIRE', ...nextSpot(), callbackPhone: phone(), idempotencyKey: key() } });
    const { id, unit } = r.reportEmergency.report;
    const noNote = await gql(sg.url, STATUS, { input: { reportId: id, status: 'FALSE_ALARM' } }, { token: tokens.dispatcher });
    expect(noNote.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
    const fa = await gqlOk(
      sg.url,
      STATUS,
      { input: { reportId: id, status: 'FALSE_ALARM', note: 'Asap dari pembakaran sampah' } },
      { token: tokens.dispatcher },
    );
    expect(fa.changeEmergencyStatus.report).toMatchObject({ status: 'FALSE_ALARM', unit: { id: unit.id, state: 'AVAILABLE' } });
  });

  it('refuses a busy unit, a unit of another station, and an unknown report', async () => {
    await resetUnits();
    const a = await gqlOk(sg.url, REPORT, { input: { kind: 'FIRE', ...nextSpot(), callbackPhone: phone(), idempotencyKey: key() } });
    const b = await gqlOk(sg.url, REPORT, { input: { kind: 'FIRE', ...nextSpot(), callbackPhone: phone(), idempotencyKey: key() } });
    const busy = b.reportEmergency.report.unit;
    const busyStation = b.reportEmergency.report.station.id;
    const r1 = await gql(
      sg.url,
      REASSIGN,
      { input: { reportId: a.reportEmergency.report.id, stationId: busyStation, unitId: busy.id } },
      { token: tokens.dispatcher },
    );
    expect(r1.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.unitId' });
    const r2 = await gql(
      sg.url,
      REASSIGN,
      { input: { reportId: a.reportEmergency.report.id, stationId: 'pos-baruga', unitId: 'kdi-2' } },
      { token: tokens.dispatcher },
    );
    expect(r2.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.unitId' });
    const longNote = await gql(
      sg.url,
      REASSIGN,
      { input: { reportId: a.reportEmergency.report.id, stationId: 'pos-baruga', note: 'n'.repeat(501) } },
      { token: tokens.dispatcher },
    );
    expect(longNote.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.note' });
    const [still] = await exec(`select station_id, unit_id from firebutton.emergency_report where id = ?`, [a.reportEmergency.report.id]);
    expect(still).toEqual({ station_id: a.reportEmergency.report.station.id, unit_id: a.reportEmergency.report.unit.id });
    const r3 = await gql(sg.url, STATUS, { input: { reportId: '00000000-0000-4000-8000-000000000000', status: 'ON_SCENE' } }, { token: tokens.dispatcher });
    expect(r3.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it.each([
    ['anonymous', undefined, 'UNAUTHENTICATED'],
    ['a citizen', tokens.citizenA, 'FORBIDDEN'],
    ['an agency officer', tokens.agencyOfficer, 'FORBIDDEN'],
    ['a lurah', tokens.lurah, 'FORBIDDEN'],
    ['a dispatcher of another agency', tokens.otherDispatcher, 'FORBIDDEN'],
  ])('%s cannot use dispatch', async (_who, token, code) => {
    const [{ id }] = await exec(`select id from firebutton.emergency_report where status = 'DISPATCHED' limit 1`);
    const list = await gql(sg.url, LIST, { first: 5 }, { token });
    expect(list.errors?.[0].extensions?.code).toBe(code);
    const st = await gql(sg.url, STATUS, { input: { reportId: id, status: 'FALSE_ALARM', note: 'x' } }, { token });
    expect(st.errors?.[0].extensions?.code).toBe(code);
    const re = await gql(sg.url, REASSIGN, { input: { reportId: id, stationId: 'mako-kadia' } }, { token });
    expect(re.errors?.[0].extensions?.code).toBe(code);
    const [after] = await exec(`select status from firebutton.emergency_report where id = ?`, [id]);
    expect(after.status).toBe('DISPATCHED');
  });

  it('lists open incidents oldest first, filters, pages, and rejects a closed status filter', async () => {
    const all = await gqlOk(sg.url, LIST, { first: 100 }, { token: tokens.admin });
    const times = all.openEmergencies.nodes.map((n: any) => n.createdAt);
    const overdue = await gqlOk(sg.url, `{ openEmergencies(first: 100) { nodes { createdAt onSceneTargetAt overTarget } } }`, {}, { token: tokens.dispatcher });
    for (const n of overdue.openEmergencies.nodes) {
      expect(Date.parse(n.onSceneTargetAt) - Date.parse(n.createdAt)).toBe(15 * 60_000);
      expect(n.overTarget).toBe(false); // all reported within the last minutes
    }
    expect([...times].sort()).toEqual(times);
    expect(all.openEmergencies.nodes.every((n: any) => ['RECEIVED', 'DISPATCHED', 'ON_SCENE'].includes(n.status))).toBe(true);
    const received = await gqlOk(sg.url, LIST, { first: 100, status: 'RECEIVED' }, { token: tokens.dispatcher });
    expect(received.openEmergencies.nodes.every((n: any) => n.status === 'RECEIVED')).toBe(true);
    const rescues = await gqlOk(sg.url, LIST, { first: 100, kind: 'RESCUE' }, { token: tokens.dispatcher });
    expect(rescues.openEmergencies.totalCount).toBeGreaterThan(0);
    expect(rescues.openEmergencies.nodes.every((n: any) => n.kind === 'RESCUE')).toBe(true);
    const kec = all.openEmergencies.nodes[0].kecamatan.id;
    const inKec = await gqlOk(sg.url, LIST, { first: 100, kecamatanId: kec }, { token: tokens.dispatcher });
    expect(inKec.openEmergencies.totalCount).toBeGreaterThan(0);
    expect(inKec.openEmergencies.nodes.every((n: any) => n.kecamatan.id === kec)).toBe(true);
    const p1 = await gqlOk(sg.url, LIST, { first: 2 }, { token: tokens.dispatcher });
    const p2 = await gqlOk(sg.url, LIST, { first: 2, after: p1.openEmergencies.pageInfo.endCursor }, { token: tokens.dispatcher });
    expect(p2.openEmergencies.nodes[0].createdAt >= p1.openEmergencies.nodes[1].createdAt).toBe(true);
    const closed = await gql(sg.url, LIST, { first: 5, status: 'RESOLVED' }, { token: tokens.dispatcher });
    expect(closed.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
  });
});

describe('batching', () => {
  /** n open reports with timelines, spread over stations, units and kelurahan, straight into the tables. */
  async function insertOpen(n: number, tag: string) {
    await exec(
      `with u as (select id, station_id, row_number() over (order by id) - 1 as i from firebutton.fire_unit),
            k as (select id, kecamatan_id, row_number() over (order by id) - 1 as i from firebutton.kelurahan_centroid),
            r as (
              insert into firebutton.emergency_report (id, tracking_code, kind, status, latitude, longitude, position_source, kelurahan_id, kecamatan_id, callback_phone, station_id, unit_id, station_distance_metres, created_at, dispatched_at)
              select gen_random_uuid(), 'FB-' || ? || '-' || lpad(g::text, 4, '0'), 'FIRE', case when g % 2 = 0 then 'DISPATCHED' else 'RECEIVED' end, -3.99, 122.52, 'GPS',
                     k.id, k.kecamatan_id, '+6285200000000', u.station_id, case when g % 2 = 0 then u.id end, 1000, now() - interval '3 hours' + g * interval '1 second', now()
                from generate_series(1, ?) g
                join u on u.i = g % 8
                join k on k.i = g % 65
              returning id, station_id, unit_id)
       insert into firebutton.emergency_event (report_id, at, action, to_status, actor_kind, station_id, unit_id)
       select r.id, now(), a, 'RECEIVED', 'SYSTEM', r.station_id, r.unit_id from r cross join unnest(array['REPORTED', 'ASSIGNED']) a`,
      [tag, n],
    );
  }

  it('the dispatcher list (with station, units, unit, kelurahan, timeline hops) runs the same number of SQL statements at 10 and 200 incidents', async () => {
    await exec(`update firebutton.emergency_report set status = 'RESOLVED' where status in ('RECEIVED', 'DISPATCHED', 'ON_SCENE')`);
    await insertOpen(10, 'AAAA');
    sql.reset();
    const small = await gqlOk(sg.url, LIST, { first: 100 }, { token: tokens.dispatcher });
    const atTen = sql.count;
    await insertOpen(190, 'BBBB');
    sql.reset();
    const big = await gqlOk(sg.url, LIST, { first: 100 }, { token: tokens.dispatcher });
    const atTwoHundred = sql.count;
    expect(small.openEmergencies.totalCount).toBe(10);
    expect(big.openEmergencies.totalCount).toBe(200);
    expect(big.openEmergencies.nodes).toHaveLength(100);
    expect(big.openEmergencies.nodes[0].timeline).toHaveLength(2);
    expect(atTwoHundred).toBe(atTen);
    expect(atTen).toBeLessThanOrEqual(7); // page, count, stations, units of stations, units, timelines + one audit insert of every caller read
  });

  it('resolves many Kelurahan.fireStations in one query, nearest first', async () => {
    await gqlOk(sg.url, `{ fireStations { id } }`); // the stations, held in memory once read
    sql.reset();
    const r = await gqlOk(
      sg.url,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Kelurahan { id fireStations { distanceMetres station { id } } } } }`,
      {
        reps: ['74.71.08.1001', '74.71.09.1001', '74.71.03.1001', '74.71.02.1009'].map((id) => ({ __typename: 'Kelurahan', id })),
      },
    );
    const [kadia, puuwatu, baruga] = r._entities;
    expect(kadia.fireStations[0].station.id).toBe('mako-kadia');
    expect(puuwatu.fireStations[0].station.id).toBe('pos-puuwatu');
    expect(baruga.fireStations[0].station.id).toBe('pos-baruga');
    for (const e of r._entities) {
      const d = e.fireStations.map((x: any) => x.distanceMetres);
      expect(d).toEqual([...d].sort((a: number, b: number) => a - b));
      expect(d).toHaveLength(6);
    }
    expect(sql.count).toBe(1); // the distances; the stations come from memory
  });

  it('three aliased pages of Citizen.fireReports cost the same statements as one, and page correctly', async () => {
    await exec(
      `insert into firebutton.emergency_report (id, tracking_code, kind, status, latitude, longitude, position_source, kelurahan_id, kecamatan_id, citizen_id, station_id, station_distance_metres, created_at)
       select gen_random_uuid(), 'FB-PAGE-' || lpad(g::text, 4, '0'), 'FIRE', 'RESOLVED', -3.99, 122.52, 'GPS', '74.71.08.1001', '74.71.08', ?, 'mako-kadia', 1000, now() - g * interval '1 minute'
         from generate_series(1, 5) g`,
      [CITIZEN_B],
    );
    const expected = (await exec(`select id from firebutton.emergency_report where citizen_id = ? order by created_at desc, id desc`, [CITIZEN_B])).map(
      (r: any) => r.id as string,
    );
    const run = (sel: string) =>
      gqlOk(
        sg.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { ${sel} } } }`,
        { r: [{ __typename: 'Citizen', id: CITIZEN_B }] },
        { token: tokens.citizenB },
      ).then((d) => d._entities[0]);
    const { onePage, threePages } = await aliasedPageCounts({ sql, run, field: 'fireReports', expected, size: Math.ceil(expected.length / 2) });
    expect(threePages).toBe(onePage);
    expect(onePage).toBe(1);
  });
});

describe('public statistics', () => {
  // March 2025 (WITA) in Kadia: known timings in minutes [report->dispatch, dispatch->arrival]
  const base = Date.UTC(2025, 2, 10, 2, 0, 0); // 10:00 WITA
  const rows: Array<[string, string, string, number | null, number | null]> = [
    ['FIRE', 'RESOLVED', '74.71.08.1001', 1, 5], // on scene after 6 min
    ['FIRE', 'RESOLVED', '74.71.08.1002', 2, 10], // 12 min
    ['RESCUE', 'RESOLVED', '74.71.08.1001', 3, 20], // 23 min: misses the target
    ['FIRE', 'FALSE_ALARM', '74.71.08.1001', 10, null], // never arrived
  ];
  beforeAll(async () => {
    for (const [i, [kind, status, kel, d, a]] of rows.entries()) {
      const created = new Date(base + i * 86400_000);
      const dispatched = d === null ? null : new Date(created.getTime() + d * 60_000);
      const onScene = a === null || !dispatched ? null : new Date(dispatched.getTime() + a * 60_000);
      await exec(
        `insert into firebutton.emergency_report (id, tracking_code, kind, status, latitude, longitude, position_source, kelurahan_id, kecamatan_id, callback_phone, station_id, station_distance_metres, created_at, dispatched_at, on_scene_at, closed_at)
         values (gen_random_uuid(), ?, ?, ?, -3.985, 122.52, 'GPS', ?, '74.71.08', '+6285200000001', 'mako-kadia', 500, ?, ?, ?, ?)`,
        [`FB-STAT-${i}000`, kind, status, kel, created, dispatched, onScene, new Date(created.getTime() + 3600_000)],
      );
    }
    // an incident on 1 April 00:30 WITA (= 31 March 16:30 UTC) belongs to April, not March
    await exec(`insert into firebutton.emergency_report (id, tracking_code, kind, status, latitude, longitude, position_source, kelurahan_id, kecamatan_id, station_id, station_distance_metres, created_at)
      values (gen_random_uuid(), 'FB-STAT-APR1', 'FIRE', 'RESOLVED', -3.985, 122.52, 'GPS', '74.71.08.1001', '74.71.08', 'mako-kadia', 500, '2025-03-31T16:30:00Z')`);
  });

  const STATS = `query($k: ID!, $m: String!) { emergencyStats(kecamatanId: $k, month: $m) { kecamatan { id } month totalIncidents byKind { kind count } falseAlarms openIncidents medianMinutesToDispatch medianMinutesToArrival arrivedCount onSceneWithin15Minutes onSceneWithinTargetShare byKelurahan { kelurahan { id } count } } }`;

  it('gives counts by kind, median minutes and the 15-minute share on known data (no login)', async () => {
    const r = await gqlOk(sg.url, STATS, { k: '74.71.08', m: '2025-03' });
    expect(r.emergencyStats).toEqual({
      kecamatan: { id: '74.71.08' },
      month: '2025-03',
      totalIncidents: 4,
      byKind: [
        { kind: 'FIRE', count: 3 },
        { kind: 'RESCUE', count: 1 },
        { kind: 'OTHER', count: 0 },
      ],
      falseAlarms: 1,
      openIncidents: 0,
      medianMinutesToDispatch: 2.5, // of 1, 2, 3, 10
      medianMinutesToArrival: 10, // of 5, 10, 20
      arrivedCount: 3,
      onSceneWithin15Minutes: 2,
      onSceneWithinTargetShare: 0.667,
      byKelurahan: [
        { kelurahan: { id: '74.71.08.1001' }, count: 3 },
        { kelurahan: { id: '74.71.08.1002' }, count: 1 },
      ],
    });
    const late = await gqlOk(
      sg.url,
      `{ a: emergencyReport(trackingCode: "FB-STAT-2000") { overTarget } b: emergencyReport(trackingCode: "FB-STAT-1000") { overTarget } c: emergencyReport(trackingCode: "FB-STAT-3000") { overTarget } }`,
    );
    expect(late).toEqual({ a: { overTarget: true }, b: { overTarget: false }, c: { overTarget: false } });
    const april = await gqlOk(sg.url, STATS, { k: '74.71.08', m: '2025-04' });
    expect(april.emergencyStats.totalIncidents).toBe(1);
    const empty = await gqlOk(sg.url, STATS, { k: '74.71.11', m: '2025-03' });
    expect(empty.emergencyStats).toMatchObject({ totalIncidents: 0, medianMinutesToDispatch: null, onSceneWithinTargetShare: null });
  });

  it('answers Kecamatan.emergencyStats for several kecamatan in one batch, and refuses bad arguments', async () => {
    sql.reset();
    const r = await gqlOk(
      sg.url,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Kecamatan { id emergencyStats(month: "2025-03") { totalIncidents medianMinutesToArrival } } } }`,
      {
        reps: ['74.71.08', '74.71.11', '74.71.02'].map((id) => ({ __typename: 'Kecamatan', id })),
      },
    );
    expect(r._entities[0].emergencyStats).toEqual({ totalIncidents: 4, medianMinutesToArrival: 10 });
    expect(r._entities[1].emergencyStats.totalIncidents).toBe(0);
    expect(sql.count).toBe(2);
    const bad = await gql(sg.url, STATS, { k: '74.71.99', m: '2025-13' });
    expect(bad.errors![0].extensions!.fields.map((f: any) => f.field)).toEqual(['kecamatanId', 'month']);
  });
});
