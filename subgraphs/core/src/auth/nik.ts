/**
 * NIK: 16 digits = province(2) city(2) kecamatan(2) DDMMYY(6; women add 40 to the day) serial(4).
 * No checksum. The prefix is where the NIK was issued, not where the person lives: a NIK from
 * outside Kendari is valid.
 */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53, 61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97,
]);

export type NikCheck = { ok: true; birthDate: string; female: boolean } | { ok: false; message: string; messageId: string };

export function checkNik(nik: string, today = new Date()): NikCheck {
  if (!/^\d{16}$/.test(nik)) return { ok: false, message: 'NIK must be exactly 16 digits', messageId: 'NIK harus 16 digit angka' };
  const province = Number(nik.slice(0, 2));
  const city = Number(nik.slice(2, 4));
  const kecamatan = Number(nik.slice(4, 6));
  if (!PROVINCES.has(province) || city === 0 || kecamatan === 0) {
    return {
      ok: false,
      message: 'NIK region part (digits 1-6) is not a valid province/city/kecamatan code',
      messageId: 'Kode wilayah pada NIK (6 digit pertama) tidak valid',
    };
  }
  let day = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const female = day > 40;
  if (female) day -= 40;
  const century = yy <= today.getUTCFullYear() % 100 ? 2000 : 1900;
  const year = century + yy;
  const date = new Date(Date.UTC(year, month - 1, day));
  const validDate = month >= 1 && month <= 12 && day >= 1 && date.getUTCDate() === day && date.getUTCMonth() === month - 1;
  if (!validDate || date > today) {
    return { ok: false, message: 'NIK birth-date part (digits 7-12) is not a valid date', messageId: 'Tanggal lahir pada NIK (digit 7-12) tidak valid' };
  }
  if (nik.slice(12) === '0000')
    return { ok: false, message: 'NIK serial part (last 4 digits) cannot be 0000', messageId: 'Nomor urut NIK (4 digit terakhir) tidak valid' };
  return { ok: true, birthDate: date.toISOString().slice(0, 10), female };
}
