/** Simple server-rendered horizontal bars (no JS): value against an optional limit marker. */
export default function Bars({
  rows,
  unit,
  max: maxIn,
  emptyText = '—',
}: {
  rows: { label: string; value: number | null; limit?: number | null; note?: string }[];
  unit: string;
  max?: number;
  /** What a row without a value says (e.g. "belum ada data"). */
  emptyText?: string;
}) {
  const max = maxIn ?? Math.max(1, ...rows.map((r) => Math.max(r.value ?? 0, r.limit ?? 0)));
  return (
    <ul className="bars">
      {rows.map((r) => {
        const pct = r.value === null ? 0 : Math.min(100, (r.value / max) * 100);
        const over = r.limit != null && r.value != null && r.value > r.limit;
        return (
          <li key={r.label}>
            <div className="bar-label">
              <span>{r.label}</span>
              <strong>
                {r.value === null ? emptyText : `${Math.round(r.value * 10) / 10} ${unit}`}
                {r.note ? ` ${r.note}` : ''}
              </strong>
            </div>
            <div
              className="bar-track"
              role="img"
              aria-label={`${r.label}: ${r.value === null ? emptyText : `${r.value} ${unit}`}${r.limit != null ? ` (batas ${r.limit} ${unit})` : ''}`}
            >
              <div className={`bar-fill ${over ? 'over' : ''}`} style={{ width: `${pct}%` }} />
              {r.limit != null && <div className="bar-limit" style={{ left: `calc(${Math.min(100, (r.limit / max) * 100)}% - 1px)` }} />}
            </div>
          </li>
        );
      })}
    </ul>
  );
}
