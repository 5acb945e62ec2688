import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { redirect } from 'next/navigation';
import { tryGql } from '@/lib/graphql';
import { getT, titled } from '@/lib/i18n';
import { requireViewer } from '@/lib/session';
import { citizenTimeline } from '@/lib/timeline';
import TimelineList from '@/components/TimelineList';
import DataAccessLog from '@/components/DataAccessLog';
import Unavailable from '@/components/Unavailable';

const MyAccountQuery = graphql(`
  query MyAccount {
    me {
      id
      name
      nik
      phone
      kelurahan {
        id
        name
        kecamatan {
          id
          name
        }
      }
    }
  }
`);

export const generateMetadata = titled('Layanan saya', 'My services');

export default async function Account() {
  const v = await requireViewer('CITIZEN', '/akun');
  const { t, tt } = await getT();
  const [me, tl] = await Promise.all([tryGql(MyAccountQuery, {}, { token: v.token }), citizenTimeline(v.token)]);
  if (me.error?.code === 'UNAUTHENTICATED') redirect('/masuk?next=/akun');
  return (
    <>
      <h1>{t('myServices')}</h1>
      {me.error ? (
        <Unavailable error={me.error} />
      ) : (
        <section className="panel" aria-labelledby="profil">
          <h2 id="profil">{me.data.me.name}</h2>
          <dl className="kv">
            <div>
              <dt>NIK</dt>
              <dd>{me.data.me.nik}</dd>
            </div>
            <div>
              <dt>{t('phone')}</dt>
              <dd>{me.data.me.phone}</dd>
            </div>
            {me.data.me.kelurahan && (
              <div>
                <dt>{tt('Kelurahan', 'Kelurahan')}</dt>
                <dd>
                  {me.data.me.kelurahan.name}, {tt('Kecamatan', 'District')} {me.data.me.kelurahan.kecamatan.name}
                </dd>
              </div>
            )}
          </dl>
        </section>
      )}
      <section aria-labelledby="linimasa">
        <h2 id="linimasa">{tt('Linimasa', 'Timeline')}</h2>
        <p>{t('timelineIntro')}</p>
        <TimelineList tl={tl} />
      </section>
      <DataAccessLog token={v.token} />
      <p className="btn-row">
        <Link className="btn btn-primary" href="/surat">
          {t('requestLetter')}
        </Link>
        <Link className="btn btn-secondary" href="/pajak/saya">
          {tt('Pajak saya', 'My taxes')}
        </Link>
        <Link className="btn btn-secondary" href="/izin">
          {tt('Perizinan', 'Permits')}
        </Link>
        <Link className="btn btn-secondary" href="/keluar">
          {t('logout')}
        </Link>
      </p>
    </>
  );
}
