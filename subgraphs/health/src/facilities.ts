import { KENDARI, KELURAHAN, slugOf } from '@kendari/kit';
import { FacilityType } from './entities/facility.entity';
import type { ExceptionRow, HoursRow } from './hours';

export interface ServiceSeed {
  code: string;
  name: string;
  bookable: boolean;
  minutesPerPatient: number;
  jkn: number;
  umum: number;
}

const S = (code: string, name: string, minutesPerPatient: number, jkn = 0, umum = 0): ServiceSeed => ({
  code,
  name,
  bookable: jkn + umum > 0,
  minutesPerPatient,
  jkn,
  umum,
});

export const SERVICE_CATALOGUE = {
  POLI_UMUM: S('POLI_UMUM', 'Poli Umum', 10, 20, 10),
  POLI_GIGI: S('POLI_GIGI', 'Poli Gigi', 20, 8, 4),
  KIA: S('KIA', 'Kesehatan Ibu dan Anak (KIA)', 15, 12, 6),
  IMUNISASI: S('IMUNISASI', 'Imunisasi', 5, 25, 5),
  LANSIA: S('LANSIA', 'Poli Lansia', 12, 10, 4),
  LABORATORIUM: S('LABORATORIUM', 'Laboratorium', 8),
  FARMASI: S('FARMASI', 'Farmasi / Apotek', 5),
  IGD: S('IGD', 'Unit Gawat Darurat (24 jam)', 0),
  POLI_ANAK: S('POLI_ANAK', 'Poli Anak', 15, 15, 5),
  POLI_DALAM: S('POLI_DALAM', 'Poli Penyakit Dalam', 15, 15, 5),
  POLI_MATA: S('POLI_MATA', 'Poli Mata', 15, 10, 5),
} satisfies Record<string, ServiceSeed>;

export interface FacilitySeed {
  id: string;
  name: string;
  type: FacilityType;
  address: string;
  kelurahanId: string;
  kecamatanId: string;
  lat: number;
  lng: number;
  phone: string | null;
  services: ServiceSeed[];
  hours: HoursRow[];
}

const kel = (code: string) => {
  const k = KELURAHAN.find((x) => x.id === code);
  if (!k) throw new Error(`no kelurahan ${code}`);
  return k;
};

/** Weekly hours: `[weekdays, opens 'HH:MM', closes 'HH:MM']`. */
const min = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
const hours = (...spec: Array<[number[], string, string]>): HoursRow[] =>
  spec.flatMap(([days, o, c]) => days.map((weekday) => ({ weekday, opensMin: min(o), closesMin: min(c) })));
const ALL_DAYS = [1, 2, 3, 4, 5, 6, 7];
// puskesmas: the usual Kendari schedule (Friday short, Saturday half day)
const PUSKESMAS_HOURS = hours([[1, 2, 3, 4], '07:30', '14:00'], [[5], '07:30', '11:00'], [[6], '07:30', '12:30']);

/** Where each puskesmas of the reference data stands (kelurahan; positions from the reference data, approximate). */
const PUSKESMAS_KELURAHAN: Record<string, string> = {
  Mata: '74.71.02.1015',
  Kandai: '74.71.02.1009',
  'Benu-Benua': '74.71.05.1005',
  Kemaraya: '74.71.05.1001',
  Labibia: '74.71.01.1007',
  Puuwatu: '74.71.09.1001',
  Mekar: '74.71.08.1003',
  'Wua-Wua': '74.71.07.1001',
  Perumnas: '74.71.08.1002',
  'Jati Raya': '74.71.04.1003',
  'Lepo-Lepo': '74.71.03.1002',
  Mokoau: '74.71.10.1002',
  Poasia: '74.71.04.1004',
  Abeli: '74.71.06.1003',
  Nambo: '74.71.11.1003',
};
// puskesmas with in-patient care keep an emergency unit open around the clock
const RAWAT_INAP = new Set(['Mokoau', 'Abeli', 'Nambo', 'Puuwatu']);

const C = SERVICE_CATALOGUE;

function puskesmas(): FacilitySeed[] {
  return KENDARI.puskesmas.map((p, i) => {
    const short = p.name.replace(/^Puskesmas /, '');
    const k = kel(PUSKESMAS_KELURAHAN[short]);
    const services: ServiceSeed[] = [C.POLI_UMUM, C.POLI_GIGI, C.KIA, C.IMUNISASI, C.LABORATORIUM, C.FARMASI];
    if (i % 2 === 0) services.push(C.LANSIA);
    if (RAWAT_INAP.has(short)) services.push(C.IGD);
    return {
      id: `puskesmas-${slugOf(short)}`,
      name: p.name,
      type: FacilityType.PUSKESMAS,
      address: `Jl. ${['Sao-Sao', 'Bunga Kamboja', 'Made Sabara', 'Ahmad Yani', 'Budi Utomo', 'Malaka', 'Supu Yusuf', 'Chairil Anwar'][i % 8]} No. ${10 + i * 7}, ${k.name}`,
      kelurahanId: k.id,
      kecamatanId: k.kecamatanId,
      lat: p.lat,
      lng: p.lng,
      phone: `(0401) 31${String(2100 + i * 37).padStart(5, '0')}`,
      services,
      hours: RAWAT_INAP.has(short) ? hours([ALL_DAYS, '00:00', '24:00']) : PUSKESMAS_HOURS,
    };
  });
}

function hospitals(): FacilitySeed[] {
  const polis = [C.POLI_UMUM, C.POLI_ANAK, C.POLI_DALAM, C.POLI_MATA, C.POLI_GIGI, C.LABORATORIUM, C.FARMASI, C.IGD];
  return [
    {
      id: 'rsu-kota-kendari',
      name: 'RSU Kota Kendari',
      type: FacilityType.HOSPITAL,
      address: 'Jl. Brigjen Z.A. Sugianto No. 39, Kambu',
      ...at('74.71.10.1001'),
      lat: -4.0165,
      lng: 122.5262,
      phone: '(0401) 3196000',
      services: polis,
      hours: hours([ALL_DAYS, '00:00', '24:00']),
    },
    {
      id: 'rsud-bahteramas',
      name: 'RSUD Bahteramas (Provinsi Sulawesi Tenggara)',
      type: FacilityType.HOSPITAL,
      address: 'Jl. Kapten Pierre Tendean No. 40, Baruga',
      ...at('74.71.03.1001'),
      lat: -4.0235,
      lng: 122.4905,
      phone: '(0401) 3195611',
      services: polis,
      hours: hours([ALL_DAYS, '00:00', '24:00']),
    },
  ];
}

function at(kelurahanId: string) {
  const k = kel(kelurahanId);
  return { kelurahanId: k.id, kecamatanId: k.kecamatanId };
}

/** Invented clinics and pharmacies (demo data), placed near the puskesmas of their kelurahan. */
function clinicsAndPharmacies(base: FacilitySeed[]): FacilitySeed[] {
  const out: FacilitySeed[] = [];
  const clinicNames = [
    'Klinik Pratama Anoa Sehat',
    'Klinik Pratama Teluk Kendari',
    'Klinik Bidan Wa Ode Sitti',
    'Klinik Pratama Sultra Medika',
    'Klinik Utama Mata Bahari',
    'Klinik Pratama Lulo Husada',
    'Klinik Pratama Kendari Beach',
    'Klinik Gigi Senyum Sultra',
  ];
  const pharmacyNames = [
    'Apotek Kimia Farma Mandonga',
    'Apotek Sehat Kandai',
    'Apotek Mutiara Wua-Wua',
    'Apotek Kendari Jaya',
    'Apotek Anugerah Poasia',
    'Apotek Bahteramas Farma',
    'Apotek Lepo-Lepo Sentosa',
    'Apotek K-24 By Pass',
    'Apotek Puuwatu Medika',
    'Apotek Abeli Bahari',
    'Apotek Kemaraya',
    'Apotek Tugu Religi',
  ];
  clinicNames.forEach((name, i) => {
    const b = base[(i * 2 + 1) % base.length];
    const services = name.includes('Gigi')
      ? [C.POLI_GIGI]
      : name.includes('Mata')
        ? [C.POLI_MATA]
        : name.includes('Bidan')
          ? [C.KIA, C.IMUNISASI]
          : [C.POLI_UMUM, C.LABORATORIUM];
    out.push({
      id: `klinik-${slugOf(name.replace(/^Klinik (Pratama |Utama )?/, ''))}`,
      name,
      type: FacilityType.CLINIC,
      address: `Jl. ${['Saranani', 'Ahmad Yani', 'MT Haryono', 'Malik Raya'][i % 4]} No. ${3 + i * 11}, ${kel(b.kelurahanId).name}`,
      kelurahanId: b.kelurahanId,
      kecamatanId: b.kecamatanId,
      lat: round(b.lat + 0.004 * Math.sin(i + 1)),
      lng: round(b.lng + 0.004 * Math.cos(i + 1)),
      phone: `0812${String(44000000 + i * 1237).slice(0, 8)}`,
      services,
      hours: hours([[1, 2, 3, 4, 5, 6], '08:00', '21:00']),
    });
  });
  pharmacyNames.forEach((name, i) => {
    const b = base[(i * 3) % base.length];
    out.push({
      id: `apotek-${slugOf(name.replace(/^Apotek /, ''))}`,
      name,
      type: FacilityType.PHARMACY,
      address: `Jl. ${['Bunga Seroja', 'Abdullah Silondae', 'Edi Sabara', 'Poros Bandara'][i % 4]} No. ${5 + i * 9}, ${kel(b.kelurahanId).name}`,
      kelurahanId: b.kelurahanId,
      kecamatanId: b.kecamatanId,
      lat: round(b.lat - 0.003 * Math.cos(i + 2)),
      lng: round(b.lng + 0.003 * Math.sin(i + 2)),
      phone: `0813${String(55000000 + i * 2311).slice(0, 8)}`,
      services: [C.FARMASI],
      // every third pharmacy is open around the clock
      hours: i % 3 === 0 ? hours([ALL_DAYS, '00:00', '24:00']) : hours([ALL_DAYS, '08:00', '22:00']),
    });
  });
  return out;
}

const round = (x: number) => Math.round(x * 1e5) / 1e5;

export function facilitySeeds(): FacilitySeed[] {
  const pk = puskesmas();
  return [...pk, ...hospitals(), ...clinicsAndPharmacies(pk)];
}

/** National holidays and collective leave of the coming weeks: puskesmas and clinics close; Christmas Eve short. */
export function exceptionSeeds(f: FacilitySeed): ExceptionRow[] {
  if (f.type === FacilityType.HOSPITAL || f.type === FacilityType.PHARMACY) return [];
  const out: ExceptionRow[] = [
    { date: '2026-12-24', closed: false, opensMin: min('07:30'), closesMin: min('11:00'), reason: 'Cuti bersama Natal: layanan setengah hari' },
    { date: '2026-12-25', closed: true, reason: 'Hari Raya Natal' },
    { date: '2027-01-01', closed: true, reason: 'Tahun Baru 2027 Masehi' },
  ];
  if (f.id === 'puskesmas-kemaraya')
    out.push({ date: '2026-12-04', closed: true, reason: 'Pelatihan tenaga kesehatan: layanan dialihkan ke Puskesmas Benu-Benua' });
  return out;
}
