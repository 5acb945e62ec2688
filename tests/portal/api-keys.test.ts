/**
 * API keys in a real browser (issue 17): the admin makes a key at /petugas/kunci-api (a wrong entry first,
 * then the key shown once), the key is used at the gateway, the resident named as its owner follows the
 * use per day at /pengembang/kunci (the demo key: "no data yet"), the admin revokes it. Both languages,
 * every page photographed and checked with axe-core.
 *
 * Only core, the gateway and the portal run. Build the portal first:
 * cd portal && NEXT_DIST_DIR=.next-keys npx next build (and export the same NEXT_DIST_DIR).
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '@kendari/kit';
import { discoverSubgraphs, repoRoot } from '@kendari/kit/platform';
import { createTestDatabase, gqlOk, pollFor, type TestDatabase } from '@kendari/kit/testing';
import { launchBrowser } from '../src/browser';
import { freePort, launch, terminate, waitReady, TEST_AUTH_SECRET, type Proc } from '../src/harness';
import { LOGIN } from '../src/trusted-documents';

const root = repoRoot(__dirname);
const SHOTS = path.join(root, 'test-artifacts/screenshots');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const SITI_NIK = '7471024506900001';

let db: TestDatabase;
const procs: Proc[] = [];
let browser: Browser;
let base = '';
let gatewayUrl = '';
let coreUrl = '';
let residentId = '';

beforeAll(async () => {
  db = await createTestDatabase('api_keys_portal');
  const [corePort, gwPort, portalPort] = await Promise.all([freePort(), freePort(), freePort()]);
  const core = launch(
    'core',
    [path.join(root, 'subgraphs/core/dist/index.js')],
    { DATABASE_URL: db.url, AUTH_SECRET: TEST_AUTH_SECRET, LOG_LEVEL: 'warn', NODE_ENV: 'test', PORT: String(corePort) },
    path.join(root, 'subgraphs/core'),
  );
  procs.push(core);
  coreUrl = `http://127.0.0.1:${corePort}/graphql`;
  await waitReady(core, `http://127.0.0.1:${corePort}/ready`, 200_000);
  const subgraphs = Object.fromEntries(
    discoverSubgraphs(root).map((s) => [`SUBGRAPH_${s.name.toUpperCase()}_URL`, s.name === 'core' ? coreUrl : 'http://127.0.0.1:9/graphql']),
  );
  const gw = launch(
    'gateway',
    [path.join(root, 'gateway/dist/index.js')],
    {
      AUTH_SECRET: TEST_AUTH_SECRET,
      NODE_ENV: 'test',
      LOG_LEVEL: 'warn',
      PORT: String(gwPort),
      ...subgraphs,
      TRUSTED_PROXIES: 'loopback',
      TRUSTED_DOCUMENTS_PATH: path.join(root, 'portal/graphql/generated/persisted-documents.json'),
      ANONYMOUS_QUOTA_PER_MINUTE: '100000',
      ANONYMOUS_QUOTA_PER_DAY: '1000000',
      API_KEY_USAGE_FLUSH_SECONDS: '1',
    },
    root,
  );
  procs.push(gw);
  gatewayUrl = `http://127.0.0.1:${gwPort}/graphql`;
  await waitReady(gw, `http://127.0.0.1:${gwPort}/ready`);
  const portalDir = path.join(root, 'portal');
  if (!existsSync(path.join(portalDir, process.env.NEXT_DIST_DIR || '.next', 'BUILD_ID')))
    throw new Error('the portal is not built: run `npm run build` first');
  const nextBin = require.resolve('next/dist/bin/next', { paths: [portalDir] });
  const portal = launch(
    'portal',
    [nextBin, 'start', '-p', String(portalPort), '-H', '127.0.0.1'],
    { GATEWAY_URL: gatewayUrl, NODE_ENV: 'production' },
    portalDir,
  );
  procs.push(portal);
  base = `http://127.0.0.1:${portalPort}`;
  await waitReady(portal, `${base}/`);
  residentId = (await gqlOk(coreUrl, LOGIN, { i: { identifier: SITI_NIK, password: DEMO_PASSWORD } })).login.citizen.id;
  mkdirSync(SHOTS, { recursive: true });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  for (const p of procs.reverse()) await terminate(p);
  await db?.drop();
});

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

async function loggedIn(identifier: string, lang: 'id' | 'en', next: string): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: { width: 1024, height: 800 }, locale: lang === 'en' ? 'en-GB' : 'id-ID', timezoneId: 'Asia/Makassar' });
  ctx.setDefaultTimeout(30_000);
  if (lang === 'en') await ctx.addCookies([{ name: 'lang', value: 'en', url: base }]);
  const page = await ctx.newPage();
  await page.goto(`${base}/masuk?next=${encodeURIComponent(next)}`);
  await page.fill('#masuk-identifier', identifier);
  await page.fill('#masuk-password', DEMO_PASSWORD);
  await Promise.all([page.waitForURL((u) => u.pathname === next), page.click('#masuk button[type=submit]')]);
  return { ctx, page };
}

describe('API keys in the portal', () => {
  it('admin makes a key (shown once), it is used, the owner follows its use per day, the admin revokes it', async () => {
    const admin = await loggedIn('admin', 'id', '/petugas/kunci-api');
    const { page } = admin;
    await expect(page.locator('[data-testid=api-key-row]').count()).resolves.toBe(1); // the seeded demo key
    await check(page, 'api-keys-admin');

    // a wrong entry: each message next to its field, nothing made
    await page.fill('#new-api-key-holder', 'x');
    await page.fill('#new-api-key-contact', 'bukan kontak');
    await page.fill('#new-api-key-allowedOrigins', 'https://ok.go.id\nftp://salah');
    await page.click('#new-api-key button[type=submit]');
    await expect(page.locator('#new-api-key-holder-err').innerText()).resolves.toMatch(/Pemegang kunci minimal 3 karakter/);
    await expect(page.locator('#new-api-key-contact-err').innerText()).resolves.toMatch(/email atau nomor telepon/);
    await expect(page.locator('#new-api-key-allowedOrigins-err').innerText()).resolves.toMatch(/Origin harus/);
    await check(page, 'api-keys-admin-wrong');

    await page.fill('#new-api-key-holder', 'Pemkab Kolaka');
    await page.fill('#new-api-key-contact', 'diskominfo@kolakakab.example');
    await page.fill('#new-api-key-quotaPerMinute', '30');
    await page.fill('#new-api-key-quotaPerDay', '2000');
    await page.fill('#new-api-key-allowedOrigins', '');
    await page.fill('#new-api-key-ownerAccountId', residentId);
    await page.click('#new-api-key button[type=submit]');
    const key = await page.locator('[data-testid=new-api-key]').innerText();
    expect(key).toMatch(/^skd_live_[0-9a-f]{8}_[\w-]{43}$/);
    await expect(page.locator('#new-api-key-done').innerText()).resolves.toMatch(/hanya ditampilkan SEKALI/);
    await check(page, 'api-keys-admin-created');
    // shown once: the list never holds it
    await page.goto(`${base}/petugas/kunci-api`);
    await expect(page.locator('[data-testid=api-key-row]').count()).resolves.toBe(2);
    expect(await page.content()).not.toContain(key);

    // the key at work: 3 answered
    for (let i = 0; i < 3; i++) {
      const r = await fetch(gatewayUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': key },
        body: '{"query":"{ kecamatans { id } }"}',
      });
      expect(r.status).toBe(200);
      expect(r.headers.get('ratelimit')).toMatch(/^limit=30, remaining=\d+, reset=\d+$/);
    }

    // the resident named as owner: the demo key without use, the new key with today's 3 calls (both languages)
    for (const lang of ['id', 'en'] as const) {
      const owner = await loggedIn(SITI_NIK, lang, '/pengembang/kunci');
      const prefix = key.split('_').slice(0, 3).join('_');
      const row = owner.page.locator(`[data-testid=api-key][data-prefix="${prefix}"] [data-testid=usage-day]`);
      await pollFor(
        async () => {
          await owner.page.reload();
          return (await row.count()) === 1;
        },
        { timeout: 20_000, interval: 500, what: 'the use of the new key on the owner page' },
      );
      await expect(row.locator('td').first().innerText()).resolves.toBe('3');
      await expect(owner.page.locator('[data-testid=api-key][data-prefix^="skd_demo_"] [data-testid=usage-empty]').innerText()).resolves.toBe(
        lang === 'en' ? 'No data yet.' : 'Belum ada data pemakaian.',
      );
      await check(owner.page, `api-keys-owner-${lang}`);
      await owner.ctx.close();
    }

    // revoked: the list says so, the gateway refuses it (cache: 30 s by default)
    const prefix = key.split('_').slice(0, 3).join('_');
    await page.locator(`[data-testid=api-key-row][data-prefix="${prefix}"] button[type=submit]`).click();
    await page.waitForURL(/ok=/);
    await expect(page.locator('[role=status]').first().innerText()).resolves.toMatch(/dicabut/);
    await expect(page.locator(`[data-testid=api-key-row][data-prefix="${prefix}"] .tag-bad`).count()).resolves.toBe(1);
    await admin.ctx.close();

    const en = await loggedIn('admin', 'en', '/petugas/kunci-api');
    await expect(en.page.locator('h1').innerText()).resolves.toBe('API keys');
    await check(en.page, 'api-keys-admin-en');
    await en.ctx.close();
  }, 240_000);
});
