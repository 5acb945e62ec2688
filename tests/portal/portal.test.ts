/**
 * The portal in a real browser (Debian's chromium driven by playwright-core) against the whole running
 * system: PostgreSQL, every subgraph, the gateway and `next start` of the built portal, on free ports.
 * Every page visited is checked with axe-core (no serious/critical violations) and photographed at a
 * 360×800 phone size into test-artifacts/screenshots/.
 *
 * PORTAL_TEST_URL=http://127.0.0.1:3000 runs the same tests against an already running `npm start`.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../src/browser';
import { pollFor } from '@kendari/kit/testing';
import { sharedStack, startStack, type Stack } from '../src/harness';

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-artifacts/screenshots');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const PASSWORD = 'kendari123';
const KANDAI = '74.71.02.1009';

let stack: Stack | null = null;
let base: string;
let browser: Browser;
const axeFindings: string[] = [];

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

async function phone(opts: Parameters<Browser['newContext']>[0] = {}): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: { width: 360, height: 800 }, deviceScaleFactor: 1, locale: 'id-ID', timezoneId: 'Asia/Makassar', ...opts });
  ctx.setDefaultTimeout(20_000);
  return { ctx, page: await ctx.newPage() };
}

/** axe-core on the current page: no serious or critical violations; a phone-size screenshot either way. */
async function check(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
  await page.addScriptTag({ content: AXE });
  const violations: { id: string; impact: string; help: string; nodes: { target: string[] }[] }[] = await page.evaluate(async () => {
    const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n: any) => ({ target: n.target })) }));
  });
  const bad = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  for (const v of bad)
    axeFindings.push(
      `${name}: [${v.impact}] ${v.id} — ${v.help} at ${v.nodes
        .slice(0, 3)
        .map((n) => n.target.join(' '))
        .join(', ')}`,
    );
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

async function visit(page: Page, p: string, name: string): Promise<void> {
  const res = await page.goto(base + p);
  expect(res?.status(), `${p} status`).toBeLessThan(400);
  await check(page, name);
}

async function login(page: Page, identifier: string, password = PASSWORD): Promise<void> {
  await page.goto(`${base}/masuk`);
  await page.fill('#masuk-identifier', identifier);
  await page.fill('#masuk-password', password);
  await Promise.all([page.waitForURL((u) => !u.pathname.startsWith('/masuk')), page.click('#masuk button[type=submit]')]);
}

async function logout(page: Page): Promise<void> {
  await page.goto(`${base}/keluar`);
  await Promise.all([page.waitForURL((u) => u.pathname === '/'), page.click('main button[type=submit]')]);
}

function randomNik(): string {
  // 7471 02 (Kota Kendari, kecamatan Kendari) + birth date 450690 + a serial that is never 0000
  return `747102450690${String(1000 + Math.floor(Math.random() * 8999))}`;
}

describe('public pages', () => {
  it('render on the server, pass axe-core and are photographed at 360 px', async () => {
    const { ctx, page } = await phone();
    const pages: [string, string][] = [
      ['/', 'home'],
      ['/?q=domisili', 'home-search'],
      ['/layanan', 'catalogue'],
      ['/layanan?app=LAIKA', 'catalogue-laika'],
      ['/layanan/laika-sk-domisili', 'service-free'],
      ['/layanan/izin-pbg', 'service-paid'],
      ['/masuk', 'login'],
      ['/daftar', 'register'],
      ['/keluar', 'logout'],
      ['/surat', 'letters-anonymous'],
      ['/verifikasi', 'verify'],
      ['/verifikasi/TIDAK-ADA-123', 'verify-unknown'],
      ['/darurat', 'emergency'],
      ['/darurat/lacak', 'emergency-follow'],
      ['/jari', 'jari'],
      ['/jari/lacak', 'jari-follow'],
      ['/jari/statistik', 'jari-stats'],
      ['/transparansi', 'transparency'],
      ['/pengembang', 'developers'],
      ['/izin', 'permits'],
      ['/kesehatan', 'health'],
      ['/pajak', 'tax'],
    ];
    for (const [p, name] of pages) await visit(page, p, name);
    // every application of the graph is open: no card on the home page says "coming soon"
    await page.goto(`${base}/`);
    const home = await page.locator('main').innerText();
    expect(home).not.toContain('Segera hadir');
    expect(home).toContain('nomor antrean');
    // the catalogue answers "what do I need?" and a service shows its official fee in large type
    await page.goto(`${base}/?q=domisili`);
    await expect(page.locator('main').innerText()).resolves.toContain('Surat Keterangan Domisili');
    await page.goto(`${base}/layanan/laika-sk-domisili`);
    await expect(page.locator('[data-testid=fee]').innerText()).resolves.toBe('Gratis');
    await expect(page.locator('main').innerText()).resolves.toContain('tidak diperbolehkan');
    expect(await page.locator('a[href^="/jari"]').count()).toBeGreaterThan(0);
    await ctx.close();
  }, 240_000);

  it('switches to English with a plain form and back', async () => {
    const { ctx, page } = await phone({ javaScriptEnabled: false });
    await page.goto(`${base}/layanan`);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await Promise.all([page.waitForLoadState('load'), page.click('.lang-form button')]);
    await page.waitForURL(/\/layanan/);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await expect(page.locator('h1').innerText()).resolves.toBe('All services');
    // axe needs JavaScript: check the English page in a context that has it, with the same cookies
    const js = await phone();
    await js.ctx.addCookies(await ctx.cookies());
    await js.page.goto(`${base}/layanan`);
    expect(await js.page.getAttribute('html', 'lang')).toBe('en');
    await check(js.page, 'catalogue-en');
    await js.ctx.close();
    await page.click('.lang-form button');
    await page.waitForLoadState('load');
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await ctx.close();
  });

  it('keeps the home page light: first-load JavaScript under 150 kB compressed', async () => {
    const { ctx, page } = await phone();
    const scripts: Promise<number>[] = [];
    page.on('response', (r) => {
      if (r.request().resourceType() === 'script')
        scripts.push(
          r.body().then(
            (b) => gzipSync(b).length,
            () => 0,
          ),
        );
    });
    await page.goto(`${base}/`, { waitUntil: 'networkidle' });
    const sizes = await Promise.all(scripts);
    const kb = sizes.reduce((a, b) => a + b, 0) / 1024;
    console.log(`[portal] home page first-load JS: ${sizes.length} scripts, ${kb.toFixed(1)} kB gzip`);
    expect(kb).toBeLessThan(150);
    await ctx.close();
  }, 60_000);
});

describe('a letter from request to verification', () => {
  it('register, log in, request; officers verify, sign, issue; the citizen sees it issued; anyone verifies the code', async () => {
    const { ctx, page } = await phone();
    const nik = randomNik();

    // register: a wrong NIK and phone are shown next to their fields, then a good one goes through
    await page.goto(`${base}/daftar`);
    await page.fill('#daftar-nik', '12345');
    await page.fill('#daftar-name', 'Wa Ode Test Portal');
    await page.fill('#daftar-phone', 'abc');
    await page.selectOption('#daftar-kelurahanId', KANDAI);
    await page.fill('#daftar-password', 'rahasia123');
    await page.click('#daftar button[type=submit]');
    await page.waitForSelector('#daftar-nik-err');
    expect(await page.getAttribute('#daftar-nik', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('#daftar-nik', 'aria-describedby')).toContain('daftar-nik-err');
    await expect(page.locator('#daftar-nik-err').innerText()).resolves.toContain('16 digit');
    await expect(page.locator('#daftar-phone-err').isVisible()).resolves.toBe(true);
    await check(page, 'register-errors');
    await page.fill('#daftar-nik', nik);
    await page.fill('#daftar-phone', '081234567890');
    await page.fill('#daftar-password', 'rahasia123');
    await Promise.all([page.waitForURL(/\/akun$/), page.click('#daftar button[type=submit]')]);
    await expect(page.locator('main').innerText()).resolves.toContain('Wa Ode Test Portal');
    await check(page, 'account-new');
    await logout(page);

    // log in and request a domicile letter (two steps: the type, then its fields)
    await login(page, nik, 'rahasia123');
    expect(new URL(page.url()).pathname).toBe('/akun');
    await visit(page, '/surat', 'letters-choose');
    await page.check('input[name=jenis][value=laika-sk-domisili]');
    await Promise.all([page.waitForURL(/jenis=laika-sk-domisili/), page.click('main form button[type=submit]')]);
    await check(page, 'letters-form');
    await page.fill('#surat-purpose', 'Syarat melamar pekerjaan di perusahaan swasta');
    await page.fill('#surat-detail_address', 'Jl. Sultan Hasanuddin No. 12, RT 002/RW 001');
    await Promise.all([page.waitForURL(/\/surat\/[^/?]+\?baru=1/), page.click('#surat button[type=submit]')]);
    const requestId = new URL(page.url()).pathname.split('/').pop()!;
    expect(await page.getAttribute('[data-testid=letter-status]', 'data-status')).toBe('SUBMITTED');
    await check(page, 'letter-submitted');
    await logout(page);

    // the kelurahan officer verifies, the lurah signs and issues
    const act = async (officer: string, button: RegExp, shot: string) => {
      await login(page, officer);
      await visit(page, '/petugas/surat', shot);
      // narrow the queue with the filter form (a kelurahan has many seeded requests)
      await page.selectOption('#f-jenis', 'laika-sk-domisili');
      await Promise.all([page.waitForURL(/jenis=laika-sk-domisili/), page.click('form.filters button[type=submit]')]);
      const card = page.locator(`[data-request-id="${requestId}"]`);
      await Promise.all([page.waitForURL(/ok=/), card.getByRole('button', { name: button }).click()]);
      await expect(page.locator('[role=status]').first().innerText()).resolves.toMatch(/\./);
      await logout(page);
    };
    await act('petugas.kandai', /^Verifikasi/, 'officer-letters-kelurahan');
    await act('lurah.kandai', /^Tanda tangani/, 'officer-letters-lurah');
    await act('lurah.kandai', /^Terbitkan/, 'officer-letters-lurah-issue');

    // the citizen sees it issued, with its code, on the letter and in the timeline
    await login(page, nik, 'rahasia123');
    await visit(page, `/surat/${requestId}`, 'letter-issued');
    expect(await page.getAttribute('[data-testid=letter-status]', 'data-status')).toBe('ISSUED');
    const code = (await page.locator('[data-testid=verification-code]').innerText()).trim();
    expect(code.length).toBeGreaterThan(4);
    await visit(page, '/akun', 'account-timeline');
    expect(await page.locator('[data-testid=timeline] [data-status=ISSUED]').count()).toBeGreaterThan(0);
    await visit(page, '/', 'home-logged-in');
    await ctx.close();

    // an anonymous visitor (no JavaScript even) checks the code
    const anon = await phone({ javaScriptEnabled: false });
    await anon.page.goto(`${base}/verifikasi`);
    await anon.page.fill('#kode', code);
    await Promise.all([anon.page.waitForURL(/\/verifikasi\/.+/), anon.page.click('main button[type=submit]')]);
    expect(await anon.page.getAttribute('[data-testid=verify-result]', 'data-valid')).toBe('true');
    await expect(anon.page.locator('main').innerText()).resolves.toContain('Surat Keterangan Domisili');
    const resultUrl = anon.page.url();
    await anon.ctx.close();
    // the same result page (as reached from the QR code), checked with axe in a browser that runs scripts
    const qr = await phone();
    await visit(qr.page, new URL(resultUrl).pathname, 'verify-valid');
    expect(await qr.page.getAttribute('[data-testid=verify-result]', 'data-valid')).toBe('true');
    await qr.ctx.close();
  }, 240_000);
});

describe('Fire Button', () => {
  it('reports an emergency without logging in (phone location), follows it, and the dispatcher moves it', async () => {
    const { ctx, page } = await phone({ permissions: ['geolocation'], geolocation: { latitude: -3.9712, longitude: 122.5921, accuracy: 20 } });
    await page.goto(`${base}/darurat`);
    await page.waitForFunction(() => (document.querySelector('input[name=latitude]') as HTMLInputElement | null)?.value !== '');
    await check(page, 'emergency-located');
    await page.fill('#darurat-callbackPhone', '081298765432');
    await Promise.all([page.waitForURL(/\/darurat\/[^/]+\?baru=1/), page.click('#darurat button[type=submit]')]);
    const trackingCode = (await page.locator('[data-testid=tracking-code]').innerText()).trim();
    expect(trackingCode).toMatch(/^FB-/);
    await expect(page.locator('[data-testid=station]').innerText()).resolves.not.toBe('');
    await check(page, 'emergency-tracking');

    // follow it by code from the form
    await page.goto(`${base}/darurat/lacak`);
    await page.fill('#kode', trackingCode);
    await Promise.all([page.waitForURL(new RegExp(`/darurat/${trackingCode}$`)), page.click('main button[type=submit]')]);
    await expect(page.locator('[data-testid=tracking-code]').innerText()).resolves.toBe(trackingCode);

    // the dispatcher sees it and marks the crew on scene
    await login(page, 'dispatcher.damkar');
    await visit(page, '/petugas/darurat', 'officer-dispatcher');
    const card = page.locator(`[data-tracking-code="${trackingCode}"]`);
    const before = await page.goto(`${base}/darurat/${trackingCode}`).then(() => page.getAttribute('[data-testid=emergency-status]', 'data-status'));
    await page.goto(`${base}/petugas/darurat`);
    const next = before === 'RECEIVED' ? /Petugas berangkat/ : /Petugas di lokasi/;
    await Promise.all([page.waitForURL(/ok=/), card.getByRole('button', { name: next }).click()]);
    await page.goto(`${base}/darurat/${trackingCode}`);
    expect(await page.getAttribute('[data-testid=emergency-status]', 'data-status')).not.toBe(before);
    await ctx.close();
  }, 120_000);

  it('works with JavaScript off: the kelurahan is picked instead of the phone location', async () => {
    const { ctx, page } = await phone({ javaScriptEnabled: false });
    await page.goto(`${base}/darurat`);
    await page.check('input[name=kind][value=RESCUE]');
    await page.selectOption('#darurat-kelurahanId', KANDAI);
    await page.fill('#darurat-addressText', 'Dekat Pasar Sentral Kota');
    await page.fill('#darurat-callbackPhone', '081298765433');
    await Promise.all([page.waitForURL(/\/darurat\/FB-[^/]+\?baru=1/), page.click('#darurat button[type=submit]')]);
    await expect(page.locator('main').innerText()).resolves.toContain('Kandai');
    await ctx.close();
  });
});

describe('JARI', () => {
  it('reports anonymously, shows the secret once, and follows the report with code and secret', async () => {
    const { ctx, page } = await phone();
    await page.goto(`${base}/jari`);
    await page.check('input[name=anonymous][value=yes]');
    await page.selectOption('#jari-category', 'PUNGLI');
    await page.selectOption('#jari-agencyId', 'disdukcapil');
    await page.fill('#jari-place', 'Loket 2, Kantor Disdukcapil Jl. Balai Kota');
    await page.fill('#jari-description', 'Petugas meminta Rp50.000 agar Kartu Keluarga selesai hari ini, padahal layanan ini gratis.');
    await page.fill('#jari-amountAskedRupiah', '50000');
    await page.click('#jari button[type=submit]');
    await page.waitForSelector('[data-testid=jari-secret]');
    const code = (await page.locator('[data-testid=jari-code]').innerText()).trim();
    const secret = (await page.locator('[data-testid=jari-secret]').innerText()).trim();
    expect(code).toMatch(/^JR-/);
    expect(secret.length).toBeGreaterThan(6);
    await expect(page.locator('main').innerText()).resolves.toMatch(/SEKALI/);
    await check(page, 'jari-submitted');

    // a new visit has no secret anywhere: follow with code + secret
    await page.goto(`${base}/jari/lacak`);
    expect(await page.content()).not.toContain(secret);
    await page.fill('#lacak-code', code);
    await page.fill('#lacak-secret', 'SALAH-SALAH');
    await page.click('#lacak button[type=submit]');
    await page.waitForSelector('#lacak [role=alert]');
    await page.fill('#lacak-secret', secret);
    await Promise.all([page.waitForSelector('[data-testid=jari-status]'), page.click('#lacak button[type=submit]')]);
    expect(await page.getAttribute('[data-testid=jari-status]', 'data-status')).toBe('RECEIVED');
    expect(page.url()).not.toContain(secret);
    await check(page, 'jari-followed');

    // the inspector sees it in the queue (anonymous: no reporter)
    await login(page, 'inspektur');
    await visit(page, '/petugas/jari', 'officer-inspector');
    // the queue is oldest first: narrow it with the filter form to find the new report
    await page.selectOption('#f-status', 'RECEIVED');
    await page.selectOption('#f-kategori', 'PUNGLI');
    await page.selectOption('#f-instansi', 'disdukcapil');
    await Promise.all([page.waitForURL(/instansi=disdukcapil/), page.click('form.filters button[type=submit]')]);
    const card = page.locator(`[data-tracking-code="${code}"]`);
    await expect(card.innerText()).resolves.toContain('Anonim');

    // the inspector asks a question; the reporter reads it with code and secret and answers
    const question = 'Apakah ada saksi lain di loket saat itu?';
    await card.locator('summary', { hasText: 'Kirim pertanyaan' }).click();
    await card.locator('textarea[name=body]').fill(question);
    await Promise.all([page.waitForURL(/ok=/), card.getByRole('button', { name: /^Kirim$/ }).click()]);
    // verifies it and shares it with the agency concerned, whose officer then sees it (never with an identity)
    const reportId = await card.getAttribute('data-report-id');
    const queue = (status: string) => `${base}/petugas/jari?status=${status}&kategori=PUNGLI&instansi=disdukcapil`;
    await page.goto(queue('RECEIVED'));
    await Promise.all([page.waitForURL(/ok=/), card.getByRole('button', { name: /^Verifikasi/ }).click()]);
    await page.goto(queue('VERIFIED'));
    await Promise.all([page.waitForURL(/ok=/), card.getByRole('button', { name: 'Teruskan ke instansi' }).click()]);
    await expect(card.innerText()).resolves.toContain('diteruskan ke instansi');
    await logout(page);
    await login(page, 'petugas.disdukcapil');
    await visit(page, '/petugas/laporan-instansi', 'officer-agency-shared');
    await expect(page.locator(`[data-testid=shared-reports] [data-report-id="${reportId}"]`).innerText()).resolves.toContain('Loket 2');
    expect(await page.content()).not.toContain(code);
    await ctx.close();
    // later, on another phone: only the two codes are needed
    const later = await phone();
    await later.page.goto(`${base}/jari/lacak`);
    await later.page.fill('#lacak-code', code);
    await later.page.fill('#lacak-secret', secret);
    await Promise.all([later.page.waitForSelector('[data-testid=jari-status]'), later.page.click('#lacak button[type=submit]')]);
    await expect(later.page.locator('main').innerText()).resolves.toContain(question);
    const answer = 'Ya, dua warga lain juga dimintai uang yang sama.';
    await later.page.fill('#balas', answer);
    await Promise.all([later.page.waitForURL(/ok=/), later.page.getByRole('button', { name: 'Kirim pesan' }).click()]);
    await expect(later.page.locator('main').innerText()).resolves.toContain(answer);
    await check(later.page, 'jari-conversation');
    await later.ctx.close();
  }, 120_000);
});

describe('officer pages', () => {
  it('dashboard and service status for an agency officer', async () => {
    const { ctx, page } = await phone();
    await login(page, 'petugas.disdukcapil');
    expect(new URL(page.url()).pathname).toBe('/petugas');
    await check(page, 'officer-dashboard');
    await visit(page, '/petugas/status', 'officer-status');
    await ctx.close();
  });
});

describe.runIf(!process.env.PORTAL_TEST_URL)('when one subgraph is down', () => {
  // a stack of its own: the shared one stays whole for the files after this one
  let own: Stack;
  beforeAll(async () => {
    own = await startStack({ portal: true, label: 'portal_down' });
  }, 240_000);
  afterAll(async () => own?.stop());

  it('the home page says JARI is temporarily unavailable and everything else still works', { timeout: 90_000 }, async () => {
    await own.stopSubgraph('jari');
    const { ctx, page } = await phone();
    // public answers are kept up to 30 s in the portal (never an error): within that the board must say so
    const text = await pollFor(
      async () => {
        await page.goto(`${own.portalUrl}/?q=ktp`);
        const t = await page.locator('main').innerText();
        return t.includes('Layanan sementara tidak tersedia') && t;
      },
      { timeout: 40_000, interval: 500, what: 'the home page saying JARI is unavailable' },
    );
    expect(text).toContain('Layanan sementara tidak tersedia');
    await expect(page.locator('main').innerText()).resolves.toContain('KTP');
    await check(page, 'home-jari-down');
    await page.goto(`${own.portalUrl}/layanan/capil-ktp-el`);
    await expect(page.locator('[data-testid=fee]').innerText()).resolves.toBe('Gratis');
    await ctx.close();
  });
});
