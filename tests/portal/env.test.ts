/**
 * The portal's settings are parsed once (portal/lib/env.ts): defaults that work, every bad value named at
 * once, and no other `process.env` read anywhere in the portal.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parsePortalEnv, PortalEnvError } from '../../portal/lib/env';

const PORTAL = path.resolve(__dirname, '../../portal');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' || name.startsWith('.') || name === 'generated' ? [] : sources(p);
    return /\.(tsx?|mjs)$/.test(name) ? [p] : [];
  });
}

describe('portal environment', () => {
  it('starts with nothing set: loopback gateway, hash-only persisted documents, no secure cookies', () => {
    const env = parsePortalEnv({});
    expect(env).toMatchObject({
      GATEWAY_URL: 'http://127.0.0.1:4000/graphql',
      PORTAL_SEND_HASH_ONLY: true,
      COOKIE_SECURE: false,
      TRUSTED_PROXIES: 'none',
      NEXT_DIST_DIR: '.next',
      NODE_ENV: 'production',
    });
    expect(env.PUBLIC_GATEWAY_URL).toBeUndefined();
    // an empty variable is the same as an unset one
    expect(parsePortalEnv({ GATEWAY_URL: '', COOKIE_SECURE: '' }).GATEWAY_URL).toBe('http://127.0.0.1:4000/graphql');
    expect(parsePortalEnv({ COOKIE_SECURE: 'true', PORTAL_SEND_HASH_ONLY: '0' })).toMatchObject({ COOKIE_SECURE: true, PORTAL_SEND_HASH_ONLY: false });
  });

  it('names every bad variable in one error', () => {
    let err: unknown;
    try {
      parsePortalEnv({
        GATEWAY_URL: 'gateway:4000',
        PUBLIC_GATEWAY_URL: 'ftp://x',
        COOKIE_SECURE: 'yes',
        TRUSTED_PROXIES: 'gateway',
        PORTAL_SEND_HASH_ONLY: 'maybe',
        MAP_TILE_URL: 'http://tiles/{z}/{x}/{y}.png',
        NEXT_DIST_DIR: '../elsewhere',
      });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(PortalEnvError);
    const problems = (err as PortalEnvError).problems;
    for (const name of ['GATEWAY_URL', 'PUBLIC_GATEWAY_URL', 'COOKIE_SECURE', 'TRUSTED_PROXIES', 'PORTAL_SEND_HASH_ONLY', 'MAP_TILE_URL', 'NEXT_DIST_DIR'])
      expect(
        problems.some((p) => p.startsWith(`${name}:`)),
        `${name} in ${problems.join('; ')}`,
      ).toBe(true);
    expect((err as Error).message).toContain('"gateway" is not an IP address');
  });

  it('is read only in portal/lib/env.ts', () => {
    const readers = sources(PORTAL)
      .filter((f) => !f.endsWith(path.join('lib', 'env.ts')))
      // NEXT_RUNTIME in instrumentation.ts is replaced by Next.js at build time (keeps Node-only code out of Edge)
      .filter((f) => /process\.env\b/.test(readFileSync(f, 'utf8').replace("process.env.NEXT_RUNTIME !== 'nodejs'", '')))
      .map((f) => path.relative(PORTAL, f));
    expect(readers).toEqual([]);
  });
});
