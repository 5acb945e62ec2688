import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { createGateway } from '@kendari/gateway/dist/gateway';
import { launchBrowser } from '../src/browser';
import { TEST_AUTH_SECRET } from '../src/harness';

/**
 * Issue 11 item 8 in a real browser: the playground loads the schema (introspection passes the
 * limits) under its Content-Security-Policy, with no violation, and its tabs are the ones its intro
 * names. Introspection is answered by the gateway alone, so no subgraph runs here.
 */
let browser: Browser;
let gw: { url: string; close(): Promise<void> };

beforeAll(async () => {
  const gateway = await createGateway({
    supergraphPath: path.resolve(__dirname, '../../schema/supergraph.graphql'),
    contractPath: path.resolve(__dirname, '../../schema/public.graphql'),
    authSecret: TEST_AUTH_SECRET,
    corsOrigins: [],
    logLevel: 'fatal',
  });
  gw = await gateway.listen(0);
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await gw?.close();
});

describe('the playground in a browser', () => {
  it('loads the schema with no CSP violation, and the intro names its real tabs', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    // the schema GraphiQL loads (no token in its Headers): the public contract, not the whole graph
    const typesSeen: string[] = [];
    page.on('response', async (res) => {
      if (res.request().method() !== 'POST' || !res.url().endsWith('/graphql')) return;
      const body = (await res.json().catch(() => null)) as { data?: { __schema?: { types: Array<{ name: string }> } } } | null;
      for (const t of body?.data?.__schema?.types ?? []) typesSeen.push(t.name);
    });
    await page.goto(gw.url, { waitUntil: 'load' });
    await page.waitForSelector('.graphiql-container', { timeout: 20_000 });
    // the docs explorer shows the root types once introspection has answered
    await page.click('[aria-label="Show Documentation Explorer"]');
    await page.getByText('Query', { exact: true }).first().waitFor({ timeout: 20_000 });
    const text = await page.locator('body').innerText();
    expect(text).not.toMatch(/Error fetching schema|Schema is not available/i);
    expect(typesSeen).toContain('Agency');
    expect(typesSeen).not.toContain('Citizen');
    await page.screenshot({ path: path.resolve(__dirname, '../../test-artifacts/playground.png') });
    // tab titles as GraphiQL shows them, against the names the first tab's intro uses
    const titles = (await page.locator('.graphiql-tab').allInnerTexts()).map((t) => t.trim());
    const intro = await page.locator('.graphiql-query-editor .CodeMirror').first().innerText();
    const named = [...intro.matchAll(/"([A-Z]\w+)"/g)].map((m) => m[1]).filter((n) => n !== 'Authorization');
    expect(named.length).toBeGreaterThan(2);
    for (const n of named) expect(titles.join(' | '), n).toContain(n);
    expect(problems.filter((p) => /Content.Security.Policy|Refused to/i.test(p))).toEqual([]);
    await page.close();
  });
});
