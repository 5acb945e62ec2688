/**
 * The portal's smaller promises, in a real browser: a repeat emergency report leads to the existing one, an
 * emergency says "waiting for acknowledgement" until a dispatcher acts, the JARI tracking page keeps the codes
 * only when the reporter chooses it, no English word in the Indonesian JARI history, a signed letter is not
 * shown in the error colour, the header is small on a phone, and /masuk says who is logged in.
 *
 * PORTAL_TEST_URL=http://127.0.0.1:3000 runs the same tests against an already running `npm start`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../src/browser';
import { sharedStack, type Stack } from '../src/harness';

let stack: Stack | null = null;
let base: string;
let browser: Browser;

beforeAll(async () => {
  if (process.env.PORTAL_TEST_URL) base = process.env.PORTAL_TEST_URL.replace(/\/$/, '');
  else {
    stack = await sharedStack({ portal: true });
    base = stack.portalUrl!;
  }
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function phone(opts: Parameters<Browser['newContext']>[0] = {}): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 800 }, deviceScaleFactor: 1, locale: 'id-ID', timezoneId: 'Asia/Makassar', ...opts });
  ctx.setDefaultTimeout(20_000);
  return { ctx, page: await ctx.newPage() };
}

const randomPhone = () => `0813${String(10_000_000 + Math.floor(Math.random() * 89_999_999))}`;
// somewhere in Kendari, different on every run so that the same-place limit of an earlier run never applies
const randomPlace = () => ({ latitude: -3.99 + Math.random() * 0.04, longitude: 122.5 + Math.random() * 0.06, accuracy: 20 });

describe('emergencies', () => {
  it('waits for acknowledgement, and a repeat report from the same device links to the existing one', async () => {
    const { ctx, page } = await phone({ permissions: ['geolocation'], geolocation: randomPlace() });
    const callback = randomPhone();
    const send = async () => {
      await page.goto(`${base}/darurat`);
      await page.waitForFunction(() => (document.querySelector('input[name=latitude]') as HTMLInputElement | null)?.value !== '');
      await page.fill('#darurat-callbackPhone', callback);
      await page.click('#darurat button[type=submit]');
    };
    await send();
    await page.waitForURL(/\/darurat\/FB-[^/?]+\?baru=1/);
    const code = (await page.locator('[data-testid=tracking-code]').innerText()).trim();
    const status = page.locator('[data-testid=emergency-status]');
    expect(await status.getAttribute('data-acknowledged')).toBe('no');
    await expect(status.innerText()).resolves.toBe('Menunggu konfirmasi petugas jaga Damkar');
    await expect(page.locator('main').innerText()).resolves.not.toMatch(/Petugas berangkat/);

    // the same place again from the same phone: refused, with the way to the report already sent
    await send();
    const link = page.locator('[data-testid=error-link]');
    await link.waitFor();
    expect(await link.getAttribute('href')).toBe(`/darurat/${code}`);
    await expect(page.locator('.alert[role=alert]').innerText()).resolves.toMatch(/sudah melaporkan/);
    await ctx.close();
  }, 90_000);
});

describe('JARI', () => {
  async function report(page: Page) {
    await page.goto(`${base}/jari`);
    await page.check('input[name=anonymous][value=yes]');
    await page.selectOption('#jari-category', 'PUNGLI');
    await page.selectOption('#jari-agencyId', 'disdukcapil');
    await page.fill('#jari-place', 'Loket 3, Kantor Disdukcapil');
    await page.fill('#jari-description', 'Petugas meminta uang tambahan agar berkas diproses hari ini, padahal layanan ini gratis.');
    await page.click('#jari button[type=submit]');
    await page.waitForSelector('[data-testid=jari-secret]');
    return {
      code: (await page.locator('[data-testid=jari-code]').innerText()).trim(),
      secret: (await page.locator('[data-testid=jari-secret]').innerText()).trim(),
    };
  }
  async function follow(page: Page, r: { code: string; secret: string }, remember: boolean) {
    await page.goto(`${base}/jari/lacak`);
    await expect(page.locator('#lacak-remember-hint').innerText()).resolves.toMatch(/dipakai bersama/);
    expect(await page.isChecked('#lacak-remember')).toBe(false);
    await page.fill('#lacak-code', r.code);
    await page.fill('#lacak-secret', r.secret);
    if (remember) await page.check('#lacak-remember');
    await Promise.all([page.waitForSelector('[data-testid=jari-status]'), page.click('#lacak button[type=submit]')]);
  }
  const followCookie = async (ctx: BrowserContext) => (await ctx.cookies()).find((c) => c.name === 'jari_follow');

  it('keeps the codes on the device for 30 days only when the reporter ticks the box; the history has no English word', async () => {
    const { ctx, page } = await phone();
    const r = await report(page);
    await follow(page, r, false);
    const short = await followCookie(ctx);
    expect(short!.expires * 1000 - Date.now()).toBeLessThanOrEqual(10 * 60_000 + 5_000);
    const history = await page.locator('ol.timeline').innerText();
    expect(history).not.toMatch(/reporter/i);
    expect(history).toMatch(/Pelapor|Laporan diterima/);
    // "Done" forgets at once
    await Promise.all([page.waitForSelector('#lacak-code'), page.getByRole('button', { name: /Selesai/ }).click()]);
    expect(await followCookie(ctx)).toBeUndefined();

    await follow(page, r, true);
    const long = await followCookie(ctx);
    expect(long!.expires * 1000 - Date.now()).toBeGreaterThan(29 * 86_400_000);
    await ctx.close();
  }, 90_000);
});

describe('layout and account', () => {
  it('keeps the header within 120 px of an 800 px phone screen, in both languages', async () => {
    for (const lang of ['id', 'en']) {
      const { ctx, page } = await phone();
      await ctx.addCookies([{ name: 'lang', value: lang, url: base }]);
      await page.goto(`${base}/`);
      const h = await page.evaluate(() => document.querySelector('.site-header')!.getBoundingClientRect().height);
      expect(h, `header height (${lang})`).toBeLessThanOrEqual(120);
      await ctx.close();
    }
  });

  it('shows a signed letter in a status colour, not the error colour; /masuk says who is logged in', async () => {
    const { ctx, page } = await phone();
    await page.goto(`${base}/masuk`);
    await page.fill('#masuk-identifier', '7471024506900001');
    await page.fill('#masuk-password', 'kendari123');
    await Promise.all([page.waitForURL(/\/akun/), page.click('#masuk button[type=submit]')]);
    await page.goto(`${base}/masuk`);
    await expect(page.locator('[data-testid=logged-in] h2').innerText()).resolves.toMatch(/^Anda sudah masuk sebagai /);
    // every status tag of a step in progress ("Ditandatangani", "Diverifikasi", ...) avoids the error colour
    await page.goto(`${base}/surat`);
    const colours = await page.$$eval('[data-status]', (els) => els.map((e) => [e.getAttribute('data-status'), getComputedStyle(e).color]));
    const red = await page.evaluate(() => {
      const probe = document.createElement('span');
      probe.className = 'tag tag-bad';
      document.body.append(probe);
      return getComputedStyle(probe).color;
    });
    expect(colours.length, 'the demo citizen has letters').toBeGreaterThan(0);
    for (const [status, colour] of colours) if (status !== 'REJECTED') expect(colour, `${status} tag colour`).not.toBe(red);
    await ctx.close();
  });
});
