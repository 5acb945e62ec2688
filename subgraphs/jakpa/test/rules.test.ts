import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { addMonths, assessBill, lateMonthStart } from '../src/penalty';
import { parseNop, buildNop } from '../src/nop';
import { TAX_REGIONS } from '../src/regions';
import { PENALTY_RULES } from '../src/seeders/seed';
import { Rupiah } from '../src/money';
import { principalOf } from '../src/assessment';

const RULES = PENALTY_RULES;
const due = '2025-08-31'; // under the 1 % rule (from 2024-01-05)
const P = 1_000_000;
const at = (asOf: string, payments: Array<{ amount: number; date: string }> = []) => assessBill({ principal: P, dueDate: due, payments, rules: RULES, asOf });

describe('penalty rules (data, by effective date)', () => {
  it('month arithmetic clamps month ends', () => {
    expect(addMonths('2025-08-31', 1)).toBe('2025-09-30');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(lateMonthStart('2025-08-31', 1)).toBe('2025-09-01');
    expect(lateMonthStart('2025-08-31', 24)).toBe('2027-08-01');
    expect(lateMonthStart('2025-08-31', 25)).toBe('2027-09-01');
  });

  it('paid on the due date: no penalty, nothing left', () => {
    const a = at(due, [{ amount: P, date: due }]);
    expect(a).toMatchObject({ penalty: 0, remaining: 0, monthsLate: 0, paid: P });
    expect(at(due)).toMatchObject({ penalty: 0, remaining: P, monthsLate: 0 });
  });

  it('one day late: one full month at 1 %; paying only the principal leaves the penalty owed', () => {
    expect(at('2025-09-01')).toMatchObject({ penalty: 10_000, remaining: 1_010_000, monthsLate: 1 });
    expect(at('2025-09-01', [{ amount: P, date: '2025-09-01' }])).toMatchObject({ penalty: 10_000, remaining: 10_000, principalRemaining: 0 });
    // principal paid: no further month accrues
    expect(at('2026-03-01', [{ amount: P, date: '2025-09-01' }])).toMatchObject({ penalty: 10_000, remaining: 10_000 });
  });

  it('month 24 is charged, month 25 is not (24-month cap)', () => {
    expect(at('2027-07-31')).toMatchObject({ monthsLate: 23, penalty: 230_000 });
    expect(at('2027-08-01')).toMatchObject({ monthsLate: 24, penalty: 240_000 });
    expect(at('2027-08-31')).toMatchObject({ monthsLate: 24, penalty: 240_000 });
    expect(at('2027-09-01')).toMatchObject({ monthsLate: 24, penalty: 240_000 });
    expect(at('2031-01-01')).toMatchObject({ monthsLate: 24, penalty: 240_000, remaining: 1_240_000 });
  });

  it('a partial payment in between lowers the penalty of the later months only', () => {
    // months 1-2 on 1,000,000; 400,000 paid in month 2; months 3-4 on 600,000
    const a = at('2025-12-01', [{ amount: 400_000, date: '2025-10-15' }]);
    expect(a).toMatchObject({ monthsLate: 4, penalty: 20_000 + 12_000, paid: 400_000, remaining: 632_000 });
    // a payment made on the first day of a month does not lower that month's penalty
    expect(at('2025-10-01', [{ amount: 400_000, date: '2025-10-01' }]).penalty).toBe(20_000);
    expect(at('2025-10-01', [{ amount: 400_000, date: '2025-09-30' }]).penalty).toBe(10_000 + 6_000);
  });

  it("the rule in force on each month's first day applies (2 % before 5 January 2024, 1 % after)", () => {
    const a = assessBill({ principal: P, dueDate: '2023-08-31', payments: [], rules: RULES, asOf: '2024-03-01' });
    // Sep, Oct, Nov, Dec 2023 and 1 Jan 2024 at 2 %; Feb and Mar 2024 at 1 %
    expect(a).toMatchObject({ monthsLate: 7, penalty: 5 * 20_000 + 2 * 10_000 });
  });

  it('a rule with a shorter cap stops its months', () => {
    const rules = [{ effectiveFrom: '2000-01-01', monthlyRateBp: 200, maxMonths: 15 }];
    const a = assessBill({ principal: P, dueDate: '2020-08-31', payments: [], rules, asOf: '2023-01-01' });
    expect(a).toMatchObject({ monthsLate: 15, penalty: 300_000 });
  });

  it('rounds each month down to whole rupiah (integers only)', () => {
    const a = assessBill({ principal: 123_457, dueDate: due, payments: [], rules: RULES, asOf: '2025-10-01' });
    expect(a.penalty).toBe(1234 * 2);
    expect(Number.isInteger(a.remaining)).toBe(true);
  });
});

describe('NOP parsing names the wrong part', () => {
  const kandai = TAX_REGIONS.find((r) => r.kelurahanName === 'Kandai')!;
  const good = buildNop(kandai, 1, 1);
  const partOf = (s: string) => {
    try {
      parseNop(s);
      return 'OK';
    } catch (e) {
      expect(e).toBeInstanceOf(GraphQLError);
      expect((e as GraphQLError).extensions.code).toBe('BAD_USER_INPUT');
      expect((e as GraphQLError).extensions.field).toBe('nop');
      return (e as GraphQLError).extensions.part;
    }
  };
  it('accepts digits with the printed separators', () => {
    expect(partOf(good)).toBe('OK');
    expect(
      parseNop(`${good.slice(0, 2)}.${good.slice(2, 4)}.${good.slice(4, 7)}.${good.slice(7, 10)}.${good.slice(10, 13)}-${good.slice(13, 17)}.${good.slice(17)}`)
        .region.kelurahanId,
    ).toBe(kandai.kelurahanId);
    expect(kandai.taxKecamatanCode).not.toBe(kandai.kecamatanId.slice(-3)); // the tax office's numbering, not Kemendagri's
  });
  it.each([
    ['', 'FORMAT'],
    ['74.71.abc', 'FORMAT'],
    ['7471', 'LENGTH'],
    [`73${good.slice(2)}`, 'PROVINCE'],
    [`7472${good.slice(4)}`, 'CITY'],
    [`7471999${good.slice(7)}`, 'KECAMATAN'],
    [`${good.slice(0, 7)}999${good.slice(10)}`, 'KELURAHAN'],
    [`${good.slice(0, 10)}000${good.slice(13)}`, 'BLOCK'],
    [`${good.slice(0, 13)}0000${good.slice(17)}`, 'NUMBER'],
    [`${good.slice(0, 17)}5`, 'SPECIAL'],
  ])('%s -> %s', (input, part) => expect(partOf(input)).toBe(part));
  it('says in Bahasa Indonesia which digits are wrong', () => {
    try {
      parseNop(`7471999${good.slice(7)}`);
    } catch (e) {
      expect((e as GraphQLError).extensions.messageId).toMatch(/Kode kecamatan \(digit 5-7\) 999/);
    }
  });
});

describe('money', () => {
  it('Rupiah carries amounts past 2^31 exactly and refuses fractions', () => {
    expect(Rupiah.serialize(3_000_000_000)).toBe(3_000_000_000);
    expect(Rupiah.serialize('9007199254740991')).toBe(Number.MAX_SAFE_INTEGER);
    expect(() => Rupiah.serialize(1.5)).toThrow();
    expect(() => Rupiah.parseValue(10.25)).toThrow();
    expect(() => Rupiah.serialize(2 ** 53)).toThrow();
  });
  it('principal: (NJOP - NJOPTKP) x tariff, rounded down', () => {
    expect(principalOf(500_000_000)).toEqual({ njoptkp: 10_000_000, tariffBp: 10, amount: 490_000 });
    expect(principalOf(2_000_000_000)).toMatchObject({ tariffBp: 20, amount: 3_980_000 });
    expect(principalOf(5_000_000).amount).toBe(0);
  });
});
