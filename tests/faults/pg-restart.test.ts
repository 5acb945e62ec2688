/**
 * Issue 12: PostgreSQL restarted under write load. A PostgreSQL of this test's own (embedded, on a free
 * port and a temporary data folder) serves firebutton and laika, which take writes through the gateway:
 * emergency reports (anonymous) and letter requests (a resident), each with an idempotency key. In the
 * middle of a steady stream of writes PostgreSQL is stopped and started again on the same data folder.
 * What must hold: every write answered as done is stored; every refusal is a retryable SERVICE_UNAVAILABLE
 * (never INTERNAL_SERVER_ERROR); a refused write retried with its key after the restart is stored exactly
 * once; the subgraphs recover by themselves (same processes, their pools reconnect).
 */
import { randomUUID } from 'node:crypto';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverSubgraphs, KELURAHAN, repoRoot, signAccessToken, startEmbeddedPostgres, type EmbeddedDatabase } from '@kendari/kit';
import { gql, pollFor, type GraphQLResponse } from '@kendari/kit/testing';
import { freePort, launch, terminate, waitReady, TEST_AUTH_SECRET, type Proc } from '../src/harness';

const root = repoRoot(__dirname);
const WRITERS = ['firebutton', 'laika'];
let dataDir: string;
let pgPort: number;
let db: EmbeddedDatabase | null = null;
const procs: Proc[] = [];
const subgraphPorts: Record<string, number> = {};
let gatewayUrl: string;
const silent = () => undefined;

const startPostgres = () => startEmbeddedPostgres({ dataDir, port: pgPort, database: 'kendari', log: silent });

beforeAll(async () => {
  // the postgres user (PostgreSQL does not run as root) must be able to enter the folder
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'kendari-pg-restart-'));
  chmodSync(dataDir, 0o755);
  pgPort = await freePort();
  db = await startPostgres();
  const common = { DATABASE_URL: db.url, AUTH_SECRET: TEST_AUTH_SECRET, LOG_LEVEL: 'warn', NODE_ENV: 'test' };
  const gatewayEnv: Record<string, string> = {};
  const dead = `http://127.0.0.1:${await freePort()}/graphql`;
  for (const s of discoverSubgraphs(root)) {
    // only the writers run; every other subgraph points at a closed port (never at a default port someone may use)
    if (!WRITERS.includes(s.name)) {
      gatewayEnv[`SUBGRAPH_${s.name.toUpperCase()}_URL`] = dead;
      continue;
    }
    subgraphPorts[s.name] = await freePort();
    gatewayEnv[`SUBGRAPH_${s.name.toUpperCase()}_URL`] = `http://127.0.0.1:${subgraphPorts[s.name]}/graphql`;
    procs.push(launch(s.name, [path.join(s.dir, 'dist/index.js')], { ...common, PORT: String(subgraphPorts[s.name]) }, s.dir));
  }
  // together: each migrates and seeds its own schema
  await Promise.all(procs.map((p) => waitReady(p, `http://127.0.0.1:${subgraphPorts[p.name]}/ready`)));
  const gwPort = await freePort();
  const gw = launch(
    'gateway',
    [path.join(root, 'gateway/dist/index.js')],
    {
      ...common,
      ...gatewayEnv,
      PORT: String(gwPort),
      TRUSTED_PROXIES: 'loopback',
      RESPONSE_CACHE_TTL: '0',
      ANONYMOUS_QUOTA_PER_MINUTE: '1000000',
      ANONYMOUS_QUOTA_PER_DAY: '100000000',
    },
    root,
  );
  procs.push(gw);
  await waitReady(gw, `http://127.0.0.1:${gwPort}/ready`);
  gatewayUrl = `http://127.0.0.1:${gwPort}/graphql`;
}, 180_000);

afterAll(async () => {
  await Promise.all(procs.map((p) => terminate(p)));
  await db?.stop().catch(() => undefined);
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

type Outcome = { ok: true } | { ok: false; code: string; retryable: unknown; status: number };
interface Write {
  kind: 'emergency' | 'letter';
  key: string;
  send(): Promise<Outcome>;
  outcomes: Outcome[];
}

const REPORT = `mutation($i: ReportEmergencyInput!) { reportEmergency(input: $i) { report { trackingCode } replayed } }`;
const LETTER = `mutation($i: RequestLetterInput!) { requestLetter(input: $i) { request { id } created } }`;

async function outcomeOf(p: Promise<GraphQLResponse<Record<string, unknown>>>, root: string): Promise<Outcome> {
  let r: GraphQLResponse<Record<string, unknown>>;
  try {
    r = await p;
  } catch (err) {
    // the gateway itself never fails to answer: a thrown fetch or non-JSON answer is a finding
    return { ok: false, code: `NO_ANSWER: ${(err as Error).message.slice(0, 200)}`, retryable: false, status: 0 };
  }
  if (!r.errors?.length && r.data?.[root]) return { ok: true };
  const e = r.errors?.[0];
  return { ok: false, code: String(e?.extensions?.code ?? 'NONE'), retryable: e?.extensions?.retryable, status: r.status };
}

describe('PostgreSQL restarted under write load (issue 12)', () => {
  it('loses no acknowledged write, refuses only with a retryable SERVICE_UNAVAILABLE, and stores each retried key once', async () => {
    // a letter type and the details it needs
    const types = (await gql(gatewayUrl, '{ letterTypes { id level fields { name kind required } } }')).data.letterTypes as Array<{
      id: string;
      level: string;
      fields: Array<{ name: string; kind: string; required: boolean }>;
    }>;
    const type = types.find((t) => t.level === 'KELURAHAN') ?? types[0];
    const details = type.fields
      .filter((f) => f.required)
      .map((f) => ({ name: f.name, value: f.kind === 'DATE' ? '2026-01-15' : f.kind === 'RUPIAH' ? '2500000' : 'Uji ketahanan' }));

    const writes: Write[] = [];
    let n = 0;
    const newWrite = (kind: Write['kind']): Write => {
      const i = n++;
      const key = `fault-${kind}-${i}-${randomUUID().slice(0, 8)}`;
      const kel = KELURAHAN[i % KELURAHAN.length];
      // every write from a resident of its own (anonymous callers get the public contract, which has no
      // mutations): the throttles (1 emergency per caller and place) are not under test here
      const citizen = signAccessToken({ kind: 'citizen', id: randomUUID(), name: 'Warga Uji', kelurahanId: kel.id }, TEST_AUTH_SECRET);
      const send =
        kind === 'emergency'
          ? () =>
              outcomeOf(
                gql(
                  gatewayUrl,
                  REPORT,
                  { i: { kind: 'FIRE', kelurahanId: kel.id, callbackPhone: `08${String(2_000_000_000 + i)}`, idempotencyKey: key } },
                  { token: citizen },
                ),
                'reportEmergency',
              )
          : () =>
              outcomeOf(
                gql(
                  gatewayUrl,
                  LETTER,
                  { i: { letterTypeId: type.id, purpose: 'Keperluan uji ketahanan basis data', details, idempotencyKey: key } },
                  { token: citizen },
                ),
                'requestLetter',
              );
      const w: Write = { kind, key, send, outcomes: [] };
      writes.push(w);
      return w;
    };

    // a steady stream: two writers per kind, each sending its next write as soon as the last one is answered
    let phase: 'before' | 'down' | 'after' = 'before';
    let backAt = 0;
    let firstAfter = 0;
    const byPhase = { before: [] as Outcome[], down: [] as Outcome[], after: [] as Outcome[] };
    let streaming = true;
    const writer = async (kind: Write['kind']) => {
      while (streaming) {
        const w = newWrite(kind);
        const at = phase;
        const o = await w.send();
        w.outcomes.push(o);
        byPhase[at].push(o);
        if (o.ok && backAt && !firstAfter) firstAfter = Date.now();
      }
    };
    const stream = Promise.all([writer('emergency'), writer('emergency'), writer('letter'), writer('letter')]);
    const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

    // by count, not by time: on a busy machine a write can take a second
    const acknowledgedIn = (p: keyof typeof byPhase) => byPhase[p].filter((o) => o.ok).length;
    await pollFor(() => acknowledgedIn('before') >= 8, { timeout: 60_000, interval: 50, what: 'writes before the restart' });
    phase = 'down';
    await db!.stop(); // fast shutdown: PostgreSQL ends every session, as in a restart or a failover
    db = null;
    const readyWhileDown = await fetch(`http://127.0.0.1:${subgraphPorts.firebutton}/ready`).then((r) => r.status);
    await pause(1500);
    db = await startPostgres();
    backAt = Date.now();
    phase = 'after';
    // the same processes come back: their pools reconnect
    await pollFor(async () => (await fetch(`http://127.0.0.1:${subgraphPorts.laika}/ready`)).ok, { timeout: 15_000, what: 'laika ready again' });
    await pollFor(async () => (await fetch(`http://127.0.0.1:${subgraphPorts.firebutton}/ready`)).ok, { timeout: 15_000, what: 'firebutton ready again' });
    await pollFor(() => acknowledgedIn('after') >= 8, { timeout: 60_000, interval: 50, what: 'writes after the restart' });
    streaming = false;
    await stream;

    const failures = writes.flatMap((w) => w.outcomes.filter((o): o is Extract<Outcome, { ok: false }> => !o.ok));
    const codes: Record<string, number> = {};
    for (const f of failures) codes[f.code] = (codes[f.code] ?? 0) + 1;
    const acknowledged = writes.filter((w) => w.outcomes[0].ok);
    const summary = {
      writes: writes.length,
      acknowledged: acknowledged.length,
      failed: failures.length,
      codes,
      before: byPhase.before.length,
      down: byPhase.down.length,
      after: byPhase.after.filter((o) => o.ok).length,
      firstWriteAfterStartMs: firstAfter - backAt,
    };
    console.log(`[faults] PostgreSQL restart: ${JSON.stringify(summary)}`);

    expect(readyWhileDown, 'a subgraph without its database is not ready').toBe(503);
    // the restart was felt, and both sides of it took writes
    expect(failures.length, JSON.stringify(summary)).toBeGreaterThan(0);
    expect(byPhase.before.filter((o) => o.ok).length).toBeGreaterThan(5);
    expect(byPhase.after.filter((o) => o.ok).length, 'writes succeed again after the restart, without restarting any process').toBeGreaterThan(5);
    for (const p of procs) expect(p.child.exitCode, `${p.name} kept running`).toBeNull();
    // the errors they logged name no resident: no phone number, no name (a database error carries its statement)
    const personal = /20000\d{5}|Warga Uji|uji ketahanan/i;
    const leaked = procs.flatMap((p) =>
      p.output
        .join('')
        .split('\n')
        .filter((l) => personal.test(l))
        .map((l) => `${p.name}: ${l}`),
    );
    expect(leaked, 'log lines that name a resident').toEqual([]);
    // every refusal is retryable SERVICE_UNAVAILABLE
    for (const f of failures)
      expect({ code: f.code, retryable: f.retryable }, JSON.stringify(summary)).toEqual({ code: 'SERVICE_UNAVAILABLE', retryable: true });

    // each refused write again, with the same key, now that the database is back
    const refused = writes.filter((w) => !w.outcomes[0].ok);
    for (const w of refused) {
      const o = await w.send();
      expect(o, `retry of ${w.kind} ${w.key}`).toEqual({ ok: true });
    }
    // and an acknowledged one: answered as a replay, nothing new stored
    for (const w of acknowledged.slice(0, 4)) expect(await w.send()).toEqual({ ok: true });

    // every key stored exactly once: the acknowledged ones, and the refused ones after their retry
    const client = new pg.Client({ connectionString: db!.url });
    await client.connect();
    try {
      const counted = new Map<string, number>();
      for (const [table, kind] of [
        ['firebutton.emergency_report', 'emergency'],
        ['laika.letter_request', 'letter'],
      ] as const) {
        const keys = writes.filter((w) => w.kind === kind).map((w) => w.key);
        const { rows } = await client.query<{ k: string; c: string }>(
          `select idempotency_key as k, count(*) as c from ${table} where idempotency_key = any($1) group by 1`,
          [keys],
        );
        for (const r of rows) counted.set(r.k, Number(r.c));
      }
      const missing = writes.filter((w) => counted.get(w.key) !== 1).map((w) => `${w.key}: ${counted.get(w.key) ?? 0} rows`);
      expect(missing).toEqual([]);
      console.log(`[faults] PostgreSQL restart: ${writes.length} keys stored exactly once (${acknowledged.length} acknowledged, ${refused.length} retried)`);
    } finally {
      await client.end();
    }
  }, 120_000);
});
