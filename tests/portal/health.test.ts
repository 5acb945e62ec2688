/**
 * Health in a real browser against the whole running system: a resident finds a facility (list and
 * map, no tile server), takes a queue number; the facility's staff call numbers until theirs; the
 * resident's page shows "Dipanggil" by itself; a full session refuses the next booking with a clear
 * message; the waiting-room display updates without a reload. Every page is checked with axe-core.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { demoCitizens } from '@kendari/kit';
import { launchBrowser } from '../src/browser';
import { sharedStack, type Stack } from '../src/harness';
import { LOGIN } from '../src/trusted-documents';

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-artifacts/screenshots');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PASSWORD = 'kendari123';
const SERVICE = 'puskesmas-mata.POLI_UMUM';

let stack: Stack;
let base: string;
let browser: Browser;

beforeAll(async () => {
  stack = await sharedStack({ portal: true });
  base = stack.portalUrl!;
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

async function phone(): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 800 }, deviceScaleFactor: 1, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
  ctx.setDefaultTimeout(20_000);
  return { ctx, page: await ctx.newPage() };
}

async function check(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `health-${name}.png`), fullPage: true });
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
    `axe on ${name} (${page.url()})`,
  ).toEqual([]);
}

async function login(page: Page, identifier: string): Promise<void> {
  await page.goto(`${base}/masuk`);
  await page.fill('#masuk-identifier', identifier);
  await page.fill('#masuk-password', PASSWORD);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/masuk')), page.click('#masuk button[type=submit]')]);
}

/** The next weekday (Mon-Thu, no holiday) within the booking window, WITA. */
function bookableDay(): string {
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  for (let i = 1; i <= 7; i++) {
    const d = new Date(Date.parse(`${today}T00:00:00Z`) + i * 86400_000);
    const iso = d.toISOString().slice(0, 10);
    if (d.getUTCDay() >= 1 && d.getUTCDay() <= 4 && !['2026-12-24', '2026-12-25', '2027-01-01'].includes(iso)) return iso;
  }
  throw new Error('no bookable day');
}

async function gatewayToken(identifier: string): Promise<string> {
  const res = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true' },
    body: JSON.stringify({
      query: LOGIN,
      variables: { i: { identifier, password: PASSWORD } },
    }),
  });
  const body = await res.json();
  if (!body.data?.login) throw new Error(JSON.stringify(body.errors));
  return body.data.login.session.accessToken;
}

describe('health in the browser', () => {
  it('finds facilities in the list and on the map without a tile server', async () => {
    const { ctx, page } = await phone();
    await page.goto(`${base}/kesehatan`);
    await expect.poll(async () => Number(await page.getAttribute('[data-testid=facility-map]', 'data-markers')), { timeout: 15_000 }).toBeGreaterThan(30);
    expect(await page.locator('.health-marker').count()).toBeGreaterThan(30);
    // no tile server here: the markers are drawn on a plain background
    await page.locator('[data-testid=facility-map]').screenshot({ path: path.join(SHOTS, 'health-map.png') });
    expect(await page.locator('[data-testid=facility-list] li').count()).toBeGreaterThan(30);
    await check(page, 'finder');
    await page.fill('#q', 'Mata');
    await Promise.all([page.waitForURL((u) => u.search.includes('q=Mata')), page.click('form[role=search] button[type=submit]')]);
    await expect.poll(() => page.locator('[data-testid=facility-list]').textContent(), { timeout: 15_000 }).toContain('Puskesmas Mata');
    await page.goto(`${base}/kesehatan/fasilitas/puskesmas-mata`);
    await expect.poll(() => page.locator('[data-testid=osm-hours]').textContent(), { timeout: 15_000 }).toContain('Mo-Th 07:30-14:00');
    await check(page, 'facility');
    // nothing wider than the phone: the queue table scrolls inside its own box
    const wide = await page.evaluate(() => {
      const clipped = (e: Element) => {
        for (let p = e.parentElement; p; p = p.parentElement) if (['auto', 'hidden', 'scroll'].includes(getComputedStyle(p).overflowX)) return true;
        return false;
      };
      return {
        scrollWidth: document.documentElement.scrollWidth,
        offenders: [...document.querySelectorAll('body *')]
          .filter((e) => e.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(e))
          .slice(0, 8)
          .map((e) => `${e.tagName}.${e.className} ${Math.round(e.getBoundingClientRect().right)}`),
      };
    });
    expect(wide.offenders, JSON.stringify(wide)).toEqual([]);
    expect(wide.scrollWidth, JSON.stringify(wide)).toBeLessThanOrEqual(360);
    await ctx.close();
  });

  it('a resident takes a number; staff call numbers until theirs; the resident\'s page shows "Dipanggil"; a full session refuses the next booking', async () => {
    const day = bookableDay();
    const resident = await phone();
    await login(resident.page, demoCitizens()[0].nik);
    await resident.page.goto(`${base}/kesehatan/fasilitas/puskesmas-mata`);
    await resident.page.selectOption('#serviceId', SERVICE);
    await resident.page.selectOption('#date', day);
    await Promise.all([resident.page.waitForURL((u) => u.pathname.startsWith('/kesehatan/antrean/')), resident.page.click('#ambil button[type=submit]')]);
    const mine = Number(await resident.page.textContent('[data-testid=queue-number]'));
    expect(mine).toBeGreaterThan(0);
    await expect.poll(() => resident.page.locator('[data-testid=appointment-status]').getAttribute('data-status'), { timeout: 15_000 }).toBe('BOOKED');
    await check(resident.page, 'booking');

    // someone else books after, so that "until theirs" calls more than one number when others came first
    const staff = await phone();
    await login(staff.page, 'petugas.puskesmas.mata');
    await staff.page.goto(`${base}/petugas/kesehatan?tanggal=${day}`);
    await check(staff.page, 'staff');
    const session = staff.page.locator(`section[data-service="${SERVICE}"] [data-label=PAGI]`);
    for (let i = 0; i < 20; i++) {
      const now = Number((await session.locator('[data-testid=staff-now-serving]').textContent())?.replace('–', '0'));
      if (now >= mine) break;
      await Promise.all([staff.page.waitForURL((u) => u.search.includes('ok=')), session.locator('button:has-text("Panggil nomor berikutnya")').click()]);
    }
    await expect.poll(async () => (await session.locator('[data-testid=staff-now-serving]').textContent())?.trim(), { timeout: 15_000 }).toBe(String(mine));
    // the resident's page refreshes itself (no reload here) and shows "Dipanggil"
    await expect.poll(() => resident.page.locator('[data-testid=appointment-status]').getAttribute('data-status'), { timeout: 15_000 }).toBe('CALLED');
    await expect
      .poll(async () => (await resident.page.locator('[data-testid=appointment-status]').textContent())?.trim(), { timeout: 15_000 })
      .toBe('Dipanggil');
    await check(resident.page, 'called');

    // staff make the session full: every quota down to what is taken
    for (const payer of ['JKN', 'UMUM']) {
      await session.locator('details').evaluate((d) => ((d as HTMLDetailsElement).open = true));
      const form = session.locator(`form:has(input[name=payer][value=${payer}])`);
      const quota =
        (await session
          .locator('p', { hasText: `${payer} ` })
          .first()
          .textContent()) ?? '';
      const taken = Number(new RegExp(`${payer} (\\d+)/`).exec(quota)?.[1] ?? '0');
      await form.locator('input[name=capacity]').fill(String(taken));
      await form.locator('button[type=submit]').click();
      await expect
        .poll(
          async () =>
            (await session
              .locator('p', { hasText: `${payer} ` })
              .first()
              .textContent()) ?? '',
          { timeout: 15_000 },
        )
        .toContain(`${payer} ${taken}/${taken}`);
    }
    // another resident: the full session refuses with a clear message
    const other = await phone();
    await login(other.page, demoCitizens()[1].nik);
    await other.page.goto(`${base}/kesehatan/fasilitas/puskesmas-mata`);
    await other.page.selectOption('#serviceId', SERVICE);
    await other.page.selectOption('#date', day);
    await Promise.all([other.page.waitForURL((u) => u.search.includes('err=')), other.page.click('#ambil button[type=submit]')]);
    await expect.poll(() => other.page.locator('.alert').textContent(), { timeout: 15_000 }).toContain('Kuota antrean sesi ini sudah penuh');
    await check(other.page, 'full');
    // the number appears in "Layanan saya"
    await resident.page.goto(`${base}/akun`);
    await expect.poll(() => resident.page.locator('[data-testid=timeline]').textContent(), { timeout: 15_000 }).toContain('Puskesmas Mata');
    await Promise.all([resident.ctx.close(), staff.ctx.close(), other.ctx.close()]);
  });

  it('the waiting-room display updates itself without a reload', async () => {
    const { ctx, page } = await phone();
    await page.goto(`${base}/kesehatan/layar/puskesmas-kandai.POLI_UMUM`);
    await check(page, 'display');
    const before = (await page.textContent('[data-testid=now-serving]'))?.trim();
    const token = await gatewayToken('petugas.puskesmas.kandai');
    const q = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: `{ healthQueue(serviceId: "puskesmas-kandai.POLI_UMUM") { sessions { id status nextNumber } } }` }),
    }).then((r) => r.json());
    const open = q.data.healthQueue.sessions.find((s: any) => s.status === 'OPEN' && s.nextNumber);
    if (!open) return ctx.close(); // closed day (Sunday or holiday): nothing to call
    // a marker that disappears on a reload: the numbers must change in place
    await page.evaluate(() => ((window as any).__noReload = true));
    const called = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true' },
      body: JSON.stringify({ query: `mutation($s: ID!) { callNextQueueNumber(sessionId: $s) { number } }`, variables: { s: open.id } }),
    }).then((r) => r.json());
    const n = called.data.callNextQueueNumber.number;
    expect(String(n)).not.toBe(before);
    await expect.poll(async () => (await page.locator('[data-testid=now-serving]').textContent())?.trim(), { timeout: 15_000 }).toBe(String(n));
    expect(await page.evaluate(() => (window as any).__noReload)).toBe(true);
    await ctx.close();
  });
});
