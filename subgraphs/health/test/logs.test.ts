import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, gql, type TestDatabase } from '@kendari/kit/testing';
import { addDays, witaNow } from '../src/hours';
import { SECRET, TAKE, citizenToken, tokens, CITIZEN_A } from './helpers';

// the built subgraph as a process, so that its real log output (every level) can be read
let db: TestDatabase;
let child: ChildProcess;
let url: string;
const out: string[] = [];

beforeAll(async () => {
  db = await createTestDatabase('health_logs');
  child = spawn(process.execPath, [path.join(__dirname, '../dist/index.js')], {
    env: { ...process.env, DATABASE_URL: db.url, AUTH_SECRET: SECRET, PORT: '0', LOG_LEVEL: 'debug', NODE_ENV: 'production', SEED: 'auto' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const onData = (d: Buffer) => out.push(d.toString());
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const deadline = Date.now() + 90_000;
  while (!url && Date.now() < deadline) {
    const m = /"url":"(http:[^"]+)"/.exec(out.join(''));
    if (m) url = m[1];
    else await new Promise((r) => setTimeout(r, 200));
  }
  if (!url) throw new Error(`the subgraph did not start:\n${out.join('').slice(-2000)}`);
}, 120_000);

afterAll(async () => {
  child?.kill('SIGTERM');
  await new Promise((r) => child?.once('exit', r));
  await db?.drop();
});

describe('logs', () => {
  it('hold no personal data (resident ids and names, positions, booking codes) after bookings, refusals and errors', async () => {
    // a weekday without a holiday, so that the facility holds a morning session
    const day = [1, 2, 3, 4, 5, 6, 7]
      .map((i) => addDays(witaNow().date, i))
      .find((d) => [1, 2, 3, 4].includes(new Date(`${d}T00:00:00Z`).getUTCDay()) && !['2026-12-24', '2026-12-25'].includes(d))!;
    const name = 'Wa Ode Nurhayati Lasimba';
    const me = citizenToken(CITIZEN_A, name);
    const ok = await gql(url, TAKE, { input: { serviceId: 'puskesmas-abeli.POLI_UMUM', date: day, session: 'PAGI', payer: 'JKN' } }, { token: me });
    const code = ok.data?.takeQueueNumber?.appointment?.bookingCode ?? 'NO-CODE';
    await gql(url, TAKE, { input: { serviceId: 'puskesmas-abeli.POLI_UMUM', date: day, session: 'PAGI', payer: 'JKN' } }, { token: me }); // ALREADY_BOOKED
    await gql(url, TAKE, { input: { serviceId: 'puskesmas-abeli.POLI_UMUM', date: '2020-01-01', session: 'PAGI', payer: 'JKN' } }, { token: me }); // bad input
    await gql(url, `{ healthFacilities(near: { latitude: -3.98765, longitude: 122.54321 }, first: 3) { nodes { id } } }`);
    await gql(url, `mutation { callNextQueueNumber(sessionId: "00000000-0000-4000-8000-000000000000") { id } }`, {}, { token: tokens.staffKandai });
    await gql(url, `{ appointment(id: "${ok.data?.takeQueueNumber?.appointment?.id}") { id } }`, {}, { token: tokens.citizenB });
    await new Promise((r) => setTimeout(r, 300));
    const logs = out.join('');
    expect(logs).toContain('queue number taken');
    for (const secret of [CITIZEN_A, name, 'Nurhayati', '-3.98765', '122.54321', code]) expect(logs, secret).not.toContain(secret);
  });
});
