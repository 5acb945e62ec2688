import { tryGql } from '@/lib/graphql';
import { formatRupiah, getT, type Lang } from '@/lib/i18n';
import Unavailable from '@/components/Unavailable';
import type { Cell } from './csv';
import { downloadHref, splitsOf, type Column, type Indicator } from './indicators';
import './open-data.css';

/** "Des 2025" / "Dec 2025" for a YYYY-MM month. */
export function monthLabel(month: string, lang: Lang): string {
  const [y, m] = month.split('-').map(Number);
  return new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'id-ID', { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y, m - 1, 1)),
  );
}

export function formatCell(value: Cell, kind: Column['kind'], lang: Lang): string {
  if (value === null) return '—';
  if (typeof value !== 'number') return String(value);
  const n = (digits: number) => new Intl.NumberFormat(lang === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: digits }).format(value);
  if (kind === 'share') return `${Math.round(value * 100)}%`;
  if (kind === 'rupiah') return formatRupiah(value);
  return kind === 'float' ? n(1) : n(0);
}

/**
 * One indicator's months as a table (newest first), rendered on the server: the main figure with a bar, up
 * to two more beside it, and "belum ada data" across a month the graph has no data for. Links to the
 * indicator's downloads (and its per-kecamatan or per-type splits).
 */
export default async function TrendSection({ indicator, from, to }: { indicator: Indicator; from: string; to: string }) {
  const { t, tt, lang } = await getT();
  const display = indicator.display!;
  const r = await tryGql(indicator.doc, { from, to }, { revalidate: 300 });
  const rows = r.data ? indicator.rows(r.data).reverse() : [];
  const col = (key: string) => indicator.columns.find((c) => c.key === key)!;
  const main = col(display.main);
  const more = display.more.map(col);
  const values = rows.map((x) => (typeof x[main.key] === 'number' ? (x[main.key] as number) : 0));
  const max = display.max ?? Math.max(1, ...values);
  const title = indicator.title[lang];
  const headingId = `tren-${indicator.id}`;
  const downloads = [indicator, ...splitsOf(indicator.id)];
  return (
    <section aria-labelledby={headingId} className="trend" data-testid={`trend-${indicator.id}`}>
      <h3 id={headingId}>{title}</h3>
      <p className="meta">{indicator.description[lang]}</p>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : (
        <div className="table-wrap" tabIndex={0} role="region" aria-label={`${title}: ${tt('12 bulan terakhir', 'the last 12 months')}`}>
          <table>
            <caption className="visually-hidden">
              {title}, {tt('bulan terbaru di atas', 'newest month first')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{tt('Bulan', 'Month')}</th>
                <th scope="col">{(main.label ?? main.doc)[lang]}</th>
                {more.map((c) => (
                  <th scope="col" key={c.key}>
                    {(c.label ?? c.doc)[lang]}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((x) => {
                const month = String(x.month);
                const v = x[main.key];
                return (
                  <tr key={month} data-month={month} data-has-data={x.has_data ? 'true' : 'false'}>
                    <th scope="row">{monthLabel(month, lang)}</th>
                    {x.has_data ? (
                      <>
                        <td className="trend-main">
                          <span className="trend-value">{formatCell(v, main.kind, lang)}</span>
                          {typeof v === 'number' && (
                            <span className="trend-bar" aria-hidden="true">
                              <span style={{ width: `${Math.min(100, (v / max) * 100)}%` }} />
                            </span>
                          )}
                        </td>
                        {more.map((c) => (
                          <td key={c.key}>{formatCell(x[c.key], c.kind, lang)}</td>
                        ))}
                      </>
                    ) : (
                      <td colSpan={1 + more.length} className="no-data">
                        {t('noDataYet')}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      <ul className="downloads">
        {downloads.map((d) => (
          <li key={d.id}>
            {d === indicator ? tt('Data ini', 'This data') : d.title[lang]}:{' '}
            <a href={downloadHref(d.id, 'csv', { from, to })} download data-testid={`download-${d.id}-csv`}>
              CSV
            </a>{' '}
            ·{' '}
            <a href={downloadHref(d.id, 'json', { from, to })} download data-testid={`download-${d.id}-json`}>
              JSON
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
