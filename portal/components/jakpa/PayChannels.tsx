import { graphql } from '@/graphql/generated';
import { tryGql } from '@/lib/graphql';
import { getT } from '@/lib/i18n';
import Unavailable from '@/components/Unavailable';

const TaxPaymentChannelsQuery = graphql(`
  query TaxPaymentChannels {
    paymentChannels {
      id
      name
      kind
      instructions
    }
  }
`);

/** "How to pay": the channels from the graph, each with its instructions. */
export default async function PayChannels() {
  const { tt } = await getT();
  const r = await tryGql(TaxPaymentChannelsQuery, {}, { revalidate: 300 });
  return (
    <section aria-labelledby="cara-bayar" className="jakpa-noprint">
      <h2 id="cara-bayar">{tt('Cara membayar', 'How to pay')}</h2>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : (
        <>
          <p>
            {tt(
              'Bayar dengan NOP dan tahun pajak di salah satu kanal berikut. Pembayaran tercatat otomatis; status tagihan di halaman ini ikut berubah.',
              'Pay with the NOP and tax year at any of these channels. Payments are recorded automatically and the bill’s status here follows.',
            )}
          </p>
          <ul className="cards" data-testid="pay-channels">
            {r.data.paymentChannels.map((c) => (
              <li className="card" key={c.id}>
                <h3>{c.name}</h3>
                <p>{c.instructions}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
