import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, DEMO_PASSWORD, gql, gqlOk, signAccessToken, sqlCounter, startSubgraph, OfficerRole, type StartedSubgraph, type TestDatabase } from '@kendari/kit';
import { core } from '../src/subgraph';
import { checkNik } from '../src/auth/nik';

const SECRET = 'test-secret-test-secret-test-secret-0123';
let db: TestDatabase;
let sg: StartedSubgraph;
const sql = sqlCounter();

beforeAll(async () => {
  db = await createTestDatabase('core');
  sg = await startSubgraph(core, { databaseUrl: db.url, authSecret: SECRET, port: 0, logLevel: 'silent', onQuery: sql.onQuery });
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
});

const REGISTER = `mutation R($input: RegisterCitizenInput!) { registerCitizen(input: $input) { citizen { id name nik phone kelurahan { id name } } session { accessToken refreshToken accountKind } } }`;
const LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { session { accessToken refreshToken } citizen { id name } officer { username role kelurahan { id } } } }`;
const valid = { nik: '7471055203950007', name: 'Wa Ode Nurhayati', phone: '0812 3456 7890', kelurahanId: '74.71.05.1003', password: 'rahasia123' };

describe('NIK rules', () => {
  it('accepts a woman\'s NIK (day + 40) and derives the birth date', () => {
    expect(checkNik('7471055203950007')).toEqual({ ok: true, birthDate: '1995-03-12', female: true });
  });
  it('accepts a NIK issued outside Kendari', () => {
    expect(checkNik('7371011208900003').ok).toBe(true);
  });
  it.each([
    ['747105520395000', 'digits'],
    ['9971055203950007', 'region'],
    ['7471053202950007', 'birth-date'], // 32 Feb
    ['7471051213950007', 'birth-date'], // month 13
    ['7471051203950000', 'serial'],
  ])('rejects %s (%s part)', (nik, part) => {
    const r = checkNik(nik);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(part === 'digits' ? '16 digits' : part);
  });
});


describe('registerCitizen and login', () => {
  it('registers, logs in with NIK and reads own personal data through me', async () => {
    const reg = await gqlOk(sg.url, REGISTER, { input: valid });
    expect(reg.registerCitizen.citizen).toMatchObject({ name: 'Wa Ode Nurhayati', nik: valid.nik, phone: '+6281234567890', kelurahan: { name: 'Tipulu' } });
    expect(reg.registerCitizen.session.accountKind).toBe('CITIZEN');
    const login = await gqlOk(sg.url, LOGIN, { input: { identifier: valid.nik, password: valid.password } });
    const me = await gqlOk(sg.url, '{ me { id name nik phone } }', {}, { token: login.login.session.accessToken });
    expect(me.me).toMatchObject({ id: reg.registerCitizen.citizen.id, nik: valid.nik });
  });

  it('refuses a duplicate NIK with CONFLICT and keeps the first account', async () => {
    const r = await gql(sg.url, REGISTER, { input: { ...valid, name: 'Orang Lain', password: 'lainnya999' } });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'input.nik' });
    const still = await gqlOk(sg.url, LOGIN, { input: { identifier: valid.nik, password: valid.password } });
    expect(still.login.citizen.name).toBe('Wa Ode Nurhayati');
  });

  it('names every invalid field with BAD_USER_INPUT and stores nothing', async () => {
    const r = await gql(sg.url, REGISTER, { input: { nik: '12', name: 'X', phone: 'abc', kelurahanId: '99.99', password: 'short' } });
    expect(r.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const fields = r.errors![0].extensions!.fields.map((f: { field: string }) => f.field);
    expect(fields).toEqual(['input.nik', 'input.name', 'input.phone', 'input.kelurahanId', 'input.password']);
    expect(r.errors![0].extensions!.fields[0].messageId).toMatch(/NIK/);
    const { rows } = await sg.orm.em.getConnection().execute(`select count(*)::int as n from core.citizen where nik = '12'`).then((rows) => ({ rows }));
    expect(rows[0].n).toBe(0);
  });

  it('answers wrong credentials with UNAUTHENTICATED and the same message for unknown NIK and wrong password', async () => {
    const a = await gql(sg.url, LOGIN, { input: { identifier: valid.nik, password: 'salah12345' } });
    const b = await gql(sg.url, LOGIN, { input: { identifier: '7471014101900009', password: 'salah12345' } });
    expect(a.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(a.errors?.[0].message).toBe(b.errors?.[0].message);
  });

  it('slows down repeated failures for one account', async () => {
    const input = { identifier: 'lurah.kandai', password: 'wrong-password-1' };
    const codes: string[] = [];
    for (let i = 0; i < 7; i++) codes.push((await gql(sg.url, LOGIN, { input })).errors![0].extensions!.code);
    expect(codes.slice(0, 5)).toEqual(Array(5).fill('UNAUTHENTICATED'));
    expect(codes).toContain('TOO_MANY_REQUESTS');
    // even the right password waits until the block ends
    const blocked = await gql(sg.url, LOGIN, { input: { identifier: 'lurah.kandai', password: DEMO_PASSWORD } });
    expect(blocked.errors?.[0].extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(blocked.errors![0].extensions!.retryAfterSeconds).toBeGreaterThan(0);
  });

  it('renews a session once per refresh token and rejects a reused one', async () => {
    const login = await gqlOk(sg.url, LOGIN, { input: { identifier: valid.nik, password: valid.password } });
    const old = login.login.session.refreshToken;
    const renewed = await gqlOk(sg.url, `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`, { t: old });
    expect(renewed.refreshSession.refreshToken).not.toBe(old);
    const reuse = await gql(sg.url, `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: old });
    expect(reuse.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    // reuse ends every session of the account, the renewed one too
    const after = await gql(sg.url, `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }`, { t: renewed.refreshSession.refreshToken });
    expect(after.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('logs an officer in with a scoped role', async () => {
    const r = await gqlOk(sg.url, LOGIN, { input: { identifier: 'petugas.kandai', password: DEMO_PASSWORD } });
    expect(r.login.officer).toEqual({ username: 'petugas.kandai', role: 'KELURAHAN_OFFICER', kelurahan: { id: '74.71.02.1009' } });
    const me = await gqlOk(sg.url, '{ currentOfficer { username role } }', {}, { token: r.login.session.accessToken });
    expect(me.currentOfficer.role).toBe('KELURAHAN_OFFICER');
  });
});

describe('who may read personal data (calling the subgraph directly)', () => {
  const ENTITY = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Citizen { id name maskedName nik phone } } }`;
  const demo = { id: '', kelurahanId: '74.71.02.1009' };
  const officer = (role: OfficerRole, scope: { kelurahanId?: string; kecamatanId?: string } = {}) =>
    signAccessToken({ kind: 'officer', id: '00000000-0000-4000-8000-000000000001', name: 'T', role, kelurahanId: scope.kelurahanId ?? null, kecamatanId: scope.kecamatanId ?? null, agencyId: null }, SECRET);

  beforeAll(async () => {
    const r = await gqlOk(sg.url, LOGIN, { input: { identifier: '7471024506900001', password: DEMO_PASSWORD } });
    demo.id = r.login.citizen.id;
  });

  const read = (token?: string) => gql(sg.url, ENTITY, { reps: [{ __typename: 'Citizen', id: demo.id }] }, { token });
  const deniedFields = (r: Awaited<ReturnType<typeof read>>) => (r.errors ?? []).filter((e) => e.extensions?.code === 'FORBIDDEN').map((e) => e.path!.at(-1));

  it('anonymous callers see only the masked name', async () => {
    const r = await read();
    expect(r.data._entities[0]).toEqual({ id: demo.id, name: null, maskedName: 'S***i R***', nik: null, phone: null });
    expect(deniedFields(r).sort()).toEqual(['name', 'nik', 'phone']);
  });

  it('another citizen cannot read NIK or phone', async () => {
    const other = await gqlOk(sg.url, LOGIN, { input: { identifier: valid.nik, password: valid.password } });
    const r = await read(other.login.session.accessToken);
    expect(r.data._entities[0].nik).toBeNull();
    expect(deniedFields(r).sort()).toEqual(['name', 'nik', 'phone']);
  });

  it('a kelurahan officer reads NIK and phone in their own kelurahan only', async () => {
    const own = await read(officer(OfficerRole.KELURAHAN_OFFICER, { kelurahanId: '74.71.02.1009', kecamatanId: '74.71.02' }));
    expect(own.data._entities[0].nik).toBe('7471024506900001');
    const elsewhere = await read(officer(OfficerRole.KELURAHAN_OFFICER, { kelurahanId: '74.71.05.1003', kecamatanId: '74.71.05' }));
    expect(deniedFields(elsewhere).sort()).toEqual(['nik', 'phone']);
  });

  it('a dispatcher reads the phone but not the NIK; an agency officer neither', async () => {
    const d = await read(officer(OfficerRole.DISPATCHER));
    expect(d.data._entities[0].phone).toMatch(/^\+62/);
    expect(deniedFields(d)).toEqual(['nik']);
    const a = await read(officer(OfficerRole.AGENCY_OFFICER));
    expect(deniedFields(a).sort()).toEqual(['nik', 'phone']);
  });

  it('a forged token is UNAUTHENTICATED, not anonymous', async () => {
    const forged = signAccessToken({ kind: 'citizen', id: demo.id, name: 'x' }, 'another-secret-another-secret-another-secret');
    const r = await read(forged);
    expect(r.status).toBe(401);
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('catalogue and regions', () => {
  it('lists 11 kecamatan with 65 kelurahan in a constant number of queries', async () => {
    sql.reset();
    const r = await gqlOk(sg.url, '{ kecamatans { id name kelurahans { id name kecamatan { name } } } }');
    expect(r.kecamatans).toHaveLength(11);
    expect(r.kecamatans.flatMap((k: any) => k.kelurahans)).toHaveLength(65);
    expect(sql.count).toBe(3); // kecamatans, kelurahans by kecamatan, kecamatan by id
  });

  it('services page with the same number of queries at 5 and 25 items', async () => {
    const q = `query($n: Int!) { services(first: $n) { totalCount nodes { id agency { name services { id } } } } }`;
    sql.reset();
    const small = await gqlOk(sg.url, q, { n: 5 });
    const smallCount = sql.count;
    sql.reset();
    const large = await gqlOk(sg.url, q, { n: 25 });
    expect(large.services.nodes.length).toBeGreaterThan(small.services.nodes.length);
    expect(sql.count).toBe(smallCount);
  });

  it('finds services by words and shows the official fee', async () => {
    const r = await gqlOk(sg.url, `{ services(first: 5, search: "usaha rt/rw") { nodes { id isFree feeRupiah feeLegalBasis timeLimitDays requirements } } }`);
    expect(r.services.nodes.map((n: any) => n.id)).toContain('laika-sku');
    expect(r.services.nodes[0].isFree).toBe(true);
  });

  it('pages with cursors and rejects a bad page size', async () => {
    const p1 = await gqlOk(sg.url, '{ services(first: 10) { totalCount pageInfo { hasNextPage endCursor } nodes { id } } }');
    const p2 = await gqlOk(sg.url, 'query($a: String) { services(first: 10, after: $a) { nodes { id } } }', { a: p1.services.pageInfo.endCursor });
    expect(p1.services.pageInfo.hasNextPage).toBe(true);
    expect(p2.services.nodes[0].id).not.toBe(p1.services.nodes[0].id);
    const bad = await gql(sg.url, '{ services(first: 1000) { totalCount } }');
    expect(bad.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });
});
