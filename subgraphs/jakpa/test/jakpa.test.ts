import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph, type StartedSubgraph } from '@kendari/kit';
import { createTestDatabase, gql, gqlOk, sqlCounter, type TestDatabase } from '@kendari/kit/testing';
import { jakpa } from '../src/subgraph';
import { seedReference } from '../src/seeders/seed';
import { handleCallback, signCallback } from '../src/callbacks';
import { setJakpaConfig } from '../src/config';
import { setClock } from '../src/dates';
import { buildNop, formatNop } from '../src/nop';
import { TAX_REGIONS } from '../src/regions';
import { CITIZEN_OBJECTS, SECRET, SITI, key, tokens } from './helpers';

const BANK_SECRET = 'bank-sultra-test-secret-0123456789abcdef';
const QRIS_SECRET = 'qris-test-secret-0123456789abcdef-xyz';
let db: TestDatabase;
let sg: StartedSubgraph;
let base: string;
const sql = sqlCounter();

beforeAll(async () => {
  // ewallet deliberately has no secret: its callbacks must be refused
  setJakpaConfig({
    JAKPA_CHANNEL_SECRETS: new Map([
      ['bank-sultra', BANK_SECRET],
      ['qris', QRIS_SECRET],
    ]),
    JAKPA_LOOKUP_DISTINCT_NOPS: 5,
    JAKPA_LOOKUP_WINDOW_SECONDS: 3600,
  });
  db = await createTestDatabase('jakpa');
  sg = await startSubgraph(jakpa, { databaseUrl: db.url, authSecret: SECRET, port: 0, seed: false, logLevel: 'silent', onQuery: sql.onQuery });
  await sg.orm.em.fork().transactional((em) => seedReference(em as never));
  base = sg.url.replace(/\/graphql$/, '');
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
});
afterEach(() => setClock(null));

const exec = (q: string, params: unknown[] = []) => sg.orm.em.getConnection().execute(q, params);
const region = (name: string) => TAX_REGIONS.find((r) => r.kelurahanName === name)!;
let blockSeq = 100;

/** Inserts objects with one bill per given year (principal `amount`, due 31 August), straight into the tables. */
async function makeObjects(n: number, opts: { nik?: string; kelurahan?: string; years?: number[]; amount?: number; owner?: string } = {}) {
  const r = region(opts.kelurahan ?? 'Kandai');
  const block = blockSeq++;
  const out: Array<{ id: string; nop: string; bills: Record<number, string> }> = [];
  for (let i = 0; i < n; i++) {
    const id = randomUUID();
    const nop = buildNop(r, block, i + 1);
    await exec(
      `insert into jakpa.tax_object (id, nop, kelurahan_id, kecamatan_id, address, owner_name, owner_nik, land_area, building_area, land_value_per_m2, building_value_per_m2, created_at) values (?, ?, ?, ?, 'Jl. Uji No. 1', ?, ?, 200, 100, 500000, 2000000, now())`,
      [id, nop, r.kelurahanId, r.kecamatanId, opts.owner ?? 'Wa Ode Rahmawati', opts.nik ?? '7471020101900001'],
    );
    const bills: Record<number, string> = {};
    for (const year of opts.years ?? [2025]) {
      bills[year] = randomUUID();
      await exec(
        `insert into jakpa.tax_bill (id, object_id, year, kecamatan_id, njop, njoptkp, tariff_bp, amount, due_date, issued_at) values (?, ?, ?, ?, 300000000, 10000000, 10, ?, ?, now())`,
        [bills[year], id, year, r.kecamatanId, opts.amount ?? 1_000_000, `${year}-08-31`],
      );
    }
    out.push({ id, nop, bills });
  }
  return out;
}

const LOOKUP = `query($nop: String!, $year: Int) { taxBill(nop: $nop, year: $year) { nop { digits formatted kecamatanCode kelurahanCode kelurahan { id name } kecamatan { id } }
  year years ownerNameMasked landArea buildingArea njop amount dueDate today { status isOverdue monthsLate penalty paidAmount totalDue asOf } } }`;
const lookup = (nop: string, year: number | null = null, ip = '203.0.113.1') => gql(sg.url, LOOKUP, { nop, year }, { headers: { 'x-forwarded-for': ip } });

async function callback(channel: string, body: Record<string, unknown>, opts: { secret?: string; ts?: number; signature?: string } = {}) {
  const raw = JSON.stringify(body);
  const ts = String(opts.ts ?? Math.floor(Date.now() / 1000));
  const sig = opts.signature ?? signCallback(opts.secret ?? (channel === 'qris' ? QRIS_SECRET : BANK_SECRET), ts, raw);
  const res = await fetch(`${base}/api/callbacks/${channel}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-timestamp': ts, 'x-signature': sig },
    body: raw,
  });
  return { status: res.status, body: (await res.json()) as any };
}
const paymentsOf = async (billId: string) =>
  (await exec(`select count(*)::int as n, coalesce(sum(amount), 0)::bigint as s from jakpa.tax_payment where bill_id = ?`, [billId]))[0] as {
    n: number;
    s: string;
  };

describe('public bill lookup', () => {
  it('shows the kelurahan, areas, NJOP, penalty and total today, the owner masked and no address or NIK', async () => {
    setClock(() => new Date('2025-10-15T02:00:00Z')); // month 2 of lateness
    const [o] = await makeObjects(1, { owner: 'Siti Rahmawati', years: [2024, 2025] });
    const r = await lookup(formatNop(o.nop));
    expect(r.errors).toBeUndefined();
    const b = r.data.taxBill;
    expect(b).toMatchObject({
      year: 2025,
      years: [2025, 2024],
      ownerNameMasked: 'S***i R***',
      landArea: 200,
      buildingArea: 100,
      njop: 300_000_000,
      amount: 1_000_000,
      dueDate: '2025-08-31',
    });
    expect(b.nop).toMatchObject({
      digits: o.nop,
      kelurahan: { id: region('Kandai').kelurahanId, name: 'Kandai' },
      kecamatanCode: region('Kandai').taxKecamatanCode,
    });
    expect(b.today).toEqual({ status: 'OVERDUE', isOverdue: true, monthsLate: 2, penalty: 20_000, paidAmount: 0, totalDue: 1_020_000, asOf: '2025-10-15' });
    const text = JSON.stringify(r.data);
    expect(text).not.toContain('Jl. Uji');
    expect(text).not.toContain('7471020101900001');
    expect(text).not.toContain('Rahmawati');
    // the schema has no way to ask for them either
    const bad = await gql(sg.url, `{ taxBill(nop: "${o.nop}") { address ownerName } }`);
    expect(bad.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('a malformed NOP is BAD_USER_INPUT naming the wrong part; an unknown one NOT_FOUND', async () => {
    const good = buildNop(region('Kandai'), 1, 1);
    const r = await lookup(`${good.slice(0, 7)}999${good.slice(10)}`, null, '203.0.113.2');
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'nop', part: 'KELURAHAN' });
    expect(r.errors?.[0].extensions?.messageId).toContain('digit 8-10');
    const y = await lookup(good, 1800, '203.0.113.2');
    expect(y.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    const nf = await lookup(buildNop(region('Kandai'), 999, 9999), null, '203.0.113.2');
    expect(nf.errors?.[0].extensions?.code).toBe('NOT_FOUND');
  });

  it('throttles many different NOPs from one client, not one NOP again, not other clients', async () => {
    const objs = await makeObjects(7);
    const ip = '198.51.100.7';
    for (let i = 0; i < 5; i++) expect((await lookup(objs[i].nop, null, ip)).errors).toBeUndefined();
    const sixth = await lookup(objs[5].nop, null, ip);
    expect(sixth.errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    // the same NOPs again: still answered, many times
    for (let i = 0; i < 20; i++) expect((await lookup(objs[i % 5].nop, null, ip)).errors).toBeUndefined();
    // a refused NOP does not become free by asking again
    expect((await lookup(objs[5].nop, null, ip)).errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    // another client is not affected
    expect((await lookup(objs[6].nop, null, '198.51.100.8')).errors).toBeUndefined();
  });

  it('50 concurrent different NOPs from one client: exactly the limit gets through', async () => {
    const objs = await makeObjects(50);
    const rs = await Promise.all(objs.map((o) => lookup(o.nop, null, '198.51.100.50')));
    expect(rs.filter((r) => !r.errors).length).toBe(5);
    expect(rs.filter((r) => r.errors?.[0].extensions?.code === 'TOO_MANY_REQUESTS').length).toBe(45);
  });

  it('payment channels and penalty rules are public', async () => {
    const r = await gqlOk(sg.url, `{ paymentChannels { id name kind instructions } taxPenaltyRules { effectiveFrom monthlyRateBp maxMonths legalBasis } }`);
    expect(r.paymentChannels.map((c: any) => c.id)).toEqual(['bank-sultra', 'qris', 'ewallet', 'kantor-pos', 'loket-bapenda']);
    expect(r.taxPenaltyRules.map((x: any) => [x.effectiveFrom, x.monthlyRateBp, x.maxMonths])).toEqual([
      ['2000-01-01', 200, 24],
      ['2024-01-05', 100, 24],
    ]);
  });
});

describe('Citizen.taxObjects (by NIK from core via @requires)', () => {
  const rep = (nik: string | null) => [{ __typename: 'Citizen', id: SITI.id, nik }];
  it('the citizen themself sees their objects, bills and payments; nobody else but Bapenda', async () => {
    const nik = '7471024506900099';
    await makeObjects(2, { nik, years: [2024, 2025] });
    const own = await gqlOk(sg.url, CITIZEN_OBJECTS, { reps: rep(nik), first: 10 }, { token: tokens.siti });
    expect(own._entities[0].taxObjects.totalCount).toBe(2);
    expect(own._entities[0].taxObjects.nodes[0].bills.nodes.map((b: any) => b.year)).toEqual([2025, 2024]);
    const officer = await gqlOk(sg.url, CITIZEN_OBJECTS, { reps: rep(nik), first: 10 }, { token: tokens.bapenda });
    expect(officer._entities[0].taxObjects.totalCount).toBe(2);
    for (const token of [undefined, tokens.otherCitizen, tokens.otherAgency, tokens.lurah]) {
      const r = await gql(sg.url, CITIZEN_OBJECTS, { reps: rep(nik), first: 10 }, { token });
      expect(r.errors?.[0].extensions?.code, String(token)).toBe('FORBIDDEN');
      expect(JSON.stringify(r.data ?? {})).not.toContain('Jl. Uji');
    }
    // core did not give the NIK: null, not someone else's objects
    const none = await gqlOk(sg.url, CITIZEN_OBJECTS, { reps: rep(null), first: 10 }, { token: tokens.siti });
    expect(none._entities[0].taxObjects).toBeNull();
  });

  it('statement count is the same for 2 and 50 objects (with bills and payments)', async () => {
    const few = '7471020202900002';
    const many = '7471020303900003';
    const a = await makeObjects(2, { nik: few, years: [2023, 2024, 2025] });
    const b = await makeObjects(50, { nik: many, years: [2023, 2024, 2025] });
    for (const o of [...a, ...b])
      await exec(
        `insert into jakpa.tax_payment (id, bill_id, amount, paid_at, channel_id, reference, recorded_at) values (?, ?, 400000, '2025-05-01T02:00:00Z', 'bank-sultra', ?, now())`,
        [randomUUID(), o.bills[2025], `T-${randomUUID()}`],
      );
    const run = async (nik: string) => {
      sql.reset();
      const r = await gqlOk(sg.url, CITIZEN_OBJECTS, { reps: [{ __typename: 'Citizen', id: SITI.id, nik }], first: 100 }, { token: tokens.siti });
      return { count: sql.count, objects: r._entities[0].taxObjects.nodes.length, r };
    };
    const two = await run(few);
    const fifty = await run(many);
    expect(two.objects).toBe(2);
    expect(fifty.objects).toBe(50);
    expect(fifty.r._entities[0].taxObjects.nodes[49].bills.nodes[0].today.paidAmount).toBe(400_000);
    expect(fifty.count).toBe(two.count);
    console.log(`[figures] SQL statements for Citizen.taxObjects with bills and payments: 2 objects ${two.count}, 50 objects ${fifty.count}`);
  });
});

describe('payment callbacks', () => {
  it('refuses a wrong signature, an old timestamp, an unconfigured channel and an unknown one; records nothing', async () => {
    const [o] = await makeObjects(1);
    const body = { reference: `BS-${randomUUID()}`, nop: o.nop, year: 2025, amount: 1000, paidAt: new Date().toISOString() };
    expect((await callback('bank-sultra', body, { secret: 'wrong-secret-wrong-secret-wrong-secret' })).status).toBe(401);
    expect((await callback('bank-sultra', body, { signature: 'sha256=zz' })).status).toBe(401);
    expect((await callback('bank-sultra', body, { secret: QRIS_SECRET })).status).toBe(401); // another channel's secret
    const old = await callback('bank-sultra', body, { ts: Math.floor(Date.now() / 1000) - 301 });
    expect(old.status).toBe(401);
    expect(old.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect((await callback('bank-sultra', body, { ts: Math.floor(Date.now() / 1000) + 301 })).status).toBe(401);
    const unconfigured = await callback('ewallet', body, { secret: BANK_SECRET });
    expect(unconfigured.status).toBe(503);
    expect((await callback('no-such-bank', body)).status).toBe(404);
    expect((await callback('loket-bapenda', body)).status).toBe(404); // the counter takes no callbacks
    expect(await paymentsOf(o.bills[2025])).toEqual({ n: 0, s: '0' });
    // a valid one goes through
    const ok = await callback('bank-sultra', body);
    expect(ok).toMatchObject({ status: 200, body: { status: 'RECORDED', billStatus: 'PARTLY_PAID' } });
  });

  it('refused callbacks are logged without the body, the NOP or the reference', async () => {
    const [o] = await makeObjects(1);
    const lines: string[] = [];
    const log = {
      warn: (obj: object, msg: string) => void lines.push(`${JSON.stringify(obj)} ${msg}`),
      info: (obj: object, msg: string) => void lines.push(`${JSON.stringify(obj)} ${msg}`),
    };
    const raw = JSON.stringify({ reference: 'SECRET-REF-123', nop: o.nop, year: 2025, amount: 5000, paidAt: new Date().toISOString() });
    const ts = String(Math.floor(Date.now() / 1000));
    await handleCallback(sg.orm.em.fork() as never, { channelId: 'bank-sultra', timestamp: ts, signature: 'a'.repeat(64), rawBody: raw }, log as never);
    await handleCallback(
      sg.orm.em.fork() as never,
      { channelId: 'bank-sultra', timestamp: '1000000000', signature: signCallback(BANK_SECRET, '1000000000', raw), rawBody: raw },
      log as never,
    );
    await handleCallback(
      sg.orm.em.fork() as never,
      { channelId: 'bank-sultra', timestamp: ts, signature: signCallback(BANK_SECRET, ts, raw), rawBody: raw },
      log as never,
    );
    expect(lines.length).toBe(3);
    expect(lines[0]).toContain('bad-signature');
    expect(lines[1]).toContain('stale-timestamp');
    for (const l of lines) {
      expect(l).not.toContain(o.nop);
      expect(l).not.toContain('SECRET-REF-123');
      expect(l).not.toContain('5000');
    }
  });

  it('bad bodies are BAD_USER_INPUT naming the field; unknown bills NOT_FOUND', async () => {
    const [o] = await makeObjects(1);
    const b = { reference: `BS-${randomUUID()}`, nop: o.nop, year: 2025, amount: 1000, paidAt: new Date().toISOString() };
    const r1 = await callback('bank-sultra', { ...b, amount: 10.5 });
    expect(r1.status).toBe(400);
    expect(r1.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
    const r2 = await callback('bank-sultra', { ...b, nop: '7471' });
    expect(r2.body.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', part: 'LENGTH' });
    const r3 = await callback('bank-sultra', { ...b, paidAt: new Date(Date.now() + 3600_000).toISOString() });
    expect(r3.body.errors[0].extensions).toMatchObject({ field: 'paidAt' });
    expect((await callback('bank-sultra', { ...b, year: 2019 })).status).toBe(404);
    expect(await paymentsOf(o.bills[2025])).toEqual({ n: 0, s: '0' });
  });

  it('50 concurrent replays of one callback record one payment', async () => {
    const [o] = await makeObjects(1);
    const body = { reference: `BS-${randomUUID()}`, nop: o.nop, year: 2025, amount: 250_000, paidAt: new Date().toISOString() };
    const rs = await Promise.all(Array.from({ length: 50 }, () => callback('bank-sultra', body)));
    expect(rs.every((r) => r.status === 200)).toBe(true);
    expect(rs.filter((r) => r.body.status === 'RECORDED').length).toBe(1);
    expect(new Set(rs.map((r) => r.body.paymentId)).size).toBe(1);
    expect(await paymentsOf(o.bills[2025])).toEqual({ n: 1, s: '250000' });
    // the same reference with another amount is a conflict, not a second payment
    const other = await callback('bank-sultra', { ...body, amount: 1000 });
    expect(other.status).toBe(409);
    console.log(
      `[figures] 50 concurrent replays of one callback: ${rs.filter((r) => r.body.status === 'RECORDED').length} recorded, ${rs.filter((r) => r.body.status === 'DUPLICATE').length} duplicates, 1 payment row`,
    );
  });

  it('out of order: an earlier payment arriving after a later one, and replays of both, give two payments', async () => {
    setClock(() => new Date('2025-09-20T02:00:00Z'));
    const [o] = await makeObjects(1);
    // due 31 Aug; partial on 30 Aug (before due), rest on 20 Sep (month 1 late): penalty on the 600,000 left
    const early = { reference: `Q-${randomUUID()}`, nop: o.nop, year: 2025, amount: 400_000, paidAt: '2025-08-30T03:00:00Z' };
    const rest = { reference: `Q-${randomUUID()}`, nop: o.nop, year: 2025, amount: 606_000, paidAt: '2025-09-20T01:00:00Z' };
    const now = Math.floor(new Date('2025-09-20T02:00:00Z').getTime() / 1000);
    expect((await callback('qris', rest, { ts: now })).body.status).toBe('RECORDED');
    const e = await callback('qris', early, { ts: now });
    expect(e.body).toMatchObject({ status: 'RECORDED', billStatus: 'PAID', remaining: 0 });
    expect((await callback('qris', rest, { ts: now })).body.status).toBe('DUPLICATE');
    expect((await callback('qris', early, { ts: now })).body.status).toBe('DUPLICATE');
    expect(await paymentsOf(o.bills[2025])).toEqual({ n: 2, s: '1006000' });
    const bill = await lookup(o.nop, 2025, '203.0.113.9');
    expect(bill.data.taxBill.today).toMatchObject({ status: 'PAID', penalty: 6_000, paidAmount: 1_006_000, totalDue: 0 });
  });

  it('refuses an overpayment; a partial payment leaves the rest owed; 50 concurrent partials never exceed what is owed', async () => {
    setClock(() => new Date('2025-06-01T02:00:00Z')); // before the due date: no penalty
    const ts = Math.floor(new Date('2025-06-01T02:00:00Z').getTime() / 1000);
    const [o] = await makeObjects(1);
    const b = (amount: number) => ({ reference: `BS-${randomUUID()}`, nop: o.nop, year: 2025, amount, paidAt: '2025-06-01T01:00:00Z' });
    const over = await callback('bank-sultra', b(1_000_001), { ts });
    expect(over.status).toBe(409);
    expect(over.body.errors[0].extensions).toMatchObject({ code: 'CONFLICT', owed: 1_000_000 });
    const part = await callback('bank-sultra', b(100_000), { ts });
    expect(part.body).toMatchObject({ status: 'RECORDED', billStatus: 'PARTLY_PAID', remaining: 900_000 });
    const rs = await Promise.all(Array.from({ length: 50 }, () => callback('bank-sultra', b(30_000), { ts })));
    const recorded = rs.filter((r) => r.status === 200).length;
    expect(recorded).toBe(30); // 900,000 / 30,000
    expect(rs.filter((r) => r.status === 409).length).toBe(20);
    expect(await paymentsOf(o.bills[2025])).toEqual({ n: 31, s: '1000000' });
    const paid = await callback('bank-sultra', b(1), { ts });
    expect(paid.body.errors[0].messageId ?? paid.body.errors[0].extensions.messageId).toMatch(/lunas/);
  });
});

describe('officers (Bapenda)', () => {
  const REGISTER = `mutation($input: RegisterTaxObjectInput!) { registerTaxObject(input: $input) { replayed object { id nop { digits formatted block number } ownerName kelurahan { id } } } }`;
  const input = (over: Record<string, unknown> = {}) => ({
    kelurahanId: region('Kadia').kelurahanId,
    block: 7,
    address: 'Jl. Malaka No. 9, Kadia',
    ownerName: 'La Ode Saputra',
    ownerNik: '7471081212850007',
    landArea: 300,
    buildingArea: 120,
    landValuePerM2: 1_200_000,
    buildingValuePerM2: 2_500_000,
    idempotencyKey: key(),
    ...over,
  });

  it('register (next number in the block, idempotent), assess once a year, record counter payments once', async () => {
    setClock(() => new Date('2026-02-01T02:00:00Z'));
    const first = input();
    const a = await gqlOk(sg.url, REGISTER, { input: first }, { token: tokens.bapenda });
    const again = await gqlOk(sg.url, REGISTER, { input: first }, { token: tokens.bapenda });
    expect(again.registerTaxObject).toMatchObject({ replayed: true, object: { id: a.registerTaxObject.object.id } });
    const b = await gqlOk(sg.url, REGISTER, { input: input() }, { token: tokens.bapenda });
    expect(a.registerTaxObject.object.nop.block).toBe('007');
    expect(Number(b.registerTaxObject.object.nop.number)).toBe(Number(a.registerTaxObject.object.nop.number) + 1);
    const nop = a.registerTaxObject.object.nop.digits;
    const ASSESS = `mutation($input: AssessTaxYearInput!) { assessTaxYear(input: $input) { year njop amount dueDate } }`;
    const bill = (await gqlOk(sg.url, ASSESS, { input: { nop, year: 2026 } }, { token: tokens.bapenda })).assessTaxYear;
    expect(bill).toEqual({
      year: 2026,
      njop: 300 * 1_200_000 + 120 * 2_500_000,
      amount: Math.floor(((660_000_000 - 10_000_000) * 10) / 10_000),
      dueDate: '2026-08-31',
    });
    expect((await gql(sg.url, ASSESS, { input: { nop, year: 2026 } }, { token: tokens.bapenda })).errors?.[0].extensions?.code).toBe('CONFLICT');
    const PAY = `mutation($input: RecordCounterPaymentInput!) { recordCounterPayment(input: $input) { replayed payment { amount channel { id } } billToday { status paidAmount totalDue } } }`;
    const k = key();
    const p1 = await gqlOk(sg.url, PAY, { input: { nop, year: 2026, amount: 150_000, idempotencyKey: k } }, { token: tokens.bapenda });
    const p2 = await gqlOk(sg.url, PAY, { input: { nop, year: 2026, amount: 150_000, idempotencyKey: k } }, { token: tokens.bapenda });
    expect(p1.recordCounterPayment).toMatchObject({
      replayed: false,
      payment: { amount: 150_000, channel: { id: 'loket-bapenda' } },
      billToday: { status: 'PARTLY_PAID', paidAmount: 150_000, totalDue: 650_000 - 150_000 },
    });
    expect(p2.recordCounterPayment.replayed).toBe(true);
    const over = await gql(sg.url, PAY, { input: { nop, year: 2026, amount: 650_000, idempotencyKey: key() } }, { token: tokens.bapenda });
    expect(over.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', owed: 500_000 });
    const events = await exec(`select action, actor_kind, actor_name from jakpa.tax_event where object_id = ? order by id`, [a.registerTaxObject.object.id]);
    expect(events.map((e: any) => e.action)).toEqual(['REGISTERED', 'ASSESSED', 'PAYMENT_COUNTER']);
    expect(events.every((e: any) => e.actor_kind === 'OFFICER' && e.actor_name === 'Petugas Bapenda')).toBe(true);
  });

  it('rejects bad input naming every field, stores nothing', async () => {
    const before = (await exec(`select count(*)::int as n from jakpa.tax_object`))[0].n;
    const r = await gql(
      sg.url,
      REGISTER,
      { input: input({ kelurahanId: 'x', block: 0, ownerNik: '123', landArea: -1, address: '', idempotencyKey: 'short' }) },
      { token: tokens.bapenda },
    );
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.errors?.[0].extensions?.fields.map((f: any) => f.field).sort()).toEqual(
      ['input.address', 'input.block', 'input.idempotencyKey', 'input.kelurahanId', 'input.landArea', 'input.ownerNik'].sort(),
    );
    expect((await exec(`select count(*)::int as n from jakpa.tax_object`))[0].n).toBe(before);
  });

  it('counter payments and assessments reject bad input naming the field, storing nothing', async () => {
    const [o] = await makeObjects(1, { years: [2025] });
    const before = await paymentsOf(o.bills[2025]);
    const PAY = `mutation($input: RecordCounterPaymentInput!) { recordCounterPayment(input: $input) { replayed } }`;
    const bad = async (input: Record<string, unknown>) =>
      (await gql(sg.url, PAY, { input: { nop: o.nop, year: 2025, amount: 1000, idempotencyKey: key(), ...input } }, { token: tokens.bapenda })).errors?.[0]
        .extensions;
    expect(await bad({ amount: 0 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    expect(await bad({ amount: -5 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    expect(await bad({ amount: 2_000_000_000_000 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    expect(await bad({ year: 1800 })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.year' });
    expect(await bad({ idempotencyKey: 'x' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.idempotencyKey' });
    expect(await bad({ nop: '7471' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nop', part: 'LENGTH' });
    expect(await bad({ year: 2019 })).toMatchObject({ code: 'NOT_FOUND' });
    expect(await paymentsOf(o.bills[2025])).toEqual(before);
    const ASSESS = `mutation($input: AssessTaxYearInput!) { assessTaxYear(input: $input) { id } }`;
    const a = await gql(sg.url, ASSESS, { input: { nop: o.nop, year: 1999 } }, { token: tokens.bapenda });
    expect(a.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.year' });
  });

  it('only Bapenda officers (and ADMIN) act on the register', async () => {
    for (const [token, code] of [
      [undefined, 'UNAUTHENTICATED'],
      [tokens.siti, 'FORBIDDEN'],
      [tokens.otherAgency, 'FORBIDDEN'],
      [tokens.lurah, 'FORBIDDEN'],
    ] as const) {
      expect((await gql(sg.url, REGISTER, { input: input() }, { token })).errors?.[0].extensions?.code).toBe(code);
      expect((await gql(sg.url, `{ bapendaTaxObjects(first: 5) { totalCount } }`, {}, { token })).errors?.[0].extensions?.code).toBe(code);
      expect(
        (await gql(sg.url, `{ channelReconciliation(channelId: "qris", date: "2025-09-20") { paymentCount } }`, {}, { token })).errors?.[0].extensions?.code,
      ).toBe(code);
      expect(
        (await gql(sg.url, `mutation { assessTaxYear(input: { nop: "${buildNop(region('Kandai'), 1, 1)}", year: 2026 }) { id } }`, {}, { token })).errors?.[0]
          .extensions?.code,
      ).toBe(code);
      expect(
        (
          await gql(
            sg.url,
            `mutation { recordCounterPayment(input: { nop: "${buildNop(region('Kandai'), 1, 1)}", year: 2026, amount: 1000, idempotencyKey: "${key()}" }) { replayed } }`,
            {},
            { token },
          )
        ).errors?.[0].extensions?.code,
      ).toBe(code);
    }
    expect((await gql(sg.url, `{ bapendaTaxObjects(first: 5) { totalCount } }`, {}, { token: tokens.admin })).errors).toBeUndefined();
    const found = await gqlOk(
      sg.url,
      `{ bapendaTaxObjects(first: 5, ownerNik: "7471081212850007") { totalCount nodes { ownerName } } }`,
      {},
      { token: tokens.bapenda },
    );
    expect(found.bapendaTaxObjects.totalCount).toBeGreaterThanOrEqual(2);
  });
});

describe('every amount is the sum of its rows', () => {
  it('bills, payments, collection statistics and reconciliation agree after concurrent callbacks', async () => {
    setClock(() => new Date('2025-07-01T02:00:00Z'));
    const ts = Math.floor(new Date('2025-07-01T02:00:00Z').getTime() / 1000);
    const objs = await makeObjects(10, { kelurahan: 'Puday', years: [2025], amount: 500_000 });
    // 50 concurrent callbacks over 10 bills from two channels, some replayed, some too large
    const calls = Array.from({ length: 50 }, (_, i) => {
      const o = objs[i % 10];
      const channel = i % 2 ? 'qris' : 'bank-sultra';
      const reference = `R-${o.nop}-${i % 20}`; // calls i and i+20 (same bill, same channel) are replays
      return callback(channel, { reference, nop: o.nop, year: 2025, amount: 150_000 + (i % 20) * 1000, paidAt: '2025-07-01T01:30:00Z' }, { ts });
    });
    const rs = await Promise.all(calls);
    expect(rs.every((r) => r.status === 200 || r.status === 409)).toBe(true);
    const rows = await exec(
      `select p.bill_id, p.channel_id, p.amount::bigint as amount from jakpa.tax_payment p join jakpa.tax_bill b on b.id = p.bill_id where b.kecamatan_id = ? and b.year = 2025`,
      [region('Puday').kecamatanId],
    );
    expect(rows.length).toBe(new Set(rs.filter((r) => r.status === 200).map((r) => r.body.paymentId)).size);
    const sumRows = rows.reduce((s: number, r: any) => s + Number(r.amount), 0);
    // per bill: paidAmount = its rows, never above the principal (no penalty before the due date)
    for (const [i, o] of objs.entries()) {
      const own = rows.filter((r: any) => r.bill_id === o.bills[2025]).reduce((s: number, r: any) => s + Number(r.amount), 0);
      const b = await lookup(o.nop, 2025, `192.0.2.${i + 1}`); // a client each: the lookup throttle is not under test here
      expect(b.data.taxBill.today.paidAmount).toBe(own);
      expect(b.data.taxBill.today.totalDue).toBe(500_000 - own);
      expect(own).toBeLessThanOrEqual(500_000);
    }
    const stats = (
      await gqlOk(sg.url, `{ taxCollectionStats(year: 2025) { kecamatan { id } billCount amountBilled amountCollected paidCount partlyPaidCount } }`)
    ).taxCollectionStats;
    const abeli = stats.find((s: any) => s.kecamatan.id === region('Puday').kecamatanId);
    expect(abeli).toMatchObject({ billCount: 10, amountBilled: 5_000_000, amountCollected: sumRows });
    // amounts are "as of today" (the test clock): other tests' payments dated later do not count yet
    const all = await exec(
      `select coalesce(sum(p.amount), 0)::bigint as s from jakpa.tax_payment p join jakpa.tax_bill b on b.id = p.bill_id where b.year = 2025 and p.paid_at < '2025-07-01T16:00:00Z'`,
    );
    expect(stats.reduce((s: number, x: any) => s + x.amountCollected, 0)).toBe(Number(all[0].s));
    // reconciliation of each channel for the day = its rows
    for (const channel of ['qris', 'bank-sultra']) {
      const rec = (
        await gqlOk(
          sg.url,
          `{ channelReconciliation(channelId: "${channel}", date: "2025-07-01") { paymentCount totalAmount payments(first: 100) { totalCount nodes { amount } } } }`,
          {},
          { token: tokens.bapenda },
        )
      ).channelReconciliation;
      const [db] = await exec(
        `select count(*)::int as n, coalesce(sum(amount), 0)::bigint as s from jakpa.tax_payment where channel_id = ? and paid_at >= '2025-06-30T16:00:00Z' and paid_at < '2025-07-01T16:00:00Z'`,
        [channel],
      );
      expect(rec.paymentCount).toBe(db.n);
      expect(rec.totalAmount).toBe(Number(db.s));
      expect(rec.payments.totalCount).toBe(db.n);
      expect(rec.payments.nodes.reduce((s: number, p: any) => s + p.amount, 0)).toBe(Number(db.s));
    }
  });
});
