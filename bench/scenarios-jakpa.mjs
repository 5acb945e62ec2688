// Bench cell for JAKPA (the lead wires it into run.mjs): the public PBB bill lookup through the gateway.
// 20 NOPs of the deterministic seed (block 001, numbers 1-2 of ten kelurahan), latest year and 2025:
// one client repeating 20 NOPs stays inside the lookup throttle (default 30 different NOPs per client per
// hour, JAKPA_LOOKUP_DISTINCT_NOPS); raise it for a bench that varies more NOPs.
import { createRequire } from 'node:module';
import path from 'node:path';
import { root } from './lib/util.mjs';

const require = createRequire(import.meta.url);
const isObj = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);
const STATUSES = new Set(['UNPAID', 'PARTLY_PAID', 'PAID', 'OVERDUE']);

function seedNops() {
  const { TAX_REGIONS } = require(path.join(root, 'subgraphs/jakpa/dist/regions.js'));
  const { buildNop } = require(path.join(root, 'subgraphs/jakpa/dist/nop.js'));
  const out = [];
  for (const region of TAX_REGIONS.slice(0, 10)) for (const n of [1, 2]) out.push(buildNop(region, 1, n));
  return out;
}

export const jakpaBillLookup = {
  key: 'jakpa-bill',
  title: 'jakpa: public PBB bill lookup by NOP with penalty and total to pay today (anonymous)',
  query: `query TaxBillLookup($nop: String!, $year: Int) {
  taxBill(nop: $nop, year: $year) {
    nop { formatted kelurahan { id name } kecamatan { id name } }
    year years ownerNameMasked landArea buildingArea njop amount dueDate
    today { status isOverdue monthsLate penalty paidAmount totalDue asOf }
  }
}`,
  variables() {
    return seedNops().flatMap((nop) => [
      { nop, year: null },
      { nop, year: 2025 },
    ]);
  },
  check(body) {
    const b = body?.data?.taxBill;
    if (body?.errors?.length || !isObj(b) || !isObj(b.today) || !STATUSES.has(b.today.status)) return false;
    const t = b.today;
    // money is whole rupiah and the total is the sum of its parts
    const ints = [b.njop, b.amount, t.penalty, t.paidAmount, t.totalDue].every(Number.isSafeInteger);
    return ints && t.totalDue === b.amount + t.penalty - t.paidAmount && b.ownerNameMasked.includes('***');
  },
};

export default [jakpaBillLookup];
