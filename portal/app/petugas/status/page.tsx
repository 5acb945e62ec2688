import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { inLang } from '@/lib/catalogue';
import { tryGql } from '@/lib/graphql';
import { getT, formatDate, titled } from '@/lib/i18n';
import { requireOfficer } from '@/lib/officer';
import { label, SERVICE_AVAILABILITY, valuesOf } from '@/lib/status';
import Unavailable from '@/components/Unavailable';
import Flash from '@/components/Flash';
import SubmitButton from '@/components/SubmitButton';
import { updateStatusAction } from './actions';

const BoardQuery = graphql(`
  query Board($agencyId: ID) {
    serviceStatusBoard(first: 100, agencyId: $agencyId) {
      nodes {
        id
        place
        placeEn
        status
        reason
        reasonEn
        stockLabel
        stockLabelEn
        stockRemaining
        lastUpdatedAt
        agency {
          id
          shortName
        }
        service {
          id
          name
          nameEn
        }
      }
    }
  }
`);

export const generateMetadata = titled('Status layanan', 'Service status');

export default async function StatusAdmin({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { t, tt, lang } = await getT();
  const { officer, error } = await requireOfficer('/petugas/status', ['AGENCY_OFFICER']);
  const agencyId = officer?.role === 'ADMIN' ? null : (officer?.agency?.id ?? null);
  const r = await tryGql(BoardQuery, { agencyId });
  return (
    <>
      <p className="meta">
        <Link href="/petugas">{t('officerDashboard')}</Link>
      </p>
      <h1>{tt('Status layanan hari ini', "Today's service status")}</h1>
      <p>
        {tt('Beri tahu warga sebelum mereka datang: misalnya blanko KTP-el habis.', 'Tell residents before they travel: for example, no ID-card blanks left.')}
      </p>
      <Flash sp={sp} />
      {error ? (
        <Unavailable error={error} />
      ) : r.error ? (
        <Unavailable error={r.error} />
      ) : (
        <ul className="cards">
          {r.data.serviceStatusBoard.nodes.map((p) => (
            <li className="card" key={p.id}>
              <h2>{p.service ? inLang(lang, p.service.name, p.service.nameEn) : '—'}</h2>
              <p className="meta">
                {inLang(lang, p.place, p.placeEn)} · {p.agency?.shortName ?? '—'} · {tt('diperbarui', 'updated')} {formatDate(p.lastUpdatedAt, lang, true)}
              </p>
              <form action={updateStatusAction} className="form">
                <input type="hidden" name="servicePointId" value={p.id} />
                <div className="field">
                  <label htmlFor={`st-${p.id}`}>{t('status')}</label>
                  <select id={`st-${p.id}`} name="status" defaultValue={p.status}>
                    {valuesOf(SERVICE_AVAILABILITY).map((s) => (
                      <option key={s} value={s}>
                        {label(s, lang)}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`re-${p.id}`}>{tt('Keterangan untuk warga', 'Note for residents')}</label>
                  <input id={`re-${p.id}`} name="reason" defaultValue={p.reason ?? ''} maxLength={300} aria-describedby={`re-${p.id}-h`} />
                  <p className="hint" id={`re-${p.id}-h`}>
                    {tt('Wajib bila tidak “Tersedia”.', 'Required unless “Available”.')}
                  </p>
                </div>
                <div className="field">
                  <label htmlFor={`ren-${p.id}`}>
                    {tt('Keterangan dalam bahasa Inggris', 'Note in English')} <span className="optional">({tt('boleh kosong', 'optional')})</span>
                  </label>
                  <input id={`ren-${p.id}`} name="reasonEn" lang="en" defaultValue={p.reasonEn ?? ''} maxLength={300} />
                </div>
                {p.stockLabel && (
                  <div className="field">
                    <label htmlFor={`sk-${p.id}`}>{inLang(lang, p.stockLabel, p.stockLabelEn)}</label>
                    <input id={`sk-${p.id}`} name="stockRemaining" inputMode="numeric" defaultValue={p.stockRemaining ?? ''} />
                  </div>
                )}
                <SubmitButton pending={t('sending')}>{tt('Simpan status', 'Save status')}</SubmitButton>
              </form>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
