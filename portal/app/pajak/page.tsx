import type { Metadata } from 'next';
import Link from 'next/link';
import { graphql } from '@/graphql/generated';
import { tryGql } from '@/lib/graphql';
import { getT } from '@/lib/i18n';
import { viewer } from '@/lib/session';
import Unavailable from '@/components/Unavailable';
import BillAmounts from '@/components/jakpa/BillAmounts';
import NopExplained from '@/components/jakpa/NopExplained';
import PayChannels from '@/components/jakpa/PayChannels';
import '@/components/jakpa/jakpa.css';

export const metadata: Metadata = { title: 'Pajak daerah (JAKPA)' };

const LOOKUP = graphql(`
  query TaxBillLookup($nop: String!, $year: Int) {
    taxBill(nop: $nop, year: $year) {
      nop {
        digits
        formatted
        province
        city
        kecamatanCode
        kelurahanCode
        block
        number
        special
        kelurahan {
          id
          name
        }
        kecamatan {
          id
          name
        }
      }
      year
      years
      ownerNameMasked
      landArea
      buildingArea
      njop
      amount
      dueDate
      today {
        ...BillTodayFields
      }
    }
  }
`);

export default async function Tax({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { tt, lang } = await getT();
  const v = await viewer();
  const nop = (sp.nop ?? '').trim().slice(0, 40);
  const year = /^\d{4}$/.test(sp.tahun ?? '') ? Number(sp.tahun) : null;
  // a lookup is personal to the question asked: never cached
  const r = nop ? await tryGql(LOOKUP, { nop, year }) : null;
  const inputError =
    r?.error && r.error.code === 'BAD_USER_INPUT'
      ? lang === 'en'
        ? r.error.message.replace(/^(nop|year): /, '')
        : (r.error.messageId ?? r.error.message)
      : null;
  const bill = r && !r.error ? r.data.taxBill : null;
  return (
    <>
      <h1>{tt('Pajak daerah (JAKPA — Pajak Menyapa)', 'Local taxes (JAKPA)')}</h1>
      <p>
        {tt(
          'Cek tagihan Pajak Bumi dan Bangunan (PBB-P2) dengan Nomor Objek Pajak (NOP) yang tertera di SPPT Anda: pokok pajak, denda keterlambatan dan total yang harus dibayar hari ini.',
          'Check a land and building tax (PBB-P2) bill with the tax object number (NOP) printed on your SPPT: the principal, late-payment penalty and the total to pay today.',
        )}
      </p>
      {v?.kind === 'CITIZEN' && (
        <p>
          <Link className="btn btn-secondary" href="/pajak/saya">
            {tt('Pajak saya: objek, tagihan dan riwayat', 'My taxes: objects, bills and history')}
          </Link>
        </p>
      )}
      {v?.kind === 'OFFICER' && (
        <p>
          <Link className="btn btn-secondary" href="/petugas/pajak">
            {tt('Halaman petugas Bapenda', 'Bapenda officer page')}
          </Link>
        </p>
      )}

      <section aria-labelledby="cek-tagihan" className="panel">
        <h2 id="cek-tagihan">{tt('Cek tagihan PBB', 'Check a PBB bill')}</h2>
        <form method="get" action="/pajak" className="form" id="cek-nop">
          {inputError && (
            <div className="alert" role="alert" data-testid="nop-error">
              {inputError}
            </div>
          )}
          <div className={`field ${inputError ? 'has-error' : ''}`}>
            <label htmlFor="nop">{tt('Nomor Objek Pajak (NOP)', 'Tax object number (NOP)')}</label>
            <p className="hint" id="nop-hint">
              {tt(
                '18 digit, boleh dengan titik atau tanda hubung, contoh 74.71.050.004.001-0001.0',
                '18 digits, dots and dashes allowed, e.g. 74.71.050.004.001-0001.0',
              )}
            </p>
            <input
              id="nop"
              name="nop"
              defaultValue={nop}
              inputMode="numeric"
              autoComplete="off"
              maxLength={40}
              required
              aria-invalid={inputError ? true : undefined}
              aria-describedby={inputError ? 'nop-hint nop-error-text' : 'nop-hint'}
            />
            {inputError && (
              <p className="field-error" id="nop-error-text">
                {inputError}
              </p>
            )}
          </div>
          <div className="field">
            <label htmlFor="tahun">
              {tt('Tahun pajak', 'Tax year')} <span className="optional">({tt('kosongkan untuk tahun terbaru', 'leave empty for the latest year')})</span>
            </label>
            <input id="tahun" name="tahun" defaultValue={year ?? ''} inputMode="numeric" maxLength={4} pattern="[0-9]{4}" />
          </div>
          <button className="btn btn-primary" type="submit">
            {tt('Cek tagihan', 'Check the bill')}
          </button>
        </form>
      </section>

      {r?.error &&
        !inputError &&
        (r.error.code === 'NOT_FOUND' ? (
          <div className="alert" role="alert" data-testid="nop-not-found">
            {tt(
              'NOP ini tidak terdaftar atau belum ada tagihan untuk tahun tersebut. Periksa kembali NOP pada SPPT Anda.',
              'This NOP is not registered or has no bill for that year. Check the NOP on your SPPT.',
            )}
          </div>
        ) : r.error.code === 'TOO_MANY_REQUESTS' ? (
          <div className="alert" role="alert">
            {tt(
              'Terlalu banyak NOP berbeda yang dicari dari alamat ini. Coba lagi nanti; NOP yang sudah Anda cari tetap bisa dibuka.',
              'Too many different NOPs looked up from this address. Try again later; NOPs you already looked up still open.',
            )}
          </div>
        ) : (
          <Unavailable error={r.error} />
        ))}

      {bill && (
        <section aria-labelledby="hasil" className="panel" data-testid="bill">
          <h2 id="hasil">
            {tt('Tagihan PBB', 'PBB bill')} {bill.year} · NOP <span data-testid="bill-nop">{bill.nop.formatted}</span>
          </h2>
          <dl className="kv">
            <div>
              <dt>{tt('Letak objek', 'Location')}</dt>
              <dd>
                {tt('Kelurahan', 'Kelurahan')} {bill.nop.kelurahan?.name ?? '—'}, {tt('Kecamatan', 'District')} {bill.nop.kecamatan?.name ?? '—'}
              </dd>
            </div>
            <div>
              <dt>{tt('Nama wajib pajak (disamarkan)', 'Taxpayer (masked)')}</dt>
              <dd>{bill.ownerNameMasked}</dd>
            </div>
            <div>
              <dt>{tt('Luas tanah / bangunan', 'Land / building area')}</dt>
              <dd>
                {bill.landArea} m² / {bill.buildingArea} m²
              </dd>
            </div>
            <div>
              <dt>NJOP</dt>
              <dd>Rp {new Intl.NumberFormat('id-ID').format(bill.njop)}</dd>
            </div>
          </dl>
          <BillAmounts amount={bill.amount} dueDate={bill.dueDate} today={bill.today} testId="bill-amounts" />
          {bill.years.length > 1 && (
            <nav aria-label={tt('Tahun pajak lain', 'Other tax years')} className="btn-row">
              {bill.years.map((y) => (
                <Link
                  key={y}
                  className={`btn btn-small ${y === bill.year ? 'btn-primary' : 'btn-secondary'}`}
                  aria-current={y === bill.year ? 'page' : undefined}
                  href={`/pajak?nop=${bill.nop.digits}&tahun=${y}`}
                >
                  {y}
                </Link>
              ))}
            </nav>
          )}
          <p className="meta">
            {tt(
              'Denda: sanksi bunga per bulan keterlambatan (setiap bulan yang dimulai dihitung penuh), paling lama 24 bulan, menurut aturan yang berlaku pada bulan itu.',
              'Penalty: interest for every started month late, for at most 24 months, at the rule in force in that month.',
            )}
          </p>
        </section>
      )}

      <section aria-labelledby="arti-nop">
        <h2 id="arti-nop">{tt('Membaca NOP', 'Reading a NOP')}</h2>
        <NopExplained parts={bill?.nop} />
      </section>
      <PayChannels />
    </>
  );
}
