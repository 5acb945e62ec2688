import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getT } from '@/lib/i18n';

export const metadata: Metadata = { title: 'Verifikasi izin' };

export default async function VerifyPermitForm({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const code = (sp.kode ?? '').trim().slice(0, 64);
  if (code) redirect(`/izin/verifikasi/${encodeURIComponent(code)}`);
  const { tt } = await getT();
  return (
    <>
      <h1>{tt('Verifikasi izin', 'Verify a permit')}</h1>
      <p>
        {tt(
          'Masukkan kode verifikasi yang tercetak pada izin (atau pindai kode QR-nya).',
          'Enter the verification code printed on the permit (or scan its QR code).',
        )}
      </p>
      <form method="get" action="/izin/verifikasi" className="form">
        <div className="field">
          <label htmlFor="kode">{tt('Kode verifikasi', 'Verification code')}</label>
          <input id="kode" name="kode" required maxLength={64} autoComplete="off" />
        </div>
        <button type="submit" className="btn btn-primary">
          {tt('Periksa', 'Check')}
        </button>
      </form>
    </>
  );
}
