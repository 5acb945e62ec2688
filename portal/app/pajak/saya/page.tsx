import type { Metadata } from 'next';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { tryGql } from '@/lib/graphql';
import { formatDate, formatRupiah, getT } from '@/lib/i18n';
import { requireViewer } from '@/lib/session';
import Unavailable from '@/components/Unavailable';
import PayChannels from '@/components/jakpa/PayChannels';
import { billStatusLabel, billStatusTone } from '@/components/jakpa/labels';
import { MY_TAXES } from './query';
import '@/components/jakpa/jakpa.css';

export const metadata: Metadata = { title: 'Pajak saya' };

export default async function MyTaxes() {
  const v = await requireViewer('CITIZEN', '/pajak/saya');
  const { tt, lang } = await getT();
  const r = await tryGql(MY_TAXES, {}, { token: v.token });
  if (r.error?.code === 'UNAUTHENTICATED') redirect('/masuk?next=/pajak/saya');
  const objects = r.data?.me.taxObjects?.nodes ?? [];
  return (
    <>
      <h1>{tt('Pajak saya', 'My taxes')}</h1>
      <p>
        {tt(
          'Objek PBB yang terdaftar atas NIK Anda di Bapenda Kota Kendari, tagihan per tahun dan riwayat pembayaran.',
          'Property-tax objects registered under your NIK at Bapenda Kendari, bills per year and payment history.',
        )}{' '}
        <Link href="/pajak">{tt('Cek NOP lain', 'Check another NOP')}</Link>
      </p>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : objects.length === 0 ? (
        <p>
          {tt(
            'Belum ada objek pajak atas NIK Anda. Jika Anda memiliki tanah atau bangunan, hubungi Bapenda.',
            'No tax objects are registered under your NIK. If you own land or a building, contact Bapenda.',
          )}
        </p>
      ) : (
        <ul className="cards jakpa-objects" data-testid="my-tax-objects">
          {objects.map((o) => {
            const owed = o.bills.nodes.reduce((s, b) => s + b.today.totalDue, 0);
            return (
              <li className="card" key={o.id} data-testid="tax-object" data-nop={o.nop.digits}>
                <h2>NOP {o.nop.formatted}</h2>
                <p className="meta">
                  {o.address} · {tt('Kelurahan', 'Kelurahan')} {o.nop.kelurahan?.name ?? '—'}, {o.nop.kecamatan?.name ?? '—'} · {o.landArea} m²{' '}
                  {tt('tanah', 'land')}, {o.buildingArea} m² {tt('bangunan', 'building')}
                </p>
                <p>
                  {tt('Total terutang hari ini', 'Total owed today')}: <strong data-testid="object-owed">{formatRupiah(owed)}</strong>
                </p>
                <div className="table-wrap" tabIndex={0} role="region" aria-label={`${tt('Tagihan per tahun', 'Bills per year')} ${o.nop.formatted}`}>
                  <table>
                    <caption>{tt('Tagihan per tahun', 'Bills per year')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{tt('Tahun', 'Year')}</th>
                        <th scope="col">{tt('Pokok', 'Principal')}</th>
                        <th scope="col">{tt('Denda', 'Penalty')}</th>
                        <th scope="col">{tt('Dibayar', 'Paid')}</th>
                        <th scope="col">{tt('Sisa hari ini', 'Owed today')}</th>
                        <th scope="col">Status</th>
                      </tr>
                    </thead>
                    <tbody>
                      {o.bills.nodes.map((b) => (
                        <tr key={b.id} data-testid="tax-bill" data-year={b.year} data-status={b.today.status}>
                          <th scope="row">{b.year}</th>
                          <td>{formatRupiah(b.amount)}</td>
                          <td>{formatRupiah(b.today.penalty)}</td>
                          <td>{formatRupiah(b.today.paidAmount)}</td>
                          <td>{formatRupiah(b.today.totalDue)}</td>
                          <td>
                            <span className={`tag ${billStatusTone(b.today.status)}`}>{billStatusLabel(b.today.status, lang)}</span>
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <details>
                  <summary>{tt('Riwayat pembayaran', 'Payment history')}</summary>
                  <ul>
                    {o.bills.nodes.flatMap((b) =>
                      b.payments.nodes.map((p) => (
                        <li key={p.id}>
                          {formatDate(p.paidAt, lang, true)} · {tt('tahun', 'year')} {b.year} · {formatRupiah(p.amount)} · {p.channel.name}
                        </li>
                      )),
                    )}
                  </ul>
                </details>
                <p className="btn-row">
                  <Link className="btn btn-primary" href={`/pajak/saya/cetak?nop=${o.nop.digits}`}>
                    {tt('Cetak laporan (A4)', 'Print statement (A4)')}
                  </Link>{' '}
                  <Link className="btn btn-secondary" href={`/pajak?nop=${o.nop.digits}`}>
                    {tt('Tagihan terbaru', 'Latest bill')}
                  </Link>
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <PayChannels />
    </>
  );
}
