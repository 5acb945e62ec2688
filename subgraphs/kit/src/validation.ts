import { badInput, type FieldProblem } from './errors';

/**
 * Collects every problem of one input, then throws one BAD_USER_INPUT naming each field.
 * Usage: const v = new InputCheck('input'); v.text('name', input.name, {...}); v.done();
 */
export class InputCheck {
  readonly problems: FieldProblem[] = [];
  constructor(private readonly prefix = '') {}

  private path(field: string) {
    return this.prefix ? `${this.prefix}.${field}` : field;
  }

  fail(field: string, message: string, messageId: string): void {
    this.problems.push({ field: this.path(field), message, messageId });
  }

  /** Adds a problem when `ok` is false; returns `ok` so callers can skip dependent checks. */
  check(ok: boolean, field: string, message: string, messageId: string): boolean {
    if (!ok) this.fail(field, message, messageId);
    return ok;
  }

  /** Trimmed text within length limits; `required` rejects empty values. */
  text(field: string, value: string | null | undefined, opts: { min?: number; max: number; required?: boolean; label?: string }): string | undefined {
    const v = value?.trim() ?? '';
    const label = opts.label ?? field;
    if (!v) {
      if (opts.required ?? true) this.fail(field, `${field} is required`, `${label} wajib diisi`);
      return undefined;
    }
    if (opts.min && v.length < opts.min) this.fail(field, `${field} must be at least ${opts.min} characters`, `${label} minimal ${opts.min} karakter`);
    if (v.length > opts.max) this.fail(field, `${field} must be at most ${opts.max} characters`, `${label} maksimal ${opts.max} karakter`);
    return v;
  }

  number(field: string, value: number | null | undefined, opts: { min: number; max: number; required?: boolean; label?: string }): number | undefined {
    const label = opts.label ?? field;
    if (value === null || value === undefined) {
      if (opts.required ?? true) this.fail(field, `${field} is required`, `${label} wajib diisi`);
      return undefined;
    }
    if (!Number.isFinite(value) || value < opts.min || value > opts.max) {
      this.fail(field, `${field} must be between ${opts.min} and ${opts.max}`, `${label} harus antara ${opts.min} dan ${opts.max}`);
      return undefined;
    }
    return value;
  }

  /** Indonesian mobile or landline number, normalised to +62... */
  phone(field: string, value: string | null | undefined, opts: { required?: boolean; label?: string } = {}): string | undefined {
    const label = opts.label ?? 'Nomor telepon';
    const raw = value?.replace(/[\s-]/g, '') ?? '';
    if (!raw) {
      if (opts.required ?? true) this.fail(field, `${field} is required`, `${label} wajib diisi`);
      return undefined;
    }
    const normalised = normalisePhone(raw);
    if (!normalised) {
      this.fail(field, `${field} must be an Indonesian phone number such as 081234567890`, `${label} harus nomor Indonesia, contoh 081234567890`);
      return undefined;
    }
    return normalised;
  }

  /** An idempotency key: 8–100 visible characters, chosen by the client. */
  idempotencyKey(field: string, value: string | null | undefined): string | undefined {
    if (value === null || value === undefined) return undefined;
    if (!/^[\x21-\x7e]{8,100}$/.test(value)) {
      this.fail(field, `${field} must be 8 to 100 visible ASCII characters`, 'Kunci idempoten tidak valid');
      return undefined;
    }
    return value;
  }

  done(): void {
    if (this.problems.length) throw badInput(this.problems);
  }
}

export function normalisePhone(raw: string): string | undefined {
  const digits = raw.replace(/[\s-]/g, '');
  const m = /^(?:\+62|62|0)(\d{8,13})$/.exec(digits);
  return m ? `+62${m[1]}` : undefined;
}
