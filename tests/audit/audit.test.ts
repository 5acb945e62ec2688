import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@kendari/kit';
import { gql, gqlOk } from '@kendari/kit/testing';
import { sharedStack, type Stack } from '../src/harness';

/**
 * The audit log end to end (issue 12): officers' actions and reads of personal data through the gateway land
 * in kit.audit_log with the resident as subject; the resident sees them (and only them) on their own
 * data-access view; ADMIN queries the whole log with filters. The database is read directly to count rows.
 * GATEWAY_TEST_URL, CORE_TEST_URL and STACK_DATABASE_URL run it against a running system instead.
 */
const SITI_NIK = '7471024506900001';
// another resident, new each run (a woman born 12-03-1995 in Kendari Barat, with a random serial)
const OTHER_NIK = `747105520395${String(1000 + Math.floor(Math.random() * 8999))}`;

let stack: Pick<Stack, 'gatewayUrl' | 'subgraphUrls' | 'databaseUrl' | 'stop'>;
let db: pg.Client;
/** Rows from before this run (a running system reused with GATEWAY_TEST_URL) are left out of the counts. */
let startedAt = '';
/** The letter the resident requests (and an officer verifies) in this run. */
let letterId = '';
const tokens: Record<string, string> = {};
let sitiId = '';

const LOGIN = `mutation($i: LoginInput!) { login(input: $i) { session { accessToken } } }`;
// at core itself (the test is about what core records, not the way in)
const login = async (identifier: string, password = DEMO_PASSWORD) =>
  ((await gqlOk(stack.subgraphUrls.core, LOGIN, { i: { identifier, password } })) as any).login.session.accessToken as string;
/** A query with its own request id, so its audit rows can be told apart. */
const as = async (token: string | undefined, query: string, variables: Record<string, unknown> = {}) => {
  const requestId = `audit-test-${randomUUID()}`;
  const r = await gql(stack.gatewayUrl, query, variables, { token, headers: { 'x-request-id': requestId } });
  return { ...r, requestId };
};
const rowsOf = async (where: string, params: unknown[]) => (await db.query(`select * from kit.audit_log where ${where} order by id`, params)).rows;

const DATA_ACCESS = `query($first: Int) { me { id dataAccessLog(first: $first) { totalCount nodes { at kind actorRole office { kind id kelurahan { name } agency { shortName } } subgraph action itemType itemId } } } }`;

beforeAll(async () => {
  const { GATEWAY_TEST_URL: gatewayUrl, CORE_TEST_URL: coreUrl, STACK_DATABASE_URL: databaseUrl } = process.env;
  stack =
    gatewayUrl && coreUrl && databaseUrl ? { gatewayUrl, subgraphUrls: { core: coreUrl }, databaseUrl, stop: async () => undefined } : await sharedStack();
  db = new pg.Client({ connectionString: stack.databaseUrl });
  await db.connect();
  tokens.siti = await login(SITI_NIK);
  tokens.officer = await login('petugas.kandai');
  tokens.admin = await login('admin');
  tokens.inspector = await login('inspektur');
  tokens.bapenda = await login('petugas.bapenda');
  tokens.other = (
    (await gqlOk(stack.subgraphUrls.core, `mutation($i: RegisterCitizenInput!) { registerCitizen(input: $i) { session { accessToken } } }`, {
      i: { nik: OTHER_NIK, name: 'Wa Ode Sartika', phone: '081234567891', kelurahanId: '74.71.05.1003', password: 'rahasia123' },
    })) as any
  ).registerCitizen.session.accessToken;
  sitiId = ((await gqlOk(stack.gatewayUrl, '{ me { id } }', {}, { token: tokens.siti })) as any).me.id;
  startedAt = (await db.query('select now() as t')).rows[0].t.toISOString();
}, 300_000);
afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

describe('officer actions', () => {
  it("an officer's approval of a letter is one action row naming the resident, the role and the office", async () => {
    const req = await as(tokens.siti, `mutation($i: RequestLetterInput!) { requestLetter(input: $i) { request { id holderName purpose } } }`, {
      i: { letterTypeId: 'laika-pengantar-skck', purpose: 'Melamar pekerjaan di Kota Kendari' },
    });
    expect(req.errors).toBeUndefined();
    letterId = (req.data as any).requestLetter.request.id;
    // the resident's own step and own reads: nothing in the log
    expect(await rowsOf('request_id = $1', [req.requestId])).toEqual([]);

    const verify = await as(tokens.officer, `mutation($i: VerifyLetterRequestInput!) { verifyLetterRequest(input: $i) { request { id status } } }`, {
      i: { id: letterId },
    });
    expect(verify.errors).toBeUndefined();
    expect(await rowsOf('request_id = $1', [verify.requestId])).toMatchObject([
      {
        subgraph: 'laika',
        action: 'laika.letter.verify',
        kind: 'action',
        actor_role: 'KELURAHAN_OFFICER',
        actor_scope_kind: 'KELURAHAN',
        actor_scope_id: '74.71.02.1009',
        subject_citizen_id: sitiId,
        item_type: 'LetterRequest',
        item_id: letterId,
      },
    ]);
  });

  it('a refused step writes no row (the same verification again is CONFLICT)', async () => {
    const again = await as(tokens.officer, `mutation($i: VerifyLetterRequestInput!) { verifyLetterRequest(input: $i) { request { id } } }`, {
      i: { id: letterId },
    });
    expect(again.errors?.[0].extensions?.code).toBe('CONFLICT');
    expect(await rowsOf('request_id = $1', [again.requestId])).toEqual([]);
  });
});

describe('officer reads of personal data', () => {
  it("an officer reading a resident's NIK is one read row with the resident as subject; the resident's own read is none", async () => {
    const own = await as(tokens.siti, '{ me { id name nik phone } }');
    expect((own.data as any).me.nik).toBe(SITI_NIK);
    expect(await rowsOf('request_id = $1', [own.requestId])).toEqual([]);

    const read = await as(tokens.officer, `query($id: ID!) { letterRequest(id: $id) { id citizen { id nik } } }`, { id: letterId });
    expect(read.errors).toBeUndefined();
    const nikRows = await rowsOf(`request_id = $1 and action = 'core.citizen.read-nik'`, [read.requestId]);
    expect(nikRows).toHaveLength(1);
    expect(nikRows[0]).toMatchObject({ kind: 'read', subgraph: 'core', item_type: 'Citizen', subject_citizen_id: sitiId });
    // no personal value in any row of the request
    const all = await rowsOf('request_id = $1', [read.requestId]);
    expect(JSON.stringify(all)).not.toMatch(/\d{16}/);
    expect(all.map((r) => r.action).sort()).toEqual(['core.citizen.read-nik', 'laika.letter.read-applicant']);
  });

  it('a list of N items read by an officer is N rows written by one statement', async () => {
    const total = ((await gqlOk(stack.gatewayUrl, `{ letterQueue(first: 1) { totalCount } }`, {}, { token: tokens.officer })) as any).letterQueue.totalCount;
    expect(total).toBeGreaterThan(3);
    for (const n of [3, Math.min(total, 60)]) {
      const list = await as(tokens.officer, `query($n: Int!) { letterQueue(first: $n) { nodes { id holderName purpose details { value } } } }`, { n });
      expect(list.errors).toBeUndefined();
      const ids = (list.data as any).letterQueue.nodes.map((x: { id: string }) => x.id);
      expect(ids.length).toBe(n);
      const rows = await rowsOf('request_id = $1', [list.requestId]);
      // one row per item (three personal fields of an item are one read of it), all of one insert: a statement's rows share its timestamp
      expect(rows.map((r) => r.item_id).sort()).toEqual([...ids].sort());
      expect(new Set(rows.map((r) => new Date(r.at).toISOString())).size).toBe(1);
      expect(new Set(rows.map((r) => r.id)).size).toBe(n);
    }
  });

  it("a Bapenda officer reading a resident's tax object is keyed to the resident without storing the NIK", async () => {
    const read = await as(tokens.bapenda, `query($nik: String) { bapendaTaxObjects(ownerNik: $nik, first: 5) { nodes { id ownerName address } } }`, {
      nik: SITI_NIK,
    });
    expect(read.errors).toBeUndefined();
    const nodes = (read.data as any).bapendaTaxObjects.nodes;
    expect(nodes.length).toBeGreaterThan(0);
    const rows = await rowsOf('request_id = $1', [read.requestId]);
    expect(rows).toHaveLength(nodes.length);
    expect(rows.every((r) => r.action === 'jakpa.tax-object.read-owner' && r.subject_key && !r.subject_citizen_id)).toBe(true);
    expect(JSON.stringify(rows)).not.toContain(SITI_NIK);
  });

  it("an inspector reading a named JARI reporter's identity is recorded; the reporter's own look is not", async () => {
    const mine = await as(tokens.siti, `{ me { jariReports(first: 5) { nodes { id reporter { id } } } } }`);
    const reports = (mine.data as any).me.jariReports.nodes;
    expect(reports.length).toBeGreaterThan(0);
    expect(await rowsOf('request_id = $1', [mine.requestId])).toEqual([]);
    const read = await as(tokens.inspector, `query($id: ID!) { jariReport(id: $id) { id description reporter { id } } }`, { id: reports[0].id });
    expect(read.errors).toBeUndefined();
    expect((await rowsOf('request_id = $1', [read.requestId])).map((r) => [r.action, r.actor_role, r.subject_citizen_id]).sort()).toEqual([
      ['jari.report.read', 'INSPECTOR', sitiId],
      ['jari.report.read-reporter', 'INSPECTOR', sitiId],
    ]);
  });
});

describe("the resident's data-access view (Citizen.dataAccessLog)", () => {
  it('shows the resident every row about them, newest first, with role and office but no account', async () => {
    const r = await as(tokens.siti, DATA_ACCESS, { first: 100 });
    expect(r.errors).toBeUndefined();
    const log = (r.data as any).me.dataAccessLog;
    const actions = log.nodes.map((n: { action: string }) => n.action);
    for (const a of ['laika.letter.verify', 'core.citizen.read-nik', 'jakpa.tax-object.read-owner', 'jari.report.read-reporter']) expect(actions).toContain(a);
    const verify = log.nodes.find((n: { action: string }) => n.action === 'laika.letter.verify');
    expect(verify).toMatchObject({
      kind: 'ACTION',
      actorRole: 'KELURAHAN_OFFICER',
      subgraph: 'laika',
      itemType: 'LetterRequest',
      office: { kind: 'KELURAHAN' },
    });
    expect(verify.office.kelurahan.name).toBe('Kandai');
    const times = log.nodes.map((n: { at: string }) => Date.parse(n.at));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    // reading one's own log is not itself logged, and no officer account id reaches the resident
    expect(await rowsOf('request_id = $1', [r.requestId])).toEqual([]);
    const officerIds = (await db.query(`select distinct actor_id from kit.audit_log where subject_citizen_id = $1`, [sitiId])).rows.map((x) => x.actor_id);
    for (const id of officerIds) expect(JSON.stringify(r.data)).not.toContain(id);
  });

  it("another resident sees none of them, and cannot read this resident's log", async () => {
    const theirs = await as(tokens.other, DATA_ACCESS, { first: 100 });
    expect((theirs.data as any).me.dataAccessLog.totalCount).toBe(0);
    // directly at core, naming the other resident
    const q = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { dataAccessLog(first: 5) { totalCount } } } }`;
    const r = await gql(stack.subgraphUrls.core, q, { r: [{ __typename: 'Citizen', id: sitiId }] }, { token: tokens.other });
    expect((r.data as any)?._entities?.[0]?.dataAccessLog ?? null).toBeNull();
    expect(r.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    // nor does an officer (they read the log, if ADMIN, through auditLog)
    const o = await gql(stack.subgraphUrls.core, q, { r: [{ __typename: 'Citizen', id: sitiId }] }, { token: tokens.admin });
    expect((o.data as any)?._entities?.[0]?.dataAccessLog ?? null).toBeNull();
  });

  it('anonymous callers get nothing: told to log in at core, and the field does not exist for them at the gateway', async () => {
    const atCore = await gql(stack.subgraphUrls.core, DATA_ACCESS, { first: 5 });
    expect(atCore.data?.me ?? null).toBeNull();
    expect(atCore.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const atGateway = await gql(stack.gatewayUrl, DATA_ACCESS, { first: 5 });
    expect(atGateway.data?.me ?? null).toBeNull();
    expect(atGateway.errors?.length).toBeGreaterThan(0);
  });
});

describe('auditLog (ADMIN)', () => {
  const AUDIT_LOG = `query($f: AuditLogFilter, $first: Int, $after: String) { auditLog(filter: $f, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { id at kind subgraph action actorId actorRole office { kind id } subjectCitizenId itemType itemId requestId } } }`;

  it('filters by resident, action, officer and time, and pages', async () => {
    const bySubject = await as(tokens.admin, AUDIT_LOG, { f: { subjectCitizenId: sitiId }, first: 100 });
    expect(bySubject.errors).toBeUndefined();
    const nodes = (bySubject.data as any).auditLog.nodes;
    // rows keyed by the resident's NIK (JAKPA) are found by their account too
    expect(nodes.map((n: { action: string }) => n.action)).toEqual(expect.arrayContaining(['laika.letter.verify', 'jakpa.tax-object.read-owner']));

    const verify = await gqlOk(
      stack.gatewayUrl,
      AUDIT_LOG,
      { f: { action: 'laika.letter.verify', subjectCitizenId: sitiId, from: startedAt }, first: 10 },
      { token: tokens.admin },
    );
    expect((verify as any).auditLog.totalCount).toBe(1);
    const row = (verify as any).auditLog.nodes[0];
    expect(row.actorId).toBeTruthy();

    const byActor = await gqlOk(stack.gatewayUrl, AUDIT_LOG, { f: { actorId: row.actorId }, first: 100 }, { token: tokens.admin });
    expect((byActor as any).auditLog.nodes.every((n: { actorId: string }) => n.actorId === row.actorId)).toBe(true);

    const after = new Date(Date.parse(row.at) + 1).toISOString();
    const later = await gqlOk(
      stack.gatewayUrl,
      AUDIT_LOG,
      { f: { action: 'laika.letter.verify', subjectCitizenId: sitiId, from: after }, first: 10 },
      { token: tokens.admin },
    );
    expect((later as any).auditLog.totalCount).toBe(0);

    const page1 = await gqlOk(stack.gatewayUrl, AUDIT_LOG, { f: { subjectCitizenId: sitiId }, first: 2 }, { token: tokens.admin });
    const page2 = await gqlOk(
      stack.gatewayUrl,
      AUDIT_LOG,
      { f: { subjectCitizenId: sitiId }, first: 2, after: (page1 as any).auditLog.pageInfo.endCursor },
      { token: tokens.admin },
    );
    expect((page2 as any).auditLog.nodes[0].id).not.toBe((page1 as any).auditLog.nodes[0].id);

    // the administrator's search for a resident is itself in the log
    expect(await rowsOf('request_id = $1', [bySubject.requestId])).toMatchObject([
      { action: 'core.audit-log.read', actor_role: 'ADMIN', subject_citizen_id: sitiId },
    ]);
  });

  it('is refused to everyone else, and bad filters name their field', async () => {
    for (const [who, code] of [
      ['inspector', 'FORBIDDEN'],
      ['officer', 'FORBIDDEN'],
      ['siti', 'FORBIDDEN'],
      ['anonymous', 'UNAUTHENTICATED'],
    ] as const) {
      // at core directly (as safe as through the gateway), then through the gateway
      for (const url of [stack.subgraphUrls.core, stack.gatewayUrl]) {
        const r = await gql(url, AUDIT_LOG, { first: 5 }, { token: tokens[who] });
        expect(r.data?.auditLog ?? null, who).toBeNull();
        // the gateway does not offer auditLog to callers without a token at all (public contract)
        if (who !== 'anonymous' || url !== stack.gatewayUrl) expect(r.errors?.[0].extensions?.code, `${who} at ${url}`).toBe(code);
        else expect(r.errors?.length).toBeGreaterThan(0);
      }
    }
    const bad = await gql(
      stack.gatewayUrl,
      AUDIT_LOG,
      { f: { action: 'DROP TABLE', from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' }, first: 0 },
      { token: tokens.admin },
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0].extensions?.fields.map((f: { field: string }) => f.field).sort()).toEqual(['filter.action', 'filter.to', 'first']);
  });
});

describe('the log is append-only in the running system', () => {
  it('UPDATE and DELETE through SQL fail', async () => {
    const before = (await db.query('select count(*)::int as n from kit.audit_log')).rows[0].n;
    expect(before).toBeGreaterThan(0);
    await expect(db.query(`update kit.audit_log set actor_role = 'ADMIN'`)).rejects.toThrow(/append-only/);
    await expect(db.query(`delete from kit.audit_log`)).rejects.toThrow(/append-only/);
    expect((await db.query('select count(*)::int as n from kit.audit_log')).rows[0].n).toBe(before);
  });
});
