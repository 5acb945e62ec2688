import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@kendari/kit';
import { gqlOk } from '@kendari/kit/testing';
import { launchBrowser } from '../src/browser';
import { startStack, type Stack } from '../src/harness';

/**
 * "Siapa yang melihat data saya" on Layanan saya, in a real browser: empty before any officer looked; after an
 * officer read the resident's NIK and verified their letter, both rows with role and office (never a name),
 * in Bahasa Indonesia and in English; axe-clean. PORTAL_TEST_URL, GATEWAY_TEST_URL and CORE_TEST_URL run it against a running system.
 */
const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-artifacts/screenshots');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SITI_NIK = '7471024506900001';

let stack: Stack | null = null;
let base: string;
let gateway: string;
let core: string;
let browser: Browser;

beforeAll(async () => {
  if (process.env.PORTAL_TEST_URL && process.env.GATEWAY_TEST_URL && process.env.CORE_TEST_URL) {
    base = process.env.PORTAL_TEST_URL.replace(/\/$/, '');
    gateway = process.env.GATEWAY_TEST_URL;
    core = process.env.CORE_TEST_URL;
  } else {
    // shows that no officer has looked at the demo resident yet: a stack of its own, before any other file's officer does
    stack = await startStack({ portal: true, label: 'audit_portal' });
    base = stack.portalUrl!;
    gateway = stack.gatewayUrl;
    core = stack.subgraphUrls.core;
  }
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
}, 300_000);
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

// at core itself (the test is about what core records, not the way in)
const token = async (identifier: string) =>
  ((await gqlOk(core, `mutation($i: LoginInput!) { login(input: $i) { session { accessToken } } }`, { i: { identifier, password: DEMO_PASSWORD } })) as any)
    .login.session.accessToken as string;

async function residentPage(lang: 'id' | 'en'): Promise<Page> {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: lang === 'en' ? 'en-GB' : 'id-ID', timezoneId: 'Asia/Makassar' });
  ctx.setDefaultTimeout(30_000);
  if (lang === 'en') await ctx.addCookies([{ name: 'lang', value: 'en', url: base }]);
  const page = await ctx.newPage();
  await page.goto(`${base}/masuk?next=/akun`);
  await page.fill('#masuk-identifier', SITI_NIK);
  await page.fill('#masuk-password', DEMO_PASSWORD);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/masuk')), page.click('#masuk button[type=submit]')]);
  await page.goto(`${base}/akun`);
  return page;
}

async function shotAndAxe(page: Page, name: string): Promise<void> {
  // the section itself: the whole page is the resident's long timeline
  await page.locator('[data-testid=data-access]').screenshot({ path: path.join(SHOTS, `${name}.png`) });
  await page.addScriptTag({ content: AXE });
  const violations: { id: string; impact: string }[] = await page.evaluate(async () => {
    const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: any) => ({ id: v.id, impact: v.impact }));
  });
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    `axe on ${name}`,
  ).toEqual([]);
}

describe('who viewed my data, on Layanan saya', () => {
  it('says no access is recorded while no officer has looked', async () => {
    const page = await residentPage('id');
    await expect(page.locator('[data-testid=data-access] h2').textContent()).resolves.toBe('Siapa yang melihat data saya');
    await expect(page.locator('[data-testid=data-access-empty]').textContent()).resolves.toContain('Belum ada akses yang tercatat');
    await shotAndAxe(page, 'audit-data-access-empty-id');
    await page.context().close();
  }, 180_000);

  it("lists an officer's NIK read and letter verification with role and office, in both languages", async () => {
    const siti = await token(SITI_NIK);
    const officer = await token('petugas.kandai');
    const letter = (
      (await gqlOk(
        gateway,
        `mutation($i: RequestLetterInput!) { requestLetter(input: $i) { request { id } } }`,
        { i: { letterTypeId: 'laika-pengantar-skck', purpose: 'Melamar pekerjaan di Kota Kendari' } },
        { token: siti },
      )) as any
    ).requestLetter.request;
    await gqlOk(gateway, `query($id: ID!) { letterRequest(id: $id) { id citizen { nik } } }`, { id: letter.id }, { token: officer });
    await gqlOk(
      gateway,
      `mutation($i: VerifyLetterRequestInput!) { verifyLetterRequest(input: $i) { request { id } } }`,
      { i: { id: letter.id } },
      { token: officer },
    );

    const id = await residentPage('id');
    const section = id.locator('[data-testid=data-access]');
    const rows = section.locator('tbody tr');
    await expect(rows.count()).resolves.toBeGreaterThanOrEqual(3);
    const nik = section.locator('tr[data-action="core.citizen.read-nik"]').first();
    await expect(nik.textContent()).resolves.toMatch(/Petugas kelurahan.*Kelurahan Kandai.*Melihat NIK.*Akun warga/s);
    const verify = section.locator('tr[data-action="laika.letter.verify"]').first();
    await expect(verify.textContent()).resolves.toMatch(/Memverifikasi.*Surat \(LAIKA\)/s);
    await expect(verify.locator('a').getAttribute('href')).resolves.toBe(`/surat/${letter.id}`);
    // role and office only: the officer's name never appears
    await expect(section.textContent()).resolves.not.toMatch(/Petugas Kelurahan Kandai [A-Z][a-z]+/);
    await shotAndAxe(id, 'audit-data-access-id');
    await id.context().close();

    const en = await residentPage('en');
    const enSection = en.locator('[data-testid=data-access]');
    await expect(enSection.locator('h2').textContent()).resolves.toBe('Who viewed my data');
    await expect(enSection.locator('tr[data-action="core.citizen.read-nik"]').first().textContent()).resolves.toMatch(
      /Kelurahan officer.*Viewed NIK.*Resident account/s,
    );
    await expect(enSection.locator('tr[data-action="laika.letter.verify"]').first().textContent()).resolves.toMatch(/Verified.*Letters \(LAIKA\)/s);
    await shotAndAxe(en, 'audit-data-access-en');
    await en.context().close();
  }, 300_000);
});
