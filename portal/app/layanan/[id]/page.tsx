import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { tryGql } from '@/lib/graphql';
import { getT, getLang, formatRupiah } from '@/lib/i18n';
import { APP_LABEL, inLang } from '@/lib/catalogue';
import Unavailable from '@/components/Unavailable';
import ServiceStatusLine from '@/components/ServiceStatusLine';

const ServiceTitleQuery = graphql(`
  query ServiceTitle($id: ID!) {
    service(id: $id) {
      name
      nameEn
    }
  }
`);

const ServiceQuery = graphql(`
  query Service($id: ID!) {
    service(id: $id) {
      id
      name
      nameEn
      application
      level
      description
      descriptionEn
      requirements
      requirementsEn
      steps
      stepsEn
      timeLimitDays
      timeLimitText
      timeLimitTextEn
      feeKind
      feeRupiah
      isFree
      feeNote
      feeNoteEn
      feeLegalBasis
      product
      productEn
      complaintChannel
      complaintChannelEn
      legalBasis
      agency {
        id
        name
        nameEn
        shortName
        address
        addressEn
        officePhone
      }
    }
  }
`);

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const lang = await getLang();
  const r = await tryGql(ServiceTitleQuery, { id }, { revalidate: 300 });
  const s = r.data?.service;
  return { title: s ? inLang(lang, s.name, s.nameEn) : lang === 'en' ? 'Service' : 'Layanan' };
}

export default async function ServicePage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const { t, tt, lang } = await getT();
  const r = await tryGql(ServiceQuery, { id }, { revalidate: 60 });
  if (r.error)
    return (
      <>
        <h1>{t('catalogue')}</h1>
        <Unavailable error={r.error} />
      </>
    );
  const s = r.data.service;
  if (!s) notFound();
  const app = APP_LABEL[s.application];
  const en = lang === 'en';
  const requirements = en && s.requirementsEn.length === s.requirements.length ? s.requirementsEn : s.requirements;
  const steps = en && s.stepsEn.length === s.steps.length ? s.stepsEn : s.steps;
  const owed = s.feeKind === 'LEVY' || s.feeKind === 'TAX';
  const amount = s.feeKind === 'FREE' ? t('free') : s.feeKind === 'FIXED' ? formatRupiah(s.feeRupiah) : s.feeKind === 'LEVY' ? t('feeLevy') : t('feeTax');
  return (
    <article>
      <p className="meta">
        <Link href="/layanan">{t('catalogue')}</Link> › {app?.[lang] ?? s.application}
      </p>
      <h1>{inLang(lang, s.name, s.nameEn)}</h1>
      <p>{inLang(lang, s.description, s.descriptionEn)}</p>
      <ServiceStatusLine serviceId={s.id} />
      <section className={`fee-box ${s.feeKind === 'FREE' ? '' : 'paid'}`} aria-labelledby="biaya" data-fee-kind={s.feeKind}>
        <h2 id="biaya" className="fee-label">
          {t('fee')}
        </h2>
        <p className={`fee-amount ${owed ? 'fee-amount-words' : ''}`} data-testid="fee">
          {amount}
        </p>
        {owed && <p>{s.feeKind === 'LEVY' ? t('feeLevyText') : t('feeTaxText')}</p>}
        {s.feeNote && <p data-testid="fee-note">{inLang(lang, s.feeNote, s.feeNoteEn)}</p>}
        {s.feeKind !== 'FREE' && <p>{t('payTreasury')}</p>}
        <p>
          <strong>{owed ? t('noExtraPayRule') : t('noExtraPay')}</strong>
        </p>
        <p>
          <Link href={`/jari?layanan=${encodeURIComponent(s.id)}`}>{t('reportJari')}</Link>
        </p>
        <p className="meta">
          {t('feeLegalBasis')}: <span lang="id">{s.feeLegalBasis}</span>
        </p>
      </section>
      {app?.href && (
        <p>
          <Link className="btn btn-primary" href={app.href}>
            {t('startHere')}
          </Link>
        </p>
      )}
      <dl className="kv panel">
        <div>
          <dt>{t('timeLimit')}</dt>
          <dd>{inLang(lang, s.timeLimitText, s.timeLimitTextEn)}</dd>
        </div>
        <div>
          <dt>{t('product')}</dt>
          <dd>{inLang(lang, s.product, s.productEn)}</dd>
        </div>
        <div>
          <dt>{t('agency')}</dt>
          <dd>
            {inLang(lang, s.agency.name, s.agency.nameEn)} ({s.agency.shortName}) — {inLang(lang, s.agency.address, s.agency.addressEn)}
            {s.agency.officePhone ? `, ${tt('telp.', 'tel.')} ${s.agency.officePhone}` : ''}
          </dd>
        </div>
      </dl>
      <h2>{t('requirements')}</h2>
      {requirements.length ? (
        <ul className="reqs">
          {requirements.map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>
      ) : (
        <p>{tt('Tidak ada persyaratan khusus.', 'No special requirements.')}</p>
      )}
      <h2>{t('steps')}</h2>
      <ol className="steps">
        {steps.map((x) => (
          <li key={x}>{x}</li>
        ))}
      </ol>
      <h2>{t('complaint')}</h2>
      <p>{inLang(lang, s.complaintChannel, s.complaintChannelEn)}</p>
      <h2>{t('legalBasis')}</h2>
      <p lang="id">{s.legalBasis}</p>
    </article>
  );
}
