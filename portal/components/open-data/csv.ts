/**
 * CSV for the open-data downloads, written to RFC 4180: comma-separated, CRLF line ends, a header row,
 * and a field quoted (with its quotes doubled) when it holds a comma, a quote, CR or LF. No imports: the
 * tests use it outside Next.js.
 */
export type Cell = string | number | boolean | null;

/**
 * A text that a spreadsheet would run as a formula (=, +, -, @, tab or CR first) gets a leading apostrophe
 * (OWASP "CSV injection"); numbers stay numbers. The graph's texts are official names, so this never
 * changes one today; it keeps a future free-text field from becoming a formula on someone's desktop.
 */
const FORMULA = /^[=+\-@\t\r]/;

export function csvField(value: Cell): string {
  if (value === null) return '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = FORMULA.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header row of `keys`, then one row per record in the same order; missing keys are empty fields. */
export function toCsv(keys: readonly string[], rows: ReadonlyArray<Readonly<Record<string, Cell>>>): string {
  const lines = [keys.map(csvField).join(',')];
  for (const row of rows) lines.push(keys.map((k) => csvField(row[k] ?? null)).join(','));
  return `${lines.join('\r\n')}\r\n`;
}
