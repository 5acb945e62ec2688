import type { Metadata } from 'next';
import Link from 'next/link';
import { getT } from '@/lib/i18n';
import ActionForm from '@/components/ActionForm';
import { loginAction } from '../actions';
import { safeNext } from '@/lib/action-helpers';

export const metadata: Metadata = { title: 'Masuk' };

export default async function Login({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { t, tt } = await getT();
  const next = safeNext(sp.next, '');
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
      <p>{t('noAccount')} <Link href={`/daftar${next ? `?next=${encodeURIComponent(next)}` : ''}`}>{t('register')}</Link></p>
      <p className="meta">{tt('Lupa kata sandi? Datang ke kantor kelurahan dengan KTP Anda.', 'Forgot your password? Visit your kelurahan office with your ID card.')}</p>
    </>
  );
}
