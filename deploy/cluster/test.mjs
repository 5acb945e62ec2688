#!/usr/bin/env node
// `npm run cluster:test`: the failover test on the local topology (not part of `npm test`: it starts
// ~20 processes and runs for a few minutes). Under steady load through HAProxy it
//   1. kills (SIGKILL, a crash) one replica of each tier in turn and counts every failed request,
//      by kind: none may be one a client should not retry, and queries must not fail at all;
//   2. waits for the killed replica to come back and checks HAProxy sends it traffic again;
//   3. measures how soon a write through the graph is readable on the PostgreSQL streaming replica;
//   4. checks the kit routes `connectionType: 'read'` to the replica and everything else to the primary;
//   5. checks a throttle counts across both gateways and both subgraph replicas (Redis);
//   6. measures throughput with 1 and with 2 replicas per tier.
// Figures are printed and written to .data/cluster/results.json. Exit code 1 when a check fails.
import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { root, startCluster, stopActive, haproxyCommand, haproxyStatus } from './topology.mjs';

const require = createRequire(import.meta.url);
const pg = require(require.resolve('pg', { paths: [path.join(root, 'subgraphs/kit')] }));
const kit = require(path.join(root, 'subgraphs/kit/dist'));

const say = (m) => console.log(`[cluster:test] ${m}`);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const LOAD_CONCURRENCY = Number(process.env.CLUSTER_TEST_CONCURRENCY ?? 12);
const PHASE_MS = Number(process.env.CLUSTER_TEST_PHASE_MS ?? 12_000);
/**
 * The lag we promise for a write to be readable on the replica (the figures are printed): tens of ms
 * typically; the bound leaves room for a saturated 2-core machine, where one poll itself can take
 * hundreds of ms.
 */
const REPLICA_LAG_BOUND_MS = 2000;
/**
 * Anonymous callers see the public contract, which has no mutations and no report lookup: they send the
 * portal's registered documents (its persisted-documents manifest), as the portal itself does.
 */
const PORTAL_DOCUMENTS = Object.values(JSON.parse(readFileSync(path.join(root, 'portal/graphql/generated/persisted-documents.json'), 'utf8')));
const registered = (operation) => {
  const found = PORTAL_DOCUMENTS.find((d) => new RegExp(`\\b(query|mutation) ${operation}\\b`).test(d));
  assert.ok(found, `the portal registers no operation ${operation}`);
  return found;
};
const LOGIN = registered('Login');
const CHECK_JARI_CODE = registered('Check');
const DEMO = { identifier: '7471024506900001', password: 'kendari123' };
// logins in the load rotate over the demo accounts, one at a time per account: a real person does not
// log in six times at once from one address (core blocks that pair after 5 attempts in flight)
const LOGIN_ACCOUNTS = [
  '7471024506900001',
  'petugas.kandai',
  'lurah.kandai',
  'camat.kendari',
  'dispatcher.damkar',
  'inspektur',
  'petugas.disdukcapil',
  'admin',
];
const loggingIn = new Set();

const results = { conditions: {}, failover: [], replicaLag: null, ormRouting: null, sharedThrottle: null, sharedQuota: null, throughput: {} };
const failures = [];
const check = (ok, message) => {
  if (!ok) failures.push(message);
  say(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
};

async function gql(url, query, variables, headers = {}) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
    signal: AbortSignal.timeout(15_000),
  });
  const text = await res.text();
  let body = null;
  try {
    body = JSON.parse(text);
  } catch {
    /* a load balancer's HTML error page */
  }
  return { status: res.status, body };
}

/** What a client should do with a failed answer: retry (the service said it is unavailable) or not. */
function classify(status, body) {
  if (status === 200 && body && !body.errors?.length) return 'ok';
  if ([502, 503, 504].includes(status)) return 'retryable';
  const codes = (body?.errors ?? []).map((e) => e.extensions?.code);
  if (codes.length && codes.every((c) => c === 'SERVICE_UNAVAILABLE')) return 'retryable';
  return `not-retryable:${status}:${codes.join('|') || 'no-code'}:${String(body?.errors?.[0]?.message ?? '').slice(0, 80)}`;
}

/**
 * Steady load: LOAD_CONCURRENCY workers, each request one of: a federated query over all four
 * subgraphs with a token (never served from the gateway's cache, so every tier works), a catalogue
 * search (core), a portal page, and now and then a login (a mutation: a write on the primary).
 */
function startLoad(c, token, kelurahanIds) {
  const stats = { total: 0, ok: 0, retryable: 0, other: new Map(), byKind: {}, latencies: [] };
  const words = ['akta', 'ktp', 'usaha', 'izin', 'surat', 'pajak', 'sehat', 'nikah', 'domisili', 'kelahiran'];
  let stop = false;
  const auth = { authorization: `Bearer ${token}` };
  const ops = [
    {
      kind: 'query',
      weight: 5,
      run: () =>
        gql(
          c.gatewayUrl,
          'query($id: ID!) { kelurahan(id: $id) { name kecamatan { name } fireStations { distanceMetres station { name } } letterStats { month } } agencies { name serviceStatus { id } } }',
          { id: kelurahanIds[Math.floor(Math.random() * kelurahanIds.length)] },
          auth,
        ),
    },
    {
      // the other three applications, so a killed replica of each is seen rejoining under load too
      kind: 'query',
      weight: 2,
      run: () =>
        gql(
          c.gatewayUrl,
          'query($y: Int!) { permitTypes { id } healthFacilities(first: 3) { nodes { id name } } taxCollectionStats(year: $y) { __typename } }',
          { y: new Date().getUTCFullYear() },
          auth,
        ),
    },
    {
      kind: 'query',
      weight: 3,
      run: () =>
        gql(
          c.gatewayUrl,
          'query($s: String) { services(first: 5, search: $s) { nodes { name } } }',
          { s: words[Math.floor(Math.random() * words.length)] },
          auth,
        ),
    },
    ...(c.portalUrl
      ? [
          {
            kind: 'page',
            weight: 1,
            run: async () => {
              const r = await fetch(c.portalUrl, { signal: AbortSignal.timeout(15_000) });
              await r.arrayBuffer();
              return { status: r.status, body: r.ok ? {} : null };
            },
          },
        ]
      : []),
    {
      kind: 'mutation',
      weight: 0.3,
      run: async () => {
        const who = LOGIN_ACCOUNTS.find((a) => !loggingIn.has(a));
        if (!who) return gql(c.gatewayUrl, '{ kecamatans { id } }', {});
        loggingIn.add(who);
        try {
          return await gql(c.gatewayUrl, LOGIN, { input: { identifier: who, password: DEMO.password } });
        } finally {
          loggingIn.delete(who);
        }
      },
    },
  ];
  const totalWeight = ops.reduce((s, o) => s + o.weight, 0);
  const pick = () => {
    let x = Math.random() * totalWeight;
    for (const o of ops) if ((x -= o.weight) < 0) return o;
    return ops[0];
  };
  const worker = async () => {
    while (!stop) {
      const op = pick();
      const t = performance.now();
      let kind;
      let detail = null;
      try {
        const r = await op.run();
        kind = classify(r.status, r.body);
        if (kind === 'retryable')
          detail = `${r.status}:${[...new Set((r.body?.errors ?? []).map((e) => `${e.extensions?.code}${e.extensions?.reason ? `/${e.extensions.reason}` : ''}`))].join('|')}`;
      } catch (err) {
        // the connection was cut mid-answer (a replica died after HAProxy had passed on part of its
        // answer, or a mutation HAProxy must not replay): a client retries, as after any network error
        kind = 'retryable';
        detail = `transport:${err?.cause?.code ?? err?.name}`;
      }
      stats.latencies.push(performance.now() - t);
      stats.total++;
      const k = (stats.byKind[op.kind] ??= { total: 0, ok: 0, retryable: 0, notRetryable: 0 });
      k.total++;
      if (kind === 'ok') {
        stats.ok++;
        k.ok++;
      } else if (kind === 'retryable') {
        stats.retryable++;
        k.retryable++;
        if (detail) stats.other.set(`${op.kind}:${detail}`, (stats.other.get(`${op.kind}:${detail}`) ?? 0) + 1);
      } else {
        k.notRetryable++;
        stats.other.set(kind, (stats.other.get(kind) ?? 0) + 1);
      }
    }
  };
  const running = Array.from({ length: LOAD_CONCURRENCY }, worker);
  return {
    stats,
    /** Counters since the last snapshot. */
    snapshot() {
      const s = {
        total: stats.total,
        ok: stats.ok,
        retryable: stats.retryable,
        other: Object.fromEntries(stats.other),
        byKind: JSON.parse(JSON.stringify(stats.byKind)),
        latencies: stats.latencies,
      };
      stats.total = stats.ok = stats.retryable = 0;
      stats.other = new Map();
      stats.byKind = {};
      stats.latencies = [];
      return s;
    },
    async stop() {
      stop = true;
      await Promise.all(running);
    },
  };
}

const pct = (arr, p) => {
  if (!arr.length) return 0;
  const s = [...arr].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};

async function waitUp(c, backend, server, timeoutMs = 90_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const st = await haproxyStatus(c.haproxySock);
    if (st[`${backend}/${server}`]?.status === 'UP') return;
    await sleep(100);
  }
  throw new Error(`${backend}/${server} did not come back UP within ${timeoutMs / 1000} s`);
}

async function main() {
  say('starting the cluster (npm run build first: this uses the built packages)…');
  process.once('SIGINT', () => void Promise.resolve(stopActive()).then(() => process.exit(130)));
  const c = await startCluster({ log: say, restartDelayMs: 1000 });
  const cleanup = async () => {
    await load?.stop().catch(() => {});
    await c.stop();
  };
  let load = null;
  process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
  try {
    results.conditions = {
      when: new Date().toISOString(),
      cpus: os.cpus().length,
      loadAverageAtStart: os.loadavg().map((x) => Number(x.toFixed(2))),
      concurrency: LOAD_CONCURRENCY,
      phaseSeconds: PHASE_MS / 1000,
      tiers: c.tiers.map((t) => `${t.name} x${t.replicas.length}`),
      readyInSeconds: Number(c.readyInSeconds.toFixed(1)),
    };
    say(
      `cluster ready in ${c.readyInSeconds.toFixed(1)} s: ${results.conditions.tiers.join(', ')}; load average ${results.conditions.loadAverageAtStart.join(' ')}`,
    );

    const login = await gql(c.gatewayUrl, LOGIN, { input: DEMO });
    const token = login.body?.data?.login?.session?.accessToken;
    assert.ok(token, `demo login failed: ${JSON.stringify(login.body)}`);
    const kel = await gql(c.gatewayUrl, '{ kelurahans { id } }', {});
    const kelurahanIds = kel.body.data.kelurahans.map((k) => k.id);

    // ---- 1-2: kill one replica of each tier in turn, under load ----
    load = startLoad(c, token, kelurahanIds);
    await sleep(3000);
    load.snapshot(); // warm-up not counted
    await sleep(PHASE_MS / 2);
    const steady = load.snapshot();
    check(
      steady.total - steady.ok - steady.retryable === 0,
      `steady load before any kill: ${steady.ok}/${steady.total} answers ok ${JSON.stringify(steady.other)}`,
    );

    for (const tier of c.tiers) {
      const victim = tier.replicas[0];
      const before = (await haproxyStatus(c.haproxySock))[`be_${tier.name}/${victim.id}`].stot;
      const restartsBefore = victim.restarts;
      const t0 = Date.now();
      victim.kill('SIGKILL');
      // keep the load on while HAProxy notices (2 failed checks 1 s apart) and the replica restarts
      await sleep(1500);
      await waitUp(c, `be_${tier.name}`, victim.id);
      const backAfterMs = Date.now() - t0;
      await sleep(2000);
      const after = (await haproxyStatus(c.haproxySock))[`be_${tier.name}/${victim.id}`].stot;
      const s = load.snapshot();
      const notRetryable = s.total - s.ok - s.retryable;
      const queriesFailed = (s.byKind.query?.total ?? 0) - (s.byKind.query?.ok ?? 0);
      // a query past the gateway's deadline (SERVICE_UNAVAILABLE/TIMEOUT) is the machine's overload
      // (one replica left on shared cores); anything else would be the dead replica's dropped work
      const queriesDropped = Object.entries(s.other)
        .filter(([k]) => k.startsWith('query:') && !/^query:200:(SERVICE_UNAVAILABLE\/TIMEOUT\|?)+$/.test(k))
        .reduce((n, [, v]) => n + v, 0);
      const row = {
        tier: tier.name,
        killed: victim.name,
        requests: s.total,
        ok: s.ok,
        retryable: s.retryable,
        notRetryable,
        queriesFailed,
        queriesDropped,
        byKind: s.byKind,
        failures: s.other,
        backUpAfterMs: backAfterMs,
        restarted: victim.restarts > restartsBefore,
        requestsToRejoinedReplica: after - before,
      };
      results.failover.push(row);
      check(
        notRetryable === 0,
        `${tier.name}: killed ${victim.name}; ${s.total} requests, ${s.ok} ok, ${s.retryable} retryable failures, ${notRetryable} other failures ${notRetryable ? JSON.stringify(s.other) : ''}`,
      );
      check(
        queriesDropped === 0,
        `${tier.name}: no GraphQL query lost with the dead replica (HAProxy retried it): ${queriesDropped} lost, ${queriesFailed - queriesDropped} past the gateway's deadline under load; pages cut mid-answer: ${s.byKind.page ? s.byKind.page.total - s.byKind.page.ok : 0}, mutations failed (retryable, not replayed): ${s.byKind.mutation ? s.byKind.mutation.total - s.byKind.mutation.ok : 0}`,
      );
      check(
        row.restarted && after > before,
        `${tier.name}: ${victim.name} came back (UP after ${(backAfterMs / 1000).toFixed(1)} s) and serves again (${after - before} requests since)`,
      );
    }

    // ---- 2b: a planned restart (as a rolling update does): drain in HAProxy, then SIGTERM ----
    for (const tier of c.tiers.filter((t) => ['gateway', 'portal'].includes(t.name))) {
      const victim = tier.replicas[0];
      load.snapshot();
      await haproxyCommand(c.haproxySock, `set server be_${tier.name}/${victim.id} state drain`);
      const drainDeadline = Date.now() + 15_000;
      while ((await haproxyStatus(c.haproxySock))[`be_${tier.name}/${victim.id}`].scur > 0 && Date.now() < drainDeadline) await sleep(50);
      const startedAt = victim.startedAt;
      victim.kill('SIGTERM');
      // back in rotation only once the new process answers (a rolling update waits for readiness)
      while (victim.startedAt === startedAt) await sleep(100);
      await victim.waitReady();
      await haproxyCommand(c.haproxySock, `set server be_${tier.name}/${victim.id} state ready`);
      await waitUp(c, `be_${tier.name}`, victim.id);
      await sleep(1000);
      const s = load.snapshot();
      const notRetryable = s.total - s.ok - s.retryable;
      const queriesFailed = (s.byKind.query?.total ?? 0) - (s.byKind.query?.ok ?? 0) + (s.byKind.page ? s.byKind.page.total - s.byKind.page.ok : 0);
      const lost = Object.entries(s.other)
        .filter(([k]) => (k.startsWith('query:') || k.startsWith('page:')) && !/^query:200:(SERVICE_UNAVAILABLE\/TIMEOUT\|?)+$/.test(k))
        .reduce((n, [, v]) => n + v, 0);
      results.failover.push({
        tier: tier.name,
        planned: true,
        restarted: victim.name,
        requests: s.total,
        ok: s.ok,
        retryable: s.retryable,
        notRetryable,
        queriesOrPagesFailed: queriesFailed,
        failures: s.other,
      });
      check(
        notRetryable === 0 && lost === 0,
        `${tier.name}: planned restart of ${victim.name} (drained first): ${s.ok}/${s.total} ok, no query or page lost (${lost}; ${queriesFailed - lost} past the gateway's deadline under load), ${s.retryable} retryable failures ${s.retryable ? JSON.stringify(s.other) : ''}`,
      );
    }

    // ---- 3: a write through the graph, readable on the replica within the bound ----
    const replica = new pg.Client({ connectionString: c.replicaUrl });
    const primary = new pg.Client({ connectionString: c.primaryUrl });
    await replica.connect();
    await primary.connect();
    const lags = [];
    let retried = 0;
    for (let i = 0; i < 20; i++) {
      let r;
      // a client retries what the service says is temporarily unavailable (here: a deadline under load)
      for (let attempt = 0; attempt < 4; attempt++) {
        r = await gql(c.gatewayUrl, LOGIN, { input: DEMO });
        if (classify(r.status, r.body) !== 'retryable') break;
        retried++;
        await sleep(500);
      }
      const refresh = r.body?.data?.login?.session?.refreshToken;
      assert.ok(refresh, `login failed: ${JSON.stringify(r.body)}`);
      const hash = createHash('sha256').update(refresh).digest('hex');
      const t = performance.now();
      const onPrimary = await primary.query('select 1 from core.session where refresh_token_hash = $1', [hash]);
      assert.equal(onPrimary.rowCount, 1, 'the session row is on the primary once login answered (sha256 of the refresh token)');
      for (;;) {
        const seen = await replica.query('select 1 from core.session where refresh_token_hash = $1', [hash]);
        if (seen.rowCount) break;
        if (performance.now() - t > 10_000) throw new Error('a write did not reach the replica within 10 s');
        await sleep(1);
      }
      lags.push(performance.now() - t);
      await sleep(50);
    }
    const repl = await primary.query(
      'select application_name, state, sync_state, coalesce(extract(epoch from replay_lag) * 1000, 0)::float as replay_lag_ms from pg_stat_replication',
    );
    results.replicaLag = {
      samples: lags.length,
      underLoad: true,
      loginsRetried: retried,
      medianMs: Number(pct(lags, 50).toFixed(1)),
      p95Ms: Number(pct(lags, 95).toFixed(1)),
      maxMs: Number(Math.max(...lags).toFixed(1)),
      boundMs: REPLICA_LAG_BOUND_MS,
      pgStatReplication: repl.rows,
    };
    check(
      Math.max(...lags) < REPLICA_LAG_BOUND_MS,
      `a login's session row is readable on the replica within ${REPLICA_LAG_BOUND_MS} ms: median ${results.replicaLag.medianMs} ms, max ${results.replicaLag.maxMs} ms (${lags.length} writes under load; measured from the answer, polling the replica)`,
    );
    await replica.end();
    await primary.end();

    // ---- 4: the kit's ORM: `connectionType: 'read'` goes to the replica, the rest to the primary ----
    const coreDef = require(path.join(root, 'subgraphs/core/dist/subgraph.js')).core;
    const orm = await kit.createOrm({ schema: 'core', databaseUrl: c.primaryUrl, replicaUrls: [c.replicaUrl], entities: coreDef.entities, migrations: [] });
    try {
      const em = orm.em.fork();
      const dflt = await em.getConnection().execute('select pg_is_in_recovery() as r');
      const read = await em.getConnection('read').execute('select pg_is_in_recovery() as r');
      const Kecamatan = coreDef.entities.find((e) => e.name === 'Kecamatan');
      const viaReplica = Kecamatan ? await em.count(Kecamatan, {}, { connectionType: 'read' }) : null;
      results.ormRouting = { defaultIsPrimary: dflt[0].r === false, readIsReplica: read[0].r === true, kecamatansCountedOnReplica: viaReplica };
      check(
        dflt[0].r === false && read[0].r === true,
        `kit ORM with DATABASE_REPLICA_URLS: default connection -> primary, connectionType 'read' -> replica (kecamatan count on the replica: ${viaReplica})`,
      );
    } finally {
      await orm.close(true);
    }

    // ---- 5: one throttle counted across both gateways and both jari replicas ----
    await load.stop();
    load = null;
    const jari = c.tiers.find((t) => t.name === 'jari');
    if (jari) {
      const code = `JR${Array.from(randomBytes(10), (b) => 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'[b % 32]).join('')}`;
      const gw = c.tiers.find((t) => t.name === 'gateway').replicas;
      const attempts = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          gql(`http://127.0.0.1:${gw[i % gw.length].port}/graphql`, CHECK_JARI_CODE, {
            code,
            secret: `salah-${i}`,
          }),
        ),
      );
      const codes = attempts.map((a) => a.body?.errors?.[0]?.extensions?.code ?? 'none');
      const evaluated = codes.filter((x) => x === 'NOT_FOUND').length;
      const throttled = codes.filter((x) => x === 'TOO_MANY_REQUESTS').length;
      const redisKeys = spawnSync('redis-cli', ['-p', String(c.ports.redis), 'dbsize'], { encoding: 'utf8' }).stdout.trim();
      results.sharedThrottle = { attempts: 30, acrossGateways: gw.length, evaluated, throttled, limitPerCode: 10, redisKeys: Number(redisKeys) };
      check(
        evaluated === 10 && throttled === 20,
        `30 guesses on one JARI code split over ${gw.length} gateways (and 2 jari replicas): ${evaluated} evaluated, ${throttled} TOO_MANY_REQUESTS (limit 10 per code, counted in Redis: ${redisKeys} keys)`,
      );
    }

    // ---- 5b: an API key's quota counted across both gateways (rate-limiter-flexible on the shared Redis) ----
    {
      const admin = await gql(c.gatewayUrl, LOGIN, { input: { identifier: 'admin', password: DEMO.password } });
      const adminToken = admin.body?.data?.login?.session?.accessToken;
      assert.ok(adminToken, `admin login failed: ${JSON.stringify(admin.body)}`);
      const created = await gql(
        c.gatewayUrl,
        'mutation($i: CreateApiKeyInput!) { createApiKey(input: $i) { key } }',
        { i: { holder: 'Cluster test', contact: 'cluster@example.org', quotaPerMinute: 10, quotaPerDay: 1000 } },
        { authorization: `Bearer ${adminToken}` },
      );
      const key = created.body?.data?.createApiKey?.key;
      assert.ok(key, `createApiKey failed: ${JSON.stringify(created.body)}`);
      const gw = c.tiers.find((t) => t.name === 'gateway').replicas;
      const calls = await Promise.all(
        Array.from({ length: 30 }, (_, i) => gql(`http://127.0.0.1:${gw[i % gw.length].port}/graphql`, '{ kecamatans { id } }', {}, { 'x-api-key': key })),
      );
      const served = calls.filter((r) => r.status === 200 && r.body?.data?.kecamatans).length;
      const refused = calls.filter((r) => r.status === 429 && r.body?.errors?.[0]?.extensions?.code === 'TOO_MANY_REQUESTS').length;
      results.sharedQuota = { calls: 30, acrossGateways: gw.length, quotaPerMinute: 10, served, refused };
      check(
        served === 10 && refused === 20,
        `30 calls with one API key (quota 10 a minute) split over ${gw.length} gateways: ${served} served, ${refused} refused with 429 (counted in Redis)`,
      );
    }

    // ---- 6: throughput with 1 and with 2 replicas per tier ----
    const measure = async (label) => {
      load = startLoad(c, token, kelurahanIds);
      await sleep(2000);
      load.snapshot();
      const t = Date.now();
      await sleep(PHASE_MS);
      const s = load.snapshot();
      const secs = (Date.now() - t) / 1000;
      await load.stop();
      load = null;
      const r = {
        requestsPerSecond: Number((s.total / secs).toFixed(1)),
        ok: s.ok,
        total: s.total,
        retryable: s.retryable,
        notRetryable: s.total - s.ok - s.retryable,
        p50ms: Number(pct(s.latencies, 50).toFixed(1)),
        p95ms: Number(pct(s.latencies, 95).toFixed(1)),
        loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
      };
      results.throughput[label] = r;
      say(
        `throughput, ${label}: ${r.requestsPerSecond} req/s (p50 ${r.p50ms} ms, p95 ${r.p95ms} ms, ${r.ok}/${r.total} ok, load average ${r.loadAverage.join(' ')})`,
      );
      return r;
    };
    const setSecond = async (state) => {
      for (const t of c.tiers) for (const r of t.replicas.slice(1)) await haproxyCommand(c.haproxySock, `set server be_${t.name}/${r.id} state ${state}`);
    };
    await setSecond('maint');
    await sleep(500);
    const one = await measure('1 replica per tier');
    await setSecond('ready');
    for (const t of c.tiers) for (const r of t.replicas.slice(1)) await waitUp(c, `be_${t.name}`, r.id);
    const two = await measure('2 replicas per tier');
    results.throughput.ratio = Number((two.requestsPerSecond / one.requestsPerSecond).toFixed(2));
    say(
      `2 vs 1 replica per tier: x${results.throughput.ratio} (all processes share ${os.cpus().length} cores, so the ratio is bounded by the cores, not by the replicas)`,
    );
    check(
      one.notRetryable === 0 && two.notRetryable === 0,
      `no request failed for good in the throughput runs (retryable failures: ${one.retryable} and ${two.retryable}, e.g. a login past the gateway's deadline)`,
    );
  } finally {
    await cleanup();
  }
  const out = path.join(c.dir, 'results.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  say(`figures written to ${path.relative(root, out)}`);
  if (failures.length) {
    console.error(`\n${failures.length} check(s) failed:\n  - ${failures.join('\n  - ')}`);
    process.exit(1);
  }
  say('all checks passed');
  process.exit(0);
}

main().catch((err) => {
  console.error(`[cluster:test] ${err?.stack ?? err}`);
  process.exit(1);
});
