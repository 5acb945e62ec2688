import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, sha256, signInternalCall, startSubgraph, INTERNAL_SIGNATURE_HEADER, type StartedSubgraph } from '@kendari/kit';
import { createTestDatabase, gql, gqlOk, sqlCounter, type TestDatabase } from '@kendari/kit/testing';
import { core } from '../src/subgraph';
import { API_KEY_PATTERN } from '../src/api-keys';
import { DEMO_API_KEY } from '../src/seeders/seed';

const SECRET = 'test-secret-test-secret-test-secret-0123';
let db: TestDatabase;
let sg: StartedSubgraph;
let origin = '';
const sql = sqlCounter();
let admin = '';
let resident = '';
let residentId = '';
let officer = '';

const LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { session { accessToken } citizen { id } } }`;
const login = async (identifier: string) => (await gqlOk(sg.url, LOGIN, { input: { identifier, password: DEMO_PASSWORD } })).login;
const CREATE = `mutation C($input: CreateApiKeyInput!) { createApiKey(input: $input) { key apiKey { id prefix holder contact ownerAccountId quotaPerMinute quotaPerDay allowedOrigins revokedAt } } }`;
const valid = { holder: 'Pemkab Konawe', contact: 'diskominfo@konawekab.go.id', quotaPerMinute: 60, quotaPerDay: 5000 };

/** A signed internal call, as the gateway makes it. */
async function internal(path: string, body: unknown, opts: { secret?: string; signature?: string | null } = {}) {
  const text = JSON.stringify(body);
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  const signature = opts.signature === undefined ? signInternalCall(opts.secret ?? SECRET, 'POST', path, text) : opts.signature;
  if (signature !== null) headers[INTERNAL_SIGNATURE_HEADER] = signature;
  const res = await fetch(`${origin}${path}`, { method: 'POST', headers, body: text });
  return { status: res.status, body: (await res.json()) as any };
}

beforeAll(async () => {
  db = await createTestDatabase('core_api_keys');
  sg = await startSubgraph(core, { databaseUrl: db.url, authSecret: SECRET, port: 0, logLevel: 'silent', onQuery: sql.onQuery });
  origin = new URL(sg.url).origin;
  admin = (await login('admin')).session.accessToken;
  officer = (await login('petugas.kandai')).session.accessToken;
  const r = await login('7471024506900001');
  resident = r.session.accessToken;
  residentId = r.citizen.id;
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
});

describe('createApiKey / revokeApiKey / apiKeys (ADMIN)', () => {
  it('shows the key once, stores only its hash, and lists the key without it', async () => {
    const r = await gqlOk(sg.url, CREATE, { input: { ...valid, ownerAccountId: residentId, allowedOrigins: ['https://KonaweKab.go.id/'] } }, { token: admin });
    const { key, apiKey } = r.createApiKey;
    expect(key).toMatch(API_KEY_PATTERN);
    expect(key.startsWith(`${apiKey.prefix}_`)).toBe(true);
    expect(apiKey).toMatchObject({ holder: 'Pemkab Konawe', contact: valid.contact, ownerAccountId: residentId, allowedOrigins: ['https://konawekab.go.id'] });
    const rows = await sg.orm.em.getConnection().execute(`select * from core.api_key where id = ?`, [apiKey.id]);
    expect(rows[0].secret_hash).toBe(sha256(key));
    expect(JSON.stringify(rows)).not.toContain(key.split('_').pop());
    const list = await gqlOk(sg.url, '{ apiKeys(first: 50) { totalCount nodes { id prefix } } }', {}, { token: admin });
    expect(list.apiKeys.nodes.map((n: any) => n.id)).toContain(apiKey.id);
    expect(JSON.stringify(list)).not.toContain(key);
  });

  it('names every bad field with BAD_USER_INPUT and stores nothing', async () => {
    const before = (await sg.orm.em.getConnection().execute('select count(*)::int as n from core.api_key'))[0].n;
    const r = await gql(
      sg.url,
      CREATE,
      {
        input: {
          holder: 'x',
          contact: 'not a contact',
          ownerAccountId: '00000000-0000-4000-8000-000000000000',
          quotaPerMinute: 0,
          quotaPerDay: 10,
          allowedOrigins: ['https://ok.go.id', 'ftp://bad', 'https://x.go.id/path'],
        },
      },
      { token: admin },
    );
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors![0].extensions!.fields.map((f: any) => f.field)).toEqual([
      'input.holder',
      'input.contact',
      'input.quotaPerMinute',
      'input.allowedOrigins.1',
      'input.allowedOrigins.2',
      'input.ownerAccountId',
    ]);
    const daySmaller = await gql(sg.url, CREATE, { input: { ...valid, quotaPerMinute: 100, quotaPerDay: 99 } }, { token: admin });
    expect(daySmaller.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.quotaPerDay' });
    const after = (await sg.orm.em.getConnection().execute('select count(*)::int as n from core.api_key'))[0].n;
    expect(after).toBe(before);
  });

  it('refuses anyone but an admin: anonymous UNAUTHENTICATED, resident and officer FORBIDDEN', async () => {
    for (const [token, code] of [
      [undefined, 'UNAUTHENTICATED'],
      [resident, 'FORBIDDEN'],
      [officer, 'FORBIDDEN'],
    ] as const) {
      expect((await gql(sg.url, CREATE, { input: valid }, { token })).errors?.[0].extensions?.code).toBe(code);
      expect((await gql(sg.url, '{ apiKeys { totalCount } }', {}, { token })).errors?.[0].extensions?.code).toBe(code);
      const revoke = await gql(sg.url, 'mutation { revokeApiKey(id: "00000000-0000-4000-8000-000000000000") { id } }', {}, { token });
      expect(revoke.errors?.[0].extensions?.code).toBe(code);
    }
  });

  it('revokes once: again CONFLICT, an unknown id NOT_FOUND', async () => {
    const { apiKey } = (await gqlOk(sg.url, CREATE, { input: valid }, { token: admin })).createApiKey;
    const REVOKE = 'mutation R($id: ID!) { revokeApiKey(id: $id) { id revokedAt } }';
    const first = await gqlOk(sg.url, REVOKE, { id: apiKey.id }, { token: admin });
    expect(first.revokeApiKey.revokedAt).toBeTruthy();
    const again = await gql(sg.url, REVOKE, { id: apiKey.id }, { token: admin });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'ALREADY_REVOKED' });
    const unknown = await gql(sg.url, REVOKE, { id: '00000000-0000-4000-8000-000000000000' }, { token: admin });
    expect(unknown.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const active = await gqlOk(sg.url, '{ apiKeys(first: 100, includeRevoked: false) { nodes { id } } }', {}, { token: admin });
    expect(active.apiKeys.nodes.map((n: any) => n.id)).not.toContain(apiKey.id);
  });
});

describe('myApiKeys (the owner account)', () => {
  it('lists the keys the account follows, with usage, and never the contact', async () => {
    const mine = await gqlOk(
      sg.url,
      '{ myApiKeys { id prefix holder quotaPerMinute quotaPerDay revokedAt usage(days: 30) { day calls rejected } } }',
      {},
      { token: resident },
    );
    expect(mine.myApiKeys.length).toBeGreaterThanOrEqual(2); // the seeded demo key and the one made above
    expect(mine.myApiKeys.map((k: any) => k.prefix)).toContain(DEMO_API_KEY.split('_').slice(0, 3).join('_'));
    const contact = await gql(sg.url, '{ myApiKeys { id contact ownerAccountId } }', {}, { token: resident });
    // both admin-only fields of every key refused
    expect(contact.errors?.map((e) => e.extensions?.code)).toEqual(Array(2 * mine.myApiKeys.length).fill('FORBIDDEN'));
    expect(JSON.stringify(contact.data)).not.toContain('@');
    // another account follows none of them; anonymous must log in
    expect((await gqlOk(sg.url, '{ myApiKeys { id } }', {}, { token: officer })).myApiKeys).toEqual([]);
    expect((await gql(sg.url, '{ myApiKeys { id } }')).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('refuses days out of range with BAD_USER_INPUT', async () => {
    const r = await gql(sg.url, '{ myApiKeys { usage(days: 400) { day } } }', {}, { token: resident });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'days' });
  });
});

describe('internal routes (the gateway’s key checks and usage counts)', () => {
  it('checks a key by its hash: found with quotas, unknown not found', async () => {
    const r = await internal('/internal/api-keys/verify', { hash: sha256(DEMO_API_KEY) });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ found: true, key: { quotaPerMinute: 300, quotaPerDay: 20000, allowedOrigins: [], revoked: false } });
    expect((await internal('/internal/api-keys/verify', { hash: sha256('skd_live_nope') })).body).toEqual({ found: false });
    expect((await internal('/internal/api-keys/verify', { hash: 'abc' })).status).toBe(400);
  });

  it('refuses a call without a valid signature (401): missing, other secret, other body, replayed, stale', async () => {
    const path = '/internal/api-keys/verify';
    const body = { hash: sha256(DEMO_API_KEY) };
    expect((await internal(path, body, { signature: null })).body.errors[0].extensions).toMatchObject({
      code: 'UNAUTHENTICATED',
      reason: 'INTERNAL_CALL_MISSING',
    });
    expect((await internal(path, body, { secret: 'another-secret-another-secret-0123456789' })).status).toBe(401);
    const forOther = signInternalCall(SECRET, 'POST', path, JSON.stringify({ hash: sha256('x') }));
    expect((await internal(path, body, { signature: forOther })).body.errors[0].extensions.reason).toBe('INTERNAL_CALL_BAD_SIGNATURE');
    const once = signInternalCall(SECRET, 'POST', path, JSON.stringify(body));
    expect((await internal(path, body, { signature: once })).status).toBe(200);
    expect((await internal(path, body, { signature: once })).body.errors[0].extensions.reason).toBe('INTERNAL_CALL_REPLAYED');
    const stale = signInternalCall(SECRET, 'POST', path, JSON.stringify(body), Date.now() - 120_000);
    expect((await internal(path, body, { signature: stale })).body.errors[0].extensions.reason).toBe('INTERNAL_CALL_EXPIRED');
    // a user's access token is no internal signature
    const res = await fetch(`${origin}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${admin}`, 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    expect(res.status).toBe(401);
  });

  it('adds usage in one statement (unknown keys skipped), shows it in myApiKeys, and refuses a bad batch whole', async () => {
    const demoId = (await gqlOk(sg.url, '{ myApiKeys { id prefix } }', {}, { token: resident })).myApiKeys.find((k: any) =>
      k.prefix.startsWith('skd_demo_'),
    ).id;
    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const rows = [
      { keyId: demoId, day: today, calls: 7, rejected: 2 },
      { keyId: demoId, day: today, calls: 3, rejected: 0 },
      { keyId: '00000000-0000-4000-8000-000000000000', day: today, calls: 5, rejected: 5 },
    ];
    sql.reset();
    expect((await internal('/internal/api-keys/usage', { rows })).status).toBe(200);
    expect(sql.statements.filter((s) => /api_key_usage/.test(s))).toHaveLength(1);
    await internal('/internal/api-keys/usage', { rows: rows.slice(0, 1) });
    const bad = await internal('/internal/api-keys/usage', { rows: [...rows, { keyId: demoId, day: '2020-01-01', calls: 1, rejected: 0 }] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'rows.3.day' });
    const mine = await gqlOk(sg.url, '{ myApiKeys { id usage { day calls rejected } } }', {}, { token: resident });
    expect(mine.myApiKeys.find((k: any) => k.id === demoId).usage).toEqual([{ day: today, calls: 17, rejected: 4 }]);
  });

  it('reads usage for any number of keys with the same number of statements', async () => {
    const Q = '{ apiKeys(first: 100) { nodes { id usage(days: 7) { calls } } } }';
    sql.reset();
    await gqlOk(sg.url, Q, {}, { token: admin });
    const few = sql.count;
    for (let i = 0; i < 12; i++) await gqlOk(sg.url, CREATE, { input: { ...valid, holder: `Kantor uji ${i}` } }, { token: admin });
    sql.reset();
    const r = await gqlOk(sg.url, Q, {}, { token: admin });
    expect(r.apiKeys.nodes.length).toBeGreaterThan(12);
    expect(sql.count).toBe(few);
  });

  it('is not a GraphQL or /api route: the gateway’s passthrough (which only forwards to /api/...) cannot reach it', async () => {
    const res = await fetch(`${origin}/api/internal/api-keys/verify`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(404);
  });
});
