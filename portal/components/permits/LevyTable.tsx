import { formatRupiah, getT } from '@/lib/i18n';
import type { Levy } from './ops';

/** A levy line by line; the last row is the total, which is the sum of the lines. */
export default async function LevyTable({ levy, caption }: { levy: Levy; caption: string }) {
  const { tt } = await getT();
  if (levy.free)
    return (
      <p data-testid="levy-total" data-amount="0">
        <span className="tag tag-free">{tt('Gratis', 'Free')}</span> {levy.basis}
      </p>
    );
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table data-testid="levy-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{tt('Komponen', 'Component')}</th>
            <th scope="col">{tt('Perhitungan', 'Calculation')}</th>
            <th scope="col" style={{ textAlign: 'right' }}>
              {tt('Jumlah', 'Amount')}
            </th>
          </tr>
        </thead>
        <tbody>
          {levy.lines.map((l) => (
            <tr key={l.label}>
              <th scope="row">{l.label}</th>
              <td>{l.expression}</td>
              <td style={{ textAlign: 'right' }}>{formatRupiah(l.amount)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <th scope="row" colSpan={2}>
              {levy.complete ? tt('Total', 'Total') : tt('Total sementara (isian belum lengkap)', 'Partial total (fields missing)')}
            </th>
            <td style={{ textAlign: 'right' }} data-testid="levy-total" data-amount={levy.total}>
              <strong>{formatRupiah(levy.total)}</strong>
            </td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
