import { AppError, ErrorCode } from '@kendari/kit';
import { TAX_CITY, TAX_KECAMATAN_CODES, TAX_PROVINCE, TAX_REGION_BY_CODES, type TaxRegion } from './regions';

/**
 * NOP (Nomor Objek Pajak, PBB-P2): 18 digits = province(2) city(2) kecamatan(3) kelurahan(3)
 * block(3) number(4) special(1). Printed as 74.71.010.001.001-0001.0.
 */
export interface Nop {
  digits: string;
  region: TaxRegion;
  block: string;
  number: string;
  special: string;
}

export type NopPart = 'FORMAT' | 'LENGTH' | 'PROVINCE' | 'CITY' | 'KECAMATAN' | 'KELURAHAN' | 'BLOCK' | 'NUMBER' | 'SPECIAL';

/** Special digit: 0 a single taxpayer; 7 and 9 shared objects (ASSUMPTION: only these occur in Kendari's register). */
export const NOP_SPECIAL_DIGITS = ['0', '7', '9'];

function nopError(field: string, part: NopPart, message: string, messageId: string): AppError {
  return new AppError(ErrorCode.BAD_USER_INPUT, `${field}: ${message}`, messageId, { field, part, fields: [{ field, message, messageId }] });
}

export const formatNop = (d: string) =>
  `${d.slice(0, 2)}.${d.slice(2, 4)}.${d.slice(4, 7)}.${d.slice(7, 10)}.${d.slice(10, 13)}-${d.slice(13, 17)}.${d.slice(17)}`;

/**
 * Parses what a person typed (dots, dashes and spaces allowed). A wrong NOP is BAD_USER_INPUT
 * whose `extensions.part` names the wrong part, with a message saying what that part should be.
 */
export function parseNop(input: string, field = 'nop'): Nop {
  const raw = (input ?? '').trim();
  if (!raw) throw nopError(field, 'FORMAT', 'NOP is required', 'NOP wajib diisi');
  if (raw.length > 40 || !/^[0-9.\-\s]+$/.test(raw)) {
    throw nopError(
      field,
      'FORMAT',
      'NOP may contain only digits, dots, dashes and spaces',
      'NOP hanya berisi angka (boleh dengan titik, tanda hubung atau spasi)',
    );
  }
  const d = raw.replace(/\D/g, '');
  if (d.length !== 18) throw nopError(field, 'LENGTH', `NOP must have 18 digits (got ${d.length})`, `NOP harus 18 digit; yang Anda ketik ${d.length} digit`);
  if (d.slice(0, 2) !== TAX_PROVINCE)
    throw nopError(
      field,
      'PROVINCE',
      `province code ${d.slice(0, 2)} is not 74 (Southeast Sulawesi)`,
      `Kode provinsi (digit 1-2) harus 74 (Sulawesi Tenggara), bukan ${d.slice(0, 2)}`,
    );
  if (d.slice(2, 4) !== TAX_CITY)
    throw nopError(
      field,
      'CITY',
      `city code ${d.slice(2, 4)} is not 71 (Kota Kendari)`,
      `Kode kota (digit 3-4) harus 71 (Kota Kendari), bukan ${d.slice(2, 4)}`,
    );
  const kec = d.slice(4, 7);
  if (!TAX_KECAMATAN_CODES.has(kec))
    throw nopError(field, 'KECAMATAN', `kecamatan code ${kec} is not one of Kendari's`, `Kode kecamatan (digit 5-7) ${kec} tidak dikenal di Kota Kendari`);
  const region = TAX_REGION_BY_CODES.get(d.slice(4, 10));
  if (!region)
    throw nopError(
      field,
      'KELURAHAN',
      `kelurahan code ${d.slice(7, 10)} does not exist in kecamatan ${kec}`,
      `Kode kelurahan (digit 8-10) ${d.slice(7, 10)} tidak ada di Kecamatan ${TAX_KECAMATAN_CODES.get(kec)}`,
    );
  const block = d.slice(10, 13);
  if (block === '000') throw nopError(field, 'BLOCK', 'block 000 does not exist', 'Kode blok (digit 11-13) tidak boleh 000');
  const number = d.slice(13, 17);
  if (number === '0000') throw nopError(field, 'NUMBER', 'object number 0000 does not exist', 'Nomor urut objek (digit 14-17) tidak boleh 0000');
  const special = d.slice(17);
  if (!NOP_SPECIAL_DIGITS.includes(special))
    throw nopError(field, 'SPECIAL', `special code ${special} must be 0, 7 or 9`, `Kode khusus (digit 18) harus 0, 7 atau 9, bukan ${special}`);
  return { digits: d, region, block, number, special };
}

export const buildNop = (region: TaxRegion, block: number, number: number, special = '0') =>
  `${TAX_PROVINCE}${TAX_CITY}${region.taxKecamatanCode}${region.taxKelurahanCode}${String(block).padStart(3, '0')}${String(number).padStart(4, '0')}${special}`;
