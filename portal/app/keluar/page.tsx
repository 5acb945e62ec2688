import Link from 'next/link';
import { getT, titled } from '@/lib/i18n';
import { viewer } from '@/lib/session';
import { logoutAction } from '../actions';

export const generateMetadata = titled('Keluar', 'Log out');

export default async function Logout() {
  const { t, tt } = await getT();
  const v = await viewer();
  return (
    <>
      <h1>{t('logoutTitle')}</h1>
      {v ? (
        <form action={logoutAction} className="form">
          <p>{tt('Anda akan keluar dari akun di perangkat ini.', 'You will be logged out on this device.')}</p>
          <button type="submit" className="btn btn-primary">
            {t('logoutConfirm')}
          </button>
        </form>
      ) : (
        <p>
          {tt('Anda sudah keluar.', 'You are logged out.')} <Link href="/masuk">{t('login')}</Link>
        </p>
      )}
    </>
  );
}
