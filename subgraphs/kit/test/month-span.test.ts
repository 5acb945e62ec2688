import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { MAX_TREND_MONTHS, monthSpan } from '../src/month-span';

const fieldsOf = (fn: () => unknown): string[] => {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(GraphQLError);
    const e = err as GraphQLError;
    expect(e.extensions.code).toBe('BAD_USER_INPUT');
    return (e.extensions.fields as Array<{ field: string }>).map((f) => f.field);
  }
  throw new Error('expected BAD_USER_INPUT');
};

describe('monthSpan (trend ranges)', () => {
  it('defaults to the twelve WITA months up to this one', () => {
    // 2026-02-28 17:00 UTC is already 1 March in Kendari
    const s = monthSpan(null, null, new Date('2026-02-28T17:00:00Z'));
    expect(s.months).toHaveLength(12);
    expect(s.months[0]).toBe('2025-04');
    expect(s.months[11]).toBe('2026-03');
    expect(s.from.toISOString()).toBe('2025-03-31T16:00:00.000Z');
    expect(s.to.toISOString()).toBe('2026-03-31T16:00:00.000Z');
    expect([s.fromDate, s.toDate]).toEqual(['2025-04-01', '2026-04-01']);
  });

  it('takes an explicit range across a year end, inclusive of both months', () => {
    expect(monthSpan('2025-11', '2026-02').months).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(monthSpan('2026-05', '2026-05').months).toEqual(['2026-05']);
    expect(monthSpan(null, '2026-01').months[0]).toBe('2025-02');
  });

  it(`answers at most ${MAX_TREND_MONTHS} months and names the bad argument`, () => {
    expect(monthSpan('2024-12', '2026-11').months).toHaveLength(24);
    expect(fieldsOf(() => monthSpan('2024-11', '2026-11'))).toEqual(['from']);
    expect(fieldsOf(() => monthSpan('2026-12', '2026-11'))).toEqual(['from']);
    expect(fieldsOf(() => monthSpan('2026-13', '2026-11'))).toEqual(['from']);
    expect(fieldsOf(() => monthSpan('2026-01', '26-11'))).toEqual(['to']);
    expect(fieldsOf(() => monthSpan('x', 'y'))).toEqual(['to', 'from']);
    expect(fieldsOf(() => monthSpan(null, '1999-12'))).toEqual(['to']);
  });
});
