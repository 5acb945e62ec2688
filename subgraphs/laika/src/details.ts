import { WITA_OFFSET_MS, type InputCheck } from '@kendari/kit';
import { LetterFieldKind, type LetterFieldSpec } from './letter-types';

const MAX_DETAILS = 20;

/**
 * Checks the type-specific fields of a request against its letter type; every problem is named
 * `input.details.<name>`. Returns the cleaned values (trimmed; rupiah as digits).
 */
export function checkDetails(
  v: InputCheck,
  fields: LetterFieldSpec[],
  details: Array<{ name: string; value: string }>,
  now = new Date(),
): Record<string, string> {
  const out: Record<string, string> = {};
  if (details.length > MAX_DETAILS) {
    v.fail('details', `details may hold at most ${MAX_DETAILS} fields`, `Isian tambahan maksimal ${MAX_DETAILS}`);
    return out;
  }
  const given = new Map<string, string>();
  for (const d of details) {
    const name = String(d.name ?? '').slice(0, 40);
    const spec = fields.find((f) => f.name === name);
    if (!spec) {
      v.fail(
        `details.${name}`,
        `${name} is not a field of this letter type (fields: ${fields.map((f) => f.name).join(', ') || 'none'})`,
        `Isian ${name} tidak dikenal untuk jenis surat ini`,
      );
    } else if (given.has(name)) {
      v.fail(`details.${name}`, `${name} is given twice`, `${spec.label} diisi dua kali`);
    } else given.set(name, d.value);
  }
  const today = new Date(now.getTime() + WITA_OFFSET_MS).toISOString().slice(0, 10);
  for (const spec of fields) {
    const field = `details.${spec.name}`;
    const raw = given.get(spec.name);
    if (spec.kind === LetterFieldKind.TEXT) {
      const t = v.text(field, raw, { max: spec.maxLength, min: 2, required: spec.required, label: spec.label });
      if (t !== undefined) out[spec.name] = t;
      continue;
    }
    const value = raw?.trim() ?? '';
    if (!value) {
      if (spec.required) v.fail(field, `${field} is required`, `${spec.label} wajib diisi`);
      continue;
    }
    if (spec.kind === LetterFieldKind.DATE) {
      const ok =
        /^\d{4}-\d{2}-\d{2}$/.test(value) &&
        !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) &&
        new Date(`${value}T00:00:00Z`).toISOString().slice(0, 10) === value;
      if (!v.check(ok, field, `${field} must be a date YYYY-MM-DD`, `${spec.label} harus tanggal dengan format TTTT-BB-HH`)) continue;
      if (!v.check(value >= '1900-01-01' && value <= '2100-12-31', field, `${field} is out of range`, `${spec.label} di luar rentang yang wajar`)) continue;
      if (spec.notFuture && !v.check(value <= today, field, `${field} cannot be in the future`, `${spec.label} tidak boleh di masa depan`)) continue;
      out[spec.name] = value;
    } else {
      const digits = value.replace(/^Rp\.?\s*/i, '').replace(/[.,\s]/g, '');
      if (!v.check(/^\d{1,13}$/.test(digits), field, `${field} must be a whole number of rupiah (0 to 9999999999999)`, `${spec.label} harus angka rupiah`))
        continue;
      out[spec.name] = String(Number(digits));
    }
  }
  return out;
}
