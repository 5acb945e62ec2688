import { graphql } from '@/graphql/generated';
import { tryGql } from '@/lib/graphql';
import { formatRupiah, getT } from '@/lib/i18n';
import Bars from '@/components/Bars';
import Unavailable from '@/components/Unavailable';

const TaxCollectionQuery = graphql(`
  query TaxCollection($year: Int!) {
    taxCollectionStats(year: $year) {
      kecamatan {
        id
        name
      }
      billCount
      paidCount
      paidShare
      amountBilled
      amountCollected
    }
  }
`);

/** PBB-P2 collection per kecamatan for one tax year (public aggregates from JAKPA). */
export default async function TaxCollectionSection({ year }: { year: number }) {
  const { tt } = await getT();
  const r = await tryGql(TaxCollectionQuery, { year }, { revalidate: 300 });
  const rows = r.data?.taxCollectionStats ?? [];
  const billed = rows.reduce((s, x) => s + x.amountBilled, 0);
  const collected = rows.reduce((s, x) => s + x.amountCollected, 0);
  return (
    <section aria-labelledby="pajak-realisasi" data-testid="tax-collection">
      <h2 id="pajak-realisasi">
        {tt('Realisasi PBB-P2', 'Property tax (PBB-P2) collection')} — {tt('tahun pajak', 'tax year')} {year}
      </h2>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : (
        <>
          <p>
            {tt(
              'Persentase tagihan PBB yang sudah lunas, per kecamatan. Angka dihitung dari setiap tagihan dan pembayarannya.',
              'Share of PBB bills paid in full, per kecamatan. Figures are sums over every bill and its payments.',
            )}
          </p>
          <p>
            <strong>{tt('Kota Kendari', 'Kendari city')}:</strong> {tt('ditagih', 'billed')} {formatRupiah(billed)} · {tt('diterima', 'collected')}{' '}
            <span data-testid="tax-collected-total">{formatRupiah(collected)}</span>
          </p>
          <Bars
            unit="%"
            max={100}
            rows={rows.map((x) => ({
              label: `${x.kecamatan?.name ?? '—'} (${x.paidCount}/${x.billCount} ${tt('lunas', 'paid')})`,
              value: Math.round(x.paidShare * 1000) / 10,
              note: `· ${formatRupiah(x.amountCollected)}`,
            }))}
          />
        </>
      )}
    </section>
  );
}
