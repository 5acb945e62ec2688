/**
 * The portal in English, end to end in a real browser: register (with mistakes first), log in (with a wrong
 * password first), and search with every example of the English search hint. Messages are worded by the
 * portal from the error code and field: no developer text, no Indonesian left on the way.
 *
 * PORTAL_TEST_URL=http://127.0.0.1:3000 runs the same tests against an already running `npm start`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../src/browser';
import { sharedStack, type Stack } from '../src/harness';

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-artifacts/screenshots');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const KANDAI = '74.71.02.1009';

let stack: Stack | null = null;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (process.env.PORTAL_TEST_URL) base = process.env.PORTAL_TEST_URL.replace(/\/$/, '');
  else {
    stack = await sharedStack({ portal: true });
    base = stack.portalUrl!;
  }
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

/** A browser context whose visitor chose English (the cookie the language switch sets). */
async function english(viewport = { width: 360, height: 800 }): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'en-GB', timezoneId: 'Asia/Makassar' });
  ctx.setDefaultTimeout(20_000);
  await ctx.addCookies([{ name: 'lang', value: 'en', url: base }]);
  return { ctx, page: await ctx.newPage() };
}

async function check(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  await page.addScriptTag({ content: AXE });
  const violations: { id: string; impact: string; help: string }[] = await page.evaluate(async () => {
    const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help }));
  });
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical'),
    `axe on ${name}`,
  ).toEqual([]);
}

/** Indonesian words that must not appear on an English page (the portal's own texts). */
const INDONESIAN = /\b(Periksa kembali|Silakan|wajib diisi|Pilih kelurahan|Kata sandi|Gratis|Masuk|Daftar|Layanan saya|hari kerja)\b/;
/** Developer wording from the graph that a resident must never see. */
const DEVELOPER = /\b(nik|name|phone|password|kelurahanId|identifier) (must|is|may)\b|kelurahanId|is not a kelurahan|input\.|BAD_USER_INPUT|UNAUTHENTICATED/;

function randomNik(): string {
  // 7471 02 (Kota Kendari, kecamatan Kendari) + birth date 150385 (a man) + a serial that is never 0000
  return `747102150385${String(1000 + Math.floor(Math.random() * 8999))}`;
}

describe('the portal in English', () => {
  it('fits the English navigation in one row at 1280 px, aligned with the content column', async () => {
    const { ctx, page } = await english({ width: 1280, height: 800 });
    await page.goto(`${base}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    const tops = await page.$$eval('.site-nav li', (lis) => [...new Set(lis.map((li) => Math.round(li.getBoundingClientRect().top)))]);
    expect(tops, 'nav rows').toHaveLength(1);
    const [navText, content] = await page.evaluate(() => {
      const a = document.querySelector('.site-nav li a') as HTMLElement;
      const main = document.querySelector('main > *') as HTMLElement;
      return [a.getBoundingClientRect().left + parseFloat(getComputedStyle(a).paddingLeft), main.getBoundingClientRect().left];
    });
    expect(Math.abs(navText - content), 'nav text vs content edge (px)').toBeLessThanOrEqual(2);
    await ctx.close();
  });

  it('registers in English: mistakes are explained in English by field, then the account is created', async () => {
    const { ctx, page } = await english();
    await page.goto(`${base}/daftar`);
    await expect(page.locator('h1').innerText()).resolves.toBe('Register a resident account');
    // a wrong NIK, a phone that is not Indonesian, no kelurahan, a weak password
    await page.fill('#daftar-nik', '1234');
    await page.fill('#daftar-name', 'Andi Pratama');
    await page.fill('#daftar-phone', '12');
    await page.fill('#daftar-password', 'short');
    await Promise.all([page.waitForSelector('.alert[role=alert]'), page.click('#daftar button[type=submit]')]);
    const alert = await page.locator('.alert[role=alert]').innerText();
    expect(alert).toBe('Please check the marked fields.');
    const errors = Object.fromEntries(
      await Promise.all(['nik', 'phone', 'kelurahanId', 'password'].map(async (f) => [f, await page.locator(`#daftar-${f}-err`).innerText()] as const)),
    );
    expect(errors.nik).toBe('The NIK must be exactly 16 digits.');
    expect(errors.phone).toMatch(/Indonesian phone number/);
    expect(errors.kelurahanId).toBe('Choose your kelurahan in Kendari from the list.');
    expect(errors.password).toMatch(/at least 8 characters/);
    const main = await page.locator('main').innerText();
    expect(main).not.toMatch(DEVELOPER);
    expect(main).not.toMatch(INDONESIAN);
    await check(page, 'en-register-errors');

    // now right: the account is created and the resident lands on "My services"
    const nik = randomNik();
    await page.fill('#daftar-nik', nik);
    await page.fill('#daftar-phone', '081234567891');
    await page.selectOption('#daftar-kelurahanId', KANDAI);
    await page.fill('#daftar-password', 'rahasia123');
    await Promise.all([page.waitForURL(/\/akun/), page.click('#daftar button[type=submit]')]);
    await expect(page.locator('h1').innerText()).resolves.toBe('My services');

    // the same NIK again: a conflict worded for residents, next to the NIK
    const again = await english();
    await again.page.goto(`${base}/daftar`);
    await again.page.fill('#daftar-nik', nik);
    await again.page.fill('#daftar-name', 'Andi Pratama');
    await again.page.fill('#daftar-phone', '081234567891');
    await again.page.selectOption('#daftar-kelurahanId', KANDAI);
    await again.page.fill('#daftar-password', 'rahasia123');
    await Promise.all([again.page.waitForSelector('.alert[role=alert]'), again.page.click('#daftar button[type=submit]')]);
    await expect(again.page.locator('.alert[role=alert]').innerText()).resolves.toBe('This NIK is already registered. Please log in.');
    await again.ctx.close();

    // log out, then a wrong password: "wrong NIK/username or password", never "please log in first"
    await page.goto(`${base}/keluar`);
    await Promise.all([page.waitForURL((u) => u.pathname === '/'), page.click('main button[type=submit]')]);
    await page.goto(`${base}/masuk`);
    await page.fill('#masuk-identifier', nik);
    await page.fill('#masuk-password', 'wrong-password-1');
    await Promise.all([page.waitForSelector('.alert[role=alert]'), page.click('#masuk button[type=submit]')]);
    const wrong = await page.locator('.alert[role=alert]').innerText();
    expect(wrong).toBe('Wrong NIK/username or password.');
    expect(wrong).not.toMatch(/log in first/i);
    await check(page, 'en-login-wrong');

    await page.fill('#masuk-identifier', nik);
    await page.fill('#masuk-password', 'rahasia123');
    await Promise.all([page.waitForURL(/\/akun/), page.click('#masuk button[type=submit]')]);
    await expect(page.locator('h1').innerText()).resolves.toBe('My services');

    // /masuk while logged in says who is logged in and leads onward
    await page.goto(`${base}/masuk`);
    await expect(page.locator('[data-testid=logged-in] h2').innerText()).resolves.toBe('You are logged in as Andi Pratama');
    expect(await page.locator('[data-testid=logged-in] a[href="/akun"]').count()).toBe(1);
    expect(await page.locator('#masuk-password').count()).toBe(0);
    await check(page, 'en-login-already');
    await ctx.close();
  }, 120_000);

  it('finds a sensible first service for every example of the English search hint', async () => {
    const { ctx, page } = await english();
    await page.goto(`${base}/layanan`);
    const hint = await page.locator('#q-hint').innerText();
    const examples = hint.replace(/^For example:\s*/, '').split(/,\s*/);
    expect(examples).toEqual(['ID card', 'domicile', 'income letter', 'business permit', 'property tax']);
    const expected: Record<string, RegExp> = {
      'ID card': /^Electronic ID card \(KTP-el\)/,
      domicile: /^Domicile certificate/,
      'income letter': /^Low-income letter \(SKTM\)/,
      'business permit': /^Business identification number \(NIB\)/,
      'property tax': /^Land and building tax \(PBB-P2\)/,
    };
    for (const q of examples) {
      await page.goto(`${base}/layanan?q=${encodeURIComponent(q)}`);
      const firstCard = page.locator('.cards .card').first();
      await expect(firstCard.locator('h3').innerText(), q).resolves.toMatch(expected[q]);
      await expect(page.locator('main').innerText(), q).resolves.not.toMatch(/\b(Gratis|hari kerja)\b/);
    }
    await check(page, 'en-search');
    // a levy is never "Free": PBG in English
    await page.goto(`${base}/layanan/izin-pbg`);
    await expect(page.locator('[data-testid=fee]').innerText()).resolves.toBe('Local levy (retribusi)');
    await expect(page.locator('.fee-box').innerText()).resolves.not.toMatch(/\bFree\b/);
    await check(page, 'en-service-levy');
    await ctx.close();
  }, 120_000);

  it('answers an unknown address with a 404 page in English, serves the favicon and sends security headers', async () => {
    const { ctx, page } = await english();
    const res = await page.goto(`${base}/no-such-page`);
    expect(res?.status()).toBe(404);
    await expect(page.locator('h1').innerText()).resolves.toBe('Page not found');
    await check(page, 'en-404');
    const fav = await page.request.get(`${base}/favicon.ico`);
    expect(fav.status()).toBe(200);
    expect(fav.headers()['content-type']).toMatch(/icon/);
    const home = await page.request.get(`${base}/`);
    const h = home.headers();
    expect(h['content-security-policy']).toMatch(/frame-ancestors 'none'/);
    expect(h['x-frame-options']).toBe('DENY');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['referrer-policy']).toBeTruthy();
    await ctx.close();
  });

  it("tells developers the public address (the host they used, not the portal's loopback), authentication, limits and the SDL link", async () => {
    const { ctx, page } = await english();
    const viaName = base.replace('127.0.0.1', 'localhost');
    await ctx.addCookies([{ name: 'lang', value: 'en', url: viaName }]);
    await page.goto(`${viaName}/pengembang`);
    const url = await page.locator('[data-testid=public-gateway-url]').innerText();
    expect(url).toMatch(process.env.PUBLIC_GATEWAY_URL ? new RegExp(`^${process.env.PUBLIC_GATEWAY_URL}`) : /^http:\/\/localhost:\d+\/graphql$/);
    expect(await page.getAttribute('[data-testid=sdl-link]', 'href')).toBe(new URL('/graphql/sdl', url).toString());
    const main = await page.locator('main').innerText();
    expect(main).toMatch(/Authorization: Bearer/);
    expect(main).toMatch(/12 levels deep and 30 aliases/);
    await check(page, 'en-developers');
    await ctx.close();
  });
});
