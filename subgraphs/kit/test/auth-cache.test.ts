import { describe, expect, it } from 'vitest';
import { signAccessToken, verifyAccessToken } from '../src/auth';

const SECRET = 'auth-cache-secret-auth-cache-secret-0123';
const OTHER = 'auth-cache-other-secret-auth-cache-0123';
const codeOf = (fn: () => unknown) => {
  try {
    fn();
    return null;
  } catch (err) {
    return (err as { extensions?: { code?: string } }).extensions?.code ?? String(err);
  }
};

describe('verified tokens kept until they expire (auth.ts)', () => {
  it('gives the same claims again without verifying, frozen so no request can change them for another', () => {
    const token = signAccessToken({ kind: 'citizen', id: 'c-1', name: 'Warga', sid: 's-1' }, SECRET, 60);
    const a = verifyAccessToken(token, SECRET);
    const b = verifyAccessToken(token, SECRET);
    expect(b).toBe(a);
    expect(a).toMatchObject({ kind: 'citizen', id: 'c-1', sid: 's-1' });
    expect(Object.isFrozen(a)).toBe(true);
  });

  it('still refuses a kept token checked with another secret', () => {
    const token = signAccessToken({ kind: 'citizen', id: 'c-2', name: 'Warga' }, SECRET, 60);
    expect(verifyAccessToken(token, SECRET).id).toBe('c-2');
    expect(codeOf(() => verifyAccessToken(token, OTHER))).toBe('UNAUTHENTICATED');
  });

  it('refuses a kept token once it has expired', async () => {
    const token = signAccessToken({ kind: 'citizen', id: 'c-3', name: 'Warga' }, SECRET, 1);
    expect(verifyAccessToken(token, SECRET).id).toBe('c-3');
    await new Promise((r) => setTimeout(r, 1100));
    expect(codeOf(() => verifyAccessToken(token, SECRET))).toBe('UNAUTHENTICATED');
  });

  it('never keeps a bad token', () => {
    const token = signAccessToken({ kind: 'citizen', id: 'c-4', name: 'Warga' }, OTHER, 60);
    expect(codeOf(() => verifyAccessToken(token, SECRET))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => verifyAccessToken(token, SECRET))).toBe('UNAUTHENTICATED');
  });
});
