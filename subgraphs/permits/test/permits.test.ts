import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeCursor, OfficerRole, configureUploads, startSubgraph, UploadStore, type StartedSubgraph } from '@kendari/kit';
import { createTestDatabase, gql, gqlOk, sqlCounter, type TestDatabase } from '@kendari/kit/testing';
import { permits } from '../src/subgraph';
import { DEMO_APPLICATION_COUNT, DEMO_CODE } from '../src/seeders/seed';
import { resetVerifyThrottle } from '../src/resolvers/public.resolver';
import { baseOf, citizenToken, countRows, officerToken, pdf, SECRET, upload } from './helpers';

let db: TestDatabase;
let sg: StartedSubgraph;
const sql = sqlCounter();
const uploadsDir = mkdtempSync(path.join(os.tmpdir(), 'permits-uploads-'));
const logLines: string[] = [];

beforeAll(async () => {
  configureUploads(uploadsDir);
  db = await createTestDatabase('permits');
  sg = await startSubgraph(permits, { databaseUrl: db.url, authSecret: SECRET, port: 0, logLevel: 'silent', onQuery: sql.onQuery });
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
  rmSync(uploadsDir, { recursive: true, force: true });
});

const siti = { id: randomUUID(), name: 'Siti Rahmawati' };
const budi = { id: randomUUID(), name: 'Budi Saputra' };
const sitiToken = citizenToken(siti.id, siti.name);
const budiToken = citizenToken(budi.id, budi.name);
const officer = officerToken(OfficerRole.AGENCY_OFFICER, 'dpmptsp', 'Rina Petugas');
const otherAgency = officerToken(OfficerRole.AGENCY_OFFICER, 'disdukcapil');
const KANDAI = '74.71.02.1009';

const FULL = `id status businessName applicantName createdAt firstSubmittedAt decisionDueAt stageDueAt overdue holder nextStatuses revisionNote rejectionReason
  levyAmount paid issuedAt permitNumber validUntil verificationCode revokedAt revocationReason missingItems
  permitType { id name isFree } kelurahan { id } citizen { id } fields { name value }
  checklist { key required file { id mediaType sizeBytes downloadPath } }
  levy { total free complete missingFields lines { label expression amount } }
  payment { amount channel reference }
  timeline { actorRole actorName fromStatus toStatus note }`;
const CREATE = `mutation($input: CreatePermitApplicationInput!) { createPermitApplication(input: $input) { created application { ${FULL} } } }`;
const m = (name: string, input: string) => `mutation($input: ${input}!) { ${name}(input: $input) { application { ${FULL} } } }`;
const UPDATE = m('updatePermitApplication', 'UpdatePermitApplicationInput');
const ATTACH = m('attachPermitDocument', 'AttachPermitDocumentInput');
const SUBMIT = m('submitPermitApplication', 'SubmitPermitApplicationInput');
const VERIFY = m('verifyPermitApplication', 'PermitStepInput');
const REVISE = m('requestPermitRevision', 'PermitStepInput');
const APPROVE = m('approvePermitApplication', 'PermitStepInput');
const REJECT = m('rejectPermitApplication', 'PermitReasonInput');
const PAY = m('recordPermitPayment', 'RecordPermitPaymentInput');
const ISSUE = m('issuePermit', 'PermitStepInput');
const REVOKE = m('revokePermit', 'PermitReasonInput');
const GET = `query($id: ID!) { permitApplication(id: $id) { ${FULL} } }`;
const REGISTER = `query($search: String, $type: ID, $status: PermitValidity, $first: Int = 20) { permitRegister(search: $search, permitTypeId: $type, status: $status, first: $first) { totalCount nodes { permitNumber businessName issuedAt validUntil status kelurahan { id } permitType { id name } } } }`;
const VERIFY_CODE = `query($code: String!) { verifyPermit(code: $code) { valid permitNumber permitTypeName businessName holderNameMasked issuedAt validUntil status kelurahan { id } } }`;
const errorOf = (r: { errors?: Array<{ extensions?: Record<string, any> }> }) => r.errors?.[0]?.extensions;

const pbgFields = [
  { name: 'buildingFunction', value: 'HUNIAN' },
  { name: 'buildingArea', value: '120' },
  { name: 'floors', value: '2' },
  { name: 'landCertificate', value: 'SHM No. 1234' },
  { name: 'address', value: 'Jl. Ahmad Yani No. 5, Kandai' },
  { name: 'fenceLength', value: '30' },
];
const PBG_DOCS = ['ktp', 'bukti-tanah', 'gambar-arsitektur', 'gambar-struktur', 'pbb'];

async function uploadPdf(token = sitiToken, label = randomUUID()): Promise<string> {
  const r = await upload(sg, token, pdf(800, label));
  expect(r.status).toBe(201);
  return r.body.upload.id;
}

/** A complete PBG application of Siti, submitted. */
async function submittedPbg(token = sitiToken): Promise<any> {
  const a = (await gqlOk(sg.url, CREATE, { input: { permitTypeId: 'izin-pbg', kelurahanId: KANDAI, fields: pbgFields } }, { token })).createPermitApplication
    .application;
  for (const key of PBG_DOCS) await gqlOk(sg.url, ATTACH, { input: { applicationId: a.id, requirementKey: key, uploadId: await uploadPdf(token) } }, { token });
  return (await gqlOk(sg.url, SUBMIT, { input: { id: a.id } }, { token })).submitPermitApplication.application;
}

describe('seed', () => {
  it('loads seven permit types and hundreds of applications in every status', async () => {
    expect(await countRows(sg, 'permit_application')).toBe(DEMO_APPLICATION_COUNT);
    const rows = await sg.orm.em.getConnection()
      .execute(`select count(distinct status)::int as s, count(distinct kelurahan_id)::int as k, count(*) filter (where status = 'ISSUED')::int as issued,
      count(*) filter (where stage_due_at < now() and status in ('SUBMITTED','NEEDS_REVISION','VERIFIED','APPROVED','PAID'))::int as overdue from permits.permit_application`);
    expect(rows[0].s).toBe(9);
    expect(rows[0].k).toBeGreaterThan(40);
    expect(rows[0].issued).toBeGreaterThan(150);
    expect(rows[0].overdue).toBeGreaterThan(0);
    const t = await gqlOk(
      sg.url,
      '{ permitTypes { id isFree timeLimitDays fields { name kind required } documents { key } levyRule { kind components { label factors { kind name field value } } } } }',
    );
    expect(t.permitTypes.map((x: any) => x.id)).toEqual(['izin-pbg', 'izin-slf', 'izin-reklame', 'izin-sip-nakes', 'izin-apotek', 'izin-klinik', 'izin-tdup']);
    expect(t.permitTypes.find((x: any) => x.id === 'izin-sip-nakes').isFree).toBe(true);
    expect(t.permitTypes[0].levyRule.components[0].factors.map((f: any) => f.name ?? f.field)).toEqual([
      'buildingArea',
      'localityIndex',
      'unitPrice',
      'functionIndex',
    ]);
  });

  it("core's Service gets its permitType (null for other services)", async () => {
    const r = await gqlOk(
      sg.url,
      `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Service { id permitType { id timeLimitDays levyRule { kind } } } } }`,
      {
        reps: [
          { __typename: 'Service', id: 'izin-klinik' },
          { __typename: 'Service', id: 'capil-ktp' },
        ],
      },
    );
    expect(r._entities[0].permitType).toMatchObject({ id: 'izin-klinik', levyRule: { kind: 'FIXED' } });
    expect(r._entities[1].permitType).toBeNull();
  });

  it('the demo code verifies, masked, for anyone', async () => {
    await resetVerifyThrottle();
    const r = await gqlOk(sg.url, VERIFY_CODE, { code: DEMO_CODE.toLowerCase() });
    expect(r.verifyPermit).toMatchObject({ valid: true, businessName: 'Warung Sari Laut', holderNameMasked: 'S***i R***', status: 'VALID' });
    expect(r.verifyPermit.permitNumber).toMatch(/^503\/TDUP\/\d{4}\/DPMPTSP\/\d{4}$/);
  });
});

describe('levy from data', () => {
  it('PBG: area × locality × unit price × function, plus the fence, line by line, adding up', async () => {
    const r = await gqlOk(
      sg.url,
      `query($input: EstimatePermitLevyInput!) { estimatePermitLevy(input: $input) { total complete lines { label expression amount } } }`,
      { input: { permitTypeId: 'izin-pbg', fields: pbgFields } },
    );
    const e = r.estimatePermitLevy;
    // 120 × 0.5 × 1 750 000 × 0.15 = 15 750 000; 30 m × 45 000 = 1 350 000
    expect(e.lines.map((l: any) => l.amount)).toEqual([15_750_000, 1_350_000]);
    expect(e.total).toBe(17_100_000);
    expect(e.complete).toBe(true);
    expect(e.lines[0].expression).toContain('120 m²');
  });

  it('amounts beyond 32 bits come back as whole numbers (Rupiah scalar)', async () => {
    const big = pbgFields.map((f) => (f.name === 'buildingArea' ? { ...f, value: '90000' } : f.name === 'buildingFunction' ? { ...f, value: 'USAHA' } : f));
    const r = await gqlOk(sg.url, `query($input: EstimatePermitLevyInput!) { estimatePermitLevy(input: $input) { total } }`, {
      input: { permitTypeId: 'izin-pbg', fields: big },
    });
    expect(r.estimatePermitLevy.total).toBe(Math.round(90000 * 0.5 * 1_750_000 * 0.7) + 1_350_000);
    expect(r.estimatePermitLevy.total).toBeGreaterThan(2 ** 31);
  });

  it('an incomplete estimate says which fields it lacks; a bad value is BAD_USER_INPUT naming the field', async () => {
    const r = await gqlOk(sg.url, `query($input: EstimatePermitLevyInput!) { estimatePermitLevy(input: $input) { total complete missingFields } }`, {
      input: { permitTypeId: 'izin-reklame', fields: [{ name: 'width', value: '4' }] },
    });
    expect(r.estimatePermitLevy).toMatchObject({ complete: false, missingFields: expect.arrayContaining(['height', 'sides', 'billboardType']) });
    const bad = await gql(sg.url, `query($input: EstimatePermitLevyInput!) { estimatePermitLevy(input: $input) { total } }`, {
      input: {
        permitTypeId: 'izin-reklame',
        fields: [
          { name: 'width', value: '-4' },
          { name: 'sides', value: '9' },
        ],
      },
    });
    expect(errorOf(bad)).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(errorOf(bad)!.fields.map((f: any) => f.field)).toEqual(['input.fields.width', 'input.fields.sides']);
  });
});

describe('uploads (kit mechanism)', () => {
  it('re-encodes a JPEG so no EXIF/GPS survives; stored by hash, not by name; hash checked on read', async () => {
    const jpeg = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 200, g: 30, b: 30 } } })
      .jpeg()
      .withExif({
        IFD0: { Make: 'PhoneMaker', Model: 'Secret Model', Artist: 'Siti Rahmawati' },
        IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '3/1 58/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '122/1 31/1 0/1' },
      })
      .toBuffer();
    const before = await sharp(jpeg).metadata();
    expect(before.exif?.toString('latin1')).toContain('Secret Model');
    const r = await upload(sg, sitiToken, jpeg, 'KTP Siti Rahmawati.jpg');
    expect(r.status).toBe(201);
    expect(r.body.upload).toMatchObject({ mediaType: 'image/jpeg', displayName: 'KTP Siti Rahmawati.jpg' });
    const stored = new UploadStore(uploadsDir).pathOf(r.body.upload.sha256);
    expect(path.basename(stored)).toBe(r.body.upload.sha256);
    const bytes = readFileSync(stored);
    const meta = await sharp(bytes).metadata();
    expect(meta.exif).toBeUndefined();
    expect(meta.xmp).toBeUndefined();
    expect(bytes.toString('latin1')).not.toMatch(/Secret Model|PhoneMaker|Siti|GPS/);
    // the owner downloads exactly those bytes; another resident and an officer of another agency cannot
    const dl = await fetch(`${baseOf(sg)}/api/uploads/${r.body.upload.id}`, { headers: { authorization: `Bearer ${sitiToken}` } });
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-type')).toBe('image/jpeg');
    expect(Buffer.from(await dl.arrayBuffer()).equals(bytes)).toBe(true);
    for (const token of [budiToken, otherAgency, officer]) {
      expect((await fetch(`${baseOf(sg)}/api/uploads/${r.body.upload.id}`, { headers: { authorization: `Bearer ${token}` } })).status).toBe(404);
    }
    expect((await fetch(`${baseOf(sg)}/api/uploads/${r.body.upload.id}`)).status).toBe(401);
    // tamper with the stored file: the read refuses instead of serving wrong bytes
    const copy = Buffer.from(bytes);
    writeFileSync(stored, Buffer.concat([copy, Buffer.from('x')]));
    const bad = await fetch(`${baseOf(sg)}/api/uploads/${r.body.upload.id}`, { headers: { authorization: `Bearer ${sitiToken}` } });
    expect(bad.status).toBe(500);
    writeFileSync(stored, copy);
  });

  it('decides the type by the bytes: a text file named .pdf is refused, a PNG is accepted; size limit; login required', async () => {
    const fake = await upload(sg, sitiToken, Buffer.from('this is not a pdf at all, only text'), 'surat.pdf');
    expect(fake.status).toBe(415);
    expect(fake.body.errors[0].extensions).toMatchObject({
      code: 'UNSUPPORTED_MEDIA_TYPE',
      field: 'file',
      messageId: expect.stringContaining('PDF, JPEG, atau PNG'),
    });
    const png = await sharp({ create: { width: 10, height: 10, channels: 4, background: '#0a0' } })
      .png()
      .toBuffer();
    const ok = await upload(sg, sitiToken, png, 'denah.jpg');
    expect(ok.status).toBe(201);
    expect(ok.body.upload.mediaType).toBe('image/png');
    const big = await upload(sg, sitiToken, pdf(10 * 1024 * 1024 + 10));
    expect(big.status).toBe(413);
    expect(big.body.errors[0].extensions).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', field: 'file' });
    // without a content-length (chunked), the limit holds while streaming and the 413 still arrives
    const chunk = pdf(1024 * 1024);
    let sent = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(c) {
        if (sent++ < 12) c.enqueue(new Uint8Array(chunk));
        else c.close();
      },
    });
    const chunked = await fetch(`${baseOf(sg)}/api/uploads`, {
      method: 'POST',
      headers: { authorization: `Bearer ${sitiToken}` },
      body: stream,
      duplex: 'half',
    } as RequestInit);
    expect(chunked.status).toBe(413);
    expect(((await chunked.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    expect((await upload(sg, null, pdf())).status).toBe(401);
    expect((await upload(sg, officer, pdf())).status).toBe(403);
  });

  it('figures: a 5 MB PDF and a 5 MB JPEG upload, time and peak RSS of the process holding the subgraph', async () => {
    const big = pdf(5 * 1024 * 1024, 'big');
    const w = 2600;
    const h = 2000;
    const noise = Buffer.alloc(w * h * 3);
    for (let i = 0; i < noise.length; i++) noise[i] = (i * 2654435761) >>> 24;
    const jpeg = await sharp(noise, { raw: { width: w, height: h, channels: 3 } })
      .jpeg({ quality: 97 })
      .toBuffer();
    const figures: Record<string, unknown> = {};
    for (const [label, body] of [
      ['pdf', big],
      ['jpeg', jpeg],
    ] as const) {
      global.gc?.();
      const base = process.memoryUsage().rss;
      let peak = base;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
      const t0 = performance.now();
      const r = await upload(sg, sitiToken, body, `besar.${label}`);
      const ms = performance.now() - t0;
      clearInterval(timer);
      expect(r.status).toBe(201);
      figures[label] = {
        inputMB: +(body.length / 1048576).toFixed(2),
        storedMB: +(r.body.upload.sizeBytes / 1048576).toFixed(2),
        ms: Math.round(ms),
        rssBaseMB: Math.round(base / 1048576),
        rssPeakAboveBaseMB: Math.round((peak - base) / 1048576),
      };
    }
    console.log('[permits] upload figures', JSON.stringify(figures));
  });
});

describe('the whole flow', () => {
  it('draft → incomplete submit names every missing item → revision → resubmit → approve with the levy → pay → issue → register → verify → revoke', async () => {
    const draft = (
      await gqlOk(
        sg.url,
        CREATE,
        { input: { permitTypeId: 'izin-pbg', kelurahanId: KANDAI, fields: [{ name: 'buildingFunction', value: 'HUNIAN' }] } },
        { token: sitiToken },
      )
    ).createPermitApplication.application;
    expect(draft).toMatchObject({ status: 'DRAFT', holder: 'APPLICANT', nextStatuses: ['SUBMITTED'] });
    const incomplete = await gql(sg.url, SUBMIT, { input: { id: draft.id } }, { token: sitiToken });
    expect(errorOf(incomplete)).toMatchObject({ code: 'BAD_USER_INPUT' });
    const missing = errorOf(incomplete)!.fields.map((f: any) => f.field);
    expect(missing).toEqual(
      expect.arrayContaining([
        'input.fields.buildingArea',
        'input.fields.floors',
        'input.fields.landCertificate',
        'input.fields.address',
        ...PBG_DOCS.map((d) => `input.documents.${d}`),
      ]),
    );
    expect(missing).not.toContain('input.fields.fenceLength'); // optional
    expect(await countRows(sg, 'permit_event', 'application_id = ?', [draft.id])).toBe(0);

    await gqlOk(sg.url, UPDATE, { input: { id: draft.id, fields: pbgFields } }, { token: sitiToken });
    const uploads: string[] = [];
    for (const key of PBG_DOCS) {
      const id = await uploadPdf();
      uploads.push(id);
      await gqlOk(sg.url, ATTACH, { input: { applicationId: draft.id, requirementKey: key, uploadId: id } }, { token: sitiToken });
    }
    // someone else's upload cannot be attached
    const foreign = await gql(
      sg.url,
      ATTACH,
      { input: { applicationId: draft.id, requirementKey: 'ktp', uploadId: await uploadPdf(budiToken) } },
      { token: sitiToken },
    );
    expect(errorOf(foreign)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.uploadId' });

    const key = `submit-${randomUUID()}`;
    let a = (await gqlOk(sg.url, SUBMIT, { input: { id: draft.id, idempotencyKey: key } }, { token: sitiToken })).submitPermitApplication.application;
    expect(a).toMatchObject({ status: 'SUBMITTED', holder: 'DPMPTSP', missingItems: [], overdue: false });
    expect(a.stageDueAt).toBeTruthy();
    expect(a.decisionDueAt).toBeTruthy();
    // the same key again: the same answer, no second event
    const again = (await gqlOk(sg.url, SUBMIT, { input: { id: draft.id, idempotencyKey: key } }, { token: sitiToken })).submitPermitApplication.application;
    expect(again.timeline).toHaveLength(1);

    // the officer sees the documents; Budi does not see the application at all
    const dl = await fetch(`${baseOf(sg)}/api/uploads/${uploads[0]}`, { headers: { authorization: `Bearer ${officer}` } });
    expect(dl.status).toBe(200);
    expect(errorOf(await gql(sg.url, GET, { id: draft.id }, { token: budiToken }))).toMatchObject({ code: 'NOT_FOUND' });

    a = (await gqlOk(sg.url, REVISE, { input: { id: draft.id, note: 'Gambar struktur belum ditandatangani' } }, { token: officer })).requestPermitRevision
      .application;
    expect(a).toMatchObject({ status: 'NEEDS_REVISION', revisionNote: 'Gambar struktur belum ditandatangani', holder: 'APPLICANT' });
    // the officer cannot approve now: CONFLICT naming the status
    const early = await gql(sg.url, APPROVE, { input: { id: draft.id } }, { token: officer });
    expect(errorOf(early)).toMatchObject({ code: 'CONFLICT', from: 'NEEDS_REVISION', to: 'APPROVED' });
    expect(early.errors![0].message).toContain('NEEDS_REVISION');

    await gqlOk(sg.url, ATTACH, { input: { applicationId: draft.id, requirementKey: 'gambar-struktur', uploadId: await uploadPdf() } }, { token: sitiToken });
    a = (await gqlOk(sg.url, SUBMIT, { input: { id: draft.id, idempotencyKey: `resubmit-${randomUUID()}` } }, { token: sitiToken })).submitPermitApplication
      .application;
    expect(a).toMatchObject({ status: 'SUBMITTED', revisionNote: null });
    a = (await gqlOk(sg.url, VERIFY, { input: { id: draft.id, note: 'Dokumen lengkap' } }, { token: officer })).verifyPermitApplication.application;
    a = (await gqlOk(sg.url, APPROVE, { input: { id: draft.id, note: 'Kajian teknis memenuhi' } }, { token: officer })).approvePermitApplication.application;
    expect(a).toMatchObject({ status: 'APPROVED', levyAmount: 17_100_000, paid: false, holder: 'APPLICANT', nextStatuses: ['PAID'] });
    expect(a.levy.lines.reduce((s: number, l: any) => s + l.amount, 0)).toBe(a.levy.total);
    // issuing before payment is refused
    expect(errorOf(await gql(sg.url, ISSUE, { input: { id: draft.id } }, { token: officer }))).toMatchObject({ code: 'CONFLICT' });
    // the wrong amount is refused, naming the field
    expect(
      errorOf(await gql(sg.url, PAY, { input: { id: draft.id, channel: 'QRIS', reference: 'QRIS-0001-XYZ', amount: 1000 } }, { token: officer })),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.amount' });
    a = (
      await gqlOk(
        sg.url,
        PAY,
        { input: { id: draft.id, channel: 'BANK_SULTRA', reference: `BS-${randomUUID().slice(0, 8)}`, amount: 17_100_000 } },
        { token: officer },
      )
    ).recordPermitPayment.application;
    expect(a).toMatchObject({ status: 'PAID', paid: true, payment: { amount: 17_100_000, channel: 'BANK_SULTRA' } });
    a = (await gqlOk(sg.url, ISSUE, { input: { id: draft.id } }, { token: officer })).issuePermit.application;
    expect(a.status).toBe('ISSUED');
    expect(a.permitNumber).toMatch(/^503\/PBG\/\d{4}\/DPMPTSP\/\d{4}$/);
    expect(a.validUntil).toBeNull(); // PBG does not expire
    expect(a.verificationCode).toMatch(/^IZN-/);
    expect(a.timeline.map((e: any) => e.toStatus)).toEqual(['SUBMITTED', 'NEEDS_REVISION', 'SUBMITTED', 'VERIFIED', 'APPROVED', 'PAID', 'ISSUED']);
    expect(a.timeline.filter((e: any) => e.actorRole !== 'CITIZEN').every((e: any) => e.actorName === 'Rina Petugas')).toBe(true);
    expect(a.timeline[1]).toMatchObject({ fromStatus: 'SUBMITTED', toStatus: 'NEEDS_REVISION', note: 'Gambar struktur belum ditandatangani' });

    // the public register finds it by number, with no personal data
    const reg = await gqlOk(sg.url, REGISTER, { search: a.permitNumber });
    expect(reg.permitRegister.totalCount).toBe(1);
    expect(reg.permitRegister.nodes[0]).toMatchObject({
      permitNumber: a.permitNumber,
      status: 'VALID',
      kelurahan: { id: KANDAI },
      permitType: { id: 'izin-pbg' },
    });
    expect(JSON.stringify(reg)).not.toMatch(/Siti|Rahmawati|SHM|Ahmad Yani/);
    const register = (await gqlOk(sg.url, '{ __type(name: "PublicPermit") { fields { name } } }')).__type.fields.map((f: any) => f.name);
    expect(register).not.toEqual(expect.arrayContaining(['applicantName']));
    await resetVerifyThrottle();
    expect((await gqlOk(sg.url, VERIFY_CODE, { code: a.verificationCode })).verifyPermit).toMatchObject({
      valid: true,
      permitNumber: a.permitNumber,
      status: 'VALID',
      holderNameMasked: 'S***i R***',
    });

    a = (await gqlOk(sg.url, REVOKE, { input: { id: draft.id, reason: 'Bangunan melanggar garis sempadan' } }, { token: officer })).revokePermit.application;
    expect(a).toMatchObject({ status: 'REVOKED', revocationReason: 'Bangunan melanggar garis sempadan' });
    expect((await gqlOk(sg.url, REGISTER, { search: a.permitNumber })).permitRegister.nodes[0].status).toBe('REVOKED');
    expect((await gqlOk(sg.url, VERIFY_CODE, { code: a.verificationCode })).verifyPermit.status).toBe('REVOKED');
    // a final status goes nowhere
    expect(errorOf(await gql(sg.url, REVOKE, { input: { id: draft.id, reason: 'dua kali dicabut' } }, { token: officer }))).toMatchObject({
      code: 'CONFLICT',
      from: 'REVOKED',
    });
  });

  it('a free type skips PAID: approve, then issue; a payment is refused', async () => {
    const a = (
      await gqlOk(
        sg.url,
        CREATE,
        {
          input: {
            permitTypeId: 'izin-sip-nakes',
            kelurahanId: KANDAI,
            fields: [
              { name: 'profession', value: 'BIDAN' },
              { name: 'strNumber', value: 'STR-7471000123' },
              { name: 'practicePlace', value: 'Puskesmas Kandai' },
              { name: 'address', value: 'Jl. Ahmad Yani No. 9' },
            ],
          },
        },
        { token: sitiToken },
      )
    ).createPermitApplication.application;
    for (const key of ['ktp', 'str', 'rekomendasi', 'pas-foto', 'keterangan-tempat'])
      await gqlOk(sg.url, ATTACH, { input: { applicationId: a.id, requirementKey: key, uploadId: await uploadPdf() } }, { token: sitiToken });
    await gqlOk(sg.url, SUBMIT, { input: { id: a.id } }, { token: sitiToken });
    await gqlOk(sg.url, VERIFY, { input: { id: a.id } }, { token: officer });
    const approved = (await gqlOk(sg.url, APPROVE, { input: { id: a.id } }, { token: officer })).approvePermitApplication.application;
    expect(approved).toMatchObject({ levyAmount: 0, paid: true, holder: 'DPMPTSP', nextStatuses: ['ISSUED'], levy: { free: true, total: 0 } });
    expect(errorOf(await gql(sg.url, PAY, { input: { id: a.id, channel: 'QRIS', reference: 'QRIS-FREE-01', amount: 1 } }, { token: officer }))).toMatchObject({
      code: 'CONFLICT',
    });
    const issued = (await gqlOk(sg.url, ISSUE, { input: { id: a.id } }, { token: officer })).issuePermit.application;
    expect(issued.status).toBe('ISSUED');
    expect(issued.permitNumber).toMatch(/^503\/SIP\//);
    // SIP: valid 5 years
    const years = (Date.parse(issued.validUntil) - Date.parse(issued.issuedAt)) / (365.25 * 86400_000);
    expect(years).toBeGreaterThan(4.99);
    expect(years).toBeLessThan(5.01);
  });

  it('reject needs a reason; only from SUBMITTED or VERIFIED', async () => {
    const a = await submittedPbg();
    expect(errorOf(await gql(sg.url, REJECT, { input: { id: a.id, reason: '' } }, { token: officer }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.reason',
    });
    const r = (await gqlOk(sg.url, REJECT, { input: { id: a.id, reason: 'Lokasi di sempadan pantai' } }, { token: officer })).rejectPermitApplication
      .application;
    expect(r).toMatchObject({ status: 'REJECTED', rejectionReason: 'Lokasi di sempadan pantai', holder: null, nextStatuses: [] });
  });

  it('"once only": a file from an earlier application is listed and attached again without uploading', async () => {
    const list = await gqlOk(sg.url, '{ myPermitUploads(first: 100) { totalCount nodes { id displayName mediaType } } }', {}, { token: sitiToken });
    expect(list.myPermitUploads.totalCount).toBeGreaterThan(5);
    const earlier = list.myPermitUploads.nodes.find((u: any) => u.mediaType === 'application/pdf');
    const before = await countRows(sg, 'upload');
    const a = (await gqlOk(sg.url, CREATE, { input: { permitTypeId: 'izin-tdup', businessName: 'Kafe Teluk', kelurahanId: KANDAI } }, { token: sitiToken }))
      .createPermitApplication.application;
    const r = (await gqlOk(sg.url, ATTACH, { input: { applicationId: a.id, requirementKey: 'ktp', uploadId: earlier.id } }, { token: sitiToken }))
      .attachPermitDocument.application;
    expect(r.checklist.find((c: any) => c.key === 'ktp').file.id).toBe(earlier.id);
    expect(await countRows(sg, 'upload')).toBe(before);
    // Budi's list does not show Siti's files
    const budis = await gqlOk(sg.url, '{ myPermitUploads(first: 100) { nodes { id } } }', {}, { token: budiToken });
    expect(budis.myPermitUploads.nodes.map((n: any) => n.id)).not.toContain(earlier.id);
  });
});

describe('access', () => {
  it('each role against each read and each step', async () => {
    const a = await submittedPbg();
    expect(errorOf(await gql(sg.url, GET, { id: a.id }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    expect(errorOf(await gql(sg.url, GET, { id: a.id }, { token: otherAgency }))).toMatchObject({ code: 'NOT_FOUND' });
    expect((await gqlOk(sg.url, GET, { id: a.id }, { token: officer })).permitApplication.applicantName).toBe('Siti Rahmawati');
    for (const token of [sitiToken, otherAgency]) {
      expect(errorOf(await gql(sg.url, VERIFY, { input: { id: a.id } }, { token }))).toMatchObject({ code: 'FORBIDDEN' });
      expect(errorOf(await gql(sg.url, '{ permitQueue(first: 5) { totalCount } }', {}, { token }))).toMatchObject({ code: 'FORBIDDEN' });
    }
    expect(errorOf(await gql(sg.url, VERIFY, { input: { id: a.id } }))).toMatchObject({ code: 'UNAUTHENTICATED' });
    // an officer cannot act for a resident
    expect(errorOf(await gql(sg.url, SUBMIT, { input: { id: a.id } }, { token: officer }))).toMatchObject({ code: 'FORBIDDEN' });
    // a resident's list: themself and DPMPTSP; drafts never reach officers
    const LIST = `query($reps: [_Any!]!) { _entities(representations: $reps) { ... on Citizen { permitApplications(first: 50) { totalCount nodes { id status } } } } }`;
    await gqlOk(sg.url, CREATE, { input: { permitTypeId: 'izin-slf', kelurahanId: KANDAI } }, { token: sitiToken });
    const own = await gqlOk(sg.url, LIST, { reps: [{ __typename: 'Citizen', id: siti.id }] }, { token: sitiToken });
    const seenByOfficer = await gqlOk(sg.url, LIST, { reps: [{ __typename: 'Citizen', id: siti.id }] }, { token: officer });
    expect(own._entities[0].permitApplications.nodes.some((n: any) => n.status === 'DRAFT')).toBe(true);
    expect(seenByOfficer._entities[0].permitApplications.nodes.some((n: any) => n.status === 'DRAFT')).toBe(false);
    const budiLooks = await gql(sg.url, LIST, { reps: [{ __typename: 'Citizen', id: siti.id }] }, { token: budiToken });
    expect(errorOf(budiLooks)).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('officer queue: filters, paging, overdue', async () => {
    const Q = `query($status: PermitStatus, $type: ID, $kel: ID, $overdue: Boolean, $first: Int = 20, $after: String) { permitQueue(status: $status, permitTypeId: $type, kelurahanId: $kel, overdue: $overdue, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { id status overdue stageDueAt permitType { id } kelurahan { id } } } }`;
    const all = (await gqlOk(sg.url, Q, {}, { token: officer })).permitQueue;
    expect(all.totalCount).toBeGreaterThan(20);
    expect(all.nodes.every((n: any) => ['SUBMITTED', 'VERIFIED', 'APPROVED', 'PAID'].includes(n.status))).toBe(true);
    const due = all.nodes.map((n: any) => n.stageDueAt);
    expect([...due].sort()).toEqual(due);
    const overdue = (await gqlOk(sg.url, Q, { overdue: true, first: 100 }, { token: officer })).permitQueue;
    expect(overdue.totalCount).toBeGreaterThan(0);
    expect(overdue.nodes.every((n: any) => n.overdue)).toBe(true);
    const pbg = (await gqlOk(sg.url, Q, { type: 'izin-pbg', kel: KANDAI, status: 'SUBMITTED' }, { token: officer })).permitQueue;
    expect(pbg.nodes.every((n: any) => n.permitType.id === 'izin-pbg' && n.kelurahan.id === KANDAI && n.status === 'SUBMITTED')).toBe(true);
    const page2 = (await gqlOk(sg.url, Q, { first: 20, after: all.pageInfo.endCursor }, { token: officer })).permitQueue;
    expect(page2.nodes[0].id).not.toBe(all.nodes[0].id);
    expect(errorOf(await gql(sg.url, Q, { type: 'izin-ktp', first: 500 }, { token: officer }))!.fields.map((f: any) => f.field)).toEqual([
      'permitTypeId',
      'first',
    ]);
  });
});

describe('under concurrency', () => {
  it('50 concurrent drafts with one idempotency key: one row', async () => {
    const key = `draft-${randomUUID()}`;
    const before = await countRows(sg, 'permit_application', 'citizen_id = ?', [budi.id]);
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        gql(
          sg.url,
          CREATE,
          { input: { permitTypeId: 'izin-tdup', businessName: 'Kafe Pantai', kelurahanId: KANDAI, idempotencyKey: key } },
          { token: budiToken },
        ),
      ),
    );
    expect(results.every((r) => !r.errors)).toBe(true);
    expect(new Set(results.map((r) => r.data.createPermitApplication.application.id)).size).toBe(1);
    expect(results.filter((r) => r.data.createPermitApplication.created)).toHaveLength(1);
    expect(await countRows(sg, 'permit_application', 'citizen_id = ?', [budi.id])).toBe(before + 1);
  });

  it('50 concurrent submits with one key: one submission, one timeline entry, the same answer', async () => {
    const a = (await gqlOk(sg.url, CREATE, { input: { permitTypeId: 'izin-pbg', kelurahanId: KANDAI, fields: pbgFields } }, { token: budiToken }))
      .createPermitApplication.application;
    for (const k of PBG_DOCS)
      await gqlOk(sg.url, ATTACH, { input: { applicationId: a.id, requirementKey: k, uploadId: await uploadPdf(budiToken) } }, { token: budiToken });
    const key = `submit-${randomUUID()}`;
    const results = await Promise.all(
      Array.from({ length: 50 }, () => gql(sg.url, SUBMIT, { input: { id: a.id, idempotencyKey: key } }, { token: budiToken })),
    );
    expect(results.map((r) => r.errors?.[0]?.message).filter(Boolean)).toEqual([]);
    expect(results.every((r) => r.data.submitPermitApplication.application.status === 'SUBMITTED')).toBe(true);
    expect(await countRows(sg, 'permit_event', 'application_id = ?', [a.id])).toBe(1);
  });

  it('50 concurrent payments with one reference: one payment', async () => {
    const a = await submittedPbg(budiToken);
    await gqlOk(sg.url, VERIFY, { input: { id: a.id } }, { token: officer });
    const approved = (await gqlOk(sg.url, APPROVE, { input: { id: a.id } }, { token: officer })).approvePermitApplication.application;
    const reference = `VA-${randomUUID().slice(0, 12)}`;
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        gql(sg.url, PAY, { input: { id: a.id, channel: 'VIRTUAL_ACCOUNT', reference, amount: approved.levyAmount } }, { token: officer }),
      ),
    );
    expect(results.map((r) => r.errors?.[0]?.message).filter(Boolean)).toEqual([]);
    expect(await countRows(sg, 'permit_payment', 'reference = ?', [reference])).toBe(1);
    expect(await countRows(sg, 'permit_event', 'application_id = ? and to_status = ?', [a.id, 'PAID'])).toBe(1);
    // the same reference for another application is a conflict
    const other = await submittedPbg(budiToken);
    await gqlOk(sg.url, VERIFY, { input: { id: other.id } }, { token: officer });
    await gqlOk(sg.url, APPROVE, { input: { id: other.id } }, { token: officer });
    expect(
      errorOf(await gql(sg.url, PAY, { input: { id: other.id, channel: 'VIRTUAL_ACCOUNT', reference, amount: approved.levyAmount } }, { token: officer })),
    ).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('batching', () => {
  it('the register: the same number of SQL statements for 10 and for 500 permits (5 aliased pages of 100)', async () => {
    const issued = await countRows(sg, 'permit_application', `status in ('ISSUED','REVOKED')`);
    if (issued < 520) {
      await sg.orm.em.getConnection()
        .execute(`insert into permits.permit_application (id, citizen_id, applicant_name, permit_type_id, business_name, kelurahan_id, kecamatan_id, fields, status, created_at, updated_at, issued_at, permit_number, valid_until)
        select gen_random_uuid(), gen_random_uuid(), 'Uji', (array['izin-pbg','izin-tdup','izin-reklame','izin-klinik'])[1 + g % 4], 'Usaha Uji ' || g, '${KANDAI}', '74.71.02', '{}', 'ISSUED', now() - interval '30 days', now(), now() - (g || ' hours')::interval, 'TEST/' || g, now() + interval '1 year'
        from generate_series(1, ${520 - issued}) g`);
    }
    const fields = 'permitNumber businessName issuedAt validUntil status kelurahan { id } permitType { id name fields { name } levyRule { kind } }';
    sql.reset();
    const ten = await gqlOk(sg.url, `{ permitRegister(first: 10) { totalCount nodes { ${fields} } } }`);
    const atTen = sql.count;
    expect(ten.permitRegister.nodes).toHaveLength(10);
    sql.reset();
    const pages = Array.from(
      { length: 5 },
      (_, i) => `p${i}: permitRegister(first: 100${i ? `, after: "${encodeCursor(i * 100 - 1)}"` : ''}) { nodes { ${fields} } }`,
    ).join(' ');
    const five = await gqlOk(sg.url, `{ ${pages} }`);
    const atFiveHundred = sql.count;
    const numbers = Object.values(five).flatMap((p: any) => p.nodes.map((n: any) => n.permitNumber));
    expect(numbers).toHaveLength(500);
    expect(new Set(numbers).size).toBe(500);
    console.log('[permits] register SQL statements', JSON.stringify({ at10: atTen, at500: atFiveHundred }));
    expect(atFiveHundred).toBe(atTen);
  });
});

describe('statistics', () => {
  it('per type: applications this month, median processing time, share within the limit, overdue now', async () => {
    const r = await gqlOk(
      sg.url,
      '{ permitStatistics { month applications decided medianProcessingDays decidedWithinLimitShare overdueNow permitType { id } } }',
    );
    expect(r.permitStatistics).toHaveLength(7);
    const total = r.permitStatistics.reduce((s: number, x: any) => s + x.applications, 0);
    expect(total).toBeGreaterThan(0);
    for (const s of r.permitStatistics) {
      if (s.decidedWithinLimitShare !== null) expect(s.decidedWithinLimitShare).toBeGreaterThanOrEqual(0);
      if (s.decidedWithinLimitShare !== null) expect(s.decidedWithinLimitShare).toBeLessThanOrEqual(1);
    }
    expect(r.permitStatistics.some((s: any) => s.overdueNow > 0)).toBe(true);
    expect(errorOf(await gql(sg.url, '{ permitStatistics(month: "2026-13") { month } }'))).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
  });
});

void logLines;
