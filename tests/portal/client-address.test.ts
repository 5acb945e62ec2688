/**
 * Through the portal, as a browser reaches it: a forged `x-forwarded-for` must not change the address
 * the graph counts (one rule for the chain: kit `TrustedProxies`), and an anonymous JARI report sent
 * from a logged-in browser with an expired access token must touch no account state (no session
 * renewed next to it in time).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import type { Browser } from 'playwright-core';
import { gql } from '@kendari/kit/testing';
import { launchBrowser } from '../src/browser';
import { startStack, type Stack } from '../src/harness';

let stack: Stack;
let browser: Browser;

beforeAll(async () => {
  // counts guesses per client address: a stack of its own, so no other file has used up the address's budget
  stack = await startStack({ portal: true, label: 'clientaddr' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await stack?.stop();
});

const page = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${stack.portalUrl}${path}`, { headers }).then(async (r) => ({ status: r.status, html: await r.text() }));

describe('the client address through the portal', () => {
  it('a browser rotating a forged x-forwarded-for is still one address: its 11th unknown code is refused', async () => {
    const seen: string[] = [];
    for (let i = 0; i < 11; i++) {
      const r = await page(`/verifikasi/LK-FORGE-${1000 + i}`, { 'x-forwarded-for': `198.51.100.${i + 1}`, 'x-real-ip': `198.51.100.${i + 1}` });
      expect(r.status).toBe(200);
      seen.push(r.html.includes('data-valid="false"') ? 'unknown' : r.html.includes('Terlalu banyak percobaan') ? 'refused' : 'other');
    }
    expect(seen.slice(0, 10)).toEqual(Array(10).fill('unknown'));
    expect(seen[10]).toBe('refused');
    // the forged addresses were never counted: the portal, as the gateway's trusted proxy, may still speak for them
    const forged = await gql(
      stack.gatewayUrl,
      `query($c: String!) { verifyLetter(code: $c) { valid } }`,
      { c: 'LK-FORGE-2000' },
      { headers: { 'x-forwarded-for': '198.51.100.3' } },
    );
    expect(forged.data?.verifyLetter).toEqual({ valid: false });
  });
});

describe('an anonymous JARI report from a logged-in browser', () => {
  it('leaves the sessions table unchanged, even with an expired access token; the report keeps only its day', async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
    ctx.setDefaultTimeout(20_000);
    const p = await ctx.newPage();
    await p.goto(`${stack.portalUrl}/masuk`);
    await p.fill('#masuk-identifier', '7471024506900001');
    await p.fill('#masuk-password', 'kendari123');
    await Promise.all([p.waitForURL((u) => !u.pathname.startsWith('/masuk')), p.click('#masuk button[type=submit]')]);
    // leave the portal first, so that no request of the page after login is still under way
    await p.goto('about:blank');
    // the access token "expires": the portal would renew the session before its next call
    const url = new URL(stack.portalUrl!);
    await ctx.addCookies([{ name: 'sk_exp', value: String(Date.now() - 60_000), domain: url.hostname, path: '/' }]);

    const db = new pg.Client({ connectionString: stack.databaseUrl });
    await db.connect();
    try {
      const sessions = async () =>
        (await db.query(`select id, revoked_at, created_at from core.session order by id`)).rows.map((r) => JSON.stringify(r)).join('\n');
      await p.goto(`${stack.portalUrl}/jari`);
      // the page's link prefetches may renew the session while it loads; what counts is the submission
      await p.waitForLoadState('networkidle');
      await ctx.addCookies([{ name: 'sk_exp', value: String(Date.now() - 60_000), domain: url.hostname, path: '/' }]);
      const before = await sessions();
      await p.selectOption('#jari-category', 'PUNGLI');
      await p.selectOption('#jari-agencyId', 'disdukcapil');
      // two days ago, so that the default "today at 12:00" can never lie in the future
      await p.fill('#jari-occurredDate', new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10));
      await p.fill('#jari-place', 'Loket 2, Kantor Disdukcapil Jl. Balai Kota');
      await p.fill('#jari-description', 'Petugas meminta Rp50.000 agar Kartu Keluarga selesai hari ini, padahal layanan ini gratis.');
      await p.click('#jari button[type=submit]');
      await p.waitForSelector('[data-testid=jari-secret]').catch(async (err) => {
        throw new Error(`${err.message}\n${(await p.locator('main').innerText()).slice(0, 1500)}`);
      });
      const code = (await p.locator('[data-testid=jari-code]').innerText()).trim();

      expect(await sessions()).toBe(before);
      const { rows } = await db.query(`select anonymous, reporter_citizen_id, received_at from jari.jari_report where tracking_code = $1`, [
        code.replace(/[^0-9A-Z]/gi, '').replace(/^(..)(....)(....)(..)$/, '$1-$2-$3-$4'),
      ]);
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ anonymous: true, reporter_citizen_id: null });
      // midnight WITA: a day, not a moment
      expect((new Date(rows[0].received_at).getTime() + 8 * 3600_000) % 86_400_000).toBe(0);
    } finally {
      await db.end();
      await ctx.close();
    }
  });
});
