import { valuesOf } from '@/lib/status';
import type { Metadata } from 'next';
import Link from 'next/link';
import { tryGql } from '@/lib/graphql';
import { formatDate, getT } from '@/lib/i18n';
import Unavailable from '@/components/Unavailable';
import { PERMIT_VALIDITY, permitLabel, permitTone } from '@/components/permits/labels';
import { PERMIT_TYPES, REGISTER } from '@/components/permits/ops';

export const metadata: Metadata = { title: 'Register izin' };

const VALIDITY = valuesOf(PERMIT_VALIDITY);

export default async function Register({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { tt, lang } = await getT();
  const search = (sp.q ?? '').trim().slice(0, 100) || null;
  const permitTypeId = sp.jenis || null;
  const status = VALIDITY.find((s) => s === sp.status) ?? null;
  const [r, types] = await Promise.all([
    tryGql(REGISTER, { search, permitTypeId, status, after: sp.after || null }, { revalidate: 30 }),
    tryGql(PERMIT_TYPES, {}, { revalidate: 300 }),
  ]);
  const qs = new URLSearchParams(Object.entries({ q: search ?? '', jenis: permitTypeId ?? '', status: status ?? '' }).filter(([, v]) => v)).toString();
  return (
    <>
      <p className="meta">
        <Link href="/izin">{tt('Perizinan', 'Permits')}</Link>
      </p>
      <h1>{tt('Register izin yang terbit', 'Register of issued permits')}</h1>
      <p>
        {tt(
          'Daftar publik izin yang diterbitkan DPMPTSP Kota Kendari: nomor, jenis, nama usaha, kelurahan, tanggal terbit, masa berlaku dan status. Data pribadi pemohon tidak ditampilkan.',
          'The public list of permits issued by DPMPTSP Kota Kendari: number, type, business name, kelurahan, issue date, validity and status. No personal data of applicants is shown.',
        )}
      </p>
      <form method="get" action="/izin/register" className="form filters" role="search" aria-label={tt('Cari izin', 'Search permits')}>
        <div className="field">
          <label htmlFor="r-q">{tt('Nomor izin atau nama usaha', 'Permit number or business name')}</label>
          <input id="r-q" name="q" defaultValue={search ?? ''} maxLength={100} />
        </div>
        <div className="field">
          <label htmlFor="r-jenis">{tt('Jenis izin', 'Permit type')}</label>
          <select id="r-jenis" name="jenis" defaultValue={permitTypeId ?? ''}>
            <option value="">{tt('Semua', 'All')}</option>
            {(types.data?.permitTypes ?? []).map((x) => (
              <option key={x.id} value={x.id}>
                {x.name}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="r-status">{tt('Status', 'Status')}</label>
          <select id="r-status" name="status" defaultValue={status ?? ''}>
            <option value="">{tt('Semua', 'All')}</option>
            {VALIDITY.map((s) => (
              <option key={s} value={s}>
                {permitLabel(s, lang)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="btn btn-primary">
          {tt('Cari', 'Search')}
        </button>
      </form>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : (
        <>
          <p role="status">
            {r.data.permitRegister.totalCount} {tt('izin', 'permits')}
          </p>
          {r.data.permitRegister.nodes.length > 0 && (
            <div className="table-wrap" tabIndex={0} role="region" aria-label={tt('Izin yang terbit', 'Issued permits')}>
              <table data-testid="permit-register">
                <caption className="visually-hidden">{tt('Izin yang terbit', 'Issued permits')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{tt('Nomor izin', 'Permit number')}</th>
                    <th scope="col">{tt('Jenis', 'Type')}</th>
                    <th scope="col">{tt('Nama usaha', 'Business')}</th>
                    <th scope="col">{tt('Kelurahan', 'Kelurahan')}</th>
                    <th scope="col">{tt('Terbit', 'Issued')}</th>
                    <th scope="col">{tt('Berlaku sampai', 'Valid until')}</th>
                    <th scope="col">{tt('Status', 'Status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.data.permitRegister.nodes.map((p) => (
                    <tr key={p.permitNumber}>
                      <th scope="row">{p.permitNumber}</th>
                      <td>{p.permitType.shortName}</td>
                      <td>{p.businessName ?? '—'}</td>
                      <td>{p.kelurahan?.name ?? '—'}</td>
                      <td>{formatDate(p.issuedAt, lang)}</td>
                      <td>{p.validUntil ? formatDate(p.validUntil, lang) : tt('Tidak ada batas', 'No expiry')}</td>
                      <td>
                        <span className={`tag ${permitTone(p.status)}`} data-status={p.status}>
                          {permitLabel(p.status, lang)}
                        </span>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {r.data.permitRegister.pageInfo.hasNextPage && r.data.permitRegister.pageInfo.endCursor && (
            <p>
              <Link
                className="btn btn-secondary"
                href={`/izin/register?${qs ? `${qs}&` : ''}after=${encodeURIComponent(r.data.permitRegister.pageInfo.endCursor)}`}
              >
                {tt('Berikutnya', 'Next')}
              </Link>
            </p>
          )}
        </>
      )}
    </>
  );
}
