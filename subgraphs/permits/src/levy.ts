import type { LevyFactor, LevyRule } from './permit-types';

export interface LevyLine {
  label: string;
  /** e.g. "120 m² × 0,5 × Rp 1.750.000/m² × 0,15" */
  expression: string;
  amount: number;
}

export interface LevyAssessment {
  lines: LevyLine[];
  /** Whole rupiah; the sum of the lines (plus a top-up line when a minimum applies). */
  total: number;
  free: boolean;
  basis: string;
  /** Fields the rule needs that are still empty: the estimate is incomplete. */
  missingFields: string[];
}

const id = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 4 });
export const formatRupiah = (n: number) => `Rp ${new Intl.NumberFormat('id-ID').format(n)}`;

function factorValue(f: LevyFactor, fields: Record<string, string>): { value: number | null; text: string } {
  switch (f.kind) {
    case 'CONSTANT':
      return { value: f.value, text: `${f.money ? formatRupiah(f.value) : id.format(f.value)}${f.unit ?? ''}` };
    case 'FIELD': {
      const raw = fields[f.field];
      const v = raw === undefined || raw === '' ? null : Number(raw);
      return { value: v !== null && Number.isFinite(v) ? v : null, text: v === null ? '?' : `${id.format(v)}${f.unit ? ` ${f.unit}` : ''}` };
    }
    case 'LOOKUP': {
      const key = fields[f.field];
      const v = key !== undefined && key in f.values ? f.values[key] : null;
      return { value: v, text: v === null ? '?' : `${f.money ? formatRupiah(v) : id.format(v)}` };
    }
  }
}

/**
 * The bill of one application from its type's rule: every line shows its factors and its amount,
 * each line rounded to whole rupiah, the total is the sum of the lines. Pure: the same fields give
 * the same bill (the estimate before applying and the officer's approval use this one function).
 * `optionalFields` are fields a line may lack: then that line is 0 (e.g. no fence).
 */
export function assessLevy(rule: LevyRule, fields: Record<string, string>, optionalFields: Set<string> = new Set()): LevyAssessment {
  if (rule.kind === 'FREE') return { lines: [], total: 0, free: true, basis: rule.basis, missingFields: [] };
  if (rule.kind === 'FIXED')
    return {
      lines: [{ label: rule.label, expression: formatRupiah(rule.amount), amount: rule.amount }],
      total: rule.amount,
      free: false,
      basis: rule.basis,
      missingFields: [],
    };
  const lines: LevyLine[] = [];
  const missing = new Set<string>();
  for (const c of rule.components) {
    const parts = c.factors.map((f) => ({ f, ...factorValue(f, fields) }));
    const absent = parts.filter((p) => p.value === null && p.f.kind !== 'CONSTANT');
    if (absent.length) {
      const optional = absent.every((p) => p.f.kind === 'FIELD' && optionalFields.has(p.f.field));
      if (!optional) for (const p of absent) missing.add((p.f as { field: string }).field);
      continue;
    }
    const amount = Math.round(parts.reduce((acc, p) => acc * (p.value as number), 1));
    lines.push({ label: c.label, expression: parts.map((p) => p.text).join(' × '), amount });
  }
  let total = lines.reduce((s, l) => s + l.amount, 0);
  if (rule.minimum && missing.size === 0 && total < rule.minimum) {
    lines.push({ label: 'Penyesuaian ke tarif minimum', expression: `minimum ${formatRupiah(rule.minimum)}`, amount: rule.minimum - total });
    total = rule.minimum;
  }
  return { lines, total, free: false, basis: rule.basis, missingFields: [...missing] };
}
