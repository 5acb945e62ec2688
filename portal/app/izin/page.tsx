import type { Metadata } from 'next';
import Link from 'next/link';
import { tryGql } from '@/lib/graphql';
import { formatDate, getT } from '@/lib/i18n';
import { viewer } from '@/lib/session';
import Unavailable from '@/components/Unavailable';
import { levySummary, permitLabel, permitTone } from '@/components/permits/labels';
import { MY_PERMITS, PERMIT_TYPES } from '@/components/permits/ops';

export const metadata: Metadata = { title: 'Perizinan (DPMPTSP)' };

export default async function Permits() {
  const { t, tt, lang } = await getT();
  const v = await viewer();
  const [types, mine] = await Promise.all([
    tryGql(PERMIT_TYPES, {}, { revalidate: 300 }),
    v?.kind === 'CITIZEN' ? tryGql(MY_PERMITS, {}, { token: v.token }) : Promise.resolve(null),
  ]);
  return (
    <>
      <h1>{tt('Perizinan (DPMPTSP)', 'Permits (DPMPTSP)')}</h1>
      <p>
        {tt(
          'Ajukan izin ke Dinas Penanaman Modal dan PTSP Kota Kendari dari rumah: isi formulir, unggah dokumen, ikuti prosesnya, dan bayar retribusi resmi ke kas daerah — tidak pernah ke petugas.',
          'Apply to the City of Kendari one-stop licensing office from home: fill in the form, upload the documents, follow the process, and pay the official levy to the city treasury — never to an officer.',
        )}
      </p>
      <p className="btn-row">
        <Link className="btn btn-secondary" href="/izin/register">
          {tt('Register izin terbit', 'Register of issued permits')}
        </Link>{' '}
        <Link className="btn btn-secondary" href="/izin/verifikasi">
          {tt('Periksa keaslian izin', 'Check a permit')}
        </Link>
      </p>
      {mine && (
        <section aria-labelledby="izin-saya">
          <h2 id="izin-saya">{tt('Permohonan izin saya', 'My permit applications')}</h2>
          {mine.error ? (
            <Unavailable error={mine.error} />
          ) : !mine.data.me.permitApplications?.nodes.length ? (
            <p>{t('nothingYet')}</p>
          ) : (
            <ul className="cards" data-testid="my-permits">
              {mine.data.me.permitApplications.nodes.map((a) => (
                <li className="card" key={a.id}>
                  <Link className="card-link" href={`/izin/permohonan/${a.id}`}>
                    <h3>
                      {a.permitType.name}
                      {a.businessName ? ` — ${a.businessName}` : ''}
                    </h3>
                  </Link>
                  <p>
                    <span className={`tag ${permitTone(a.status)}`} data-status={a.status}>
                      {permitLabel(a.status, lang)}
                    </span>
                    {a.overdue ? (
                      <>
                        {' '}
                        <span className="tag tag-bad">{t('overdue')}</span>
                      </>
                    ) : null}
                  </p>
                  <p className="meta">
                    {tt('Dibuat', 'Created')} {formatDate(a.createdAt, lang)}
                    {a.stageDueAt ? ` · ${t('due')} ${formatDate(a.stageDueAt, lang)}` : ''}
                    {a.permitNumber ? ` · ${a.permitNumber}` : ''}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section aria-labelledby="jenis-izin">
        <h2 id="jenis-izin">{tt('Jenis izin', 'Permit types')}</h2>
        {types.error ? (
          <Unavailable error={types.error} />
        ) : (
          <ul className="cards cards-2" data-testid="permit-types">
            {types.data.permitTypes.map((p) => (
              <li className="card" key={p.id}>
                <Link className="card-link" href={`/izin/jenis/${p.id}`}>
                  <h3>{p.name}</h3>
                </Link>
                <dl className="kv">
                  <div>
                    <dt>{tt('Waktu layanan', 'Service time')}</dt>
                    <dd>
                      {p.timeLimitDays} {tt('hari kerja', 'working days')}
                    </dd>
                  </div>
                  <div>
                    <dt>{tt('Retribusi', 'Levy')}</dt>
                    <dd>{p.isFree ? <span className="tag tag-free">{tt('Gratis', 'Free')}</span> : levySummary(p, tt)}</dd>
                  </div>
                  <div>
                    <dt>{tt('Masa berlaku', 'Valid for')}</dt>
                    <dd>
                      {p.validityMonths
                        ? `${p.validityMonths / 12 >= 1 && p.validityMonths % 12 === 0 ? `${p.validityMonths / 12} ${tt('tahun', 'years')}` : `${p.validityMonths} ${tt('bulan', 'months')}`}`
                        : tt('Tidak ada batas', 'No expiry')}
                    </dd>
                  </div>
                  <div>
                    <dt>{tt('Dokumen', 'Documents')}</dt>
                    <dd>
                      {p.documents.filter((d) => d.required).length} {tt('wajib', 'required')}
                    </dd>
                  </div>
                </dl>
              </li>
            ))}
          </ul>
        )}
      </section>
      {!v && (
        <p>
          <Link href="/masuk?next=/izin">{t('login')}</Link> {tt('untuk mengajukan izin dan melihat permohonan Anda.', 'to apply and see your applications.')}
        </p>
      )}
    </>
  );
}
