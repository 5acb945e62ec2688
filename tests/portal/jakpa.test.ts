/**
 * JAKPA in a real browser against the whole system: an anonymous visitor looks a PBB bill up with a
 * wrong NOP, then the right one; the demo resident sees their tax objects; a signed bank callback
 * (through the gateway's /api/jakpa passthrough) pays a bill; the resident sees it paid and prints the
 * A4 statement. Every page is checked with axe-core and photographed.
 *
 * Build the portal first: cd portal && NEXT_DIST_DIR=.next-jakpa npx next build (and export the same NEXT_DIST_DIR).
 */
import { createHmac, randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../src/browser';
import { startStack, type Stack } from '../src/harness';
import { LOGIN } from '../src/trusted-documents';

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-artifacts/screenshots');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const BANK_SECRET = `bank-sultra-browser-test-${randomUUID()}`;
const SITI_NIK = '7471024506900001';

let stack: Stack;
let browser: Browser;
let base: string;
let gatewayOrigin: string;

beforeAll(async () => {
  // the jakpa process inherits this: without it every callback is refused (no development default)
  process.env.JAKPA_CHANNEL_SECRETS = `bank-sultra:${BANK_SECRET}`;
  // the bank's channel secret is set in the subgraphs' environment: a stack of its own
  stack = await startStack({ portal: true, label: 'jakpa_portal' });
  base = stack.portalUrl!;
  gatewayOrigin = stack.gatewayUrl.replace(/\/graphql$/, '');
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  delete process.env.JAKPA_CHANNEL_SECRETS;
  await browser?.close();
  await stack?.stop();
});

async function check(page: Page, name: string, scope = 'html'): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  await page.addScriptTag({ content: AXE });
  const violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] = await page.evaluate(async (sel) => {
    const r = await (window as any).axe.run(document.querySelector(sel), { resultTypes: ['violations'] });
    return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n: any) => ({ target: n.target })) }));
  }, scope);
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

async function gql(query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  return (await res.json()) as any;
}

/** The demo resident's NOPs, straight from JAKPA's register (the test database). */
async function sitiNops(): Promise<string[]> {
  const pg = await import('pg');
  const c = new pg.default.Client({ connectionString: stack.databaseUrl });
  await c.connect();
  try {
    const r = await c.query(`select nop from jakpa.tax_object where owner_nik = $1 order by nop`, [SITI_NIK]);
    return r.rows.map((x: { nop: string }) => x.nop);
  } finally {
    await c.end();
  }
}

describe('JAKPA in the portal', () => {
  it('lookup (wrong NOP, then right), my taxes, a signed callback pays, the statement prints on A4', async () => {
    const [nop] = await sitiNops();
    expect(nop).toMatch(/^7471\d{14}$/);
    const ctx = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
    ctx.setDefaultTimeout(20_000);
    const page = await ctx.newPage();

    // anonymous: a NOP with an unknown kecamatan code, then the right one
    await page.goto(`${base}/pajak`);
    await expect(page.locator('[data-testid=nop-parts]').isVisible()).resolves.toBe(true);
    await check(page, 'jakpa-lookup');
    await page.fill('#nop', `7471999${nop.slice(7)}`);
    await Promise.all([page.waitForURL(/nop=/), page.click('#cek-nop button[type=submit]')]);
    await expect(page.locator('[data-testid=nop-error]').innerText()).resolves.toMatch(/Kode kecamatan \(digit 5-7\) 999/);
    await expect(page.locator('#nop').getAttribute('aria-invalid')).resolves.toBe('true');
    await check(page, 'jakpa-lookup-wrong-nop');
    await page.fill(
      '#nop',
      `${nop.slice(0, 2)}.${nop.slice(2, 4)}.${nop.slice(4, 7)}.${nop.slice(7, 10)}.${nop.slice(10, 13)}-${nop.slice(13, 17)}.${nop.slice(17)}`,
    );
    await Promise.all([page.waitForURL(/nop=74/), page.click('#cek-nop button[type=submit]')]);
    const bill = page.locator('[data-testid=bill]');
    await expect(bill.innerText()).resolves.toContain('Kandai');
    const text = await bill.innerText();
    expect(text).toContain('S***i R***'); // masked
    expect(text).not.toContain('Rahmawati');
    expect(await page.locator('[data-testid=bill-amounts] [data-status]').getAttribute('data-status')).toBe('OVERDUE');
    await check(page, 'jakpa-lookup-bill');

    // the resident logs in and sees their objects and the overdue bill of this year
    await page.goto(`${base}/masuk?next=/pajak/saya`);
    await page.fill('#masuk-identifier', SITI_NIK);
    await page.fill('#masuk-password', 'kendari123');
    await Promise.all([page.waitForURL((u) => u.pathname === '/pajak/saya'), page.click('#masuk button[type=submit]')]);
    await expect(page.locator('[data-testid=tax-object]').count()).resolves.toBe(2);
    const year = new Date().getUTCFullYear();
    const row = page.locator(`[data-testid=tax-object][data-nop="${nop}"] [data-testid=tax-bill][data-year="${year}"]`);
    await expect(row.getAttribute('data-status')).resolves.toBe('OVERDUE');
    await check(page, 'jakpa-my-taxes');

    // the bank pays this year's bill in full: a signed callback through the gateway
    const owed = (await gql(`query($nop: String!, $year: Int) { taxBill(nop: $nop, year: $year) { today { totalDue } } }`, { nop, year })).data.taxBill.today
      .totalDue;
    expect(owed).toBeGreaterThan(0);
    const body = JSON.stringify({ reference: `BS-${randomUUID()}`, nop, year, amount: owed, paidAt: new Date().toISOString() });
    const ts = String(Math.floor(Date.now() / 1000));
    const send = (signature: string) =>
      fetch(`${gatewayOrigin}/api/jakpa/callbacks/bank-sultra`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-timestamp': ts, 'x-signature': signature },
        body,
      });
    expect((await send('0'.repeat(64))).status).toBe(401); // a forged one is refused
    const ok = await send(createHmac('sha256', BANK_SECRET).update(`${ts}.${body}`).digest('hex'));
    expect(ok.status).toBe(200);
    expect(await ok.json()).toMatchObject({ status: 'RECORDED', billStatus: 'PAID', remaining: 0 });
    const again = await send(createHmac('sha256', BANK_SECRET).update(`${ts}.${body}`).digest('hex'));
    expect(await again.json()).toMatchObject({ status: 'DUPLICATE' });

    await page.reload();
    await expect(row.getAttribute('data-status')).resolves.toBe('PAID');

    // "Layanan saya" lists the tax bills too
    await page.goto(`${base}/akun`);
    await expect(page.locator('[data-testid=timeline]').innerText()).resolves.toContain(`PBB ${year}`);

    // the printable statement: this year's bill paid, only the statement on the printed page, A4
    await page.goto(`${base}/pajak/saya/cetak?nop=${nop}`);
    await expect(page.locator(`[data-testid=statement-bill][data-year="${year}"]`).getAttribute('data-status')).resolves.toBe('PAID');
    await check(page, 'jakpa-statement');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('.site-header').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-testid=print]').isVisible()).resolves.toBe(false);
    await page.screenshot({ path: path.join(SHOTS, 'jakpa-statement-print.png'), fullPage: true });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: false });
    writeFileSync(path.join(SHOTS, 'jakpa-statement.pdf'), pdf);
    const pages = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
    const size = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(size && [Math.round(Number(size[1])), Math.round(Number(size[2]))]).toEqual([595, 842]); // A4 in points
    await ctx.close();
  });

  it('through the gateway: each resident gets only the objects of their own NIK (core gives the NIK via @requires)', async () => {
    const tokenOf = async (nik: string) => (await gql(LOGIN, { i: { identifier: nik, password: 'kendari123' } })).data.login.session.accessToken as string;
    const mine = async (token?: string) => {
      const res = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query: '{ me { id taxObjects(first: 10) { totalCount nodes { nop { digits } } } } }' }),
      });
      return (await res.json()) as any;
    };
    const siti = await mine(await tokenOf(SITI_NIK));
    expect(siti.data.me.taxObjects.totalCount).toBe(2);
    expect(siti.data.me.taxObjects.nodes.map((n: any) => n.nop.digits).sort()).toEqual((await sitiNops()).sort());
    const arif = await mine(await tokenOf('7471021206730002')); // the second demo resident
    expect(arif.data.me.taxObjects.totalCount).toBe(1);
    expect(arif.data.me.taxObjects.nodes[0].nop.digits).not.toBe(siti.data.me.taxObjects.nodes[0].nop.digits);
    // without a token the caller sees the public contract, where `me` does not exist (issue 17)
    const anonymous = await mine();
    expect(anonymous.data ?? null).toBeNull();
    expect(anonymous.errors?.[0].extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it("a Bapenda officer finds the resident's objects and records a counter payment once", async () => {
    const [, second] = await sitiNops();
    const ctx = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'id-ID', timezoneId: 'Asia/Makassar' });
    ctx.setDefaultTimeout(20_000);
    const page = await ctx.newPage();
    await page.goto(`${base}/masuk?next=/petugas/pajak`);
    await page.fill('#masuk-identifier', 'petugas.bapenda');
    await page.fill('#masuk-password', 'kendari123');
    await Promise.all([page.waitForURL((u) => u.pathname === '/petugas/pajak'), page.click('#masuk button[type=submit]')]);
    await page.fill('#cari-nik', SITI_NIK);
    await Promise.all([page.waitForURL(/nik=/), page.click('form[action="/petugas/pajak"] button[type=submit]')]);
    await expect(page.locator('[data-testid=officer-objects] > li').count()).resolves.toBe(2);
    await check(page, 'jakpa-officer');
    const year = new Date().getUTCFullYear();
    await page.fill('#loket-nop', second);
    await page.fill('#loket-year', String(year));
    await page.fill('#loket-amount', '999999999'); // more than owed: refused next to the amount
    await page.click('#loket button[type=submit]');
    await expect(page.locator('#loket-amount-err').innerText()).resolves.toMatch(/melebihi/);
    await page.fill('#loket-nop', second);
    await page.fill('#loket-year', String(year));
    await page.fill('#loket-amount', '1000');
    await page.click('#loket button[type=submit]');
    await expect(page.locator('[data-testid=counter-amount]').innerText()).resolves.toBe('Rp 1.000');
    await check(page, 'jakpa-officer-paid');
    await ctx.close();
  });

  it('transparency shows PBB collection per kecamatan', async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: 'id-ID' });
    const page = await ctx.newPage();
    await page.goto(`${base}/transparansi`);
    await expect(page.locator('[data-testid=tax-collection]').innerText()).resolves.toMatch(/Realisasi PBB-P2[\s\S]*Kendari/);
    // axe on this section only: the rest of the page belongs to other services' tests
    await check(page, 'jakpa-transparency', '[data-testid=tax-collection]');
    await ctx.close();
  });
});
