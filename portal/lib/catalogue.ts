import { formatRupiah, type Lang } from './i18n';

export const SERVICE_FIELDS = `id name nameEn application level description timeLimitText timeLimitTextEn timeLimitDays feeKind feeRupiah isFree agency { id shortName name nameEn }`;

export const APP_LABEL: Record<string, { id: string; en: string; href?: string }> = {
  LAIKA: { id: 'Surat kelurahan/kecamatan (LAIKA)', en: 'Kelurahan/kecamatan letters (LAIKA)', href: '/surat' },
  PERMITS: { id: 'Perizinan', en: 'Permits', href: '/izin' },
  HEALTH: { id: 'Kesehatan', en: 'Health', href: '/kesehatan' },
  FIREBUTTON: { id: 'Damkar (Fire Button)', en: 'Fire brigade (Fire Button)', href: '/darurat' },
  JAKPA: { id: 'Pajak daerah (JAKPA)', en: 'Local taxes (JAKPA)', href: '/pajak' },
  JARI: { id: 'Pengaduan (JARI)', en: 'Reports (JARI)', href: '/jari' },
  CIVIL_REGISTRY: { id: 'Kependudukan (Disdukcapil)', en: 'Civil registry (Disdukcapil)' },
};

/** The text in the visitor's language; the Indonesian one where no English exists (e.g. an officer's note). */
export const inLang = (lang: Lang, idText: string, enText: string | null | undefined) => (lang === 'en' && enText ? enText : idText);

export type FeeKind = 'FREE' | 'FIXED' | 'LEVY' | 'TAX';

/** The short fee label of a card: never "Gratis" where a levy or tax is owed. */
export function feeTag(s: { feeKind: FeeKind | string; feeRupiah: number }, lang: Lang): { text: string; tone: 'free' | 'paid' } {
  const en = lang === 'en';
  switch (s.feeKind) {
    case 'FREE':
      return { text: en ? 'Free' : 'Gratis', tone: 'free' };
    case 'FIXED':
      return { text: formatRupiah(s.feeRupiah), tone: 'paid' };
    case 'LEVY':
      return { text: en ? 'Levy by rule' : 'Retribusi', tone: 'paid' };
    default:
      return { text: en ? 'Local tax' : 'Pajak daerah', tone: 'paid' };
  }
}
