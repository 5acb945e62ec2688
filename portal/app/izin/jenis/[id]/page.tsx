import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { randomUUID } from 'node:crypto';
import { tryGql } from '@/lib/graphql';
import { formatRupiah, getT } from '@/lib/i18n';
import { viewer } from '@/lib/session';
import { kelurahanGroups } from '@/lib/regions';
import ActionForm from '@/components/ActionForm';
import Unavailable from '@/components/Unavailable';
import LevyTable from '@/components/permits/LevyTable';
import { typeFieldSpecs } from '@/components/permits/form-fields';
import { permitLabel } from '@/components/permits/labels';
import { ESTIMATE, PERMIT_TYPE } from '@/components/permits/ops';
import { createPermitAction } from '../../actions';

export const metadata: Metadata = { title: 'Jenis izin' };

export default async function PermitTypePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { id } = await params;
  const sp = await searchParams;
  const { t, tt, lang } = await getT();
  const r = await tryGql(PERMIT_TYPE, { id }, { revalidate: 300 });
  if (r.error)
    return (
      <>
        <h1>{tt('Perizinan', 'Permits')}</h1>
        <Unavailable error={r.error} />
      </>
    );
  const p = r.data.permitType;
  if (!p) notFound();
  const v = await viewer();
  // the estimate is a plain GET form (works without JavaScript): the values come back in the query string
  const given = (p.fields ?? []).filter((f) => sp[`f_${f.name}`]?.trim()).map((f) => ({ name: f.name, value: sp[`f_${f.name}`]!.trim() }));
  const estimate = !p.isFree && sp.hitung ? await tryGql(ESTIMATE, { input: { permitTypeId: p.id, fields: given } }) : null;
  const levyFields = new Set(p.levyRule.components.flatMap((c) => c.factors.map((f) => f.field).filter(Boolean) as string[]));
  const groups = v?.kind === 'CITIZEN' ? await kelurahanGroups().catch(() => []) : [];
  const values = Object.fromEntries(given.map((g) => [g.name, g.value]));
  return (
    <>
      <p className="meta">
        <Link href="/izin">{tt('Perizinan', 'Permits')}</Link>
      </p>
      <h1>{p.name}</h1>
      <dl className="kv panel">
        <div>
          <dt>{tt('Waktu layanan', 'Service time')}</dt>
          <dd>
            {p.timeLimitDays} {tt('hari kerja sejak berkas lengkap diajukan', 'working days from a complete submission')}
          </dd>
        </div>
        <div>
          <dt>{tt('Retribusi', 'Levy')}</dt>
          <dd>
            {p.isFree ? (
              <span className="tag tag-free">{tt('Gratis', 'Free')}</span>
            ) : p.levyRule.kind === 'FIXED' ? (
              formatRupiah(p.levyRule.amount ?? 0)
            ) : (
              tt('Dihitung dari isian (lihat rumus)', 'Computed from the fields (see the formula)')
            )}
          </dd>
        </div>
        <div>
          <dt>{tt('Dasar', 'Basis')}</dt>
          <dd>{p.levyRule.basis}</dd>
        </div>
        <div>
          <dt>{tt('Masa berlaku', 'Valid for')}</dt>
          <dd>{p.validityMonths ? `${p.validityMonths} ${tt('bulan', 'months')}` : tt('Tidak ada batas', 'No expiry')}</dd>
        </div>
      </dl>
      <h2>{tt('Dokumen yang diperlukan', 'Documents needed')}</h2>
      <ul>
        {p.documents.map((d) => (
          <li key={d.key}>
            {lang === 'en' ? d.labelEn : d.label}
            {d.required ? '' : ` (${tt('boleh kosong', 'optional')})`}
          </li>
        ))}
      </ul>
      <h2>{tt('Batas waktu tiap tahap', 'Time limit of each stage')}</h2>
      <ul>
        {(p.stageLimits ?? []).map((s) => (
          <li key={s.status}>
            {permitLabel(s.status, lang)}: {s.workingDays} {tt('hari kerja', 'working days')}
          </li>
        ))}
      </ul>
      {p.levyRule.kind === 'FORMULA' && (
        <section aria-labelledby="perkiraan" className="panel">
          <h2 id="perkiraan">{tt('Perkiraan retribusi', 'Levy estimate')}</h2>
          <p>
            {tt('Rumus', 'Formula')}:{' '}
            {p.levyRule.components
              .map(
                (c) =>
                  `${c.label} = ${c.factors.map((f) => (f.kind === 'CONSTANT' ? `${f.label} ${f.money ? formatRupiah(f.value ?? 0) : f.value}${f.unit ?? ''}` : f.label)).join(' × ')}`,
              )
              .join('; ')}
          </p>
          <form method="get" action={`/izin/jenis/${p.id}`} className="form" aria-label={tt('Hitung perkiraan', 'Compute an estimate')}>
            <input type="hidden" name="hitung" value="1" />
            {(p.fields ?? [])
              .filter((f) => levyFields.has(f.name))
              .map((f) => (
                <div className="field" key={f.name}>
                  <label htmlFor={`est-${f.name}`}>
                    {f.label}
                    {f.unit ? ` (${f.unit})` : ''}
                  </label>
                  {f.kind === 'SELECT' ? (
                    <select id={`est-${f.name}`} name={`f_${f.name}`} defaultValue={values[f.name] ?? ''}>
                      <option value="">{tt('— pilih —', '— choose —')}</option>
                      {(f.options ?? []).map((o) => (
                        <option key={o.value} value={o.value}>
                          {o.label}
                        </option>
                      ))}
                    </select>
                  ) : (
                    <input id={`est-${f.name}`} name={`f_${f.name}`} inputMode="decimal" defaultValue={values[f.name] ?? ''} />
                  )}
                </div>
              ))}
            <button type="submit" className="btn btn-secondary">
              {tt('Hitung', 'Compute')}
            </button>
          </form>
          {estimate &&
            (estimate.error ? (
              <div className="alert" role="alert">
                {estimate.error.fields[0]?.messageId ?? estimate.error.messageId ?? tt('Periksa kembali isian Anda.', 'Please check what you entered.')}
              </div>
            ) : (
              <LevyTable levy={estimate.data.estimatePermitLevy} caption={tt('Perkiraan retribusi', 'Estimated levy')} />
            ))}
          <p className="meta">
            {tt(
              'Tagihan resmi ditetapkan petugas saat permohonan disetujui, dengan rumus yang sama.',
              'The official bill is set when the application is approved, with the same formula.',
            )}
          </p>
        </section>
      )}
      <section aria-labelledby="ajukan">
        <h2 id="ajukan">{tt('Ajukan permohonan', 'Apply')}</h2>
        {!v || v.kind !== 'CITIZEN' ? (
          <p>
            <Link className="btn btn-primary" href={`/masuk?next=/izin/jenis/${p.id}`}>
              {t('login')}
            </Link>{' '}
            {tt('dengan akun warga untuk mengajukan.', 'with a resident account to apply.')}
          </p>
        ) : (
          <>
            <p>
              {tt(
                'Isi yang sudah Anda ketahui; draf tersimpan dan dapat dilengkapi nanti. Dokumen diunggah di langkah berikutnya.',
                'Fill in what you know; the draft is saved and can be completed later. Documents are uploaded in the next step.',
              )}
            </p>
            <ActionForm
              formId="izin-baru"
              action={createPermitAction}
              submitLabel={tt('Simpan draf dan lanjut ke dokumen', 'Save the draft and go on to documents')}
              pendingLabel={t('sending')}
              fields={[
                { name: 'permitTypeId', label: '', type: 'hidden', defaultValue: p.id },
                { name: 'idempotencyKey', label: '', type: 'hidden', defaultValue: randomUUID() },
                {
                  name: 'businessName',
                  label: tt('Nama usaha', 'Business name'),
                  required: p.businessNameRequired,
                  optionalLabel: p.businessNameRequired ? undefined : tt('kosongkan bila atas nama pribadi', 'leave empty when applying as yourself'),
                  maxLength: 150,
                },
                {
                  name: 'kelurahanId',
                  label: tt('Kelurahan lokasi', 'Kelurahan of the location'),
                  type: 'select',
                  required: true,
                  placeholder: tt('— pilih kelurahan —', '— choose —'),
                  groups,
                },
                ...typeFieldSpecs(p.fields ?? [], values, lang, tt('boleh kosong', 'optional')),
              ]}
            />
          </>
        )}
      </section>
    </>
  );
}
