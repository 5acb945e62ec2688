/**
 * Whole rupiah: the kit's one `Rupiah` scalar (a safe integer as a JSON number; GraphQL's Int is
 * 32-bit and PBB totals per kecamatan pass 2^31 - 1). Never a float, in GraphQL or in the database
 * (bigint columns) or in code (integer arithmetic, penalties rounded down per month).
 */
export { RupiahScalar as Rupiah } from '@kendari/kit';
