/**
 * How a yearly PBB-P2 principal is computed. ASSUMPTIONS (Perda Kota Kendari under UU 1/2022 were
 * not at hand; Bapenda to confirm): NJOPTKP Rp10,000,000 per taxpayer object; tariff 0.1 % of the
 * taxable NJOP up to Rp1 billion and 0.2 % above (UU 1/2022 allows at most 0.5 %); due date
 * 31 August of the tax year (WITA).
 */
export const NJOPTKP = 10_000_000;
export const TARIFF_LOW_BP = 10;
export const TARIFF_HIGH_BP = 20;
export const TARIFF_THRESHOLD = 1_000_000_000;

export const njopOf = (o: { landArea: number; buildingArea: number; landValuePerM2: number; buildingValuePerM2: number }) =>
  o.landArea * o.landValuePerM2 + o.buildingArea * o.buildingValuePerM2;

export function principalOf(njop: number): { njoptkp: number; tariffBp: number; amount: number } {
  const tariffBp = njop > TARIFF_THRESHOLD ? TARIFF_HIGH_BP : TARIFF_LOW_BP;
  const taxable = Math.max(0, njop - NJOPTKP);
  return { njoptkp: NJOPTKP, tariffBp, amount: Math.floor((taxable * tariffBp) / 10_000) };
}

export const dueDateOf = (year: number) => `${year}-08-31`;
