import { graphql } from '@/graphql/generated';
import type { Metadata } from 'next';
import Link from 'next/link';
import { randomUUID } from 'node:crypto';
import { tryGql } from '@/lib/graphql';
import { formatRupiah, getT } from '@/lib/i18n';
import { requireOfficer } from '@/lib/officer';
import ActionForm from '@/components/ActionForm';
import Unavailable from '@/components/Unavailable';
import { billStatusLabel, billStatusTone } from '@/components/jakpa/labels';
import { counterPaymentAction } from './actions';

const BapendaSearchQuery = graphql(`
  query BapendaSearch($ownerNik: String, $nop: String) {
    bapendaTaxObjects(first: 20, ownerNik: $ownerNik, nop: $nop) {
      totalCount
      nodes {
        id
        ownerName
        address
        nop {
          digits
          formatted
          kelurahan {
            id
            name
          }
        }
        bills(first: 6) {
          nodes {
            id
            year
            amount
            today {
              ...BillTodayFields
            }
          }
        }
      }
    }
  }
`);

export const metadata: Metadata = { title: 'Petugas Bapenda (PBB)' };

export default async function BapendaDesk({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { tt, lang } = await getT();
  const { token, officer, error } = await requireOfficer('/petugas/pajak', ['AGENCY_OFFICER']);
  if (!officer)
    return (
      <>
        <h1>{tt('Petugas Bapenda', 'Bapenda officers')}</h1>
        <Unavailable error={error} />
      </>
    );
  if (officer.role !== 'ADMIN' && officer.agency?.id !== 'bapenda') {
    return (
      <>
        <h1>{tt('Petugas Bapenda', 'Bapenda officers')}</h1>
        <p>
          {tt('Halaman ini untuk petugas Bapenda.', 'This page is for Bapenda officers.')} <Link href="/petugas">{tt('Kembali', 'Back')}</Link>
        </p>
      </>
    );
  }
  const nik = (sp.nik ?? '').trim();
  const nop = (sp.nop ?? '').trim();
  const searched = !!(nik || nop);
  const r = searched ? await tryGql(BapendaSearchQuery, { ownerNik: nik || null, nop: nop || null }, { token }) : null;
  const searchError = r?.error?.code === 'BAD_USER_INPUT' ? (lang === 'en' ? r.error.message : (r.error.messageId ?? r.error.message)) : null;
  return (
    <>
      <h1>{tt('Petugas Bapenda: PBB-P2', 'Bapenda officers: PBB-P2')}</h1>
      <section className="panel" aria-labelledby="cari">
        <h2 id="cari">{tt('Cari objek pajak', 'Find tax objects')}</h2>
        <form method="get" action="/petugas/pajak" className="form">
          {searchError && (
            <div className="alert" role="alert">
              {searchError}
            </div>
          )}
          <div className="field">
            <label htmlFor="cari-nik">{tt('NIK wajib pajak', 'Taxpayer NIK')}</label>
            <input id="cari-nik" name="nik" defaultValue={nik} inputMode="numeric" maxLength={16} />
          </div>
          <div className="field">
            <label htmlFor="cari-nop">NOP</label>
            <input id="cari-nop" name="nop" defaultValue={nop} inputMode="numeric" maxLength={40} />
          </div>
          <button className="btn btn-primary" type="submit">
            {tt('Cari', 'Search')}
          </button>
        </form>
        {r?.error && !searchError && <Unavailable error={r.error} />}
        {r &&
          !r.error &&
          (r.data.bapendaTaxObjects.nodes.length === 0 ? (
            <p>{tt('Tidak ada objek yang cocok.', 'No matching objects.')}</p>
          ) : (
            <ul className="cards" data-testid="officer-objects">
              {r.data.bapendaTaxObjects.nodes.map((o) => (
                <li className="card" key={o.id}>
                  <h3>NOP {o.nop.formatted}</h3>
                  <p className="meta">
                    {o.ownerName} · {o.address} · {o.nop.kelurahan?.name ?? '—'}
                  </p>
                  <ul>
                    {o.bills.nodes.map((b) => (
                      <li key={b.id}>
                        {b.year}: {formatRupiah(b.amount)} · {tt('sisa', 'owed')} {formatRupiah(b.today.totalDue)}{' '}
                        <span className={`tag ${billStatusTone(b.today.status)}`}>{billStatusLabel(b.today.status, lang)}</span>
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          ))}
      </section>
      <section aria-labelledby="loket">
        <h2 id="loket">{tt('Catat pembayaran di loket', 'Record a counter payment')}</h2>
        <ActionForm
          formId="loket"
          action={counterPaymentAction}
          submitLabel={tt('Catat pembayaran', 'Record payment')}
          pendingLabel={tt('Mencatat…', 'Recording…')}
          fields={[
            { name: 'idempotencyKey', label: '', type: 'hidden', defaultValue: randomUUID() },
            {
              name: 'nop',
              label: 'NOP',
              required: true,
              inputMode: 'numeric',
              maxLength: 40,
              defaultValue: nop,
              hint: tt('18 digit, boleh dengan titik', '18 digits, dots allowed'),
            },
            { name: 'year', label: tt('Tahun pajak', 'Tax year'), required: true, inputMode: 'numeric', maxLength: 4 },
            {
              name: 'amount',
              label: tt('Jumlah dibayar (rupiah)', 'Amount paid (rupiah)'),
              required: true,
              inputMode: 'numeric',
              maxLength: 16,
              hint: tt('Tidak boleh melebihi total terutang hari ini.', 'Must not exceed the total owed today.'),
            },
          ]}
        />
      </section>
    </>
  );
}
