import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { tryGql } from '@/lib/graphql';
import { formatDate, formatRupiah, getT } from '@/lib/i18n';
import { requireViewer } from '@/lib/session';
import Unavailable from '@/components/Unavailable';
import PrintButton from '@/components/jakpa/PrintButton';
import { billStatusLabel } from '@/components/jakpa/labels';
import '@/components/jakpa/jakpa-print.css';
import { MY_TAXES } from '../query';

export const metadata: Metadata = { title: 'Laporan PBB' };

/** The printable statement of one object: bills, penalties and payments, each line a sum of the graph's rows. */
export default async function Statement({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const v = await requireViewer('CITIZEN', `/pajak/saya/cetak${sp.nop ? `?nop=${encodeURIComponent(sp.nop)}` : ''}`);
  const { tt, lang } = await getT();
  const r = await tryGql(MY_TAXES, {}, { token: v.token });
  if (r.error?.code === 'UNAUTHENTICATED') redirect('/masuk?next=/pajak/saya');
  if (r.error) return <Unavailable error={r.error} />;
  const o = r.data.me.taxObjects?.nodes.find((x) => x.nop.digits === sp.nop) ?? r.data.me.taxObjects?.nodes[0];
  if (!o)
    return (
      <p>
        {tt('Belum ada objek pajak atas NIK Anda.', 'No tax objects are registered under your NIK.')} <Link href="/pajak/saya">{tt('Kembali', 'Back')}</Link>
      </p>
    );
  const asOf = o.bills.nodes[0]?.today.asOf;
  const bills = o.bills.nodes;
  const sum = (f: (b: (typeof bills)[number]) => number) => bills.reduce((s, b) => s + f(b), 0);
  return (
    <article className="jakpa-statement" data-testid="statement">
      <p className="btn-row jakpa-noprint">
        <Link href="/pajak/saya">{tt('Kembali ke Pajak saya', 'Back to My taxes')}</Link> <PrintButton label={tt('Cetak', 'Print')} />
      </p>
      <h1>{tt('Laporan PBB-P2', 'PBB-P2 statement')} · Bapenda Kota Kendari</h1>
      <dl className="kv">
        <div>
          <dt>NOP</dt>
          <dd>{o.nop.formatted}</dd>
        </div>
        <div>
          <dt>{tt('Wajib pajak', 'Taxpayer')}</dt>
          <dd>{o.ownerName}</dd>
        </div>
        <div>
          <dt>{tt('Letak objek', 'Location')}</dt>
          <dd>
            {o.address}, {tt('Kelurahan', 'Kelurahan')} {o.nop.kelurahan?.name ?? '—'}, {tt('Kecamatan', 'District')} {o.nop.kecamatan?.name ?? '—'}
          </dd>
        </div>
        <div>
          <dt>{tt('Luas tanah / bangunan', 'Land / building area')}</dt>
          <dd>
            {o.landArea} m² / {o.buildingArea} m²
          </dd>
        </div>
        <div>
          <dt>{tt('Keadaan per tanggal', 'As of')}</dt>
          <dd>{asOf ? formatDate(`${asOf}T12:00:00+08:00`, lang) : '—'}</dd>
        </div>
      </dl>
      <h2>{tt('Tagihan', 'Bills')}</h2>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={tt('Tagihan', 'Bills')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{tt('Tahun', 'Year')}</th>
              <th scope="col" className="num">
                NJOP
              </th>
              <th scope="col" className="num">
                {tt('Pokok', 'Principal')}
              </th>
              <th scope="col">{tt('Jatuh tempo', 'Due')}</th>
              <th scope="col" className="num">
                {tt('Denda', 'Penalty')}
              </th>
              <th scope="col" className="num">
                {tt('Dibayar', 'Paid')}
              </th>
              <th scope="col" className="num">
                {tt('Sisa', 'Owed')}
              </th>
              <th scope="col">Status</th>
            </tr>
          </thead>
          <tbody>
            {o.bills.nodes.map((b) => (
              <tr key={b.id} data-testid="statement-bill" data-year={b.year} data-status={b.today.status}>
                <th scope="row">{b.year}</th>
                <td className="num">{formatRupiah(b.njop)}</td>
                <td className="num">{formatRupiah(b.amount)}</td>
                <td>{formatDate(`${b.dueDate}T12:00:00+08:00`, lang)}</td>
                <td className="num">{formatRupiah(b.today.penalty)}</td>
                <td className="num">{formatRupiah(b.today.paidAmount)}</td>
                <td className="num">{formatRupiah(b.today.totalDue)}</td>
                <td>{billStatusLabel(b.today.status, lang)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row">{tt('Jumlah', 'Total')}</th>
              <td />
              <td className="num">{formatRupiah(sum((b) => b.amount))}</td>
              <td />
              <td className="num">{formatRupiah(sum((b) => b.today.penalty))}</td>
              <td className="num">{formatRupiah(sum((b) => b.today.paidAmount))}</td>
              <td className="num" data-testid="statement-owed">
                {formatRupiah(sum((b) => b.today.totalDue))}
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      </div>
      <h2>{tt('Riwayat pembayaran', 'Payment history')}</h2>
      <div className="table-wrap" tabIndex={0} role="region" aria-label={tt('Riwayat pembayaran', 'Payment history')}>
        <table>
          <thead>
            <tr>
              <th scope="col">{tt('Tanggal', 'Date')}</th>
              <th scope="col">{tt('Tahun pajak', 'Tax year')}</th>
              <th scope="col">{tt('Kanal', 'Channel')}</th>
              <th scope="col">{tt('Referensi', 'Reference')}</th>
              <th scope="col" className="num">
                {tt('Jumlah', 'Amount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {o.bills.nodes.flatMap((b) =>
              b.payments.nodes.map((p) => (
                <tr key={p.id}>
                  <td>{formatDate(p.paidAt, lang, true)}</td>
                  <td>{b.year}</td>
                  <td>{p.channel.name}</td>
                  <td>{p.reference}</td>
                  <td className="num">{formatRupiah(p.amount)}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </div>
      <p className="meta">
        {tt(
          'Dicetak dari portal Satu Kendari. Denda dihitung sampai tanggal di atas; jumlah bisa bertambah setiap awal bulan keterlambatan.',
          'Printed from the Satu Kendari portal. Penalties are computed up to the date above; amounts may grow at the start of each month late.',
        )}
      </p>
    </article>
  );
}
