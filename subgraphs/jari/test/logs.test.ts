import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, gql, gqlOk, type TestDatabase } from '@kendari/kit/testing';
import { citizens, SECRET, tokens, validInput } from './helpers';

// Runs the built subgraph as its own process at the most verbose log level, so that everything it
// logs can be read: an anonymous report must leave no address and no account in the logs.
const entry = path.join(__dirname, '../dist/index.js');
const built = existsSync(entry);

let db: TestDatabase;
let child: ChildProcess | undefined;
let url = '';
const output: string[] = [];

beforeAll(async () => {
  if (!built) return;
  db = await createTestDatabase('jari_logs');
  child = spawn(process.execPath, [entry], {
    env: { ...process.env, DATABASE_URL: db.url, PORT: '0', AUTH_SECRET: SECRET, LOG_LEVEL: 'trace' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  const deadline = Date.now() + 45_000;
  while (!url && Date.now() < deadline) {
    const m = /"url":"(http:[^"]+)"/.exec(output.join(''));
    if (m) url = m[1];
    else await new Promise((r) => setTimeout(r, 100));
  }
  if (!url) throw new Error(`jari did not start:\n${output.join('').slice(-2000)}`);
});
afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  await db?.drop();
});

describe.skipIf(!built)('logs (built subgraph, LOG_LEVEL=trace)', () => {
  it('an anonymous report, a follow-up and a wrong guess leave no address, account or secret in the logs', async () => {
    const headers = { 'x-forwarded-for': '203.0.113.7', 'x-real-ip': '203.0.113.7' };
    const r = await gqlOk(
      url,
      `mutation($input: SubmitJariReportInput!) { submitJariReport(input: $input) { trackingCode secret } }`,
      { input: validInput({ idempotencyKey: 'log-test-key-000001' }) },
      { token: tokens.citizen, headers },
    );
    await gqlOk(
      url,
      `query($c: String!, $s: String!) { jariReportByCode(code: $c, secret: $s) { status } }`,
      { c: r.submitJariReport.trackingCode, s: r.submitJariReport.secret },
      { headers },
    );
    const wrong = await gql(
      url,
      `query($c: String!) { jariReportByCode(code: $c, secret: "WRONG-GUESS") { status } }`,
      { c: r.submitJariReport.trackingCode },
      { headers },
    );
    expect(wrong.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    await new Promise((res) => setTimeout(res, 300));
    const lines = output.join('').split('\n').filter(Boolean);
    const requestLines = lines.filter((l) => !l.includes('"subgraph ready"'));
    expect(requestLines.length).toBeGreaterThan(0); // trace level does log each request
    if (process.env.SHOW_LOGS) console.log(requestLines.join('\n'));
    const all = requestLines.join('\n');
    for (const secretThing of [
      '127.0.0.1',
      '::1',
      '203.0.113.7',
      citizens[0].id,
      citizens[0].name,
      r.submitJariReport.secret,
      'log-test-key-000001',
      tokens.citizen,
    ]) {
      expect(all).not.toContain(secretThing);
    }
  });
});
