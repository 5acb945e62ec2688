'use client';
import { useFormStatus } from 'react-dom';

/** A submit button that says "Mengirim…" while its form is being sent (plain button without JS). */
export default function SubmitButton({
  children,
  pending,
  className = 'btn btn-primary',
  name,
  value,
}: {
  children: React.ReactNode;
  pending: string;
  className?: string;
  name?: string;
  value?: string;
}) {
  const { pending: busy } = useFormStatus();
  return (
    <button type="submit" className={className} disabled={busy} aria-busy={busy} name={name} value={value}>
      {busy ? pending : children}
    </button>
  );
}
