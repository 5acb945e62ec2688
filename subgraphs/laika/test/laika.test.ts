import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addWorkingDays, maskName, signAccessToken, demoCitizens, OfficerRole, startSubgraph, type StartedSubgraph } from '@kendari/kit';
import { aliasedPageCounts, createTestDatabase, gql, gqlOk, sqlCounter, type TestDatabase } from '@kendari/kit/testing';
import { laika } from '../src/subgraph';
import { GUESS_LIMIT, resetVerifyThrottle } from '../src/resolvers/letter-verification.resolver';
import { DEMO_CODE, DEMO_REQUEST_COUNT } from '../src/seeders/seed';
import { citizenToken, clearKelurahan, countRows, insertRequests, kel, officersOf, officerToken, SECRET } from './helpers';

let db: TestDatabase;
let sg: StartedSubgraph;
const sql = sqlCounter();

beforeAll(async () => {
  db = await createTestDatabase('laika');
  sg = await startSubgraph(laika, { databaseUrl: db.url, authSecret: SECRET, port: 0, logLevel: 'silent', onQuery: sql.onQuery });
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
});

const FULL = `id status level purpose holderName dueAt overdue currentHolder nextStatuses rejectionReason letterNumber verificationCode issuedAt validUntil officeName
  letterType { id name timeLimitDays feeRupiah } details { name value } citizen { id } kelurahan { id } kecamatan { id } service { id }
  timeline { at actorRole actorId fromStatus toStatus reason }`;
const REQUEST = `mutation($input: RequestLetterInput!) { requestLetter(input: $input) { created request { ${FULL} } } }`;
const step = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { request { ${FULL} } } }`;
const VERIFY = step('verifyLetterRequest', 'VerifyLetterRequestInput');
const REJECT = step('rejectLetterRequest', 'RejectLetterRequestInput');
const SIGN = step('signLetterRequest', 'SignLetterRequestInput');
const ISSUE = step('issueLetter', 'IssueLetterInput');
const CANCEL = step('cancelLetterRequest', 'CancelLetterRequestInput');
const GET = `query($id: ID!) { letterRequest(id: $id) { ${FULL} } }`;
const QUEUE = `query($status: LetterStatus, $open: Boolean, $type: ID, $overdue: Boolean, $kel: ID, $first: Int = 20, $after: String) {
  letterQueue(status: $status, open: $open, letterTypeId: $type, overdue: $overdue, kelurahanId: $kel, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id status overdue level kelurahan { id } letterType { id } } } }`;
const VERIFY_LETTER = `query($code: String!) { verifyLetter(code: $code) { valid letterTypeId letterTypeName letterNumber issuedAt issuingOffice validUntil expired holderNameMasked } }`;
const CITIZEN_LETTERS = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Citizen { id letterRequests(first: 50) { totalCount nodes { id createdAt kelurahan { id } } } } } }`;

const KANDAI = kel('Kandai');
const GUNUNG_JATI = kel('Gunung Jati'); // same kecamatan (Kendari)
const TIPULU = kel('Tipulu'); // kecamatan Kendari Barat
const siti = { id: randomUUID(), name: 'Siti Rahmawati' };
const budi = { id: randomUUID(), name: 'Budi Saputra' };
const sitiToken = citizenToken(siti.id, siti.name);
const budiToken = citizenToken(budi.id, budi.name);
const kandai = officersOf('Kandai');
const gunungJati = officersOf('Gunung Jati');
const tipulu = officersOf('Tipulu');

const sku = (over: Record<string, unknown> = {}) => ({
  letterTypeId: 'laika-sku',
  kelurahanId: KANDAI.id,
  purpose: 'Pengajuan Kredit Usaha Rakyat',
  details: [
    { name: 'businessName', value: 'Warung Sari Laut' },
    { name: 'businessAddress', value: 'Jl. Ahmad Yani No. 5' },
    { name: 'businessType', value: 'Kuliner' },
  ],
  ...over,
});
const submit = async (token = sitiToken, input: Record<string, unknown> = sku()) => (await gqlOk(sg.url, REQUEST, { input }, { token })).requestLetter.request;
const errorOf = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions;

describe('seed', () => {
  it('loads letter types and hundreds of requests over many kelurahan and statuses', async () => {
    expect(await countRows(sg)).toBe(DEMO_REQUEST_COUNT);
    const rows = await sg.orm.em.getConnection().execute(`select count(distinct kelurahan_id)::int as k, count(distinct status)::int as s,
      count(*) filter (where status in ('SUBMITTED','VERIFIED','SIGNED') and due_at < now())::int as overdue,
      count(*) filter (where status = 'REJECTED')::int as rejected, count(*) filter (where status = 'ISSUED')::int as issued from laika.letter_request`);
    expect(rows[0].k).toBeGreaterThan(40);
    expect(rows[0].s).toBe(6);
    expect(rows[0].overdue).toBeGreaterThan(0);
    expect(rows[0].rejected).toBeGreaterThan(10);
    expect(rows[0].issued).toBeGreaterThan(300);
    const types = await gqlOk(sg.url, '{ letterTypes { id level timeLimitDays feeRupiah fields { name required kind } } }');
    expect(types.letterTypes).toHaveLength(11);
    expect(types.letterTypes.find((t: any) => t.id === 'laika-sk-pindah')).toMatchObject({ level: 'KECAMATAN', timeLimitDays: 3, feeRupiah: 0 });
  });

  it("the demo code verifies Siti Rahmawati's domicile letter, masked, for anyone", async () => {
    await resetVerifyThrottle();
    const r = await gqlOk(sg.url, VERIFY_LETTER, { code: DEMO_CODE });
    expect(r.verifyLetter).toMatchObject({
      valid: true,
      letterTypeId: 'laika-sk-domisili',
      holderNameMasked: 'S***i R***',
      expired: false,
      issuingOffice: 'Kelurahan Kandai, Kecamatan Kendari, Kota Kendari',
    });
    expect(r.verifyLetter.letterNumber).toMatch(/^470\/\d{4}\/KDI-KANDAI\/[IVX]+\/20\d\d$/);
    // typed loosely (case, dashes, spaces) it is the same code
    expect((await gqlOk(sg.url, VERIFY_LETTER, { code: ' lk demo 2026 ' })).verifyLetter.valid).toBe(true);
    expect(demoCitizens()[0].name).toBe('Siti Rahmawati');
  });
});

describe('requestLetter', () => {
  it('stores a request with its due date, timeline and holder role', async () => {
    const before = Date.now();
    const res = await gqlOk(sg.url, REQUEST, { input: sku({ idempotencyKey: 'sku-first-try-001' }) }, { token: sitiToken });
    const r = res.requestLetter.request;
    expect(res.requestLetter.created).toBe(true);
    expect(r).toMatchObject({
      status: 'SUBMITTED',
      level: 'KELURAHAN',
      holderName: 'Siti Rahmawati',
      overdue: false,
      currentHolder: 'KELURAHAN_OFFICER',
      nextStatuses: ['VERIFIED', 'REJECTED', 'CANCELLED'],
      letterNumber: null,
      verificationCode: null,
    });
    expect(r.letterType).toMatchObject({ id: 'laika-sku', timeLimitDays: 2, feeRupiah: 0 });
    expect(r.citizen.id).toBe(siti.id);
    expect(r.kelurahan.id).toBe(KANDAI.id);
    expect(r.kecamatan.id).toBe(KANDAI.kecamatanId);
    expect(r.service.id).toBe('laika-sku');
    expect(r.details.map((d: any) => d.name)).toEqual(['businessName', 'businessAddress', 'businessType']);
    expect(new Date(r.dueAt).getTime()).toBe(addWorkingDays(new Date(before), 2).getTime());
    expect(r.timeline).toEqual([{ at: expect.any(String), actorRole: 'CITIZEN', actorId: null, fromStatus: null, toStatus: 'SUBMITTED', reason: null }]);
  });

  it('takes the kelurahan from the account in the token, and refuses another one', async () => {
    const withKelurahan = signAccessToken({ kind: 'citizen', id: randomUUID(), name: 'Wa Ode Sari', kelurahanId: TIPULU.id }, SECRET);
    const r = await submit(withKelurahan, sku({ kelurahanId: undefined }));
    expect(r.kelurahan.id).toBe(TIPULU.id);
    const other = await gql(sg.url, REQUEST, { input: sku({ kelurahanId: KANDAI.id }) }, { token: withKelurahan });
    expect(errorOf(other)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.kelurahanId' });
  });

  it('the same idempotency key twice gives the same request and one row; a different request with it is CONFLICT', async () => {
    const input = sku({ idempotencyKey: 'retry-key-12345678' });
    const a = await gqlOk(sg.url, REQUEST, { input }, { token: sitiToken });
    const b = await gqlOk(sg.url, REQUEST, { input }, { token: sitiToken });
    expect(b.requestLetter.request.id).toBe(a.requestLetter.request.id);
    expect(b.requestLetter.created).toBe(false);
    expect(await countRows(sg, 'idempotency_key = ?', ['retry-key-12345678'])).toBe(1);
    const other = await gql(sg.url, REQUEST, { input: { ...input, purpose: 'Keperluan yang lain sama sekali' } }, { token: sitiToken });
    expect(errorOf(other)).toMatchObject({ code: 'CONFLICT', field: 'input.idempotencyKey' });
    // the key is per citizen: another resident may use the same one
    const c = await gqlOk(sg.url, REQUEST, { input }, { token: budiToken });
    expect(c.requestLetter.request.id).not.toBe(a.requestLetter.request.id);
    // concurrent retries still give one row
    const same = sku({ idempotencyKey: 'concurrent-key-0001' });
    const many = await Promise.all(Array.from({ length: 5 }, () => gqlOk(sg.url, REQUEST, { input: same }, { token: sitiToken })));
    expect(new Set(many.map((m) => m.requestLetter.request.id)).size).toBe(1);
    expect(await countRows(sg, 'idempotency_key = ?', ['concurrent-key-0001'])).toBe(1);
  });

  it('names every invalid field with BAD_USER_INPUT and stores nothing', async () => {
    const before = await countRows(sg);
    const r = await gql(
      sg.url,
      REQUEST,
      {
        input: {
          letterTypeId: 'laika-sku',
          kelurahanId: '99.99.99.9999',
          purpose: 'x',
          details: [
            { name: 'businessName', value: 'W' },
            { name: 'shoeSize', value: '42' },
            { name: 'businessSince', value: '2099-01-01' },
          ],
          idempotencyKey: 'short',
        },
      },
      { token: sitiToken },
    );
    expect(errorOf(r)?.code).toBe('BAD_USER_INPUT');
    const fields = errorOf(r)!.fields.map((f: any) => f.field);
    expect(fields).toEqual([
      'input.kelurahanId',
      'input.purpose',
      'input.details.shoeSize',
      'input.details.businessName',
      'input.details.businessAddress',
      'input.details.businessType',
      'input.details.businessSince',
      'input.idempotencyKey',
    ]);
    expect(errorOf(r)!.fields.every((f: any) => f.message && f.messageId)).toBe(true);
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ letterTypeId: 'laika-sim' }, 'input.letterTypeId'],
      [{ letterTypeId: 'x'.repeat(500) }, 'input.letterTypeId'],
      [{ purpose: 'y'.repeat(501) }, 'input.purpose'],
      [{ purpose: '          ' }, 'input.purpose'],
      [{ details: [] }, 'input.details.businessName'],
      [{ details: Array.from({ length: 21 }, (_, i) => ({ name: `f${i}`, value: 'v' })) }, 'input.details'],
      [
        {
          letterTypeId: 'laika-sktm',
          details: [
            { name: 'monthlyIncome', value: 'banyak' },
            { name: 'institution', value: 'RSUD Kota Kendari' },
          ],
        },
        'input.details.monthlyIncome',
      ],
      [
        {
          letterTypeId: 'laika-sk-kematian',
          details: [
            { name: 'deceasedName', value: 'La Ode Hamid' },
            { name: 'dateOfDeath', value: '2026-02-30' },
            { name: 'placeOfDeath', value: 'Rumah' },
            { name: 'relationship', value: 'Anak' },
          ],
        },
        'input.details.dateOfDeath',
      ],
      [{ idempotencyKey: 'k'.repeat(101) }, 'input.idempotencyKey'],
    ];
    for (const [over, field] of cases) {
      const res = await gql(sg.url, REQUEST, { input: sku(over) }, { token: sitiToken });
      expect(errorOf(res), field).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await countRows(sg)).toBe(before);
  });

  it('needs a citizen: anonymous is UNAUTHENTICATED, an officer FORBIDDEN', async () => {
    expect(errorOf(await gql(sg.url, REQUEST, { input: sku() }))?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await gql(sg.url, REQUEST, { input: sku() }, { token: kandai.petugas }))?.code).toBe('FORBIDDEN');
  });
});

describe('workflow', () => {
  it('kelurahan letter: officer verifies, lurah signs, officer issues a numbered letter with a code', async () => {
    const r = await submit();
    // wrong roles for each step are FORBIDDEN and change nothing
    expect(errorOf(await gql(sg.url, VERIFY, { input: { id: r.id } }, { token: kandai.lurah }))?.code).toBe('FORBIDDEN');
    const v = (await gqlOk(sg.url, VERIFY, { input: { id: r.id, note: 'Berkas lengkap' } }, { token: kandai.petugas })).verifyLetterRequest.request;
    expect(v).toMatchObject({ status: 'VERIFIED', currentHolder: 'LURAH' });
    expect(errorOf(await gql(sg.url, SIGN, { input: { id: r.id } }, { token: kandai.petugas }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await gql(sg.url, SIGN, { input: { id: r.id } }, { token: kandai.camat }))?.code).toBe('FORBIDDEN');
    const s = (await gqlOk(sg.url, SIGN, { input: { id: r.id } }, { token: kandai.lurah })).signLetterRequest.request;
    expect(s.status).toBe('SIGNED');
    const i = (await gqlOk(sg.url, ISSUE, { input: { id: r.id } }, { token: kandai.petugas })).issueLetter.request;
    expect(i).toMatchObject({
      status: 'ISSUED',
      currentHolder: 'APPLICANT',
      nextStatuses: [],
      officeName: 'Kelurahan Kandai, Kecamatan Kendari, Kota Kendari',
    });
    expect(i.letterNumber).toMatch(/^500\/\d{4}\/KDI-KANDAI\/(I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII)\/20\d\d$/);
    expect(i.verificationCode).toMatch(/^LK-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{2}$/);
    expect(new Date(i.validUntil).getTime()).toBeGreaterThan(Date.now() + 300 * 86400_000); // SKU: 12 months
    expect(i.timeline.map((e: any) => [e.actorRole, e.fromStatus, e.toStatus])).toEqual([
      ['CITIZEN', null, 'SUBMITTED'],
      ['KELURAHAN_OFFICER', 'SUBMITTED', 'VERIFIED'],
      ['LURAH', 'VERIFIED', 'SIGNED'],
      ['KELURAHAN_OFFICER', 'SIGNED', 'ISSUED'],
    ]);
    expect(i.timeline[1]).toMatchObject({ reason: 'Berkas lengkap', actorId: expect.any(String) });
    // the applicant follows it, without the officers' account ids
    const own = (await gqlOk(sg.url, GET, { id: r.id }, { token: sitiToken })).letterRequest;
    expect(own.verificationCode).toBe(i.verificationCode);
    expect(own.timeline.every((e: any) => e.actorId === null)).toBe(true);
    // and anyone can check it by its code
    await resetVerifyThrottle();
    const pub = (await gqlOk(sg.url, VERIFY_LETTER, { code: i.verificationCode })).verifyLetter;
    expect(pub).toMatchObject({
      valid: true,
      letterNumber: i.letterNumber,
      letterTypeName: 'Surat Keterangan Usaha (SKU)',
      holderNameMasked: 'S***i R***',
      issuingOffice: i.officeName,
      expired: false,
    });
    // numbers continue the office's sequence for the year
    const r2 = await submit();
    await gqlOk(sg.url, VERIFY, { input: { id: r2.id } }, { token: kandai.petugas });
    await gqlOk(sg.url, SIGN, { input: { id: r2.id } }, { token: kandai.lurah });
    const i2 = (await gqlOk(sg.url, ISSUE, { input: { id: r2.id } }, { token: kandai.lurah })).issueLetter.request;
    const seq = (n: string) => Number(n.split('/')[1]);
    expect(seq(i2.letterNumber)).toBe(seq(i.letterNumber) + 1);
  });

  it('kecamatan letter: the camat of the kecamatan verifies, signs and issues; the lurah cannot sign it', async () => {
    const r = await submit(budiToken, {
      letterTypeId: 'laika-sk-pindah',
      kelurahanId: GUNUNG_JATI.id,
      purpose: 'Pindah domisili karena pekerjaan',
      details: [
        { name: 'destinationAddress', value: 'Jl. Urip Sumoharjo No. 12, Makassar' },
        { name: 'movingReason', value: 'Pekerjaan' },
      ],
    });
    expect(r).toMatchObject({ level: 'KECAMATAN', currentHolder: 'KECAMATAN_OFFICE', officeName: 'Kecamatan Kendari, Kota Kendari' });
    expect(errorOf(await gql(sg.url, VERIFY, { input: { id: r.id } }, { token: tipulu.camat }))?.code).toBe('NOT_FOUND');
    // the applicant's own kelurahan officer may do the first check
    await gqlOk(sg.url, VERIFY, { input: { id: r.id } }, { token: gunungJati.petugas });
    expect(errorOf(await gql(sg.url, SIGN, { input: { id: r.id } }, { token: gunungJati.lurah }))?.code).toBe('FORBIDDEN');
    await gqlOk(sg.url, SIGN, { input: { id: r.id } }, { token: kandai.camat }); // same kecamatan (Kendari)
    const i = (await gqlOk(sg.url, ISSUE, { input: { id: r.id } }, { token: gunungJati.camat })).issueLetter.request;
    expect(i.letterNumber).toMatch(/^475\/\d{4}\/KDI-KEC-KENDARI\/[IVX]+\/20\d\d$/);
    expect(i.timeline.map((e: any) => e.actorRole)).toEqual(['CITIZEN', 'KELURAHAN_OFFICER', 'CAMAT', 'CAMAT']);
  });

  it('illegal transitions are CONFLICT and change nothing', async () => {
    const r = await submit();
    const issue = await gql(sg.url, ISSUE, { input: { id: r.id } }, { token: kandai.petugas });
    expect(errorOf(issue)).toMatchObject({ code: 'CONFLICT', from: 'SUBMITTED', to: 'ISSUED' });
    expect(errorOf(await gql(sg.url, SIGN, { input: { id: r.id } }, { token: kandai.lurah }))?.code).toBe('CONFLICT');
    await gqlOk(sg.url, VERIFY, { input: { id: r.id } }, { token: kandai.petugas });
    expect(errorOf(await gql(sg.url, VERIFY, { input: { id: r.id } }, { token: kandai.petugas }))?.code).toBe('CONFLICT');
    expect(errorOf(await gql(sg.url, CANCEL, { input: { id: r.id } }, { token: sitiToken }))).toMatchObject({
      code: 'CONFLICT',
      from: 'VERIFIED',
      to: 'CANCELLED',
    });
    const after = (await gqlOk(sg.url, GET, { id: r.id }, { token: sitiToken })).letterRequest;
    expect(after.status).toBe('VERIFIED');
    expect(after.timeline).toHaveLength(2);
  });

  it('two officers verifying at once: one wins, the other gets CONFLICT', async () => {
    const r = await submit();
    const both = await Promise.all([
      gql(sg.url, VERIFY, { input: { id: r.id } }, { token: kandai.petugas }),
      gql(sg.url, VERIFY, { input: { id: r.id } }, { token: kandai.petugas }),
    ]);
    expect(both.filter((x) => !x.errors).length).toBe(1);
    expect(both.map((x) => errorOf(x)?.code).filter(Boolean)).toEqual(['CONFLICT']);
    expect((await gqlOk(sg.url, GET, { id: r.id }, { token: sitiToken })).letterRequest.timeline).toHaveLength(2);
  });

  it('rejection needs a reason, which the applicant then sees; the lurah may decline a verified request', async () => {
    const r = await submit();
    const noReason = await gql(sg.url, REJECT, { input: { id: r.id, reason: ' ' } }, { token: kandai.petugas });
    expect(errorOf(noReason)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    const long = await gql(sg.url, REJECT, { input: { id: r.id, reason: 'z'.repeat(501) } }, { token: kandai.petugas });
    expect(errorOf(long)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.reason' });
    await gqlOk(sg.url, VERIFY, { input: { id: r.id } }, { token: kandai.petugas });
    const rej = (await gqlOk(sg.url, REJECT, { input: { id: r.id, reason: 'Data pengantar RT/RW tidak sesuai KK' } }, { token: kandai.lurah }))
      .rejectLetterRequest.request;
    expect(rej).toMatchObject({ status: 'REJECTED', currentHolder: null, rejectionReason: 'Data pengantar RT/RW tidak sesuai KK', nextStatuses: [] });
    const own = (await gqlOk(sg.url, GET, { id: r.id }, { token: sitiToken })).letterRequest;
    expect(own.timeline.at(-1)).toMatchObject({
      actorRole: 'LURAH',
      fromStatus: 'VERIFIED',
      toStatus: 'REJECTED',
      reason: 'Data pengantar RT/RW tidak sesuai KK',
    });
    expect(errorOf(await gql(sg.url, SIGN, { input: { id: r.id } }, { token: kandai.lurah }))?.code).toBe('CONFLICT');
  });

  it('the applicant cancels before verification; nobody else can', async () => {
    const r = await submit();
    expect(errorOf(await gql(sg.url, CANCEL, { input: { id: r.id } }, { token: budiToken }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await gql(sg.url, CANCEL, { input: { id: r.id } }, { token: kandai.petugas }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await gql(sg.url, CANCEL, { input: { id: 'not-a-uuid' } }, { token: sitiToken }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.id',
    });
    const c = (await gqlOk(sg.url, CANCEL, { input: { id: r.id, reason: 'Sudah diurus di kantor' } }, { token: sitiToken })).cancelLetterRequest.request;
    expect(c).toMatchObject({ status: 'CANCELLED', currentHolder: null });
    expect(c.timeline.at(-1)).toMatchObject({ actorRole: 'CITIZEN', fromStatus: 'SUBMITTED', toStatus: 'CANCELLED', reason: 'Sudah diurus di kantor' });
    expect(errorOf(await gql(sg.url, VERIFY, { input: { id: r.id } }, { token: kandai.petugas }))?.code).toBe('CONFLICT');
  });
});

describe('access', () => {
  it("an officer of another kelurahan can neither see nor act on Kandai's requests", async () => {
    const r = await submit();
    for (const [q, input] of [
      [VERIFY, { id: r.id }],
      [REJECT, { id: r.id, reason: 'Bukan wilayah kami' }],
      [SIGN, { id: r.id }],
      [ISSUE, { id: r.id }],
    ] as const) {
      expect(errorOf(await gql(sg.url, q, { input }, { token: gunungJati.petugas }))?.code).toBe('NOT_FOUND');
      expect(errorOf(await gql(sg.url, q, { input }, { token: tipulu.lurah }))?.code).toBe('NOT_FOUND');
    }
    expect(errorOf(await gql(sg.url, GET, { id: r.id }, { token: gunungJati.lurah }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await gql(sg.url, GET, { id: r.id }, { token: tipulu.camat }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await gql(sg.url, QUEUE, { kel: KANDAI.id }, { token: gunungJati.petugas }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await gql(sg.url, QUEUE, { kel: KANDAI.id }, { token: tipulu.camat }))?.code).toBe('FORBIDDEN');
    const own = await gqlOk(sg.url, QUEUE, { first: 100 }, { token: gunungJati.petugas });
    expect(own.letterQueue.nodes.every((n: any) => n.kelurahan.id === GUNUNG_JATI.id)).toBe(true);
    expect(own.letterQueue.nodes.map((n: any) => n.id)).not.toContain(r.id);
    // still SUBMITTED, one timeline entry
    expect((await gqlOk(sg.url, GET, { id: r.id }, { token: kandai.petugas })).letterRequest.timeline).toHaveLength(1);
    // the camat of Kendari reads it (oversight) but it is not in the camat's kecamatan-letter queue
    expect((await gqlOk(sg.url, GET, { id: r.id }, { token: kandai.camat })).letterRequest.id).toBe(r.id);
  });

  it('roles outside LAIKA and anonymous callers get nothing', async () => {
    const r = await submit();
    const agency = officerToken(OfficerRole.AGENCY_OFFICER);
    expect(errorOf(await gql(sg.url, QUEUE, {}, { token: agency }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await gql(sg.url, VERIFY, { input: { id: r.id } }, { token: agency }))?.code).toBe('FORBIDDEN');
    expect(errorOf(await gql(sg.url, GET, { id: r.id }, { token: agency }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await gql(sg.url, QUEUE, {}))?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await gql(sg.url, GET, { id: r.id }))?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await gql(sg.url, VERIFY, { input: { id: r.id } }))?.code).toBe('UNAUTHENTICATED');
    expect(errorOf(await gql(sg.url, CITIZEN_LETTERS, { reps: [{ __typename: 'Citizen', id: siti.id }] }))?.code).toBe('UNAUTHENTICATED');
    // an admin reads, but does not sign letters
    const admin = officerToken(OfficerRole.ADMIN);
    expect((await gqlOk(sg.url, GET, { id: r.id }, { token: admin })).letterRequest.id).toBe(r.id);
    expect(errorOf(await gql(sg.url, VERIFY, { input: { id: r.id } }, { token: admin }))?.code).toBe('FORBIDDEN');
  });

  it("a citizen reads their own requests, newest first, and never another's", async () => {
    const r = await submit(budiToken, sku({ kelurahanId: TIPULU.id }));
    expect(errorOf(await gql(sg.url, GET, { id: r.id }, { token: sitiToken }))?.code).toBe('NOT_FOUND');
    expect(errorOf(await gql(sg.url, CITIZEN_LETTERS, { reps: [{ __typename: 'Citizen', id: budi.id }] }, { token: sitiToken }))?.code).toBe('FORBIDDEN');
    const own = (await gqlOk(sg.url, CITIZEN_LETTERS, { reps: [{ __typename: 'Citizen', id: siti.id }] }, { token: sitiToken }))._entities[0].letterRequests;
    expect(own.totalCount).toBeGreaterThan(5);
    const times = own.nodes.map((n: any) => n.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    // an officer sees only the requests within their area
    const tip = (await gqlOk(sg.url, CITIZEN_LETTERS, { reps: [{ __typename: 'Citizen', id: budi.id }] }, { token: tipulu.petugas }))._entities[0]
      .letterRequests;
    expect(tip.nodes.map((n: any) => n.id)).toContain(r.id);
    expect(tip.nodes.every((n: any) => n.kelurahan.id === TIPULU.id)).toBe(true);
    const kdi = (await gqlOk(sg.url, CITIZEN_LETTERS, { reps: [{ __typename: 'Citizen', id: budi.id }] }, { token: kandai.petugas }))._entities[0]
      .letterRequests;
    expect(kdi.nodes.map((n: any) => n.id)).not.toContain(r.id);
  });
});

describe('officer queue', () => {
  it('filters by status, type and overdue, and pages', async () => {
    const mata = kel('Mata');
    await clearKelurahan(sg, mata.id);
    const now = Date.now();
    await insertRequests(sg, [
      { kelurahanId: mata.id, createdAt: new Date(now - 20 * 86400_000) }, // overdue
      { kelurahanId: mata.id, createdAt: new Date(now - 15 * 86400_000), letterTypeId: 'laika-sktm' }, // overdue
      { kelurahanId: mata.id, createdAt: new Date(now - 60_000) }, // due later
      { kelurahanId: mata.id, createdAt: new Date(now - 30 * 86400_000), issuedAfterHours: 5 }, // done
    ]);
    const t = officersOf('Mata').petugas;
    const all = (await gqlOk(sg.url, QUEUE, {}, { token: t })).letterQueue;
    expect(all.totalCount).toBe(4);
    expect((await gqlOk(sg.url, QUEUE, { overdue: true }, { token: t })).letterQueue.nodes.map((n: any) => n.overdue)).toEqual([true, true]);
    expect((await gqlOk(sg.url, QUEUE, { overdue: false }, { token: t })).letterQueue.totalCount).toBe(2);
    expect((await gqlOk(sg.url, QUEUE, { status: 'ISSUED' }, { token: t })).letterQueue.totalCount).toBe(1);
    const open = (await gqlOk(sg.url, QUEUE, { open: true }, { token: t })).letterQueue;
    expect(open.totalCount).toBe(3);
    expect(open.nodes.every((n: any) => n.status !== 'ISSUED')).toBe(true);
    expect((await gqlOk(sg.url, QUEUE, { type: 'laika-sktm' }, { token: t })).letterQueue.nodes.map((n: any) => n.letterType.id)).toEqual(['laika-sktm']);
    const p1 = (await gqlOk(sg.url, QUEUE, { first: 3 }, { token: t })).letterQueue;
    const p2 = (await gqlOk(sg.url, QUEUE, { first: 3, after: p1.pageInfo.endCursor }, { token: t })).letterQueue;
    expect(p1.pageInfo.hasNextPage).toBe(true);
    expect(p2.nodes).toHaveLength(1);
    expect(new Set([...p1.nodes, ...p2.nodes].map((n: any) => n.id)).size).toBe(4);
    expect(errorOf(await gql(sg.url, QUEUE, { type: 'laika-nope' }, { token: t }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'letterTypeId' });
    expect(errorOf(await gql(sg.url, QUEUE, { first: 500 }, { token: t }))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
    // the camat's queue holds kecamatan-level letters of the kecamatan only
    const camat = (await gqlOk(sg.url, QUEUE, { first: 100 }, { token: officersOf('Mata').camat })).letterQueue;
    expect(camat.nodes.every((n: any) => n.level === 'KECAMATAN' && n.kelurahan.id.startsWith(`${mata.kecamatanId}.`))).toBe(true);
  });

  it('costs the same number of SQL statements at 10 and 200 rows (with citizen, kelurahan, service hops and timeline)', async () => {
    const small = kel('Purirano');
    const big = kel('Jati Mekar');
    await clearKelurahan(sg, small.id, big.id);
    const base = Date.now() - 40 * 86400_000;
    const rows = (k: string, n: number) =>
      Array.from({ length: n }, (_, i) => ({
        kelurahanId: k,
        createdAt: new Date(base + i * 3600_000),
        letterTypeId: i % 2 ? 'laika-sku' : 'laika-sktm',
        issuedAfterHours: i % 3 ? 6 : undefined,
      }));
    await insertRequests(sg, [...rows(small.id, 10), ...rows(big.id, 200)]);
    const q = `{ letterQueue(first: 100) { totalCount nodes { id status overdue currentHolder citizen { id } kelurahan { id } kecamatan { id } service { id }
      letterType { name fields { name } service { id } } details { name value } timeline { at actorRole actorId fromStatus toStatus } } } }`;
    sql.reset();
    const a = await gqlOk(sg.url, q, {}, { token: officersOf('Purirano').petugas });
    const smallCount = sql.count;
    sql.reset();
    const b = await gqlOk(sg.url, q, {}, { token: officersOf('Jati Mekar').petugas });
    expect(a.letterQueue).toMatchObject({ totalCount: 10 });
    expect(b.letterQueue).toMatchObject({ totalCount: 200 });
    expect(b.letterQueue.nodes).toHaveLength(100);
    expect(b.letterQueue.nodes.flatMap((n: any) => n.timeline).length).toBeGreaterThan(150);
    expect(sql.count).toBe(smallCount);
    expect(smallCount).toBeLessThanOrEqual(5); // count, page, letter types, timelines, and one audit insert for every applicant read
  });
});

describe('Citizen.letterRequests batching', () => {
  it('pages many residents in the same number of statements as one, each page correct', async () => {
    const admin = officerToken(OfficerRole.ADMIN);
    const q = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Citizen { id letterRequests(first: 2) { totalCount pageInfo { hasNextPage } nodes { id createdAt citizen { id } timeline { toStatus } } } } } }`;
    const residents = demoCitizens().slice(0, 30);
    sql.reset();
    const one = await gqlOk(sg.url, q, { reps: [{ __typename: 'Citizen', id: residents[0].id }] }, { token: admin });
    const oneCount = sql.count;
    sql.reset();
    const many = await gqlOk(sg.url, q, { reps: residents.map((c) => ({ __typename: 'Citizen', id: c.id })) }, { token: admin });
    expect(sql.count).toBe(oneCount);
    expect(many._entities[0]).toEqual(one._entities[0]);
    const counts = await sg.orm.em
      .getConnection()
      .execute(`select citizen_id, count(*)::int as n from laika.letter_request where citizen_id in (?) group by citizen_id`, [residents.map((c) => c.id)]);
    const expected = new Map(counts.map((c: any) => [c.citizen_id, c.n]));
    for (const e of many._entities) {
      expect(e.letterRequests.totalCount).toBe(expected.get(e.id) ?? 0);
      expect(e.letterRequests.nodes.length).toBe(Math.min(2, expected.get(e.id) ?? 0));
      expect(e.letterRequests.nodes.every((n: any) => n.citizen.id === e.id)).toBe(true);
      const t = e.letterRequests.nodes.map((n: any) => n.createdAt);
      expect([...t].sort().reverse()).toEqual(t);
    }
    // the second page continues where the first ended; a page past the end keeps the total
    const page = `query($reps: [_Any!]!, $after: String) { _entities(representations: $reps) { ... on Citizen { letterRequests(first: 2, after: $after) { totalCount pageInfo { endCursor } nodes { id } } } } }`;
    const reps = [{ __typename: 'Citizen', id: residents[0].id }];
    const p1 = (await gqlOk(sg.url, page, { reps }, { token: admin }))._entities[0].letterRequests;
    const p2 = (await gqlOk(sg.url, page, { reps, after: p1.pageInfo.endCursor }, { token: admin }))._entities[0].letterRequests;
    const all = (
      await gqlOk(
        sg.url,
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Citizen { letterRequests(first: 100) { nodes { id } } } } }`,
        { reps },
        { token: admin },
      )
    )._entities[0].letterRequests.nodes.map((n: any) => n.id);
    expect([...p1.nodes, ...p2.nodes].map((n: any) => n.id)).toEqual(all.slice(0, 4));
    const far = Buffer.from('o:500').toString('base64url');
    expect((await gqlOk(sg.url, page, { reps, after: far }, { token: admin }))._entities[0].letterRequests).toMatchObject({
      totalCount: all.length,
      nodes: [],
    });
  });

  it('three aliased pages of one resident cost the same statements as one, and page correctly', async () => {
    const admin = officerToken(OfficerRole.ADMIN);
    const exec = (q: string, params: unknown[] = []) => sg.orm.em.getConnection().execute(q, params);
    const [{ citizen_id: id }] = await exec(
      `select citizen_id from laika.letter_request group by citizen_id having count(*) >= 2 order by count(*) desc, citizen_id limit 1`,
    );
    const expected = (await exec(`select id from laika.letter_request where citizen_id = ? order by created_at desc, id desc`, [id])).map(
      (r: any) => r.id as string,
    );
    const run = (sel: string) =>
      gqlOk(
        sg.url,
        `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Citizen { ${sel} } } }`,
        { reps: [{ __typename: 'Citizen', id }] },
        { token: admin },
      ).then((d) => d._entities[0]);
    const { onePage, threePages } = await aliasedPageCounts({ sql, run, field: 'letterRequests', expected, size: Math.ceil(expected.length / 2) });
    expect(threePages).toBe(onePage);
    expect(onePage).toBe(1);
  });
});

describe('public', () => {
  it('verifyLetter: unknown, malformed and unissued codes say only valid: false', async () => {
    await resetVerifyThrottle();
    const empty = {
      valid: false,
      letterTypeId: null,
      letterTypeName: null,
      letterNumber: null,
      issuedAt: null,
      issuingOffice: null,
      validUntil: null,
      expired: null,
      holderNameMasked: null,
    };
    for (const code of ['LK-DEMO-2027', 'LK-DEMO-202', '', 'x'.repeat(5000), "'; drop table laika.letter_request; --"]) {
      expect((await gqlOk(sg.url, VERIFY_LETTER, { code })).verifyLetter).toEqual(empty);
    }
    expect(maskName('Wa Ode Nurhayati')).toBe('W*** O*** N***');
    expect(maskName('Al')).toBe('A***');
  });

  it('slows down repeated guessing from one address, even for a valid code', async () => {
    await resetVerifyThrottle();
    for (let i = 0; i < GUESS_LIMIT; i++) {
      expect((await gqlOk(sg.url, VERIFY_LETTER, { code: `LK-GUESS-${i}` })).verifyLetter.valid).toBe(false);
    }
    const blocked = await gql(sg.url, VERIFY_LETTER, { code: 'LK-GUESS-X' });
    expect(errorOf(blocked)).toMatchObject({ code: 'TOO_MANY_REQUESTS', retryAfterSeconds: expect.any(Number) });
    expect(blocked.status).toBe(429);
    expect(errorOf(await gql(sg.url, VERIFY_LETTER, { code: DEMO_CODE }))?.code).toBe('TOO_MANY_REQUESTS');
    await resetVerifyThrottle();
    expect((await gqlOk(sg.url, VERIFY_LETTER, { code: DEMO_CODE })).verifyLetter.valid).toBe(true);
  });

  it('50 simultaneous guesses from one address: exactly GUESS_LIMIT are looked up', async () => {
    await resetVerifyThrottle();
    const all = await Promise.all(Array.from({ length: 50 }, (_, i) => gql(sg.url, VERIFY_LETTER, { code: `LK-RACE-${i}` })));
    expect(all.filter((r) => r.data?.verifyLetter?.valid === false)).toHaveLength(GUESS_LIMIT);
    expect(all.filter((r) => errorOf(r)?.code === 'TOO_MANY_REQUESTS')).toHaveLength(50 - GUESS_LIMIT);
    await resetVerifyThrottle();
  });

  it('Kelurahan.letterStats computes the month from known data, for many kelurahan in one query', async () => {
    const k = kel('Kassilampe');
    await clearKelurahan(sg, k.id);
    const at = (iso: string) => new Date(iso);
    await insertRequests(sg, [
      { kelurahanId: k.id, createdAt: at('2025-06-02T01:00:00Z'), issuedAfterHours: 10 }, // on time
      { kelurahanId: k.id, createdAt: at('2025-06-03T01:00:00Z'), issuedAfterHours: 100 }, // late (1 working day)
      { kelurahanId: k.id, createdAt: at('2025-06-05T01:00:00Z'), issuedAfterHours: 20 }, // on time
      { kelurahanId: k.id, createdAt: at('2025-06-30T01:00:00Z'), issuedAfterHours: 26 }, // issued in July, on time
      { kelurahanId: k.id, createdAt: at('2025-06-10T01:00:00Z') }, // still open: overdue
      { kelurahanId: k.id, createdAt: new Date() }, // open, not yet due
    ]);
    const q = `query($reps: [_Any!]!, $m: String) { _entities(representations: $reps) { ... on Kelurahan { id letterStats(month: $m) { month submittedCount issuedCount medianProcessingHours withinTimeLimitShare overdueOpenCount } } } }`;
    const june = (await gqlOk(sg.url, q, { reps: [{ __typename: 'Kelurahan', id: k.id }], m: '2025-06' }))._entities[0].letterStats;
    expect(june).toEqual({ month: '2025-06', submittedCount: 5, issuedCount: 3, medianProcessingHours: 20, withinTimeLimitShare: 0.667, overdueOpenCount: 1 });
    const july = (await gqlOk(sg.url, q, { reps: [{ __typename: 'Kelurahan', id: k.id }], m: '2025-07' }))._entities[0].letterStats;
    expect(july).toEqual({ month: '2025-07', submittedCount: 0, issuedCount: 1, medianProcessingHours: 26, withinTimeLimitShare: 1, overdueOpenCount: 1 });
    const empty = (await gqlOk(sg.url, q, { reps: [{ __typename: 'Kelurahan', id: k.id }], m: '2024-01' }))._entities[0].letterStats;
    expect(empty).toMatchObject({ issuedCount: 0, medianProcessingHours: null, withinTimeLimitShare: null });
    expect(errorOf(await gql(sg.url, q, { reps: [{ __typename: 'Kelurahan', id: k.id }], m: '2025-13' }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'month',
    });
    // the whole city at once (this month): one statement
    const reps = (await import('@kendari/kit')).KELURAHAN.map((x) => ({ __typename: 'Kelurahan', id: x.id }));
    sql.reset();
    const city = await gqlOk(sg.url, q, { reps });
    expect(city._entities).toHaveLength(65);
    expect(sql.count).toBe(1);
    expect(city._entities.reduce((s: number, e: any) => s + e.letterStats.issuedCount, 0)).toBeGreaterThan(0);
  });
});
