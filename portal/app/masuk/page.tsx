import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { getT, titled } from '@/lib/i18n';
import ActionForm from '@/components/ActionForm';
import { loginAction } from '../actions';
import { safeNext } from '@/lib/action-helpers';
import { tryGql } from '@/lib/graphql';
import { viewer } from '@/lib/session';
import { label } from '@/lib/status';

const WhoOfficerQuery = graphql(`
  query WhoOfficer {
    currentOfficer {
      id
      name
      username
      role
    }
  }
`);

const WhoCitizenQuery = graphql(`
  query WhoCitizen {
    me {
      id
      name
    }
  }
`);

export const generateMetadata = titled('Masuk', 'Log in');

export default async function Login({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { t, tt, lang } = await getT();
  const next = safeNext(sp.next, '');
  const v = await viewer();
  if (v) {
    // already logged in: say who, and lead onward instead of a bare form
    const who = v.kind === 'OFFICER' ? await tryGql(WhoOfficerQuery, {}, { token: v.token }) : await tryGql(WhoCitizenQuery, {}, { token: v.token });
    const d = who.data;
    const name = d && 'currentOfficer' in d ? `${d.currentOfficer.name} (${d.currentOfficer.username}, ${label(d.currentOfficer.role, lang)})` : d?.me.name;
    return (
      <>
        <h1>{t('loginTitle')}</h1>
        <section className="panel panel-ok" aria-labelledby="sudah-masuk" data-testid="logged-in">
          <h2 id="sudah-masuk">
            {name ? tt(`Anda sudah masuk sebagai ${name}`, `You are logged in as ${name}`) : tt('Anda sudah masuk', 'You are logged in')}
          </h2>
          {next && (
            <p>
              {tt(
                'Halaman yang Anda tuju memerlukan akun lain. Keluar dulu, lalu masuk dengan akun yang sesuai.',
                'The page you wanted needs a different account. Log out first, then log in with the right one.',
              )}
            </p>
          )}
          <ul className="btn-row">
            <li>
              <Link className="btn btn-primary" href={v.kind === 'OFFICER' ? '/petugas' : '/akun'}>
                {v.kind === 'OFFICER' ? t('officerDashboard') : t('myServices')}
              </Link>
            </li>
            <li>
              <Link className="btn btn-secondary" href="/">
                {t('home')}
              </Link>
            </li>
            <li>
              <Link className="btn btn-secondary" href="/keluar">
                {tt('Keluar untuk ganti akun', 'Log out to switch account')}
              </Link>
            </li>
          </ul>
        </section>
      </>
    );
  }
  return (
    <>
      <h1>{t('loginTitle')}</h1>
      {next && <p className="notice">{t('loginRequired')}</p>}
      <p>{t('loginIntro')}</p>
      <ActionForm
        formId="masuk"
        action={loginAction}
        submitLabel={t('login')}
        pendingLabel={t('sending')}
        fields={[
          { name: 'next', label: '', type: 'hidden', defaultValue: next },
          { name: 'identifier', label: t('identifier'), autoComplete: 'username', required: true, maxLength: 64 },
          { name: 'password', label: t('password'), type: 'password', autoComplete: 'current-password', required: true, maxLength: 128 },
        ]}
      />
      <p>
        {t('noAccount')} <Link href={`/daftar${next ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('register')}</Link>
      </p>
      <p className="meta">
        {tt('Lupa kata sandi? Datang ke kantor kelurahan dengan KTP Anda.', 'Forgot your password? Visit your kelurahan office with your ID card.')}
      </p>
    </>
  );
}
