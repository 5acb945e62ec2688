import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { addWorkingDays, configureUploads, startSubgraph, type StartedSubgraph } from '@kendari/kit';
import { aliasedPageCounts, createTestDatabase, gql, gqlOk, sqlCounter, type TestDatabase } from '@kendari/kit/testing';
import { jari } from '../src/subgraph';
import { seedServicePoints } from '../src/seeders/seed';
import { limits } from '../src/throttle';
import { citizens, insertReports, JariCategory, JariOutcome, JariStatus, SECRET, tokens, validInput, withEvidence } from './helpers';

let db: TestDatabase;
let sg: StartedSubgraph;
const sql = sqlCounter();
const uploadsDir = mkdtempSync(path.join(os.tmpdir(), 'jari-uploads-'));

beforeAll(async () => {
  configureUploads(uploadsDir);
  db = await createTestDatabase('jari');
  // no demo reports here: every test knows exactly what is in the database
  sg = await startSubgraph(jari, { databaseUrl: db.url, authSecret: SECRET, port: 0, logLevel: 'silent', seed: false, onQuery: sql.onQuery });
  const em = sg.orm.em.fork();
  seedServicePoints(em);
  await em.flush();
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
  rmSync(uploadsDir, { recursive: true, force: true });
});
beforeEach(() => limits.reset());

const rows = (text: string, params: unknown[] = []) => sg.orm.em.fork().getConnection().execute(text, params);
const count = async (table: string) => (await rows(`select count(*)::int as n from jari.${table}`))[0].n as number;

const SUBMIT = `mutation S($input: SubmitJariReportInput!) { submitJariReport(input: $input) { trackingCode secret report { id status anonymous followUpDueAt receivedAt } } }`;
const BY_CODE = `query F($code: String!, $secret: String!) { jariReportByCode(code: $code, secret: $secret) {
  id status category description amountAskedRupiah anonymous publicSummary outcome overdue
  agency { id } service { id }
  timeline { kind actorRole fromStatus toStatus note actorOfficerId }
  messages(first: 20) { totalCount nodes { author body } }
  evidence { mimeType metadataStripped downloadPath }
} }`;
const submit = (input: Record<string, unknown>, token?: string) => gqlOk(sg.url, SUBMIT, { input }, { token }).then((d) => d.submitJariReport);
const codeOf = (e: { extensions?: Record<string, any> } | undefined) => e?.extensions?.code;

describe('anonymous reports', () => {
  it('store no identity at all and answer with a tracking code and a secret', async () => {
    const key = 'anon-key-0001-abcdef';
    const r = await submit(validInput({ idempotencyKey: key }));
    expect(r.trackingCode).toMatch(/^JR-[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{2}$/);
    expect(r.secret).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
    expect(r.report).toMatchObject({ status: 'RECEIVED', anonymous: true });
    const [row] = await rows(`select * from jari.jari_report where id = ?`, [r.report.id]);
    expect(row.reporter_citizen_id).toBeNull();
    expect(row.anonymous).toBe(true);
    // the secret and the key are kept only as hashes
    expect(JSON.stringify(row)).not.toContain(r.secret);
    expect(JSON.stringify(row)).not.toContain(key);
    expect(row.idempotency_key_hash).toMatch(/^[0-9a-f]{64}$/);
    // structure, not a flag: no column could hold a phone or an address
    const cols = (await rows(`select column_name from information_schema.columns where table_schema = 'jari'`)).map((c: any) => c.column_name);
    expect(cols.filter((c: string) => /(^|_)(ip|ip_address|phone|address|nik|user_agent|client)(_|$)/.test(c))).toEqual([]);
  });

  it('a logged-in resident who chooses anonymity is not linked to the report', async () => {
    const r = await submit(validInput({ anonymous: true }), tokens.citizen);
    const [row] = await rows(`select reporter_citizen_id from jari.jari_report where id = ?`, [r.report.id]);
    expect(row.reporter_citizen_id).toBeNull();
    const mine = await gqlOk(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { jariReports { nodes { id } } } } }`,
      { r: [{ __typename: 'Citizen', id: citizens[0].id }] },
      { token: tokens.citizen },
    );
    expect(mine._entities[0].jariReports.nodes.map((n: any) => n.id)).not.toContain(r.report.id);
  });

  it('the database itself refuses an anonymous row with a citizen id, and a conclusion without an outcome', async () => {
    await expect(insertReports(sg.orm.em.fork(), 1, () => ({ anonymous: true, reporterCitizenId: citizens[0].id }))).rejects.toThrow(
      /jari_report_anonymous_has_no_identity/,
    );
    await expect(insertReports(sg.orm.em.fork(), 1, () => ({ status: JariStatus.CONCLUDED, concludedAt: new Date() }))).rejects.toThrow(
      /jari_report_concluded_has_outcome/,
    );
  });

  it('a named report needs a resident login', async () => {
    const r = await gql(sg.url, SUBMIT, { input: validInput({ anonymous: false }) });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.anonymous' });
  });

  it('due date: follow-up within 5 working days', async () => {
    const r = await submit(validInput());
    expect(new Date(r.report.followUpDueAt).toISOString()).toBe(addWorkingDays(new Date(r.report.receivedAt), 5).toISOString());
    // the same due day as if the exact moment had been kept
    expect(new Date(r.report.followUpDueAt).toISOString()).toBe(addWorkingDays(new Date(), 5).toISOString());
  });

  it('keeps only the day an anonymous report arrived (no time to join on); a named one keeps the moment', async () => {
    const anon = await submit(validInput(), tokens.citizen);
    const named = await submit(validInput({ anonymous: false }), tokens.citizen);
    const [a] = await rows(`select received_at, updated_at from jari.jari_report where id = ?`, [anon.report.id]);
    const [t] = await rows(`select at from jari.jari_timeline_entry where report_id = ?`, [anon.report.id]);
    const midnightWita = (d: Date) => (d.getTime() + 8 * 3600_000) % 86_400_000 === 0;
    for (const d of [a.received_at, a.updated_at, t.at, new Date(anon.report.receivedAt)]) expect(midnightWita(new Date(d)), String(d)).toBe(true);
    expect(Date.now() - new Date(a.received_at).getTime()).toBeLessThan(86_400_000);
    expect(Math.abs(Date.now() - new Date(named.report.receivedAt).getTime())).toBeLessThan(60_000);
  });
});

describe('following a report with code and secret', () => {
  it('shows status, timeline, messages and evidence with the right secret (typed loosely)', async () => {
    const r = await submit(validInput(await withEvidence(sg)));
    const loose = r.trackingCode.toLowerCase().replace(/-/g, ' ');
    const f = await gqlOk(sg.url, BY_CODE, { code: loose, secret: r.secret.toLowerCase() });
    expect(f.jariReportByCode).toMatchObject({
      id: r.report.id,
      status: 'RECEIVED',
      anonymous: true,
      agency: { id: 'disdukcapil' },
      service: { id: 'capil-ktp-el' },
      amountAskedRupiah: 100000,
    });
    expect(f.jariReportByCode.timeline).toEqual([
      { kind: 'SUBMITTED', actorRole: 'REPORTER', fromStatus: null, toStatus: 'RECEIVED', note: null, actorOfficerId: null },
    ]);
    // the reporter sees what was stored, but no download path: evidence is for the Inspectorate
    expect(f.jariReportByCode.evidence).toEqual([{ mimeType: 'image/jpeg', metadataStripped: true, downloadPath: null }]);
  });

  it('a wrong secret is the same NOT_FOUND as an unknown code', async () => {
    const r = await submit(validInput());
    const wrong = await gql(sg.url, BY_CODE, { code: r.trackingCode, secret: 'AAAA-BBBB-CCCC' });
    const unknown = await gql(sg.url, BY_CODE, { code: 'JR-2222-3333-44', secret: r.secret });
    const garbage = await gql(sg.url, BY_CODE, { code: 'nonsense', secret: 'x' });
    expect(codeOf(wrong.errors?.[0])).toBe('NOT_FOUND');
    expect(wrong.errors?.[0].message).toBe(unknown.errors?.[0].message);
    expect(wrong.errors?.[0].extensions).toEqual(unknown.errors?.[0].extensions);
    expect(garbage.errors?.[0].message).toBe(unknown.errors?.[0].message);
  });

  it('throttles guessing per address: after 20 wrong tries on any codes every follow attempt waits', async () => {
    const r = await submit(validInput());
    for (let i = 0; i < 20; i++)
      expect(codeOf((await gql(sg.url, BY_CODE, { code: `JR-2222-3333-${String(22 + i).slice(-2)}`, secret: 'WRNG' })).errors?.[0])).toBe('NOT_FOUND');
    const blocked = await gql(sg.url, BY_CODE, { code: r.trackingCode, secret: r.secret });
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
  });

  it('50 simultaneous wrong secrets for one code: exactly 10 are checked, the rest wait', async () => {
    const r = await submit(validInput());
    const all = await Promise.all(Array.from({ length: 50 }, (_, i) => gql(sg.url, BY_CODE, { code: r.trackingCode, secret: `WRNG-${i}` })));
    expect(all.filter((x) => codeOf(x.errors?.[0]) === 'NOT_FOUND')).toHaveLength(10);
    expect(all.filter((x) => codeOf(x.errors?.[0]) === 'TOO_MANY_REQUESTS')).toHaveLength(40);
  });

  it('a right code and secret does not use up the allowance', async () => {
    const r = await submit(validInput());
    for (let i = 0; i < 30; i++) await gqlOk(sg.url, BY_CODE, { code: r.trackingCode, secret: r.secret });
  });

  it('throttles guessing the secret of one code: after 10 wrong tries even the right secret waits', async () => {
    const r = await submit(validInput());
    for (let i = 0; i < 10; i++) expect(codeOf((await gql(sg.url, BY_CODE, { code: r.trackingCode, secret: `WRNG-${i}` })).errors?.[0])).toBe('NOT_FOUND');
    const blocked = await gql(sg.url, BY_CODE, { code: r.trackingCode, secret: r.secret });
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(blocked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('the reporter answers the inspector with code and secret; the inspector reads it', async () => {
    const r = await submit(validInput());
    await gqlOk(
      sg.url,
      `mutation($id: ID!) { sendJariMessage(reportId: $id, message: "Jam berapa kejadiannya?") { id } }`,
      { id: r.report.id },
      { token: tokens.inspector },
    );
    const reply = await gqlOk(
      sg.url,
      `mutation($c: String!, $s: String!) { replyToJariReport(code: $c, secret: $s, message: "Sekitar jam 10 pagi") { author body } }`,
      { c: r.trackingCode, s: r.secret },
    );
    expect(reply.replyToJariReport).toEqual({ author: 'REPORTER', body: 'Sekitar jam 10 pagi' });
    const f = await gqlOk(sg.url, BY_CODE, { code: r.trackingCode, secret: r.secret });
    expect(f.jariReportByCode.messages).toEqual({
      totalCount: 2,
      nodes: [
        { author: 'INSPECTOR', body: 'Jam berapa kejadiannya?' },
        { author: 'REPORTER', body: 'Sekitar jam 10 pagi' },
      ],
    });
    const bad = await gql(sg.url, `mutation($c: String!) { replyToJariReport(code: $c, secret: "WRONG", message: "x") { id } }`, { c: r.trackingCode });
    expect(codeOf(bad.errors?.[0])).toBe('NOT_FOUND');
    const empty = await gql(sg.url, `mutation($c: String!, $s: String!) { replyToJariReport(code: $c, secret: $s, message: "   ") { id } }`, {
      c: r.trackingCode,
      s: r.secret,
    });
    expect(empty.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'message' });
  });
});

describe('a named report followed by account', () => {
  it('the reporter replies on their own report by id; nobody else can', async () => {
    const r = await submit(validInput({ anonymous: false }), tokens.citizen);
    const REPLY = `mutation($id: ID!) { replyToMyJariReport(reportId: $id, message: "Saya bisa ditelepon sore hari") { author body } }`;
    expect((await gqlOk(sg.url, REPLY, { id: r.report.id }, { token: tokens.citizen })).replyToMyJariReport).toEqual({
      author: 'REPORTER',
      body: 'Saya bisa ditelepon sore hari',
    });
    for (const token of [tokens.otherCitizen, tokens.inspector, undefined])
      expect(codeOf((await gql(sg.url, REPLY, { id: r.report.id }, { token })).errors?.[0])).toBe('NOT_FOUND');
    expect(await rows(`select count(*)::int as n from jari.jari_message where report_id = ?`, [r.report.id])).toEqual([{ n: 1 }]);
  });
});

describe('who sees the reporter of a named report', () => {
  const REPORTER = `query($id: ID!) { jariReport(id: $id) { id reporter { id } } }`;
  let named: { trackingCode: string; secret: string; report: { id: string } };

  beforeAll(async () => {
    named = await submit(validInput({ anonymous: false, contactAllowed: true, ...(await withEvidence(sg)) }), tokens.citizen);
    await gqlOk(sg.url, `mutation($id: ID!) { verifyJariReport(reportId: $id) { status } }`, { id: named.report.id }, { token: tokens.inspector });
    await gqlOk(
      sg.url,
      `mutation($id: ID!) { shareJariReportWithAgency(reportId: $id, note: "Mohon klarifikasi") { sharedWithAgencyAt } }`,
      { id: named.report.id },
      { token: tokens.inspector },
    );
  });

  it('stores the citizen id of a named report', async () => {
    const [row] = await rows(`select reporter_citizen_id, anonymous from jari.jari_report where id = ?`, [named.report.id]);
    expect(row).toEqual({ reporter_citizen_id: citizens[0].id, anonymous: false });
  });

  it('inspectors (and admins) see the reporter', async () => {
    for (const token of [tokens.inspector, tokens.admin]) {
      const r = await gqlOk(sg.url, REPORTER, { id: named.report.id }, { token });
      expect(r.jariReport.reporter).toEqual({ id: citizens[0].id });
    }
  });

  it('the reporter sees themself, and their named reports through Citizen.jariReports', async () => {
    const r = await gqlOk(sg.url, REPORTER, { id: named.report.id }, { token: tokens.citizen });
    expect(r.jariReport.reporter).toEqual({ id: citizens[0].id });
    const mine = await gqlOk(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { jariReports { totalCount nodes { id trackingCode } } } } }`,
      { r: [{ __typename: 'Citizen', id: citizens[0].id }] },
      { token: tokens.citizen },
    );
    expect(mine._entities[0].jariReports.nodes.map((n: any) => n.id)).toContain(named.report.id);
  });

  it('the agency concerned gets the shared report but FORBIDDEN on identity, contact and messages', async () => {
    const r = await gql(sg.url, `query($id: ID!) { jariReport(id: $id) { id description reporter { id } } }`, { id: named.report.id }, { token: tokens.capil });
    expect(r.data.jariReport.description).toContain('KTP-el');
    expect(r.data.jariReport.reporter).toBeNull();
    expect(r.errors?.map((e) => [e.path?.at(-1), codeOf(e)])).toEqual([['reporter', 'FORBIDDEN']]);
    for (const field of ['trackingCode', 'contactAllowed', 'anonymous', 'messages { totalCount }']) {
      const x = await gql(sg.url, `query($id: ID!) { jariReport(id: $id) { id ${field} } }`, { id: named.report.id }, { token: tokens.capil });
      expect(codeOf(x.errors?.[0])).toBe('FORBIDDEN');
    }
    const ev = await gqlOk(
      sg.url,
      `query($id: ID!) { jariReport(id: $id) { evidence { mimeType sha256 downloadPath } timeline { actorOfficerId } } }`,
      { id: named.report.id },
      { token: tokens.capil },
    );
    expect(ev.jariReport.evidence).toEqual([{ mimeType: 'image/jpeg', sha256: null, downloadPath: null }]);
    expect(ev.jariReport.timeline.every((t: any) => t.actorOfficerId === null)).toBe(true);
  });

  it('someone with only the code and secret cannot see who reported', async () => {
    const r = await gql(sg.url, `query($c: String!, $s: String!) { jariReportByCode(code: $c, secret: $s) { id reporter { id } } }`, {
      c: named.trackingCode,
      s: named.secret,
    });
    expect(r.data.jariReportByCode.id).toBe(named.report.id);
    expect(codeOf(r.errors?.[0])).toBe('FORBIDDEN');
  });

  it('another citizen, an anonymous caller and a lurah cannot find the report by id; Citizen.jariReports is FORBIDDEN to others', async () => {
    for (const token of [tokens.otherCitizen, undefined, tokens.lurah, tokens.dpmptsp]) {
      const r = await gql(sg.url, REPORTER, { id: named.report.id }, { token });
      expect(codeOf(r.errors?.[0])).toBe('NOT_FOUND');
    }
    const other = await gql(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { jariReports { totalCount } } } }`,
      { r: [{ __typename: 'Citizen', id: citizens[0].id }] },
      { token: tokens.otherCitizen },
    );
    expect(codeOf(other.errors?.[0])).toBe('FORBIDDEN');
  });

  it('inspector sees the acting officer in the timeline; the reporter does not', async () => {
    const i = await gqlOk(
      sg.url,
      `query($id: ID!) { jariReport(id: $id) { timeline { kind actorOfficerId } } }`,
      { id: named.report.id },
      { token: tokens.inspector },
    );
    expect(i.jariReport.timeline.filter((t: any) => t.actorOfficerId).map((t: any) => t.kind)).toEqual(['STATUS_CHANGED', 'SHARED_WITH_AGENCY']);
    const c = await gqlOk(
      sg.url,
      `query($id: ID!) { jariReport(id: $id) { timeline { actorOfficerId } } }`,
      { id: named.report.id },
      { token: tokens.citizen },
    );
    expect(c.jariReport.timeline.every((t: any) => t.actorOfficerId === null)).toBe(true);
  });
});

describe('agency officers', () => {
  const SHARED = `{ jariReportsSharedWithMyAgency(first: 100) { totalCount nodes { id agency { id } } } }`;

  it('see only shared reports of their own agency', async () => {
    const own = await submit(validInput());
    const ownShared = await submit(validInput());
    const otherAgency = await submit(validInput({ agencyId: 'dpmptsp', serviceId: 'izin-pbg' }));
    for (const r of [ownShared, otherAgency]) {
      await gqlOk(sg.url, `mutation($id: ID!) { verifyJariReport(reportId: $id) { id } }`, { id: r.report.id }, { token: tokens.inspector });
      await gqlOk(sg.url, `mutation($id: ID!) { shareJariReportWithAgency(reportId: $id) { id } }`, { id: r.report.id }, { token: tokens.inspector });
    }
    const list = await gqlOk(sg.url, SHARED, {}, { token: tokens.capil });
    const ids = list.jariReportsSharedWithMyAgency.nodes.map((n: any) => n.id);
    expect(ids).toContain(ownShared.report.id);
    expect(ids).not.toContain(own.report.id);
    expect(ids).not.toContain(otherAgency.report.id);
    expect(list.jariReportsSharedWithMyAgency.nodes.every((n: any) => n.agency.id === 'disdukcapil')).toBe(true);
    const unshared = await gql(sg.url, `query($id: ID!) { jariReport(id: $id) { id } }`, { id: own.report.id }, { token: tokens.capil });
    expect(codeOf(unshared.errors?.[0])).toBe('NOT_FOUND');
    for (const [token, code] of [
      [tokens.capil, 'FORBIDDEN'],
      [tokens.citizen, 'FORBIDDEN'],
      [tokens.lurah, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      expect(codeOf((await gql(sg.url, `{ jariQueue { totalCount } }`, {}, { token })).errors?.[0])).toBe(code);
    }
    for (const [token, code] of [
      [tokens.citizen, 'FORBIDDEN'],
      [tokens.inspector, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      expect(codeOf((await gql(sg.url, SHARED, {}, { token })).errors?.[0])).toBe(code);
    }
  });

  it('cannot share or move reports; citizens neither; anonymous callers must log in', async () => {
    const r = await submit(validInput());
    for (const [token, code] of [
      [tokens.capil, 'FORBIDDEN'],
      [tokens.citizen, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      for (const m of [
        'verifyJariReport(reportId: $id) { id }',
        'shareJariReportWithAgency(reportId: $id) { id }',
        'sendJariMessage(reportId: $id, message: "x") { id }',
      ]) {
        const x = await gql(sg.url, `mutation($id: ID!) { ${m} }`, { id: r.report.id }, { token });
        expect(codeOf(x.errors?.[0])).toBe(code);
      }
    }
    expect((await rows(`select status from jari.jari_report where id = ?`, [r.report.id]))[0].status).toBe('RECEIVED');
  });
});

describe('workflow', () => {
  const move = (m: string, id: string, token = tokens.inspector) => gql(sg.url, `mutation($id: ID!) { ${m.replace('$ID', '$id')} }`, { id }, { token });

  it('RECEIVED -> VERIFIED -> INVESTIGATING -> CONCLUDED, every step in the timeline; the reporter reads the public summary', async () => {
    const r = await submit(validInput());
    expect((await move('verifyJariReport(reportId: $ID, note: "Dalam lingkup") { status followedUpAt }', r.report.id)).data.verifyJariReport.status).toBe(
      'VERIFIED',
    );
    expect((await move('startJariInvestigation(reportId: $ID) { status }', r.report.id)).data.startJariInvestigation.status).toBe('INVESTIGATING');
    const concluded = await gqlOk(
      sg.url,
      `mutation($input: ConcludeJariReportInput!) { concludeJariReport(input: $input) { status outcome publicSummary concludedAt } }`,
      { input: { reportId: r.report.id, outcome: 'SUBSTANTIATED', publicSummary: 'Terbukti ada pungutan; petugas dijatuhi hukuman disiplin.' } },
      { token: tokens.inspector },
    );
    expect(concluded.concludeJariReport).toMatchObject({ status: 'CONCLUDED', outcome: 'SUBSTANTIATED' });
    const f = await gqlOk(sg.url, BY_CODE, { code: r.trackingCode, secret: r.secret });
    expect(f.jariReportByCode).toMatchObject({
      status: 'CONCLUDED',
      outcome: 'SUBSTANTIATED',
      publicSummary: 'Terbukti ada pungutan; petugas dijatuhi hukuman disiplin.',
    });
    expect(f.jariReportByCode.timeline.map((t: any) => [t.actorRole, t.fromStatus, t.toStatus])).toEqual([
      ['REPORTER', null, 'RECEIVED'],
      ['INSPECTOR', 'RECEIVED', 'VERIFIED'],
      ['INSPECTOR', 'VERIFIED', 'INVESTIGATING'],
      ['INSPECTOR', 'INVESTIGATING', 'CONCLUDED'],
    ]);
    expect(f.jariReportByCode.timeline[1].note).toBe('Dalam lingkup');
    // replies close with the report
    const late = await gql(sg.url, `mutation($c: String!, $s: String!) { replyToJariReport(code: $c, secret: $s, message: "terima kasih") { id } }`, {
      c: r.trackingCode,
      s: r.secret,
    });
    expect(codeOf(late.errors?.[0])).toBe('CONFLICT');
  });

  it('an illegal transition is CONFLICT naming both states, and changes nothing', async () => {
    const r = await submit(validInput());
    const x = await gql(
      sg.url,
      `mutation($input: ConcludeJariReportInput!) { concludeJariReport(input: $input) { status } }`,
      { input: { reportId: r.report.id, outcome: 'NOT_SUBSTANTIATED', publicSummary: 'Tidak ditemukan bukti yang cukup untuk laporan ini.' } },
      { token: tokens.inspector },
    );
    expect(x.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', from: 'RECEIVED', to: 'CONCLUDED' });
    await move('verifyJariReport(reportId: $ID) { id }', r.report.id);
    await move('startJariInvestigation(reportId: $ID) { id }', r.report.id);
    const reject = await move('rejectJariReport(reportId: $ID, reason: "Di luar kewenangan Inspektorat") { id }', r.report.id);
    expect(reject.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', from: 'INVESTIGATING', to: 'REJECTED' });
    const twice = await move('startJariInvestigation(reportId: $ID) { id }', r.report.id);
    expect(codeOf(twice.errors?.[0])).toBe('CONFLICT');
    const [row] = await rows(`select status, outcome from jari.jari_report where id = ?`, [r.report.id]);
    expect(row).toEqual({ status: 'INVESTIGATING', outcome: null });
    expect(await rows(`select count(*)::int as n from jari.jari_timeline_entry where report_id = ?`, [r.report.id])).toEqual([{ n: 3 }]);
  });

  it('rejects with a reason the reporter sees; a short reason is BAD_USER_INPUT', async () => {
    const r = await submit(validInput());
    const short = await move('rejectJariReport(reportId: $ID, reason: "no") { id }', r.report.id);
    expect(short.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
    const ok = await move('rejectJariReport(reportId: $ID, reason: "Di luar kewenangan Inspektorat Kota Kendari") { status rejectionReason }', r.report.id);
    expect(ok.data.rejectJariReport).toEqual({ status: 'REJECTED', rejectionReason: 'Di luar kewenangan Inspektorat Kota Kendari' });
  });

  it('two inspectors moving the same report at once: one wins, the other gets CONFLICT', async () => {
    const r = await submit(validInput());
    const results = await Promise.all([
      move('verifyJariReport(reportId: $ID, note: "A") { status }', r.report.id),
      move('rejectJariReport(reportId: $ID, reason: "Di luar kewenangan Inspektorat") { status }', r.report.id, tokens.admin),
      move('verifyJariReport(reportId: $ID, note: "B") { status }', r.report.id),
    ]);
    const ok = results.filter((x) => !x.errors);
    expect(ok.length).toBeGreaterThanOrEqual(1);
    // whatever won, every change is in the timeline exactly once and the row matches the last entry
    const timeline = await rows(`select from_status, to_status from jari.jari_timeline_entry where report_id = ? and kind = 'STATUS_CHANGED' order by at`, [
      r.report.id,
    ]);
    expect(timeline).toHaveLength(ok.length);
    const [row] = await rows(`select status from jari.jari_report where id = ?`, [r.report.id]);
    expect(row.status).toBe(timeline.at(-1)!.to_status);
    for (const x of results.filter((y) => y.errors)) expect(codeOf(x.errors?.[0])).toBe('CONFLICT');
  });

  it('an unknown or malformed id is NOT_FOUND', async () => {
    for (const id of ['00000000-0000-4000-8000-000000000000', 'not-a-uuid'])
      expect(codeOf((await move('verifyJariReport(reportId: $ID) { id }', id)).errors?.[0])).toBe('NOT_FOUND');
  });

  it('the queue filters by category, agency, status and age, oldest first; overdue reports are visible', async () => {
    const em = sg.orm.em.fork();
    const old = await insertReports(em, 3, (i) => {
      const receivedAt = new Date(Date.now() - (20 + i) * 86_400_000);
      return {
        agencyId: 'rsu-kota-kendari',
        serviceId: 'kesehatan-poli-umum',
        category: JariCategory.GRATIFIKASI,
        receivedAt,
        followUpDueAt: addWorkingDays(receivedAt, 5),
      };
    });
    const q = `query($f: JariQueueFilter) { jariQueue(first: 10, filter: $f) { totalCount nodes { id receivedAt overdue category } } }`;
    const r = await gqlOk(
      sg.url,
      q,
      { f: { agencyId: 'rsu-kota-kendari', category: 'GRATIFIKASI', olderThanDays: 10, overdueOnly: true } },
      { token: tokens.inspector },
    );
    expect(r.jariQueue.totalCount).toBe(3);
    expect(r.jariQueue.nodes.map((n: any) => n.id)).toEqual([old[2].id, old[1].id, old[0].id]);
    expect(r.jariQueue.nodes.every((n: any) => n.overdue)).toBe(true);
    const none = await gqlOk(sg.url, q, { f: { agencyId: 'rsu-kota-kendari', olderThanDays: 30 } }, { token: tokens.inspector });
    expect(none.jariQueue.totalCount).toBe(0);
    const closed = await gqlOk(sg.url, q, { f: { agencyId: 'rsu-kota-kendari', status: ['CONCLUDED'] } }, { token: tokens.inspector });
    expect(closed.jariQueue.totalCount).toBe(0);
    const bad = await gql(sg.url, q, { f: { olderThanDays: -1 } }, { token: tokens.inspector });
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'filter.olderThanDays' });
  });
});

describe('idempotency', () => {
  it('the same key twice gives the same report, code and secret, and one row', async () => {
    const input = validInput({ idempotencyKey: 'retry-key-123456789', ...(await withEvidence(sg)) });
    const before = await count('jari_report');
    const a = await submit(input);
    const b = await submit(input);
    expect(b).toEqual(a);
    expect(await count('jari_report')).toBe(before + 1);
    expect(await rows(`select count(*)::int as n from jari.jari_evidence_file where report_id = ?`, [a.report.id])).toEqual([{ n: 1 }]);
    // the secret from the retry works
    await gqlOk(sg.url, BY_CODE, { code: b.trackingCode, secret: b.secret });
  });

  it('two simultaneous submits with one key make one report', async () => {
    const input = validInput({ idempotencyKey: 'double-tap-key-0001' });
    const before = await count('jari_report');
    const [a, b] = await Promise.all([submit(input), submit(input)]);
    expect(a.report.id).toBe(b.report.id);
    expect(a.secret).toBe(b.secret);
    expect(await count('jari_report')).toBe(before + 1);
  });

  it('the same key for a different report is CONFLICT; the same key from another resident is another report', async () => {
    const key = 'retry-key-conflict-1';
    await submit(validInput({ idempotencyKey: key }));
    const x = await gql(sg.url, SUBMIT, { input: validInput({ idempotencyKey: key, place: 'Loket 5' }) });
    expect(x.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.idempotencyKey' });
    const a = await submit(validInput({ idempotencyKey: 'named-key-1234567', anonymous: false }), tokens.citizen);
    const b = await submit(validInput({ idempotencyKey: 'named-key-1234567', anonymous: false }), tokens.otherCitizen);
    expect(a.report.id).not.toBe(b.report.id);
  });
});

describe('bad input', () => {
  it('names every invalid field with BAD_USER_INPUT and stores nothing', async () => {
    const before = await Promise.all(['jari_report', 'jari_evidence_file', 'jari_timeline_entry'].map(count));
    const r = await gql(sg.url, SUBMIT, {
      input: validInput({
        agencyId: 'disdukcapil',
        serviceId: 'izin-pbg',
        occurredAt: new Date(Date.now() + 86_400_000).toISOString(),
        place: 'x',
        description: 'terlalu pendek',
        amountAskedRupiah: -5,
        amountPaidRupiah: 1.5,
        evidenceUploadIds: ['not-a-uuid', '00000000-0000-4000-8000-000000000000'],
        idempotencyKey: 'short',
      }),
    });
    expect(codeOf(r.errors?.[0])).toBe('BAD_USER_INPUT');
    const fields = r.errors![0].extensions!.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual([
      'input.serviceId',
      'input.occurredAt',
      'input.place',
      'input.description',
      'input.amountAskedRupiah',
      'input.amountPaidRupiah',
      'input.evidenceUploadIds[0]',
      'input.evidenceUploadIds[1]',
      'input.idempotencyKey',
    ]);
    expect(r.errors![0].extensions!.fields.every((f: any) => f.messageId.length > 5)).toBe(true);
    expect(await Promise.all(['jari_report', 'jari_evidence_file', 'jari_timeline_entry'].map(count))).toEqual(before);
  });

  it('rejects an unknown agency, too many files, oversized text and amounts', async () => {
    const six = Array.from({ length: 6 }, (_, i) => `00000000-0000-4000-8000-00000000000${i}`);
    const r = await gql(sg.url, SUBMIT, {
      input: validInput({ agencyId: 'polresta', serviceId: null, evidenceUploadIds: six, description: 'x'.repeat(5001), amountPaidRupiah: 1e13 }),
    });
    expect(r.errors![0].extensions!.fields.map((f: any) => f.field)).toEqual([
      'input.agencyId',
      'input.description',
      'input.amountPaidRupiah',
      'input.evidenceUploadIds',
    ]);
  });

  it('a GraphQL-invalid value (unknown category) is BAD_USER_INPUT too', async () => {
    const r = await gql(sg.url, SUBMIT, { input: validInput({ category: 'CORRUPTION' }) });
    expect(codeOf(r.errors?.[0])).toBe('BAD_USER_INPUT');
  });
});

describe('service-status board', () => {
  const UPDATE = `mutation U($input: UpdateServiceStatusInput!) { updateServiceStatus(input: $input) { id status reason stockRemaining lastUpdatedAt history(first: 5) { totalCount nodes { actorRole fromStatus toStatus reason stockBefore stockAfter } } } }`;
  const point = 'capil-ktp-el.kantor-disdukcapil';

  it('everyone reads the board; today has an UNAVAILABLE point with no blank KTP-el cards', async () => {
    const r = await gqlOk(
      sg.url,
      `{ serviceStatusBoard(first: 100, status: UNAVAILABLE) { totalCount nodes { id place status reason stockLabel stockRemaining agency { id } service { id } } } }`,
    );
    const ktp = r.serviceStatusBoard.nodes.find((n: any) => n.id === point);
    expect(ktp).toMatchObject({ status: 'UNAVAILABLE', stockRemaining: 0, agency: { id: 'disdukcapil' }, service: { id: 'capil-ktp-el' } });
    expect(ktp.reason).toMatch(/Blanko KTP-el habis/);
    const limited = await gqlOk(sg.url, `{ serviceStatusBoard(first: 100, status: LIMITED) { totalCount } }`);
    expect(limited.serviceStatusBoard.totalCount).toBeGreaterThan(2);
    const poasia = await gqlOk(
      sg.url,
      `{ serviceStatusBoard(first: 100, kecamatanId: "74.71.04", serviceId: "capil-ktp-el") { nodes { id stockRemaining } } }`,
    );
    expect(poasia.serviceStatusBoard.nodes).toEqual([{ id: 'capil-ktp-el.kecamatan-poasia', stockRemaining: 35 }]);
  });

  it('Agency.serviceStatus and Service.status through _entities', async () => {
    const r = await gqlOk(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Agency { id serviceStatus { id status } } ... on Service { id status { availability points { id status } } } } }`,
      {
        r: [
          { __typename: 'Agency', id: 'disdukcapil' },
          { __typename: 'Service', id: 'capil-ktp-el' },
          { __typename: 'Service', id: 'no-such-service' },
        ],
      },
    );
    expect(r._entities[0].serviceStatus.length).toBeGreaterThanOrEqual(9);
    expect(r._entities[1].status.availability).toBe('AVAILABLE'); // some kecamatan offices still print KTP-el
    expect(r._entities[1].status.points.map((p: any) => p.id)).toContain(point);
    expect(r._entities[2].status).toEqual({ availability: null, points: [] });
  });

  it('an officer of that agency updates it; the history records who (role), when, from, to and why', async () => {
    const r = await gqlOk(
      sg.url,
      UPDATE,
      { input: { servicePointId: point, status: 'LIMITED', reason: 'Blanko datang 50 lembar, dibatasi 25 per hari', stockRemaining: 50 } },
      { token: tokens.capil },
    );
    expect(r.updateServiceStatus).toMatchObject({ status: 'LIMITED', stockRemaining: 50 });
    expect(r.updateServiceStatus.history.nodes[0]).toEqual({
      actorRole: 'AGENCY_OFFICER',
      fromStatus: 'UNAVAILABLE',
      toStatus: 'LIMITED',
      reason: 'Blanko datang 50 lembar, dibatasi 25 per hari',
      stockBefore: 0,
      stockAfter: 50,
    });
    const admin = await gqlOk(sg.url, UPDATE, { input: { servicePointId: point, status: 'AVAILABLE' } }, { token: tokens.admin });
    expect(admin.updateServiceStatus).toMatchObject({ status: 'AVAILABLE', reason: null, stockRemaining: 50 });
    expect(admin.updateServiceStatus.history.nodes[0]).toMatchObject({ actorRole: 'ADMIN', fromStatus: 'LIMITED', toStatus: 'AVAILABLE' });
  });

  it('nobody else may: other agency, citizens, inspectors FORBIDDEN; anonymous UNAUTHENTICATED; nothing changes', async () => {
    const input = { servicePointId: point, status: 'UNAVAILABLE', reason: 'Percobaan tanpa hak' };
    for (const [token, code] of [
      [tokens.dpmptsp, 'FORBIDDEN'],
      [tokens.citizen, 'FORBIDDEN'],
      [tokens.inspector, 'FORBIDDEN'],
      [undefined, 'UNAUTHENTICATED'],
    ] as const) {
      expect(codeOf((await gql(sg.url, UPDATE, { input }, { token })).errors?.[0])).toBe(code);
    }
    const [row] = await rows(`select status from jari.service_point where id = ?`, [point]);
    expect(row.status).not.toBe('UNAVAILABLE');
  });

  it('bad input names the field: reason required unless AVAILABLE, stock only where counted', async () => {
    const before = await count('service_status_change');
    const a = await gql(sg.url, UPDATE, { input: { servicePointId: point, status: 'UNAVAILABLE', stockRemaining: -1 } }, { token: tokens.capil });
    expect(a.errors![0].extensions!.fields.map((f: any) => f.field)).toEqual(['input.reason', 'input.stockRemaining']);
    const b = await gql(
      sg.url,
      UPDATE,
      { input: { servicePointId: 'capil-kk.kantor-disdukcapil', status: 'AVAILABLE', stockRemaining: 5 } },
      { token: tokens.capil },
    );
    expect(b.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.stockRemaining' });
    const c = await gql(sg.url, UPDATE, { input: { servicePointId: 'nope', status: 'AVAILABLE' } }, { token: tokens.capil });
    expect(codeOf(c.errors?.[0])).toBe('NOT_FOUND');
    expect(await count('service_status_change')).toBe(before);
  });
});

describe('batching', () => {
  const QUEUE = `query($n: Int!) { jariQueue(first: $n, filter: { agencyId: "bapenda" }) {
    totalCount nodes { id trackingCode agency { id } service { id } reporter { id } overdue
      timeline { kind actorRole } messages(first: 5) { totalCount nodes { body } } evidence { mimeType downloadPath } } } }`;

  it('the inspector queue with its hops costs the same number of statements at 10 and 200 reports', async () => {
    await insertReports(sg.orm.em.fork(), 10);
    sql.reset();
    const small = await gqlOk(sg.url, QUEUE, { n: 100 }, { token: tokens.inspector });
    const smallCount = sql.count;
    expect(small.jariQueue.nodes).toHaveLength(10);
    await insertReports(sg.orm.em.fork(), 190);
    sql.reset();
    const large = await gqlOk(sg.url, QUEUE, { n: 100 }, { token: tokens.inspector });
    expect(large.jariQueue.totalCount).toBe(200);
    expect(large.jariQueue.nodes).toHaveLength(100);
    expect(large.jariQueue.nodes[0].messages.totalCount).toBe(1);
    expect(sql.count).toBe(smallCount);
    expect(smallCount).toBeLessThanOrEqual(6); // count, page, timeline, messages, evidence, and one audit insert for every report read
  });

  it('Agency.serviceStatus for every agency, and Service.status for many services, is one statement each', async () => {
    const reps = ['disdukcapil', 'dpmptsp', 'dinkes', 'bapenda', 'damkar', 'inspektorat', 'kecamatan-poasia'].map((id) => ({ __typename: 'Agency', id }));
    const services = ['capil-ktp-el', 'capil-kk', 'izin-pbg', 'kesehatan-poli-umum'].map((id) => ({ __typename: 'Service', id }));
    sql.reset();
    const r = await gqlOk(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Agency { serviceStatus { id history(first: 2) { totalCount } } } ... on Service { status { availability } } } }`,
      { r: [...reps, ...services] },
    );
    expect(r._entities.slice(0, 7).every((a: any) => a.serviceStatus.length > 0)).toBe(true);
    expect(sql.count).toBe(3); // points by agency, points by service, history
  });

  it('Citizen.jariReports for many citizens is one statement', async () => {
    const reps = Array.from({ length: 30 }, (_, i) => ({ __typename: 'Citizen', id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}` }));
    sql.reset();
    await gqlOk(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { jariReports(first: 3) { totalCount } } } }`,
      { r: reps },
      { token: tokens.inspector },
    );
    expect(sql.count).toBe(1);
  });

  it('three aliased pages of serviceStatusBoard cost the same statements as one, and page correctly', async () => {
    const expected = (await rows(`select id from jari.service_point order by agency_id, service_id, place, id`)).map((r: any) => r.id as string);
    const { onePage, threePages } = await aliasedPageCounts({
      sql,
      run: (sel) => gqlOk(sg.url, `{ ${sel} }`),
      field: 'serviceStatusBoard',
      expected,
      size: Math.ceil(expected.length / 2),
    });
    expect(threePages).toBe(onePage);
    expect(onePage).toBe(1);
    const limited = (await rows(`select id from jari.service_point where status = 'LIMITED' order by agency_id, service_id, place, id`)).map(
      (r: any) => r.id as string,
    );
    const filtered = await aliasedPageCounts({
      sql,
      run: (sel) => gqlOk(sg.url, `{ ${sel} }`),
      field: 'serviceStatusBoard',
      args: 'status: LIMITED',
      expected: limited,
      size: Math.ceil(limited.length / 2),
    });
    expect(filtered.threePages).toBe(filtered.onePage);
  });

  it('three aliased pages of Citizen.jariReports cost the same statements as one, and page correctly', async () => {
    const id = citizens[1].id;
    await insertReports(sg.orm.em.fork(), 5, () => ({ anonymous: false, reporterCitizenId: id }));
    const expected = (await rows(`select id from jari.jari_report where reporter_citizen_id = ? order by received_at desc, id desc`, [id])).map(
      (r: any) => r.id as string,
    );
    const run = (sel: string) =>
      gqlOk(
        sg.url,
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Citizen { ${sel} } } }`,
        { r: [{ __typename: 'Citizen', id }] },
        { token: tokens.inspector },
      ).then((d) => d._entities[0]);
    const { onePage, threePages } = await aliasedPageCounts({ sql, run, field: 'jariReports', expected, size: Math.ceil(expected.length / 2) });
    expect(threePages).toBe(onePage);
    expect(onePage).toBe(1);
  });
});

describe('public statistics', () => {
  it('counts by category and outcome with the median days to conclusion, for an agency and the city', async () => {
    const em = sg.orm.em.fork();
    const base = Date.UTC(2025, 2, 10, 2); // 10 March 2025, 10:00 WITA
    const day = 86_400_000;
    const spec = [
      { category: JariCategory.PUNGLI, status: JariStatus.CONCLUDED, outcome: JariOutcome.SUBSTANTIATED, days: 10 },
      { category: JariCategory.PUNGLI, status: JariStatus.CONCLUDED, outcome: JariOutcome.NOT_SUBSTANTIATED, days: 20 },
      { category: JariCategory.SUAP, status: JariStatus.CONCLUDED, outcome: JariOutcome.SUBSTANTIATED, days: 40 },
      { category: JariCategory.SUAP, status: JariStatus.REJECTED, outcome: null, days: 0 },
      { category: JariCategory.OTHER, status: JariStatus.INVESTIGATING, outcome: null, days: 0 },
    ];
    await insertReports(em, spec.length, (i) => {
      const receivedAt = new Date(base + i * 3600_000);
      const s = spec[i];
      return {
        agencyId: 'dinkes',
        serviceId: 'kesehatan-poli-umum',
        category: s.category,
        status: s.status,
        outcome: s.outcome,
        receivedAt,
        followUpDueAt: addWorkingDays(receivedAt, 5),
        followedUpAt: new Date(receivedAt.getTime() + (i === 0 ? 9 : 1) * day), // the first one late
        concludedAt: s.status === JariStatus.CONCLUDED ? new Date(receivedAt.getTime() + s.days * day) : null,
        publicSummary: s.status === JariStatus.CONCLUDED ? 'Ringkasan hasil pemeriksaan untuk publik.' : null,
      };
    });
    // one in another agency the same month, one in the next month (WITA: 1 April 00:30 WITA is still 31 March UTC)
    await insertReports(em, 1, () => ({
      agencyId: 'bapenda',
      category: JariCategory.PUNGLI,
      receivedAt: new Date(base),
      followUpDueAt: new Date(base + 7 * day),
      followedUpAt: new Date(base + day),
    }));
    await insertReports(em, 1, () => ({
      agencyId: 'dinkes',
      receivedAt: new Date(Date.UTC(2025, 2, 31, 16, 30)),
      followUpDueAt: new Date(Date.UTC(2025, 3, 8)),
      followedUpAt: new Date(Date.UTC(2025, 3, 1)),
    }));

    const STATS = `query($m: String!, $a: ID) { jariStats(month: $m, agencyId: $a) { month agency { id } received open concluded rejected followUpOverdue medianDaysToConclusion byCategory { category count } byOutcome { outcome count } } }`;
    const r = await gqlOk(sg.url, STATS, { m: '2025-03', a: 'dinkes' });
    expect(r.jariStats).toEqual({
      month: '2025-03',
      agency: { id: 'dinkes' },
      received: 5,
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
      ],
      byOutcome: [
        { outcome: 'SUBSTANTIATED', count: 2 },
        { outcome: 'NOT_SUBSTANTIATED', count: 1 },
      ],
    });
    const city = await gqlOk(sg.url, STATS, { m: '2025-03' });
    expect(city.jariStats).toMatchObject({ agency: null, received: 6, concluded: 3 });
    const april = await gqlOk(sg.url, STATS, { m: '2025-04', a: 'dinkes' });
    expect(april.jariStats).toMatchObject({ received: 1, medianDaysToConclusion: null });

    sql.reset();
    const viaAgency = await gqlOk(
      sg.url,
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Agency { id jariStats(month: "2025-03") { received concluded } } } }`,
      { r: ['dinkes', 'bapenda', 'dpmptsp'].map((id) => ({ __typename: 'Agency', id })) },
    );
    expect(viaAgency._entities.map((a: any) => a.jariStats.received)).toEqual([5, 1, 0]);
    expect(sql.count).toBe(2); // one batch: counts and medians
  });

  it('a bad month is BAD_USER_INPUT naming it', async () => {
    for (const m of ['2025-13', '03-2025', '']) {
      const r = await gql(sg.url, `query($m: String!) { jariStats(month: $m) { received } }`, { m });
      expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
    }
  });
});
