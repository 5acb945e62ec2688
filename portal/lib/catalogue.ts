export const SERVICE_FIELDS = `id name application level description timeLimitText timeLimitDays feeRupiah isFree agency { id shortName name }`;

export const APP_LABEL: Record<string, { id: string; en: string; href?: string }> = {
  LAIKA: { id: 'Surat kelurahan/kecamatan (LAIKA)', en: 'Kelurahan/kecamatan letters (LAIKA)', href: '/surat' },
  PERMITS: { id: 'Perizinan', en: 'Permits', href: '/izin' },
  HEALTH: { id: 'Kesehatan', en: 'Health', href: '/kesehatan' },
  FIREBUTTON: { id: 'Damkar (Fire Button)', en: 'Fire brigade (Fire Button)', href: '/darurat' },
  JAKPA: { id: 'Pajak daerah (JAKPA)', en: 'Local taxes (JAKPA)', href: '/pajak' },
  JARI: { id: 'Pengaduan (JARI)', en: 'Reports (JARI)', href: '/jari' },
  CIVIL_REGISTRY: { id: 'Kependudukan (Disdukcapil)', en: 'Civil registry (Disdukcapil)' },
};
