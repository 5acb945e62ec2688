/**
 * Open data (issue 17) against the whole system: /transparansi shows twelve months per indicator with
 * "belum ada data" / "no data yet" where the graph has none; the CSV and JSON downloads parse back to the
 * numbers the graph answers; /pengembang lists the public contract (and nothing outside it), runnable
 * examples and the changelog. Both languages photographed and checked with axe-core.
 *
 * Build the portal first: cd portal && NEXT_DIST_DIR=.next-opendata npx next build (and export the same NEXT_DIST_DIR).
 */
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSchema, parse, validate } from 'graphql';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser } from '../src/browser';
import { sharedStack, type Stack } from '../src/harness';
import { csvField, toCsv } from '../../portal/components/open-data/csv';
import { EXAMPLES } from '../../portal/components/open-data/examples';

const ROOT = path.resolve(__dirname, '../..');
const SHOTS = path.join(ROOT, 'test-artifacts/screenshots');
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const CONTRACT = buildSchema(readFileSync(path.join(ROOT, 'schema/public.graphql'), 'utf8'));
const MANIFEST: Record<string, string> = JSON.parse(readFileSync(path.join(ROOT, 'portal/graphql/generated/persisted-documents.json'), 'utf8'));
/** The portal's registered document of an operation, by name. */
const documentOf = (name: string): string => {
  const text = Object.values(MANIFEST).find((d) => new RegExp(`\\bquery ${name}\\b`).test(d));
  if (!text) throw new Error(`no registered document ${name}`);
  return text;
};

/** An RFC 4180 reader, written apart from the portal's writer so the two check each other. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field !== '' || row.length) throw new Error('CSV does not end with CRLF');
  return rows;
}

describe('open data without the stack', () => {
  it('the CSV writer quotes by RFC 4180 and keeps texts from becoming spreadsheet formulas', () => {
    expect(csvField('Kendari Barat')).toBe('Kendari Barat');
    expect(csvField('Poasia, Kota "Lama"')).toBe('"Poasia, Kota ""Lama"""');
    expect(csvField('dua\r\nbaris')).toBe('"dua\r\nbaris"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect([csvField(-1.5), csvField(0), csvField(null), csvField(true)]).toEqual(['-1.5', '0', '', 'true']);
    const rows = [
      { month: '2026-01', name: 'a,b', note: 'say "hi"\nbye', n: 3, share: null },
      { month: '2026-02', name: '', note: 'plain', n: 0, share: 0.5 },
    ];
    const parsed = parseCsv(toCsv(['month', 'name', 'note', 'n', 'share'], rows));
    expect(parsed).toEqual([
      ['month', 'name', 'note', 'n', 'share'],
      ['2026-01', 'a,b', 'say "hi"\nbye', '3', ''],
      ['2026-02', '', 'plain', '0', '0.5'],
    ]);
  });

  it('every download document and every /pengembang example stays inside the public contract', () => {
    const docs = Object.values(MANIFEST).filter((d) => /\bquery OpenData\w+/.test(d));
    expect(docs.length).toBeGreaterThanOrEqual(11);
    const problems = [...docs, ...EXAMPLES.map((e) => e.query)].flatMap((d) => validate(CONTRACT, parse(d)).map((e) => `${e.message}\n${d}`));
    expect(problems).toEqual([]);
  });
});

describe('open data through the portal', () => {
  let stack: Stack;
  let browser: Browser;
  let base: string;

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

  /** Asks the gateway as an anonymous caller would. */
  async function graph(query: string, variables: Record<string, unknown>) {
    const res = await fetch(stack.gatewayUrl, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    const body = (await res.json()) as { data?: any; errors?: unknown[] };
    expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
    return body.data;
  }

  async function context(lang: 'id' | 'en'): Promise<{ ctx: BrowserContext; page: Page }> {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 800 }, locale: lang === 'en' ? 'en-GB' : 'id-ID' });
    if (lang === 'en') await ctx.addCookies([{ name: 'lang', value: 'en', url: base }]);
    return { ctx, page: await ctx.newPage() };
  }

  async function check(page: Page, name: string): Promise<void> {
    await page.screenshot({ path: path.join(SHOTS, `${name}.png`), fullPage: true });
    await page.addScriptTag({ content: AXE });
    const violations: { id: string; impact: string; help: string }[] = await page.evaluate(async () => {
      const r = await (window as any).axe.run(document, { resultTypes: ['violations'] });
      return r.violations.map((v: any) => ({ id: v.id, impact: v.impact, help: v.help }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.help}`)).toEqual([]);
  }

  /** This WITA month and the eleven before it, oldest first (what the page and the downloads show by default). */
  const twelveMonths = () => {
    const now = new Date(Date.now() + 8 * 3600_000);
    return Array.from({ length: 12 }, (_, i) => {
      const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 11 + i, 1));
      return d.toISOString().slice(0, 7);
    });
  };

  it('/transparansi: twelve months per indicator, "belum ada data" exactly where the graph has none', async () => {
    const months = twelveMonths();
    const { page, ctx } = await context('id');
    await page.goto(`${base}/transparansi`);
    const sections = page.locator('section.trend');
    expect(await sections.count()).toBe(7);
    for (const id of ['letters', 'permits', 'emergencies', 'jari-reports', 'tax-collection', 'service-status', 'health-queue']) {
      const rows = page.locator(`[data-testid=trend-${id}] tbody tr`);
      expect(await rows.count(), id).toBe(12);
      // newest first, the current month on top
      expect(await rows.first().getAttribute('data-month')).toBe(months[11]);
      expect(await page.locator(`[data-testid=download-${id}-csv]`).getAttribute('href')).toBe(`/data/${id}.csv?from=${months[0]}&to=${months[11]}`);
    }
    // the board's history starts with the seed (days ago): earlier months have none, and say so
    const { serviceStatusTrend } = await graph(documentOf('OpenDataServiceStatusTrend'), { from: months[0], to: months[11] });
    const empty = serviceStatusTrend.filter((m: { hasData: boolean }) => !m.hasData);
    expect(empty.length).toBeGreaterThan(0);
    for (const m of serviceStatusTrend) {
      const row = page.locator(`[data-testid=trend-service-status] tbody tr[data-month="${m.month}"]`);
      expect(await row.getAttribute('data-has-data')).toBe(String(m.hasData));
      const text = await row.innerText();
      if (m.hasData) {
        expect(text).not.toContain('belum ada data');
        expect(text).toContain(`${Math.round(m.availableShare * 100)}%`);
      } else expect(text).toContain('belum ada data');
    }
    // no month anywhere shows dashes or "0 terbit" for want of data
    const noData = page.locator('section.trend tbody tr[data-has-data=false]');
    expect(await noData.count()).toBeGreaterThanOrEqual(empty.length);
    for (const text of await noData.allInnerTexts()) expect(text).toMatch(/belum ada data/);
    expect(await page.locator('main').innerText()).not.toContain('0 terbit');
    await check(page, 'open-data-transparansi-id');
    await ctx.close();

    const en = await context('en');
    await en.page.goto(`${base}/transparansi`);
    expect(await en.page.locator('[data-testid=trend-service-status] tbody tr[data-has-data=false]').first().innerText()).toContain('no data yet');
    expect(await en.page.locator('h1').innerText()).toBe('Service transparency');
    await check(en.page, 'open-data-transparansi-en');
    await en.ctx.close();
  }, 180_000);

  it('the CSV download parses back to the numbers the graph answers', async () => {
    const res = await fetch(`${base}/data/letters-by-kecamatan.csv?from=2026-01&to=2026-12`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="satu-kendari-letters-by-kecamatan-2026-01-2026-12.csv"');
    expect(res.headers.get('cache-control')).toMatch(/^public, max-age=\d+/);
    const [header, ...rows] = parseCsv(await res.text());
    expect(header).toEqual([
      'month',
      'kecamatan_code',
      'kecamatan_name',
      'has_data',
      'submitted',
      'issued',
      'issued_on_time',
      'on_time_share',
      'median_processing_hours',
    ]);
    const { letterTrend } = await graph(documentOf('OpenDataLetterTrendByKecamatan'), { from: '2026-01', to: '2026-12' });
    expect(rows).toHaveLength(12 * 11);
    expect(letterTrend).toHaveLength(rows.length);
    const num = (s: string) => (s === '' ? null : Number(s));
    rows.forEach((r, i) => {
      const g = letterTrend[i];
      expect({
        month: r[0],
        code: r[1],
        name: r[2],
        hasData: r[3] === 'true',
        submitted: num(r[4]),
        issued: num(r[5]),
        onTime: num(r[6]),
        share: num(r[7]),
        hours: num(r[8]),
      }).toEqual({
        month: g.month,
        code: g.kecamatan.id,
        name: g.kecamatan.name,
        hasData: g.hasData,
        submitted: g.submittedCount,
        issued: g.issuedCount,
        onTime: g.issuedOnTimeCount,
        share: g.withinTimeLimitShare,
        hours: g.medianProcessingHours,
      });
    });
    // the demo data has letters this year: the comparison is not only zeros
    expect(letterTrend.some((g: { issuedCount: number }) => g.issuedCount > 0)).toBe(true);
  });

  it('the JSON download carries the same rows, with the columns documented', async () => {
    const res = await fetch(`${base}/data/jari-reports.json`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('content-disposition')).toMatch(/^attachment; filename="satu-kendari-jari-reports-\d{4}-\d{2}-\d{4}-\d{2}\.json"$/);
    const body = await res.json();
    const months = twelveMonths();
    expect([body.from, body.to]).toEqual([months[0], months[11]]);
    expect(body.columns.map((c: { key: string }) => c.key)).toEqual(Object.keys(body.rows[0]));
    const { jariTrend } = await graph(documentOf('OpenDataJariTrend'), { from: body.from, to: body.to });
    expect(body.rows).toEqual(
      jariTrend.map((g: any) => ({
        month: g.month,
        has_data: g.hasData,
        received: g.received,
        open: g.open,
        concluded: g.concluded,
        rejected: g.rejected,
        follow_up_overdue: g.followUpOverdue,
        median_days_to_conclusion: g.medianDaysToConclusion,
        ...Object.fromEntries(g.byCategory.map((c: { category: string; count: number }) => [`category_${c.category.toLowerCase()}`, c.count])),
      })),
    );
    expect(body.rows.some((r: { received: number }) => r.received > 0)).toBe(true);
    // and the money of the tax download arrives as whole rupiah
    const tax = await (await fetch(`${base}/data/tax-collection.json?from=${months[0]}&to=${months[11]}`)).json();
    const { taxCollectionTrend } = await graph(documentOf('OpenDataTaxCollectionTrend'), { from: months[0], to: months[11] });
    expect(tax.rows.map((r: { amount_collected_rupiah: number }) => r.amount_collected_rupiah)).toEqual(
      taxCollectionTrend.map((g: { amountCollected: number }) => g.amountCollected),
    );
  });

  it('refuses a bad range with the argument named, in the visitor’s language, and an unknown download', async () => {
    const long = await fetch(`${base}/data/letters.csv?from=2023-01&to=2026-12`);
    expect(long.status).toBe(400);
    expect(long.headers.get('cache-control')).toBe('no-store');
    expect((await long.json()).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'from', message: 'Rentang paling banyak 24 bulan' });
    const en = await fetch(`${base}/data/letters.json?to=2026-13`, { headers: { cookie: 'lang=en' } });
    expect(en.status).toBe(400);
    expect((await en.json()).error).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to', message: 'to must be a month YYYY-MM, e.g. 2026-11' });
    const unknown = await fetch(`${base}/data/citizens.csv`);
    expect(unknown.status).toBe(404);
    expect((await unknown.json()).error.code).toBe('NOT_FOUND');
  });

  it('/pengembang: the contract’s types and nothing outside it, examples that open in the playground, the changelog', async () => {
    for (const lang of ['id', 'en'] as const) {
      const { page, ctx } = await context(lang);
      await page.goto(`${base}/pengembang`);
      const ref = page.locator('[data-testid=contract-reference]');
      for (const t of ['Query', 'LetterMonth', 'PublicPermit', 'ServicePointStatus', 'PermitVerification'])
        expect(await ref.locator(`details[data-type="${t}"]`).count(), t).toBe(1);
      const listed = await ref.locator('details[data-type]').evaluateAll((els) => els.map((e) => e.getAttribute('data-type')));
      expect(listed.length).toBe(
        Object.keys(CONTRACT.getTypeMap()).filter((t) => !t.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(t)).length,
      );
      for (const hidden of ['Citizen', 'LetterRequest', 'JariReport', 'EmergencyReport', 'Appointment', 'TaxObject', 'ApiKey'])
        expect(listed).not.toContain(hidden);
      expect(await page.locator('main').innerText()).not.toMatch(/\bnik\b/);
      // every example links to the playground with its own text
      for (const e of EXAMPLES) {
        const href = (await page.locator(`[data-testid=try-${e.id}]`).getAttribute('href'))!;
        expect(new URL(href).searchParams.get('query')).toBe(e.query);
      }
      expect(await page.locator('[data-testid=changelog] h3').allInnerTexts()).toEqual(expect.arrayContaining(['Unreleased', 'Deprecations']));
      expect(await page.locator('[data-testid=downloads] a[href="/data/letters.csv"]').count()).toBe(1);
      expect(await page.locator('a[href="/pengembang/kunci"]').count()).toBe(1);
      await check(page, `open-data-pengembang-${lang}`);
      await ctx.close();
    }
  }, 120_000);

  it('a "try it" link opens GraphiQL with that operation', async () => {
    const { page, ctx } = await context('id');
    await page.goto(`${base}/pengembang`);
    const href = (await page.locator('[data-testid=try-verifikasi]').getAttribute('href'))!;
    // the page names the gateway by the host it was asked for; the test reaches it at the stack's address
    const target = new URL(href);
    const gateway = new URL(stack.gatewayUrl);
    target.host = gateway.host;
    await page.goto(target.toString());
    await page.waitForSelector('.graphiql-query-editor', { timeout: 30_000 });
    await expect.poll(async () => page.locator('.graphiql-query-editor').innerText(), { timeout: 15_000 }).toContain('verifyPermit(code: "IZN-DEMO-2026")');
    await ctx.close();
  }, 60_000);
});
