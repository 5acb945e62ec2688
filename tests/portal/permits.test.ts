/**
 * Permits (DPMPTSP) in a real browser against the whole system: a resident applies for a billboard
 * permit with uploads (a wrong file is refused next to its field), the officer asks for a revision,
 * the resident fixes a document and resubmits, the officer verifies and approves (the levy comes from
 * the type's rule, line by line), records the payment and issues the permit; an anonymous visitor finds
 * it in the public register and verifies its code. Every page is checked with axe-core and photographed.
 *
 * Build the portal first: cd portal && NEXT_DIST_DIR=.next-permits npx next build (and export the same NEXT_DIST_DIR).
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../src/browser';
import { sharedStack, type Stack } from '../src/harness';

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-artifacts/screenshots');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PASSWORD = 'kendari123';
const SITI_NIK = '7471024506900001';
const KANDAI = '74.71.02.1009';
const BUSINESS = `Toko Uji Reklame ${Date.now().toString(36)}`;

let stack: Stack;
let browser: Browser;
let base: string;
let uploadsDir: string;

beforeAll(async () => {
  // the permits process inherits this: the test's files stay out of the repository's data folder
  uploadsDir = mkdtempSync(path.join(os.tmpdir(), 'permits-browser-'));
  process.env.UPLOADS_DIR = uploadsDir;
  stack = await sharedStack({ portal: true });
  base = stack.portalUrl!;
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  delete process.env.UPLOADS_DIR;
  await browser?.close();
  await stack?.stop();
  rmSync(uploadsDir, { recursive: true, force: true });
});

async function check(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  await page.addScriptTag({ content: AXE });
  const violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] = await page.evaluate(async () => {
    const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n: any) => ({ target: n.target })) }));
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} @ ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(' | ')}`,
    ),
    `axe on ${name}`,
  ).toEqual([]);
}

async function newPage(): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 390, height: 860 }, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
  ctx.setDefaultTimeout(30_000);
  return ctx.newPage();
}

async function login(page: Page, identifier: string): Promise<void> {
  await page.goto(`${base}/masuk`);
  await page.fill('#masuk-identifier', identifier);
  await page.fill('#masuk-password', PASSWORD);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/masuk')), page.click('#masuk button[type=submit]')]);
}

/** A small valid PDF: the server decides the type by these bytes. */
const pdf = (label: string) =>
  Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n% ${label}\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
  );

async function upload(page: Page, key: string, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const form = page.locator(`[data-testid=upload-${key}]`);
  await form.locator('input[type=file]').setInputFiles(file);
  await form.locator('button[type=submit]').click();
}

async function officerStep(page: Page, op: string, fill: Record<string, string> = {}): Promise<void> {
  const form = page.locator(`form[data-op=${op}]`);
  // reject/revoke sit inside <details>: open them first
  if (await form.locator('xpath=ancestor::details').count()) await form.locator('xpath=ancestor::details/summary').click();
  for (const [name, value] of Object.entries(fill)) await form.locator(`[name=${name}]`).fill(value);
  const before = page.url();
  // each step's message differs, so the URL changes even when the previous step also said ok=
  await Promise.all([page.waitForURL((u) => u.toString() !== before && /[?&](ok|err)=/.test(u.search)), form.locator('button[type=submit]').click()]);
  expect(new URL(page.url()).searchParams.get('err'), `officer ${op}`).toBeNull();
}

describe('permits in the browser', () => {
  it('apply with uploads → revision → resubmit → approve with the levy → pay → issue → register → verify', async () => {
    const siti = await newPage();
    await login(siti, SITI_NIK);
    await siti.goto(`${base}/izin`);
    await check(siti, 'permits-home');
    expect(await siti.locator('[data-testid=permit-types] li').count()).toBe(7);

    // the estimate before applying (a plain GET form)
    await siti.goto(`${base}/izin/jenis/izin-reklame?hitung=1&f_billboardType=BILLBOARD&f_width=4&f_height=3&f_sides=2`);
    expect(await siti.locator('[data-testid=levy-total]').first().getAttribute('data-amount')).toBe(String(4 * 3 * 2 * 300_000));
    await check(siti, 'permits-type-estimate');

    // the application form
    await siti.fill('#izin-baru-businessName', BUSINESS);
    await siti.selectOption('#izin-baru-kelurahanId', KANDAI);
    await siti.selectOption('#izin-baru-f_billboardType', 'BILLBOARD');
    await siti.fill('#izin-baru-f_width', '4');
    await siti.fill('#izin-baru-f_height', '3');
    await siti.fill('#izin-baru-f_sides', '2');
    await siti.fill('#izin-baru-f_address', 'Jl. Ahmad Yani No. 5, Kandai');
    await Promise.all([siti.waitForURL(/\/izin\/permohonan\/[0-9a-f-]{36}/), siti.click('#izin-baru button[type=submit]')]);
    const appUrl = siti.url().split('?')[0];
    const appId = appUrl.split('/').pop()!;
    expect(await siti.getAttribute('[data-testid=permit-status]', 'data-status')).toBe('DRAFT');

    // submitting an incomplete application names what is missing
    await siti.click('#izin-kirim button[type=submit]');
    await expect.poll(() => siti.locator('#izin-kirim [role=alert]').textContent()).toContain('Belum lengkap');
    expect(await siti.locator('#izin-kirim [role=alert]').textContent()).toContain('KTP-el pemohon');

    // a text file named .pdf is refused by its bytes, the message next to the field, in Bahasa Indonesia
    await upload(siti, 'ktp', { name: 'ktp.pdf', mimeType: 'application/pdf', buffer: Buffer.from('bukan pdf, hanya teks biasa') });
    await expect.poll(() => siti.locator('[data-testid=upload-ktp] .field-error').textContent()).toContain('Hanya berkas PDF, JPEG, atau PNG');
    await check(siti, 'permits-upload-error');

    for (const key of ['ktp', 'nib', 'desain', 'persetujuan-lahan']) {
      await upload(siti, key, { name: `${key}.pdf`, mimeType: 'application/pdf', buffer: pdf(key) });
      await expect.poll(() => siti.locator(`[data-testid=checklist] li[data-key=${key}]`).getAttribute('data-attached'), { timeout: 20_000 }).toBe('true');
    }
    // a photo: JPEG bytes (sharp re-encodes it on the server)
    const jpeg = Buffer.from(
      '/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==',
      'base64',
    );
    await upload(siti, 'foto-lokasi', { name: 'lokasi.jpg', mimeType: 'image/jpeg', buffer: jpeg });
    await expect.poll(() => siti.locator('[data-testid=checklist] li[data-key=foto-lokasi]').getAttribute('data-attached'), { timeout: 20_000 }).toBe('true');
    await check(siti, 'permits-application-draft');
    await Promise.all([siti.waitForURL(/ok=/), siti.click('#izin-kirim button[type=submit]')]);
    expect(await siti.getAttribute('[data-testid=permit-status]', 'data-status')).toBe('SUBMITTED');

    // the officer asks for a revision
    const officer = await newPage();
    await login(officer, 'petugas.dpmptsp');
    await officer.goto(`${base}/petugas/izin?jenis=izin-reklame&status=SUBMITTED`);
    await check(officer, 'permits-officer-queue');
    await officer.goto(`${base}/petugas/izin/${appId}`);
    await check(officer, 'permits-officer-review');
    await officerStep(officer, 'revise', { note: 'Desain reklame belum mencantumkan ukuran' });
    expect(await officer.getAttribute('[data-testid=permit-status]', 'data-status')).toBe('NEEDS_REVISION');

    // the resident sees the note, replaces the document and resubmits
    await siti.goto(appUrl);
    expect(await siti.textContent('[data-testid=revision-note]')).toContain('belum mencantumkan ukuran');
    await upload(siti, 'desain', { name: 'desain-dengan-ukuran.pdf', mimeType: 'application/pdf', buffer: pdf('desain v2') });
    await expect.poll(() => siti.locator('[data-testid=checklist] li[data-key=desain] a').textContent(), { timeout: 20_000 }).toBe('desain-dengan-ukuran.pdf');
    await Promise.all([siti.waitForURL(/ok=/), siti.click('#izin-kirim button[type=submit]')]);
    expect(await siti.getAttribute('[data-testid=permit-status]', 'data-status')).toBe('SUBMITTED');

    // verify, approve (the levy from the rule), pay, issue
    await officer.goto(`${base}/petugas/izin/${appId}`);
    await officerStep(officer, 'verify');
    await officerStep(officer, 'approve', { note: 'Lokasi sesuai, kajian teknis memenuhi' });
    expect(await officer.locator('[data-testid=levy-total]').getAttribute('data-amount')).toBe('7200000');
    await officerStep(officer, 'pay', { reference: `BS-UJI-${appId.slice(0, 8)}` });
    expect(await officer.getAttribute('[data-testid=permit-status]', 'data-status')).toBe('PAID');
    await officerStep(officer, 'issue');
    expect(await officer.getAttribute('[data-testid=permit-status]', 'data-status')).toBe('ISSUED');
    const number = (await officer.textContent('[data-testid=permit-number]'))!.trim();
    expect(number).toMatch(/^503\/REK\/\d{4}\/DPMPTSP\/\d{4}$/);

    // the resident sees the permit, the paid levy and the QR
    await siti.goto(appUrl);
    expect(await siti.getAttribute('[data-testid=permit-status]', 'data-status')).toBe('ISSUED');
    expect(await siti.getAttribute('[data-testid=levy-paid]', 'data-paid')).toBe('true');
    expect(await siti.locator('.qr svg').count()).toBe(1);
    const code = (await siti.textContent('[data-testid=verification-code]'))!.trim();
    await check(siti, 'permits-application-issued');
    await siti.goto(`${base}/akun`);
    expect(await siti.locator('[data-testid=timeline]').textContent()).toContain(BUSINESS);

    // an anonymous visitor: the register, then the code
    const visitor = await newPage();
    await visitor.goto(`${base}/izin/register?q=${encodeURIComponent(BUSINESS)}`);
    const row = visitor.locator('[data-testid=permit-register] tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.textContent()).toContain(number);
    expect(await row.textContent()).not.toContain('Siti');
    await check(visitor, 'permits-register');
    await visitor.goto(`${base}/izin/verifikasi/${encodeURIComponent(code)}`);
    expect(await visitor.getAttribute('[data-testid=verify-result]', 'data-valid')).toBe('true');
    expect(await visitor.getAttribute('[data-testid=verify-result]', 'data-status')).toBe('VALID');
    expect(await visitor.textContent('[data-testid=verify-result]')).toContain(number);
    await check(visitor, 'permits-verify');
    await visitor.goto(`${base}/transparansi`);
    expect(await visitor.locator('[data-testid=permit-stats] tbody tr').count()).toBe(7);
    await check(visitor, 'permits-transparency');

    // through the gateway: core's catalogue entry carries its permit type from this subgraph
    const res = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ service(id: "izin-reklame") { name permitType { id timeLimitDays levyRule { kind } } } }' }),
    });
    const body = (await res.json()) as any;
    expect(body.errors).toBeUndefined();
    expect(body.data.service.permitType).toMatchObject({ id: 'izin-reklame', timeLimitDays: 5, levyRule: { kind: 'FORMULA' } });
  }, 300_000);
});
