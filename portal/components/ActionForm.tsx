'use client';
import { useActionState, useEffect, useRef, type ReactNode } from 'react';
import { useFormStatus } from 'react-dom';
import type { FormState, FieldSpec } from '@/lib/forms';

function Submit({ label, pending, big, danger }: { label: string; pending: string; big?: boolean; danger?: boolean }) {
  const { pending: busy } = useFormStatus();
  return (
    <button type="submit" className={`btn ${big ? 'btn-big' : ''} ${danger ? 'btn-danger' : 'btn-primary'}`} disabled={busy} aria-busy={busy}>
      {busy ? pending : label}
    </button>
  );
}

function Field({ f, error, value, formId }: { f: FieldSpec; error?: string; value?: string; formId: string }) {
  const id = `${formId}-${f.name}`;
  const describedBy = [f.hint ? `${id}-hint` : '', error ? `${id}-err` : ''].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    name: f.name,
    required: f.required,
    'aria-invalid': error ? true : undefined,
    'aria-describedby': describedBy,
  } as const;
  const dv = value ?? f.defaultValue ?? '';
  if (f.type === 'hidden') return <input type="hidden" name={f.name} value={dv} />;
  if (f.type === 'radio') {
    return (
      <fieldset className={`field ${error ? 'has-error' : ''}`} aria-describedby={describedBy}>
        <legend>{f.label}</legend>
        {f.hint && (
          <p className="hint" id={`${id}-hint`}>
            {f.hint}
          </p>
        )}
        {error && (
          <p className="field-error" id={`${id}-err`}>
            {error}
          </p>
        )}
        {f.options?.map((o, i) => (
          <label key={o.value} className="choice">
            <input type="radio" name={f.name} value={o.value} defaultChecked={dv ? dv === o.value : i === 0} required={f.required} />
            <span>
              <strong>{o.label}</strong>
              {o.note && <span className="choice-note">{o.note}</span>}
            </span>
          </label>
        ))}
      </fieldset>
    );
  }
  if (f.type === 'checkbox') {
    return (
      <div className={`field ${error ? 'has-error' : ''}`}>
        <label className="choice">
          <input type="checkbox" {...common} value="1" defaultChecked={dv === '1'} />
          <span>{f.label}</span>
        </label>
        {f.hint && (
          <p className="hint" id={`${id}-hint`}>
            {f.hint}
          </p>
        )}
        {error && (
          <p className="field-error" id={`${id}-err`}>
            {error}
          </p>
        )}
      </div>
    );
  }
  return (
    <div className={`field ${error ? 'has-error' : ''}`}>
      <label htmlFor={id}>
        {f.label}
        {f.optionalLabel ? <span className="optional"> ({f.optionalLabel})</span> : null}
      </label>
      {f.hint && (
        <p className="hint" id={`${id}-hint`}>
          {f.hint}
        </p>
      )}
      {error && (
        <p className="field-error" id={`${id}-err`}>
          {error}
        </p>
      )}
      {f.type === 'select' ? (
        <select {...common} defaultValue={dv}>
          {f.placeholder !== undefined && <option value="">{f.placeholder}</option>}
          {f.groups
            ? f.groups.map((g) => (
                <optgroup key={g.label} label={g.label}>
                  {g.options.map((o) => (
                    <option key={o.value} value={o.value}>
                      {o.label}
                    </option>
                  ))}
                </optgroup>
              ))
            : f.options?.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
        </select>
      ) : f.type === 'textarea' ? (
        <textarea {...common} defaultValue={dv} rows={f.rows ?? 4} maxLength={f.maxLength} />
      ) : (
        <input
          {...common}
          type={f.type ?? 'text'}
          defaultValue={f.type === 'password' ? undefined : dv}
          autoComplete={f.autoComplete}
          inputMode={f.inputMode}
          maxLength={f.maxLength}
          placeholder={f.placeholderText}
        />
      )}
    </div>
  );
}

export default function ActionForm({
  action,
  fields,
  submitLabel,
  pendingLabel,
  formId,
  big,
  danger,
  children,
  after,
  className,
}: {
  action: (prev: FormState, data: FormData) => Promise<FormState>;
  fields: FieldSpec[];
  submitLabel: string;
  pendingLabel: string;
  formId: string;
  big?: boolean;
  danger?: boolean;
  children?: ReactNode;
  /** Rendered after the fields, before the submit button (e.g. a file upload that adds hidden inputs). */
  after?: ReactNode;
  className?: string;
}) {
  const [state, formAction] = useActionState(action, { status: 'idle' } as FormState);
  // React resets a form after its action; a <select> would fall back to its first default. Remounting the
  // form for every answer makes each field start from the values the server sent back.
  const round = useRef({ state, n: 0 });
  if (round.current.state !== state) round.current = { state, n: round.current.n + 1 };
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (state.status !== 'error') return;
    const form = formRef.current;
    (form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('[role="alert"]'))?.focus();
  }, [state]);
  if (state.status === 'done' && state.done) {
    const d = state.done;
    return (
      <div className="panel panel-ok" role="status" aria-live="polite" id={`${formId}-done`}>
        <h2>{d.title}</h2>
        {d.text && <p>{d.text}</p>}
        {d.items && (
          <dl className="kv">
            {d.items.map((i) => (
              <div key={i.label}>
                <dt>{i.label}</dt>
                <dd className={i.big ? 'big-code' : ''} data-testid={i.testId}>
                  {i.value}
                </dd>
              </div>
            ))}
          </dl>
        )}
        {d.warning && (
          <p className="warning">
            <strong>{d.warning}</strong>
          </p>
        )}
        {d.link && (
          <p>
            <a className="btn btn-primary" href={d.link.href}>
              {d.link.label}
            </a>
          </p>
        )}
      </div>
    );
  }
  return (
    <form key={round.current.n} ref={formRef} action={formAction} className={`form ${className ?? ''}`} id={formId} noValidate>
      {state.status === 'error' && state.message && (
        <div className="alert" role="alert" tabIndex={-1}>
          {state.message}
          {state.errorLink && (
            <p>
              <a className="btn btn-secondary" href={state.errorLink.href} data-testid="error-link">
                {state.errorLink.label}
              </a>
            </p>
          )}
        </div>
      )}
      {children}
      {fields.map((f) => (
        <Field key={f.name} f={f} error={state.fields?.[f.name]} value={state.values?.[f.name]} formId={formId} />
      ))}
      {after}
      <Submit label={submitLabel} pending={pendingLabel} big={big} danger={danger} />
    </form>
  );
}
