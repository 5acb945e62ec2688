import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@kendari/kit';
import { discoverSubgraphs, repoRoot, signInternalCall, INTERNAL_SIGNATURE_HEADER } from '@kendari/kit/platform';
import { createTestDatabase, gqlOk, pollFor, type TestDatabase } from '@kendari/kit/testing';
import { freePort, launch, terminate, waitReady, TEST_AUTH_SECRET, type Proc } from '../src/harness';
import { LOGIN } from '../src/trusted-documents';

/**
 * API keys and quotas (issue 17) against real gateway processes: quotas counted in the real Redis at
 * 127.0.0.1:6379 under a key prefix of this run, keys checked with core's internal route, usage sent back.
 * Only core runs (keys, accounts and every query used here live there); the other subgraphs' URLs point
 * at a closed port, so nothing here can reach a process of another run.
 */
const root = repoRoot(__dirname);
const REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const RUN = `test:quotas:${process.pid}:${Date.now()}`;
const QUERY = JSON.stringify({ query: '{ __typename }' });

let db: TestDatabase;
let core: Proc;
let coreUrl = '';
let admin = '';
let resident = '';
let residentId = '';
const gateways: Proc[] = [];
let ownRedis: ChildProcess | null = null;

/** A gateway process of its own, on this file's core. */
async function startGateway(name: string, env: Record<string, string> = {}): Promise<{ proc: Proc; url: string; origin: string }> {
  const port = await freePort();
  const subgraphs = Object.fromEntries(
    discoverSubgraphs(root).map((s) => [`SUBGRAPH_${s.name.toUpperCase()}_URL`, s.name === 'core' ? coreUrl : 'http://127.0.0.1:9/graphql']),
  );
  const proc = launch(
    name,
    [path.join(root, 'gateway/dist/index.js')],
    {
      AUTH_SECRET: TEST_AUTH_SECRET,
      NODE_ENV: 'test',
      LOG_LEVEL: 'info',
      PORT: String(port),
      ...subgraphs,
      // the tests play several clients from 127.0.0.1 with x-forwarded-for
      TRUSTED_PROXIES: 'loopback',
      REDIS_URL,
      QUOTA_KEY_PREFIX: `${RUN}:${name}`,
      ANONYMOUS_QUOTA_PER_MINUTE: '5',
      ANONYMOUS_QUOTA_PER_DAY: '1000',
      RESPONSE_CACHE_TTL: '0',
      API_KEY_USAGE_FLUSH_SECONDS: '2',
      ...env,
    },
    root,
  );
  gateways.push(proc);
  await waitReady(proc, `http://127.0.0.1:${port}/ready`);
  return { proc, url: `http://127.0.0.1:${port}/graphql`, origin: `http://127.0.0.1:${port}` };
}

const post = (url: string, headers: Record<string, string> = {}) =>
  fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: QUERY });

async function newKey(quotaPerMinute: number, extra: Record<string, unknown> = {}): Promise<{ id: string; key: string }> {
  const r = await gqlOk(
    coreUrl,
    'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key apiKey { id } } }',
    { i: { holder: 'Kantor uji kuota', contact: 'uji@kendarikota.example', quotaPerMinute, quotaPerDay: 100_000, ownerAccountId: residentId, ...extra } },
    { token: admin },
  );
  return { id: r.createApiKey.apiKey.id, key: r.createApiKey.key };
}

const statuses = (rs: Response[]) => rs.map((r) => r.status).sort();
const count = (rs: Response[], status: number) => rs.filter((r) => r.status === status).length;

beforeAll(async () => {
  db = await createTestDatabase('quotas');
  const port = await freePort();
  core = launch(
    'core',
    [path.join(root, 'subgraphs/core/dist/index.js')],
    { DATABASE_URL: db.url, AUTH_SECRET: TEST_AUTH_SECRET, LOG_LEVEL: 'warn', NODE_ENV: 'test', PORT: String(port) },
    path.join(root, 'subgraphs/core'),
  );
  coreUrl = `http://127.0.0.1:${port}/graphql`;
  await waitReady(core, `http://127.0.0.1:${port}/ready`, 200_000); // migrates and seeds an empty database
  const login = async (identifier: string) => (await gqlOk(coreUrl, LOGIN, { i: { identifier, password: DEMO_PASSWORD } })).login;
  admin = (await login('admin')).session.accessToken;
  const r = await login('7471024506900001');
  resident = r.session.accessToken;
  residentId = r.citizen.id;
});

afterAll(async () => {
  await Promise.all(gateways.map((g) => terminate(g)));
  if (ownRedis && ownRedis.exitCode === null) ownRedis.kill('SIGKILL');
  if (core) await terminate(core);
  await db?.drop();
  // this run's counters (they would expire within a day anyway)
  const keys =
    spawnSync('redis-cli', ['-u', REDIS_URL, '--scan', '--pattern', `${RUN}:*`], { encoding: 'utf8' })
      .stdout?.split('\n')
      .filter(Boolean) ?? [];
  if (keys.length) spawnSync('redis-cli', ['-u', REDIS_URL, 'del', ...keys]);
});

describe('quotas per API key, shared through Redis', () => {
  let a: Awaited<ReturnType<typeof startGateway>>;
  let b: Awaited<ReturnType<typeof startGateway>>;
  beforeAll(async () => {
    // both on one prefix: two replicas of one deployment
    [a, b] = await Promise.all([startGateway('gw-a', { QUOTA_KEY_PREFIX: `${RUN}:shared` }), startGateway('gw-b', { QUOTA_KEY_PREFIX: `${RUN}:shared` })]);
  });

  it('two gateway processes on one Redis: a key with quota N=10 per minute, 3N requests spread over both: exactly N succeed', async () => {
    const { key } = await newKey(10);
    const rs = await Promise.all(Array.from({ length: 30 }, (_, i) => post(i % 2 ? a.url : b.url, { 'x-api-key': key })));
    expect(count(rs, 200), JSON.stringify(statuses(rs))).toBe(10);
    expect(count(rs, 429)).toBe(20);
  });

  it('50 concurrent requests at one gateway against quota 10: exactly 10', async () => {
    const { key } = await newKey(10);
    const rs = await Promise.all(Array.from({ length: 50 }, () => post(a.url, { 'x-api-key': key })));
    expect(count(rs, 200), JSON.stringify(statuses(rs))).toBe(10);
    expect(count(rs, 429)).toBe(40);
  });

  it('answers carry RateLimit headers; a 429 also Retry-After and TOO_MANY_REQUESTS with retryAfter', async () => {
    const { key } = await newKey(3, { quotaPerDay: 500 });
    const first = await post(a.url, { 'x-api-key': key });
    expect(first.status).toBe(200);
    expect(first.headers.get('ratelimit-policy')).toBe('3;w=60, 500;w=86400');
    expect(first.headers.get('ratelimit')).toMatch(/^limit=3, remaining=2, reset=(60|59)$/);
    await post(b.url, { 'x-api-key': key });
    expect((await post(a.url, { 'x-api-key': key })).headers.get('ratelimit')).toMatch(/^limit=3, remaining=0, reset=\d+$/);
    const over = await post(b.url, { 'x-api-key': key, origin: 'http://portal.test' });
    expect(over.status).toBe(429);
    const retryAfter = Number(over.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(over.headers.get('ratelimit')).toMatch(/^limit=3, remaining=0, reset=\d+$/);
    expect(over.headers.get('ratelimit-policy')).toBe('3;w=60, 500;w=86400');
    expect(over.headers.get('access-control-expose-headers')).toContain('Retry-After');
    const body = (await over.json()) as any;
    expect(body.errors[0].extensions).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      retryAfter,
      retryAfterSeconds: retryAfter,
      scope: 'apiKey',
      window: 'minute',
      limit: 3,
    });
    expect(body.errors[0].extensions.messageId).toMatch(/Batas 3 permintaan per menit/);
  });

  it('anonymous callers are counted per client address, with the lower anonymous quota; tokens are not counted here', async () => {
    const from = (ip: string) => Promise.all(Array.from({ length: 8 }, () => post(a.url, { 'x-forwarded-for': ip })));
    const one = await from('203.0.113.7');
    expect(count(one, 200)).toBe(5);
    const over = one.find((r) => r.status === 429)!;
    expect(((await over.json()) as any).errors[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS', scope: 'anonymous' });
    expect(count(await from('203.0.113.8'), 200)).toBe(5); // another address has its own count
    // a logged-in resident from the exhausted address: not limited by the anonymous quota
    const withToken = await Promise.all(
      Array.from({ length: 8 }, () => post(a.url, { 'x-forwarded-for': '203.0.113.7', authorization: `Bearer ${resident}` })),
    );
    expect(statuses(withToken)).toEqual(Array(8).fill(200));
    expect(withToken[0].headers.get('ratelimit')).toBeNull();
    // a forged token is refused (401) and still counted as anonymous
    const forged = await post(a.url, { 'x-forwarded-for': '203.0.113.7', authorization: 'Bearer not.a.token' });
    expect(forged.status).toBe(429);
  });

  it('a forged, unknown or malformed key is 401 UNAUTHENTICATED with a reason, never a quota answer', async () => {
    const unknown = await post(a.url, { 'x-api-key': `skd_live_0badc0de_${'A'.repeat(43)}`, 'x-forwarded-for': '198.51.100.1' });
    expect(unknown.status).toBe(401);
    expect(((await unknown.json()) as any).errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_KEY_UNKNOWN' });
    expect(unknown.headers.get('ratelimit')).toBeNull();
    const malformed = await post(a.url, { 'x-api-key': 'hello', 'x-forwarded-for': '198.51.100.1' });
    expect(malformed.status).toBe(401);
    expect(((await malformed.json()) as any).errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_KEY_MALFORMED' });
    // a real key with one character changed
    const { key } = await newKey(10);
    const tampered = await post(a.url, { 'x-api-key': key.slice(0, -1) + (key.endsWith('A') ? 'B' : 'A'), 'x-forwarded-for': '198.51.100.1' });
    expect(((await tampered.json()) as any).errors[0].extensions.reason).toBe('API_KEY_UNKNOWN');
  });

  it('guessing keys costs the address its anonymous quota: past it, core is not asked and the answer is 429', async () => {
    const guess = (i: number) => post(a.url, { 'x-api-key': `skd_live_${String(i).padStart(8, '0')}_${'G'.repeat(43)}`, 'x-forwarded-for': '198.51.100.9' });
    const answers: number[] = [];
    for (let i = 0; i < 7; i++) answers.push((await guess(i)).status);
    expect(answers).toEqual([401, 401, 401, 401, 401, 429, 429]);
    // a real key (from another address) is not charged anything anonymous
    const { key } = await newKey(10);
    expect((await post(b.url, { 'x-api-key': key, 'x-forwarded-for': '198.51.100.10' })).status).toBe(200);
  });

  it('a browser origin the key does not allow is 403 FORBIDDEN ORIGIN_NOT_ALLOWED', async () => {
    const { key } = await newKey(10, { allowedOrigins: ['https://konawekab.go.id'] });
    const foreign = await post(a.url, { 'x-api-key': key, origin: 'https://elsewhere.example' });
    expect(foreign.status).toBe(403);
    expect(((await foreign.json()) as any).errors[0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'ORIGIN_NOT_ALLOWED' });
    expect((await post(a.url, { 'x-api-key': key, origin: 'https://KONAWEKAB.go.id' })).status).toBe(200);
    expect((await post(a.url, { 'x-api-key': key })).status).toBe(200); // a server: no Origin
  });

  it('usage counts reach core (every flush and at shutdown) and myApiKeys.usage shows them', async () => {
    const { id, key } = await newKey(4);
    // a gateway that flushes only at shutdown
    const c = await startGateway('gw-c', { QUOTA_KEY_PREFIX: `${RUN}:shared`, API_KEY_USAGE_FLUSH_SECONDS: '300' });
    await Promise.all(Array.from({ length: 3 }, () => post(a.url, { 'x-api-key': key })));
    await Promise.all(Array.from({ length: 3 }, () => post(c.url, { 'x-api-key': key })));
    // 6 requests, quota 4: 4 calls and 2 refusals, whichever gateway counted them
    await post(a.url, { 'x-api-key': key, origin: 'https://elsewhere.example' }); // a seventh (any origin: the key has no list), over the quota
    expect(await terminate(c.proc)).toMatchObject({ code: 0 });
    const usage = await pollFor(
      async () => {
        const r = await gqlOk(a.url, '{ myApiKeys { id usage(days: 1) { day calls rejected } } }', {}, { token: resident });
        const u = r.myApiKeys.find((k: any) => k.id === id)?.usage ?? [];
        return u.length && u[0].calls + u[0].rejected === 7 ? u : false;
      },
      { timeout: 15_000, what: 'usage of the key in core' },
    );
    expect(usage).toEqual([{ day: new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10), calls: 4, rejected: 3 }]);
  });

  it('logs carry neither keys nor client addresses', async () => {
    const logs = gateways.map((g) => g.output.join('')).join('');
    expect(logs).not.toMatch(/skd_(live|demo)_/);
    expect(logs).not.toMatch(/203\.0\.113\.|198\.51\.100\./);
  });
});

describe('revocation and the key cache', () => {
  it('a revoked key is refused once the cache time (API_KEY_CACHE_SECONDS, here 1 s) has passed', async () => {
    const g = await startGateway('gw-revoke', { API_KEY_CACHE_SECONDS: '1' });
    const { id, key } = await newKey(1000);
    expect((await post(g.url, { 'x-api-key': key })).status).toBe(200);
    await gqlOk(g.url, 'mutation($id: ID!) { revokeApiKey(id: $id) { id } }', { id }, { token: admin });
    const revokedAt = Date.now();
    const refused = await pollFor(
      async () => {
        const r = await post(g.url, { 'x-api-key': key });
        return r.status === 401 ? ((await r.json()) as any) : false;
      },
      { timeout: 5000, interval: 100, what: 'the revoked key refused' },
    );
    expect(Date.now() - revokedAt).toBeLessThan(2500);
    expect(refused.errors[0].extensions).toMatchObject({ code: 'UNAUTHENTICATED', reason: 'API_KEY_REVOKED' });
  });
});

describe('core’s internal key routes', () => {
  it('are not reachable through the gateway’s /api/<subgraph>/ passthrough, even with a valid signature', async () => {
    const gw = (await startGateway('gw-passthrough')).origin;
    const body = JSON.stringify({ hash: '0'.repeat(64) });
    const signed = {
      'content-type': 'application/json',
      [INTERNAL_SIGNATURE_HEADER]: signInternalCall(TEST_AUTH_SECRET, 'POST', '/internal/api-keys/verify', body),
    };
    for (const p of [
      '/api/core/internal/api-keys/verify',
      '/api/core/../internal/api-keys/verify',
      '/api/core/%2e%2e/internal/api-keys/verify',
      '/internal/api-keys/verify',
    ]) {
      const r = await fetch(`${gw}${p}`, { method: 'POST', headers: signed, body });
      expect(r.status, p).toBe(404);
    }
    // and at core itself, only a signed call is answered
    const coreOrigin = new URL(coreUrl).origin;
    expect((await fetch(`${coreOrigin}/internal/api-keys/verify`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).status).toBe(401);
    expect((await fetch(`${coreOrigin}/internal/api-keys/verify`, { method: 'POST', headers: signed, body })).status).toBe(200);
  });
});

describe('Redis stopped mid-run', () => {
  it('the gateway keeps answering, counting per process with the same quotas (insurance), and says so once', async () => {
    const port = await freePort();
    ownRedis = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await pollFor(() => spawnSync('redis-cli', ['-p', String(port), 'ping'], { encoding: 'utf8' }).stdout?.trim() === 'PONG', { what: 'own redis' });
    const g = await startGateway('gw-redis-down', { REDIS_URL: `redis://127.0.0.1:${port}` });
    const { key } = await newKey(6);
    const before = await Promise.all(Array.from({ length: 4 }, () => post(g.url, { 'x-api-key': key })));
    expect(statuses(before)).toEqual([200, 200, 200, 200]);
    expect(spawnSync('redis-cli', ['-p', String(port), '--scan'], { encoding: 'utf8' }).stdout).toContain(`${RUN}:gw-redis-down:minute:`);

    ownRedis.kill('SIGKILL');
    await new Promise((r) => ownRedis!.once('exit', r));
    const started = Date.now();
    // the key: counted afresh in this process's memory, same quota of 6
    const after = await Promise.all(Array.from({ length: 10 }, () => post(g.url, { 'x-api-key': key })));
    expect(count(after, 200), JSON.stringify(statuses(after))).toBe(6);
    expect(count(after, 429)).toBe(4);
    // anonymous: 5 per address still holds
    const anon = await Promise.all(Array.from({ length: 7 }, () => post(g.url, { 'x-forwarded-for': '192.0.2.44' })));
    expect(count(anon, 200)).toBe(5);
    expect(Date.now() - started).toBeLessThan(3000); // nobody waits for the dead Redis
    // the graph itself answers
    const data = await gqlOk(g.url, '{ kecamatans { id } }', {}, { headers: { 'x-api-key': (await newKey(10)).key } });
    expect(data.kecamatans).toHaveLength(11);
    const log = g.proc.output.join('');
    expect(log.match(/quota store \(Redis\) unreachable/g)).toHaveLength(1);
  });
});
