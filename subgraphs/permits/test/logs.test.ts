import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, gql, gqlOk, type TestDatabase } from '@kendari/kit/testing';
import { citizenToken, pdf, SECRET } from './helpers';

// Runs the built subgraph as its own process at the most verbose log level and reads everything it
// logs: uploads, a refused file, an incomplete submission and foreign reads leave no name, file name,
// address, token or idempotency key in the logs.
const entry = path.join(__dirname, '../dist/index.js');
const built = existsSync(entry);

let db: TestDatabase;
let child: ChildProcess | undefined;
let url = '';
const output: string[] = [];
const uploadsDir = mkdtempSync(path.join(os.tmpdir(), 'permits-logs-'));

beforeAll(async () => {
  if (!built) return;
  db = await createTestDatabase('permits_logs');
  child = spawn(process.execPath, [entry], {
    env: { ...process.env, DATABASE_URL: db.url, PORT: '0', AUTH_SECRET: SECRET, LOG_LEVEL: 'trace', UPLOADS_DIR: uploadsDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d: Buffer) => output.push(d.toString()));
  child.stderr!.on('data', (d: Buffer) => output.push(d.toString()));
  const deadline = Date.now() + 60_000;
  while (!url && Date.now() < deadline) {
    const m = /"url":"(http:[^"]+)"/.exec(output.join(''));
    if (m) url = m[1];
    else await new Promise((r) => setTimeout(r, 100));
  }
  if (!url) throw new Error(`permits did not start:\n${output.join('').slice(-2000)}`);
});
afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child!.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  await db?.drop();
  rmSync(uploadsDir, { recursive: true, force: true });
});

describe.skipIf(!built)('logs (built subgraph, LOG_LEVEL=trace)', () => {
  it('uploads, refusals and an incomplete submission leave no personal data in the logs', async () => {
    const person = { id: randomUUID(), name: 'Wa Ode Nurhayati' };
    const token = citizenToken(person.id, person.name);
    const other = citizenToken(randomUUID(), 'La Ode Saranani');
    const base = url.replace(/\/graphql$/, '');
    const headers = { 'x-forwarded-for': '203.0.113.9' };
    const send = (body: Buffer, name: string, t = token) =>
      fetch(`${base}/api/uploads?name=${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { ...headers, authorization: `Bearer ${t}` },
        body: new Uint8Array(body),
      });
    const ok = (await (await send(pdf(900, 'logs'), 'KTP Wa Ode Nurhayati.pdf')).json()) as any;
    expect(ok.upload.id).toBeTruthy();
    expect((await send(Buffer.from('plain text, not a document'), 'Rahasia Nurhayati.pdf')).status).toBe(415);
    expect((await fetch(`${base}/api/uploads/${ok.upload.id}`, { headers: { ...headers, authorization: `Bearer ${other}` } })).status).toBe(404);
    const key = `logs-key-${randomUUID()}`;
    const draft = await gqlOk(
      url,
      `mutation($input: CreatePermitApplicationInput!) { createPermitApplication(input: $input) { application { id } } }`,
      { input: { permitTypeId: 'izin-tdup', businessName: 'Kafe Rahasia Nurhayati', kelurahanId: '74.71.02.1009', idempotencyKey: key } },
      { token, headers },
    );
    const id = draft.createPermitApplication.application.id;
    await gqlOk(
      url,
      `mutation($input: AttachPermitDocumentInput!) { attachPermitDocument(input: $input) { application { id } } }`,
      { input: { applicationId: id, requirementKey: 'ktp', uploadId: ok.upload.id } },
      { token, headers },
    );
    const incomplete = await gql(
      url,
      `mutation($input: SubmitPermitApplicationInput!) { submitPermitApplication(input: $input) { application { id } } }`,
      { input: { id } },
      { token, headers },
    );
    expect(incomplete.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    await new Promise((r) => setTimeout(r, 300));
    const lines = output
      .join('')
      .split('\n')
      .filter(Boolean)
      .filter((l) => !/"(subgraph ready|migrations applied|reference and demo data loaded)"/.test(l));
    expect(lines.length).toBeGreaterThan(0); // trace level logs each request
    if (process.env.SHOW_LOGS) console.log(lines.join('\n'));
    const all = lines.join('\n');
    for (const secret of ['203.0.113.9', '127.0.0.1', person.id, person.name, 'Nurhayati', 'Saranani', key, token, other, ok.upload.sha256]) {
      expect(all).not.toContain(secret);
    }
  });
});
