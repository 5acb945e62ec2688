import type { RequestContext } from '@kendari/kit';
import { billStateToday } from './bills';
import type { TaxBill } from './entities/tax.entity';
import { kecamatanRef, kelurahanRef } from './entities/core.stubs';
import { parseNop } from './nop';
import type { BillAmounts, NopParts } from './resolvers/types';

// domain values in their GraphQL shape, shared by several resolvers

/** A NOP's parts, the formatted number and its region. */
export function nopParts(digits: string): NopParts {
  const n = parseNop(digits);
  return {
    digits,
    formatted: `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 7)}.${digits.slice(7, 10)}.${digits.slice(10, 13)}-${digits.slice(13, 17)}.${digits.slice(17)}`,
    province: digits.slice(0, 2),
    city: digits.slice(2, 4),
    kecamatanCode: digits.slice(4, 7),
    kelurahanCode: digits.slice(7, 10),
    block: n.block,
    number: n.number,
    special: n.special,
    kelurahan: kelurahanRef(n.region.kelurahanId),
    kecamatan: kecamatanRef(n.region.kecamatanId),
  };
}

/** What a bill comes to today (penalty, paid, remaining), as of today in WITA. */
export async function amountsToday(ctx: RequestContext, bill: TaxBill): Promise<BillAmounts> {
  const s = await billStateToday(ctx, bill);
  return { status: s.status, isOverdue: s.isOverdue, monthsLate: s.monthsLate, penalty: s.penalty, paidAmount: s.paid, totalDue: s.remaining, asOf: s.asOf };
}
