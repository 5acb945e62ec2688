import { describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import { heldInMemory } from '../src/held';

// the caching rules only: what heldInMemory asks of an EntityManager is its driver (the key), fork() and clear()
function fakeOrm() {
  const driver = {};
  const em = { getDriver: () => driver, fork: () => em, clear: () => undefined } as unknown as EntityManager;
  return { em };
}
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('reference data held in memory', () => {
  it('is loaded once per ORM, answered from memory, and reloaded in the background once the copy is old', async () => {
    let version = 0;
    const held = heldInMemory(async () => ++version, { refreshMs: 30 });
    const a = fakeOrm();
    const b = fakeOrm();
    expect(await Promise.all([held(a), held(a), held(a)])).toEqual([1, 1, 1]);
    expect(await held(b)).toBe(2); // another ORM (another database) holds its own copy
    await sleep(40);
    expect(await held(a)).toBe(1); // old: still answered while the new copy loads
    await sleep(5);
    expect(await held(a)).toBe(3);
    expect(version).toBe(3);
  });

  it('does not hold an empty copy (not seeded yet) or a failed load, and keeps the old copy when a reload fails', async () => {
    let rows: number[] = [];
    let fail = false;
    const held = heldInMemory(
      async () => {
        if (fail) throw new Error('database away');
        return [...rows];
      },
      { refreshMs: 20, isEmpty: (r) => r.length === 0 },
    );
    const orm = fakeOrm();
    expect(await held(orm)).toEqual([]);
    rows = [1, 2];
    await sleep(1);
    expect(await held(orm)).toEqual([1, 2]); // the empty copy was not kept
    fail = true;
    await sleep(30);
    expect(await held(orm)).toEqual([1, 2]);
    await sleep(5);
    expect(await held(orm)).toEqual([1, 2]); // the reload failed: the old copy stays
    rows = [3];
    fail = false;
    await sleep(30);
    await held(orm);
    await sleep(5);
    expect(await held(orm)).toEqual([3]);
  });
});
