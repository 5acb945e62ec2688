import type { FieldSpec } from '@/lib/forms';
import type { Field } from './ops';

/** A permit type's fields (data from the graph) as form fields named f_<name>. */
export function typeFieldSpecs(fields: Field[], values: Record<string, string>, lang: 'id' | 'en', optional: string): FieldSpec[] {
  return fields.map((f) => {
    const label = `${lang === 'en' && f.labelEn ? f.labelEn : f.label}${f.unit ? ` (${f.unit})` : ''}`;
    const common = { name: `f_${f.name}`, label, required: f.required, defaultValue: values[f.name] ?? '', optionalLabel: f.required ? undefined : optional };
    if (f.kind === 'SELECT')
      return {
        ...common,
        type: 'select',
        placeholder: lang === 'en' ? '— choose —' : '— pilih —',
        options: (f.options ?? []).map((o) => ({ value: o.value, label: o.label })),
      } satisfies FieldSpec;
    if (f.kind === 'DATE') return { ...common, type: 'date' } satisfies FieldSpec;
    if (f.kind === 'NUMBER') {
      const hint = f.min !== null && f.max !== null ? `${f.min}–${f.max}${f.unit ? ` ${f.unit}` : ''}` : undefined;
      return { ...common, type: 'text', inputMode: f.decimals ? 'decimal' : 'numeric', hint } satisfies FieldSpec;
    }
    return { ...common, type: 'text', maxLength: f.max ?? 200 } satisfies FieldSpec;
  });
}
