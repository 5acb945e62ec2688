import { KELURAHAN, WITA_OFFSET_MS, slugOf } from '@kendari/kit';
import { LetterLevel } from './letter-types';

const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];

export interface Office {
  /** kelurahan or kecamatan code: numbering runs per office per year */
  id: string;
  /** e.g. KDI-KANDAI or KDI-KEC-KENDARI */
  code: string;
  /** e.g. "Kelurahan Kandai, Kecamatan Kendari" */
  name: string;
}

/** The office that handles (and numbers) a request: the kelurahan, or its kecamatan for kecamatan-level letters. */
export function officeOf(level: LetterLevel, kelurahanId: string): Office {
  const kel = KELURAHAN.find((k) => k.id === kelurahanId);
  if (!kel) throw new Error(`unknown kelurahan ${kelurahanId}`);
  if (level === LetterLevel.KECAMATAN) {
    return { id: kel.kecamatanId, code: `KDI-KEC-${slugOf(kel.kecamatanName).toUpperCase()}`, name: `Kecamatan ${kel.kecamatanName}, Kota Kendari` };
  }
  return { id: kel.id, code: `KDI-${slugOf(kel.name).toUpperCase()}`, name: `Kelurahan ${kel.name}, Kecamatan ${kel.kecamatanName}, Kota Kendari` };
}

/** The city's format: classification/sequence/office/roman month/year, e.g. 470/0123/KDI-KANDAI/XI/2026 (WITA calendar). */
export function letterNumber(classification: string, sequence: number, officeCode: string, issuedAt: Date): string {
  const local = new Date(issuedAt.getTime() + WITA_OFFSET_MS);
  return `${classification}/${String(sequence).padStart(4, '0')}/${officeCode}/${ROMAN[local.getUTCMonth()]}/${local.getUTCFullYear()}`;
}

// one calendar rule for letters and permits: the kit's
export { addMonths, witaYearOf } from '@kendari/kit';
