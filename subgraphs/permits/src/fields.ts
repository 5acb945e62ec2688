import { WITA_OFFSET_MS, type InputCheck } from '@kendari/kit';
import { PermitFieldKind, type PermitFieldSpec } from './permit-types';

const MAX_FIELDS = 30;

/**
 * Checks an application's type-specific fields against its type (data). Every problem is named
 * `input.fields.<name>`. With `complete` false (drafts), required fields may still be empty.
 * Returns the cleaned values (trimmed; numbers as canonical decimal strings).
 */
export function checkFields(
  v: InputCheck,
  specs: PermitFieldSpec[],
  given: Array<{ name: string; value: string }>,
  opts: { complete: boolean },
): Record<string, string> {
  const out: Record<string, string> = {};
  if (given.length > MAX_FIELDS) {
    v.fail('fields', `fields may hold at most ${MAX_FIELDS} entries`, `Isian maksimal ${MAX_FIELDS}`);
    return out;
  }
  const byName = new Map<string, string>();
  for (const g of given) {
    const name = String(g?.name ?? '').slice(0, 40);
    const spec = specs.find((s) => s.name === name);
    if (!spec)
      v.fail(
        `fields.${name}`,
        `${name} is not a field of this permit type (fields: ${specs.map((s) => s.name).join(', ')})`,
        `Isian ${name} tidak dikenal untuk jenis izin ini`,
      );
    else if (byName.has(name)) v.fail(`fields.${name}`, `${name} is given twice`, `${spec.label} diisi dua kali`);
    else byName.set(name, String(g.value ?? '').slice(0, 1000));
  }
  for (const spec of specs) {
    const field = `fields.${spec.name}`;
    const value = (byName.get(spec.name) ?? '').trim();
    if (!value) {
      if (spec.required && opts.complete) v.fail(field, `${field} is required`, `${spec.label} wajib diisi`);
      continue;
    }
    switch (spec.kind) {
      case PermitFieldKind.TEXT: {
        const t = v.text(field, value, { min: spec.min, max: spec.max ?? 200, label: spec.label });
        if (t !== undefined && t.length >= (spec.min ?? 0) && t.length <= (spec.max ?? 200)) out[spec.name] = t;
        break;
      }
      case PermitFieldKind.NUMBER: {
        const decimals = spec.decimals ?? 0;
        const normal = value.replace(',', '.');
        const pattern = decimals ? new RegExp(`^\\d{1,9}(\\.\\d{1,${decimals}})?$`) : /^\d{1,9}$/;
        if (
          !v.check(
            pattern.test(normal),
            field,
            `${field} must be a number${decimals ? ` with at most ${decimals} decimals` : ' (whole)'}`,
            decimals ? `${spec.label} harus angka (maksimal ${decimals} desimal)` : `${spec.label} harus bilangan bulat`,
          )
        )
          break;
        const n = Number(normal);
        const min = spec.min ?? 0;
        const max = spec.max ?? 1e9;
        if (
          !v.check(
            n >= min && n <= max,
            field,
            `${field} must be between ${min} and ${max}`,
            `${spec.label} harus antara ${min} dan ${max}${spec.unit ? ` ${spec.unit}` : ''}`,
          )
        )
          break;
        out[spec.name] = String(n);
        break;
      }
      case PermitFieldKind.SELECT: {
        const ok = !!spec.options?.some((o) => o.value === value);
        if (v.check(ok, field, `${field} must be one of ${spec.options?.map((o) => o.value).join(', ')}`, `Pilihan ${spec.label} tidak dikenal`))
          out[spec.name] = value;
        break;
      }
      case PermitFieldKind.DATE: {
        const ok =
          /^\d{4}-\d{2}-\d{2}$/.test(value) &&
          !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
          new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
        if (!v.check(ok, field, `${field} must be a date YYYY-MM-DD`, `${spec.label} harus tanggal dengan format TTTT-BB-HH`)) break;
        const today = new Date(Date.now() + WITA_OFFSET_MS).toISOString().slice(0, 10);
        if (!v.check(value >= '1950-01-01' && value <= today, field, `${field} must be a past date`, `${spec.label} harus tanggal yang sudah lewat`)) break;
        out[spec.name] = value;
        break;
      }
    }
  }
  return out;
}

/** The required fields still empty (names), for the completeness check at submission. */
export const missingFields = (specs: PermitFieldSpec[], values: Record<string, string>) =>
  specs.filter((s) => s.required && !values[s.name]).map((s) => s.name);
