'use client';

/** Opens the browser's print dialog; without JavaScript the browser's own Print menu gives the same page. */
export default function PrintButton({ label }: { label: string }) {
  return (
    <button type="button" className="btn btn-primary jakpa-noprint" onClick={() => window.print()} data-testid="print">
      {label}
    </button>
  );
}
