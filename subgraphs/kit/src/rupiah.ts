import { GraphQLScalarType, Kind } from 'graphql';

const check = (n: unknown): number => {
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw new TypeError('Rupiah must be a whole number of rupiah within ±9007199254740991');
  return n;
};

/**
 * Money: a whole number of rupiah, serialised as a JSON integer. GraphQL's Int is 32-bit (≤ 2.1 billion),
 * too small for levies and tax totals; this allows any safe integer (±9 × 10^15) and never a fraction.
 */
export const RupiahScalar = new GraphQLScalarType<number, number>({
  name: 'Rupiah',
  description: "An amount of money in whole rupiah (IDR), as a JSON integer up to 9007199254740991 (larger than Int's 32 bits).",
  serialize: (v) => check(typeof v === 'string' && /^-?\d+$/.test(v) ? Number(v) : typeof v === 'bigint' ? Number(v) : v),
  parseValue: (v) => check(v),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.INT) throw new TypeError('Rupiah must be an integer literal');
    return check(Number(ast.value));
  },
});
