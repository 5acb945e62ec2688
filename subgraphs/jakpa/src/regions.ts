import { KENDARI } from '@kendari/kit';

/**
 * The tax office's own numbering of Kendari's kecamatan and kelurahan, as used in the NOP, mapped to
 * the Kemendagri codes the rest of the graph uses. ASSUMPTION: the real KPP Pratama numbering is not
 * public in our reference data, so this one is invented but shaped like it: kecamatan 010, 020, ...
 * in alphabetical order of their names, kelurahan 001, 002, ... alphabetically inside each kecamatan.
 * It is seeded into `jakpa.tax_region` (the mapping table officers and reports join on); the NOP
 * parser reads the same list from memory so a lookup costs no extra statement.
 */
export interface TaxRegion {
  kelurahanId: string;
  kelurahanName: string;
  kecamatanId: string;
  kecamatanName: string;
  taxKecamatanCode: string;
  taxKelurahanCode: string;
}

export const TAX_PROVINCE = '74';
export const TAX_CITY = '71';

export const TAX_REGIONS: TaxRegion[] = [...KENDARI.kecamatan]
  .sort((a, b) => a.name.localeCompare(b.name, 'id'))
  .flatMap((kc, i) =>
    [...kc.kelurahan]
      .sort((a, b) => a.name.localeCompare(b.name, 'id'))
      .map((kl, j) => ({
        kelurahanId: kl.code,
        kelurahanName: kl.name,
        kecamatanId: kc.code,
        kecamatanName: kc.name,
        taxKecamatanCode: String((i + 1) * 10).padStart(3, '0'),
        taxKelurahanCode: String(j + 1).padStart(3, '0'),
      })),
  );

export const TAX_REGION_BY_KELURAHAN = new Map(TAX_REGIONS.map((r) => [r.kelurahanId, r]));
export const TAX_REGION_BY_CODES = new Map(TAX_REGIONS.map((r) => [`${r.taxKecamatanCode}${r.taxKelurahanCode}`, r]));
export const TAX_KECAMATAN_CODES = new Map(TAX_REGIONS.map((r) => [r.taxKecamatanCode, r.kecamatanName]));
export const KECAMATAN_IDS = [...new Set(TAX_REGIONS.map((r) => r.kecamatanId))].sort();
