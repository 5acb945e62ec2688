import Link from 'next/link';
import { notFound } from 'next/navigation';
import { tryGql } from '@/lib/graphql';
import { getT, formatRupiah } from '@/lib/i18n';
import { APP_LABEL } from '@/lib/catalogue';
import Unavailable from '@/components/Unavailable';
import ServiceStatusLine from '@/components/ServiceStatusLine';

type Detail = {
  service: null | {
    id: string; name: string; application: string; level: string; description: string; requirements: string[]; steps: string[];
    timeLimitDays: number; timeLimitText: string; feeRupiah: number; isFree: boolean; feeLegalBasis: string; product: string;
    complaintChannel: string; legalBasis: string; agency: { id: string; name: string; shortName: string; address: string; officePhone: string | null };
  };
};

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const r = await tryGql<Detail>(`query ServiceTitle($id: ID!) { service(id: $id) { name } }`, { id }, { revalidate: 300 });
  return { title: r.data?.service?.name ?? 'Layanan' };
}

export default async function ServicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { t, tt, lang } = await getT();
  const r = await tryGql<Detail>(
    `query Service($id: ID!) { service(id: $id) {
      id name application level description requirements steps timeLimitDays timeLimitText feeRupiah isFree feeLegalBasis product complaintChannel legalBasis
      agency { id name shortName address officePhone }
    } }`,
    { id },
    { revalidate: 60 },
  );
  if (r.error) return (<><h1>{t('catalogue')}</h1><Unavailable error={r.error} /></>);
  const s = r.data.service;
  if (!s) notFound();
  const app = APP_LABEL[s.application];
  return (
    <article>
      <p className="meta"><Link href="/layanan">{t('catalogue')}</Link> › {app?.[lang] ?? s.application}</p>
      <h1>{s.name}</h1>
      <p>{s.description}</p>
      <ServiceStatusLine serviceId={s.id} />
      <section className={`fee-box ${s.isFree ? '' : 'paid'}`} aria-labelledby="biaya">
        <h2 id="biaya" className="fee-label">{t('fee')}</h2>
        <p className="fee-amount" data-testid="fee">{s.isFree ? t('free') : formatRupiah(s.feeRupiah)}</p>
        <p><strong>{t('noExtraPay')}</strong></p>
        <p><Link href={`/jari?layanan=${encodeURIComponent(s.id)}`}>{t('reportJari')}</Link></p>
        <p className="meta">{t('feeLegalBasis')}: {s.feeLegalBasis}</p>
      </section>
      {app?.href && (
        <p><Link className="btn btn-primary" href={app.href}>{t('startHere')}</Link></p>
      )}
      <dl className="kv panel">
        <div><dt>{t('timeLimit')}</dt><dd>{s.timeLimitText}</dd></div>
        <div><dt>{t('product')}</dt><dd>{s.product}</dd></div>
        <div><dt>{t('agency')}</dt><dd>{s.agency.name} ({s.agency.shortName}) — {s.agency.address}{s.agency.officePhone ? `, ${tt('telp.', 'tel.')} ${s.agency.officePhone}` : ''}</dd></div>
      </dl>
      <h2>{t('requirements')}</h2>
      {s.requirements.length ? <ul className="reqs">{s.requirements.map((x) => <li key={x}>{x}</li>)}</ul> : <p>{tt('Tidak ada persyaratan khusus.', 'No special requirements.')}</p>}
      <h2>{t('steps')}</h2>
      <ol className="steps">{s.steps.map((x) => <li key={x}>{x}</li>)}</ol>
      <h2>{t('complaint')}</h2>
      <p>{s.complaintChannel}</p>
      <h2>{t('legalBasis')}</h2>
      <p>{s.legalBasis}</p>
    </article>
  );
}
