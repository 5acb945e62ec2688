import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { configureUploads, startSubgraph, UploadStore, type StartedSubgraph } from '@kendari/kit';
import { createTestDatabase, gql, gqlOk, type TestDatabase } from '@kendari/kit/testing';
import { jari } from '../src/subgraph';
import { seedServicePoints } from '../src/seeders/seed';
import { limits } from '../src/throttle';
import { baseOf, photoWithGps, SECRET, tokens, upload, validInput } from './helpers';

// Evidence through the kit's uploads (issue 12 item 9): bytes checked and re-encoded by the server,
// no original name kept, anonymous uploads bound to one report by their id, downloads for the Inspectorate only.
let db: TestDatabase;
let sg: StartedSubgraph;
const uploadsDir = mkdtempSync(path.join(os.tmpdir(), 'jari-evidence-'));

beforeAll(async () => {
  configureUploads(uploadsDir);
  db = await createTestDatabase('jari_evidence');
  sg = await startSubgraph(jari, { databaseUrl: db.url, authSecret: SECRET, port: 0, logLevel: 'silent', seed: false });
  const em = sg.orm.em.fork();
  seedServicePoints(em);
  await em.flush();
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
  rmSync(uploadsDir, { recursive: true, force: true });
});
beforeEach(() => limits.reset());

const rows = (text: string, params: unknown[] = []) => sg.orm.em.fork().getConnection().execute(text, params);
const SUBMIT = `mutation S($input: SubmitJariReportInput!) { submitJariReport(input: $input) { trackingCode secret report { id } } }`;
const EVIDENCE = `query($id: ID!) { jariReport(id: $id) { evidence { id mimeType sizeBytes sha256 metadataStripped downloadPath } } }`;
const download = (id: string, token?: string) => fetch(`${baseOf(sg)}/api/uploads/${id}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
const IDENTIFYING = 'Foto_WaOdePelapor_081234567890.jpg';

describe('evidence uploads', () => {
  it('an anonymous JPEG with GPS EXIF is re-encoded: the stored and downloaded bytes carry no metadata', async () => {
    const jpeg = await photoWithGps(10);
    expect((await sharp(jpeg).metadata()).exif?.toString('latin1')).toContain('Secret Model');
    const up = await upload(sg, jpeg, { name: IDENTIFYING });
    expect(up.status).toBe(201);
    expect(up.body.upload.mediaType).toBe('image/jpeg');
    const stored = readFileSync(new UploadStore(uploadsDir).pathOf(up.body.upload.sha256));
    for (const bytes of [stored]) {
      const meta = await sharp(bytes).metadata();
      expect(meta.exif).toBeUndefined();
      expect(meta.xmp).toBeUndefined();
      expect(bytes.toString('latin1')).not.toMatch(/Secret Model|PhoneMaker|Pelapor|GPS/);
    }
    const r = await gqlOk(sg.url, SUBMIT, { input: validInput({ evidenceUploadIds: [up.body.upload.id] }) });
    const dl = await download(up.body.upload.id, tokens.inspector);
    expect(dl.status).toBe(200);
    expect(dl.headers.get('content-type')).toBe('image/jpeg');
    const got = Buffer.from(await dl.arrayBuffer());
    expect(got.equals(stored)).toBe(true);
    expect((await sharp(got).metadata()).exif).toBeUndefined();
    const ev = await gqlOk(sg.url, EVIDENCE, { id: r.submitJariReport.report.id }, { token: tokens.inspector });
    expect(ev.jariReport.evidence).toEqual([
      {
        id: expect.any(String),
        mimeType: 'image/jpeg',
        sizeBytes: stored.length,
        sha256: up.body.upload.sha256,
        metadataStripped: true,
        downloadPath: `/api/jari/uploads/${up.body.upload.id}`,
      },
    ]);
  });

  it('never stores the original file name (header or query), nor who uploaded', async () => {
    const viaHeader = await upload(sg, await photoWithGps(20), { name: IDENTIFYING, token: tokens.citizen });
    const viaQuery = await upload(sg, await photoWithGps(21), { name: IDENTIFYING, nameInQuery: true });
    for (const up of [viaHeader, viaQuery]) {
      expect(up.status).toBe(201);
      expect(JSON.stringify(up.body)).not.toContain('Pelapor');
    }
    await gqlOk(sg.url, SUBMIT, { input: validInput({ evidenceUploadIds: [viaHeader.body.upload.id, viaQuery.body.upload.id] }) }, { token: tokens.citizen });
    const uploads = await rows(`select * from jari.upload where id in (?, ?)`, [viaHeader.body.upload.id, viaQuery.body.upload.id]);
    const files = await rows(`select * from jari.jari_evidence_file where upload_id in (?, ?)`, [viaHeader.body.upload.id, viaQuery.body.upload.id]);
    expect(uploads).toHaveLength(2);
    expect(files).toHaveLength(2);
    const text = JSON.stringify([uploads, files]);
    expect(text).not.toMatch(/Pelapor|0812|Foto_/);
    expect(uploads.map((u: any) => u.display_name)).toEqual(['dokumen.jpg', 'dokumen.jpg']);
    // the account that uploaded is not recorded: the anonymous report's files point at no one
    expect(text).not.toContain(tokens.citizen);
    expect(uploads.every((u: any) => u.owner_id === 'jari:reporter')).toBe(true);
    const cols = (await rows(`select column_name from information_schema.columns where table_schema = 'jari' and table_name = 'jari_evidence_file'`)).map(
      (c: any) => c.column_name,
    );
    expect(cols).not.toContain('name');
  });

  it('an anonymous report with evidence: no account, the upload bound to it, its time kept to the day', async () => {
    const up = await upload(sg, await photoWithGps(30));
    expect(up.status).toBe(201);
    const r = await gqlOk(sg.url, SUBMIT, { input: validInput({ evidenceUploadIds: [up.body.upload.id] }) });
    const [report] = await rows(`select reporter_citizen_id, anonymous from jari.jari_report where id = ?`, [r.submitJariReport.report.id]);
    expect(report).toEqual({ reporter_citizen_id: null, anonymous: true });
    const [file] = await rows(`select report_id, position, mime_type, metadata_stripped from jari.jari_evidence_file where upload_id = ?`, [up.body.upload.id]);
    expect(file).toEqual({ report_id: r.submitJariReport.report.id, position: 0, mime_type: 'image/jpeg', metadata_stripped: true });
    const [u] = await rows(`select created_at from jari.upload where id = ?`, [up.body.upload.id]);
    expect((new Date(u.created_at).getTime() + 8 * 3600_000) % 86_400_000).toBe(0); // midnight WITA
    // the reporter follows it with code and secret and sees the file, but gets no download path
    const f = await gqlOk(sg.url, `query($c: String!, $s: String!) { jariReportByCode(code: $c, secret: $s) { evidence { mimeType downloadPath } } }`, {
      c: r.submitJariReport.trackingCode,
      s: r.submitJariReport.secret,
    });
    expect(f.jariReportByCode.evidence).toEqual([{ mimeType: 'image/jpeg', downloadPath: null }]);
  });

  it('an upload id binds to one report only, within a day; unknown ids are refused and nothing is stored', async () => {
    const up = await upload(sg, await photoWithGps(40));
    await gqlOk(sg.url, SUBMIT, { input: validInput({ evidenceUploadIds: [up.body.upload.id] }) });
    const before = await rows(`select count(*)::int as n from jari.jari_report`);
    const again = await gql(sg.url, SUBMIT, { input: validInput({ evidenceUploadIds: [up.body.upload.id] }) });
    expect(again.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(again.errors![0].extensions!.fields.map((f: any) => f.field)).toEqual(['input.evidenceUploadIds[0]']);
    expect(again.errors![0].extensions!.fields[0].messageId).toMatch(/sudah dilampirkan/);

    const old = await upload(sg, await photoWithGps(41));
    await rows(`update jari.upload set created_at = now() - interval '25 hours' where id = ?`, [old.body.upload.id]);
    const fresh = await upload(sg, await photoWithGps(42));
    const twice = await gql(sg.url, SUBMIT, {
      input: validInput({ evidenceUploadIds: [old.body.upload.id, fresh.body.upload.id, fresh.body.upload.id, '00000000-0000-4000-8000-000000000001'] }),
    });
    expect(twice.errors![0].extensions!.fields.map((f: any) => f.field)).toEqual([
      'input.evidenceUploadIds[0]',
      'input.evidenceUploadIds[2]',
      'input.evidenceUploadIds[3]',
    ]);
    expect(await rows(`select count(*)::int as n from jari.jari_report`)).toEqual(before);
    expect(await rows(`select count(*)::int as n from jari.jari_evidence_file where upload_id = ?`, [fresh.body.upload.id])).toEqual([{ n: 0 }]);
  });

  it('downloads: inspectors and admins only, once attached; never the reporter, the agency concerned or other officers', async () => {
    const up = await upload(sg, await photoWithGps(50), { token: tokens.citizen });
    const id = up.body.upload.id;
    // not attached yet: nobody, the inspector included
    expect((await download(id, tokens.inspector)).status).toBe(404);
    const named = await gqlOk(sg.url, SUBMIT, { input: validInput({ anonymous: false, evidenceUploadIds: [id] }) }, { token: tokens.citizen });
    const reportId = named.submitJariReport.report.id;
    await gqlOk(sg.url, `mutation($id: ID!) { verifyJariReport(reportId: $id) { status } }`, { id: reportId }, { token: tokens.inspector });
    await gqlOk(
      sg.url,
      `mutation($id: ID!) { shareJariReportWithAgency(reportId: $id, note: "Mohon klarifikasi") { sharedWithAgencyAt } }`,
      { id: reportId },
      {
        token: tokens.inspector,
      },
    );
    expect((await download(id, tokens.inspector)).status).toBe(200);
    expect((await download(id, tokens.admin)).status).toBe(200);
    for (const token of [tokens.citizen, tokens.otherCitizen, tokens.capil, tokens.dpmptsp, tokens.lurah]) expect((await download(id, token)).status).toBe(404);
    const anon = await download(id);
    expect(anon.status).toBe(401);
    expect(((await anon.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
    // the agency sees that a file exists, but neither its hash nor a path
    const ev = await gqlOk(sg.url, EVIDENCE, { id: reportId }, { token: tokens.capil });
    expect(ev.jariReport.evidence[0]).toMatchObject({ sha256: null, downloadPath: null });
    // the answer to a download names no one: no file name, no reporter
    const dl = await download(id, tokens.inspector);
    expect(dl.headers.get('content-disposition')).toBe(`inline; filename="${id}.jpg"`);
  });

  it('types are decided by the bytes: text named .jpg is 415 with a Bahasa Indonesia message', async () => {
    const r = await upload(sg, Buffer.from('bukan foto, hanya teks biasa'.repeat(10)), { name: 'foto.jpg' });
    expect(r.status).toBe(415);
    expect(r.body.errors[0].extensions.code).toBe('UNSUPPORTED_MEDIA_TYPE');
    expect(r.body.errors[0].extensions.messageId).toMatch(/Hanya berkas/);
  });
});
