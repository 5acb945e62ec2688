import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, signAccessToken, startSubgraph, OfficerRole, type StartedSubgraph } from '@kendari/kit';
import { createTestDatabase, gql, gqlOk, sqlCounter, type TestDatabase } from '@kendari/kit/testing';
import { core } from '../src/subgraph';
import { checkNik } from '../src/auth/nik';

const SECRET = 'test-secret-test-secret-test-secret-0123';
let db: TestDatabase;
let sg: StartedSubgraph;
const sql = sqlCounter();

beforeAll(async () => {
  db = await createTestDatabase('core');
  // TEST_REDIS_URL runs the same login-limit assertions with the counters in Redis instead of PostgreSQL
  sg = await startSubgraph(core, {
    databaseUrl: db.url,
    authSecret: SECRET,
    port: 0,
    logLevel: 'silent',
    onQuery: sql.onQuery,
    redisUrl: process.env.TEST_REDIS_URL,
  });
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
});

const REGISTER = `mutation R($input: RegisterCitizenInput!) { registerCitizen(input: $input) { citizen { id name nik phone kelurahan { id name } } session { accessToken refreshToken accountKind } } }`;
const LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { session { accessToken refreshToken } citizen { id name } officer { username role kelurahan { id } } } }`;
const valid = { nik: '7471055203950007', name: 'Wa Ode Nurhayati', phone: '0812 3456 7890', kelurahanId: '74.71.05.1003', password: 'rahasia123' };

describe('NIK rules', () => {
  it("accepts a woman's NIK (day + 40) and derives the birth date", () => {
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
    const { rows } = await sg.orm.em
      .getConnection()
      .execute(`select count(*)::int as n from core.citizen where nik = '12'`)
      .then((rows) => ({ rows }));
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

describe('sessions, login limits and token claims', () => {
  const REFRESH = `mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }`;
  const ME = '{ me { nik phone } }';
  const from = (ip: string) => ({ headers: { 'x-forwarded-for': ip } });
  const claims = (token: string) => JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString());
  const loginAs = (identifier: string, ip: string, password = DEMO_PASSWORD) => gql(sg.url, LOGIN, { input: { identifier, password } }, from(ip));

  it('two simultaneous refreshes with one token: exactly one wins, the other counts as reuse and ends the family (5 of 5 trials)', async () => {
    for (let trial = 0; trial < 5; trial++) {
      const s = (await loginAs('7471021206730002', `10.1.0.${trial}`)).data!.login.session;
      const [a, b] = await Promise.all([gql(sg.url, REFRESH, { t: s.refreshToken }), gql(sg.url, REFRESH, { t: s.refreshToken })]);
      const won = [a, b].filter((r) => r.data?.refreshSession);
      expect(won, `trial ${trial}`).toHaveLength(1);
      expect([a, b].find((r) => !r.data?.refreshSession)!.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      // the winner's new refresh token and access token are dead too: no undetected parallel session
      const next = await gql(sg.url, REFRESH, { t: won[0].data.refreshSession.refreshToken });
      expect(next.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect((await gql(sg.url, ME, {}, { token: won[0].data.refreshSession.accessToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it('30 parallel wrong passwords from one address: 5 are checked, 25 refused unchecked; the owner still logs in from another address', async () => {
    const all = await Promise.all(Array.from({ length: 30 }, () => loginAs('7471026311860003', '36.85.7.7', 'salah-sekali-1')));
    const codes = all.map((r) => r.errors?.[0].extensions?.code);
    expect(codes.filter((c) => c === 'UNAUTHENTICATED')).toHaveLength(5);
    expect(codes.filter((c) => c === 'TOO_MANY_REQUESTS')).toHaveLength(25);
    // the attacker's address stays blocked even with the right password...
    expect((await loginAs('7471026311860003', '36.85.7.7')).errors?.[0].extensions?.code).toBe('TOO_MANY_REQUESTS');
    // ...the owner's own address is not
    expect((await loginAs('7471026311860003', '114.125.3.4')).data?.login.citizen).toBeTruthy();
  });

  it('an access token stops reading personal data after logout, and after its refresh token is reused', async () => {
    const s = (await loginAs('7471040604990004', '10.2.0.1')).data!.login.session;
    expect(claims(s.accessToken).sid).toMatch(/^[0-9a-f-]{36}$/);
    expect((await gqlOk(sg.url, ME, {}, { token: s.accessToken })).me.nik).toBe('7471040604990004');
    // a normal renewal keeps the login alive: both the old and the new access token still read
    const renewed = (await gqlOk(sg.url, REFRESH, { t: s.refreshToken })).refreshSession;
    expect((await gqlOk(sg.url, ME, {}, { token: s.accessToken })).me.phone).toMatch(/^\+62/);
    await gqlOk(sg.url, `mutation($t: String!) { logout(refreshToken: $t) }`, { t: renewed.refreshToken });
    for (const token of [s.accessToken, renewed.accessToken]) {
      const r = await gql(sg.url, ME, {}, { token });
      expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      expect(JSON.stringify(r.data ?? null)).not.toContain('7471040604990004');
    }

    const t = (await loginAs('7471040604990004', '10.2.0.2')).data!.login.session;
    await gqlOk(sg.url, REFRESH, { t: t.refreshToken });
    await gql(sg.url, REFRESH, { t: t.refreshToken }); // reuse: every session of the account ends
    expect((await gql(sg.url, ME, {}, { token: t.accessToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("a resident's `me` is one statement: the check that the login is live reads the resident's row too", async () => {
    const s = (await loginAs('7471040604990004', '10.2.1.1')).data!.login.session;
    sql.reset();
    const me = (await gqlOk(sg.url, `{ me { id nik name kelurahan { name } } }`, {}, { token: s.accessToken })).me;
    expect(me.nik).toBe('7471040604990004');
    expect(sql.count).toBe(1);
    // and a session that ended still reads nothing, in that same statement
    await gqlOk(sg.url, `mutation($t: String!) { logout(refreshToken: $t) }`, { t: s.refreshToken });
    expect((await gql(sg.url, ME, {}, { token: s.accessToken })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it("a token's role and scope must be the account's: a raised role reads nothing; an unknown role is refused outright", async () => {
    const s = (await loginAs('petugas.kandai', '10.3.0.1')).data!.login.session;
    const c = claims(s.accessToken);
    expect((await gqlOk(sg.url, '{ currentOfficer { role } }', {}, { token: s.accessToken })).currentOfficer.role).toBe('KELURAHAN_OFFICER');
    const raised = signAccessToken(
      {
        kind: 'officer',
        id: c.sub,
        name: c.name,
        role: OfficerRole.INSPECTOR,
        kelurahanId: c.kelurahanId,
        kecamatanId: c.kecamatanId,
        agencyId: c.agencyId,
        sid: c.sid,
      },
      SECRET,
    );
    expect((await gql(sg.url, '{ currentOfficer { role } }', {}, { token: raised })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const [{ id: citizenId }] = await sg.orm.em.getConnection().execute(`select id from core.citizen where kelurahan_id <> '74.71.02.1009' limit 1`);
    const r = await gql(
      sg.url,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Citizen { nik } } }`,
      { reps: [{ __typename: 'Citizen', id: citizenId }] },
      { token: raised },
    );
    expect(r.data._entities[0].nik).toBeNull();
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const unknown = signAccessToken(
      { kind: 'officer', id: c.sub, name: c.name, role: 'SUPERUSER' as OfficerRole, kelurahanId: null, kecamatanId: null, agencyId: null, sid: c.sid },
      SECRET,
    );
    const u = await gql(sg.url, '{ services(first: 1) { nodes { id } } }', {}, { token: unknown });
    expect(u.status).toBe(401);
  });
});

describe('who may read personal data (calling the subgraph directly)', () => {
  const ENTITY = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Citizen { id name maskedName nik phone } } }`;
  const demo = { id: '', kelurahanId: '74.71.02.1009' };
  // real logins: a token must name a live session of an account with that role and scope
  const officers = new Map<string, string>();
  const officer = async (role: OfficerRole, scope: { kelurahanId?: string; kecamatanId?: string } = {}) => {
    const [{ username }] = await sg.orm.em
      .getConnection()
      .execute(
        `select username from core.officer where role = ? and kelurahan_id is not distinct from ? and (?::text is null or kecamatan_id = ?) order by username limit 1`,
        [role, scope.kelurahanId ?? null, scope.kecamatanId ?? null, scope.kecamatanId ?? null],
      );
    if (!officers.has(username))
      officers.set(
        username,
        (
          await gqlOk(
            sg.url,
            LOGIN,
            { input: { identifier: username, password: DEMO_PASSWORD } },
            { headers: { 'x-forwarded-for': `10.9.${officers.size}.1` } },
          )
        ).login.session.accessToken,
      );
    return officers.get(username)!;
  };

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
    const own = await read(await officer(OfficerRole.KELURAHAN_OFFICER, { kelurahanId: '74.71.02.1009', kecamatanId: '74.71.02' }));
    expect(own.data._entities[0].nik).toBe('7471024506900001');
    const elsewhere = await read(await officer(OfficerRole.KELURAHAN_OFFICER, { kelurahanId: '74.71.05.1003', kecamatanId: '74.71.05' }));
    // not even the name: the resident lives outside this officer's area
    expect(deniedFields(elsewhere).sort()).toEqual(['name', 'nik', 'phone']);
  });

  it('a dispatcher reads the phone but not the NIK; an agency officer neither', async () => {
    const d = await read(await officer(OfficerRole.DISPATCHER));
    expect(d.data._entities[0].phone).toMatch(/^\+62/);
    expect(deniedFields(d)).toEqual(['nik']);
    // an agency officer's scope is an agency, not a place: no citizen's name or kelurahan by id either
    const a = await read(await officer(OfficerRole.AGENCY_OFFICER));
    expect(deniedFields(a).sort()).toEqual(['name', 'nik', 'phone']);
    const kel = await gql(
      sg.url,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Citizen { kelurahan { id } } } }`,
      { reps: [{ __typename: 'Citizen', id: demo.id }] },
      { token: await officer(OfficerRole.AGENCY_OFFICER) },
    );
    expect(kel.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const camat = await read(await officer(OfficerRole.CAMAT, { kecamatanId: '74.71.02' }));
    expect(camat.data._entities[0].name).toBe('Siti Rahmawati');
  });

  it('a forged token is UNAUTHENTICATED, not anonymous', async () => {
    const forged = signAccessToken({ kind: 'citizen', id: demo.id, name: 'x' }, 'another-secret-another-secret-another-secret');
    const r = await read(forged);
    expect(r.status).toBe(401);
    expect(r.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('catalogue and regions', () => {
  it('lists 11 kecamatan with 65 kelurahan from memory: no SQL once the regions are held', async () => {
    const tree = '{ kecamatans { id name kelurahans { id name kecamatan { name } } } }';
    await gqlOk(sg.url, tree); // the first request of the process may load them (two statements)
    sql.reset();
    const r = await gqlOk(sg.url, tree);
    expect(r.kecamatans).toHaveLength(11);
    expect(r.kecamatans.map((k: any) => k.id)).toEqual([...r.kecamatans.map((k: any) => k.id)].sort());
    expect(r.kecamatans.flatMap((k: any) => k.kelurahans)).toHaveLength(65);
    expect(r.kecamatans.find((k: any) => k.id === '74.71.02').kelurahans.find((l: any) => l.id === '74.71.02.1009')).toEqual({
      id: '74.71.02.1009',
      name: 'Kandai',
      kecamatan: { name: 'Kendari' },
    });
    const one = await gqlOk(
      sg.url,
      '{ kelurahans(kecamatanId: "74.71.02") { id kecamatan { id } } kelurahan(id: "74.71.02.1009") { name } kecamatan(id: "99.99") { id } }',
    );
    expect(one.kelurahans.length).toBeGreaterThan(0);
    expect(one.kelurahans.every((k: any) => k.kecamatan.id === '74.71.02')).toBe(true);
    expect(one.kelurahan).toEqual({ name: 'Kandai' });
    expect(one.kecamatan).toBeNull();
    const refs = await gqlOk(sg.url, 'query($r: [_Any!]!) { _entities(representations: $r) { ... on Kelurahan { name } ... on Kecamatan { name } } }', {
      r: [
        { __typename: 'Kelurahan', id: '74.71.02.1009' },
        { __typename: 'Kecamatan', id: '74.71.02' },
        { __typename: 'Kelurahan', id: 'nope' },
      ],
    });
    expect(refs._entities).toEqual([{ name: 'Kandai' }, { name: 'Kendari' }, null]);
    expect(sql.count).toBe(0);
  });

  it('services page with the same number of queries at 5 and 25 items', async () => {
    const q = `query($n: Int!) { services(first: $n) { totalCount nodes { id agency { name services { id } } } } }`;
    await gqlOk(sg.url, q, { n: 1 }); // the first request of the process may load the catalogue's agencies and services
    sql.reset();
    const small = await gqlOk(sg.url, q, { n: 5 });
    const smallCount = sql.count;
    sql.reset();
    const large = await gqlOk(sg.url, q, { n: 25 });
    expect(large.services.nodes.length).toBeGreaterThan(small.services.nodes.length);
    expect(sql.count).toBe(smallCount);
    // the page is one statement; each service's agency and the agency's services come from memory
    expect(smallCount).toBe(1);
    expect(large.services.nodes.every((n: any) => n.agency.services.some((s: any) => s.id === n.id))).toBe(true);
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
