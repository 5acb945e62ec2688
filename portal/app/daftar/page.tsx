import Link from 'next/link';
import { getT, titled } from '@/lib/i18n';
import ActionForm from '@/components/ActionForm';
import Unavailable from '@/components/Unavailable';
import { registerAction } from '../actions';
import { kelurahanGroups } from '@/lib/regions';
import { safeNext } from '@/lib/action-helpers';
import { GqlError } from '@/lib/graphql';

export const generateMetadata = titled('Daftar', 'Register');

export default async function Register({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { t, tt } = await getT();
  const next = safeNext(sp.next, '');
  let groups: Awaited<ReturnType<typeof kelurahanGroups>>;
  try {
    groups = await kelurahanGroups();
  } catch (e) {
    return (
      <>
        <h1>{t('registerTitle')}</h1>
        <Unavailable error={e instanceof GqlError ? e : null} />
      </>
    );
  }
  return (
    <>
      <h1>{t('registerTitle')}</h1>
      <p>
        {tt(
          'Satu akun untuk semua layanan Kota Kendari. Data Anda hanya dilihat oleh Anda dan petugas yang berwenang.',
          'One account for every City of Kendari service. Only you and authorised officers see your data.',
        )}
      </p>
      <ActionForm
        formId="daftar"
        action={registerAction}
        submitLabel={t('register')}
        pendingLabel={t('sending')}
        fields={[
          { name: 'next', label: '', type: 'hidden', defaultValue: next },
          { name: 'nik', label: t('nik'), inputMode: 'numeric', autoComplete: 'off', required: true, maxLength: 16 },
          { name: 'name', label: t('name'), autoComplete: 'name', required: true, maxLength: 120 },
          {
            name: 'phone',
            label: t('phone'),
            type: 'tel',
            inputMode: 'tel',
            autoComplete: 'tel',
            required: true,
            hint: tt('Contoh: 081234567890', 'For example: 081234567890'),
            maxLength: 20,
          },
          { name: 'kelurahanId', label: t('kelurahan'), type: 'select', placeholder: t('choose'), groups, required: true },
          { name: 'password', label: t('password'), type: 'password', autoComplete: 'new-password', required: true, hint: t('passwordHint'), maxLength: 128 },
        ]}
      />
      <p>
        {t('haveAccount')} <Link href="/masuk">{t('login')}</Link>
      </p>
    </>
  );
}
