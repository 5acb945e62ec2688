import { graphql } from '../graphql/generated';
import type { FeeKind, ServiceApplication, ServiceCardFieldsFragment } from '../graphql/generated/graphql';
import { formatRupiah, type Lang } from './i18n';

/** What a service card shows; spread `...ServiceCardFields` in any query that lists services. */
export const ServiceCardFields = graphql(`
  fragment ServiceCardFields on Service {
    id
    name
    nameEn
    application
    level
    description
    timeLimitText
    timeLimitTextEn
    timeLimitDays
    feeKind
    feeRupiah
    isFree
    agency {
      id
      shortName
      name
      nameEn
    }
  }
`);

export type ServiceSummary = ServiceCardFieldsFragment;
export type { FeeKind, ServiceApplication };

export const APP_LABEL: Record<ServiceApplication, { id: string; en: string; href?: string }> = {
  LAIKA: { id: 'Surat kelurahan/kecamatan (LAIKA)', en: 'Kelurahan/kecamatan letters (LAIKA)', href: '/surat' },
  PERMITS: { id: 'Perizinan', en: 'Permits', href: '/izin' },
  HEALTH: { id: 'Kesehatan', en: 'Health', href: '/kesehatan' },
  FIREBUTTON: { id: 'Damkar (Fire Button)', en: 'Fire brigade (Fire Button)', href: '/darurat' },
  JAKPA: { id: 'Pajak daerah (JAKPA)', en: 'Local taxes (JAKPA)', href: '/pajak' },
  JARI: { id: 'Pengaduan (JARI)', en: 'Reports (JARI)', href: '/jari' },
  CIVIL_REGISTRY: { id: 'Kependudukan (Disdukcapil)', en: 'Civil registry (Disdukcapil)' },
};

/** A value from the address bar that names an application of the catalogue. */
export const isServiceApplication = (v: string | undefined): v is ServiceApplication => v !== undefined && Object.hasOwn(APP_LABEL, v);

/** The text in the visitor's language; the Indonesian one where no English exists (e.g. an officer's note). */
export const inLang = (lang: Lang, idText: string, enText: string | null | undefined) => (lang === 'en' && enText ? enText : idText);

/** The short fee label of a card: never "Gratis" where a levy or tax is owed. */
export function feeTag(s: { feeKind: FeeKind; feeRupiah: number }, lang: Lang): { text: string; tone: 'free' | 'paid' } {
  const en = lang === 'en';
  switch (s.feeKind) {
    case 'FREE':
      return { text: en ? 'Free' : 'Gratis', tone: 'free' };
    case 'FIXED':
      return { text: formatRupiah(s.feeRupiah), tone: 'paid' };
    case 'LEVY':
      return { text: en ? 'Levy by rule' : 'Retribusi', tone: 'paid' };
    case 'TAX':
      return { text: en ? 'Local tax' : 'Pajak daerah', tone: 'paid' };
  }
}
