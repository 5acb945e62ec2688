import { createHash } from 'node:crypto';
import kendari from './reference/kendari.json';

/** Kendari's real regions, facilities and bounding box (Kemendagri codes), shared by every seed. */
export const KENDARI = kendari;

export interface KelurahanRef {
  id: string;
  name: string;
  kecamatanId: string;
  kecamatanName: string;
}

export const KELURAHAN: KelurahanRef[] = kendari.kecamatan.flatMap((kc) =>
  kc.kelurahan.map((kl) => ({ id: kl.code, name: kl.name, kecamatanId: kc.code, kecamatanName: kc.name })),
);

export const slugOf = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Whether a position lies inside the city's bounding box, widened by `marginKm`. */
export function insideKendari(lat: number, lng: number, marginKm = 0): boolean {
  const { bbox } = kendari.city;
  const dLat = marginKm / 111;
  const dLng = marginKm / (111 * Math.cos((kendari.city.center.lat * Math.PI) / 180));
  return lat >= bbox.minLat - dLat && lat <= bbox.maxLat + dLat && lng >= bbox.minLng - dLng && lng <= bbox.maxLng + dLng;
}

/** Great-circle distance in metres (haversine). */
export function distanceMetres(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const R = 6_371_000;
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLng = (b.lng - a.lng) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLng / 2) ** 2;
  return 2 * R * Math.asin(Math.sqrt(h));
}

/** A stable UUID derived from a name, so every subgraph's seed points at the same demo people. */
export function stableUuid(name: string): string {
  const h = createHash('sha1').update(`satu-kendari:${name}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h.slice(16, 18), 16) & 0x3f) | 0x80).toString(16)}${h.slice(18, 20)}-${h.slice(20, 32)}`;
}

export interface DemoCitizen {
  id: string;
  nik: string;
  name: string;
  phone: string;
  kelurahanId: string;
  female: boolean;
}

const FEMALE = [
  'Siti',
  'Nur',
  'Wa Ode',
  'Sitti',
  'Andi Nurul',
  'Fitri',
  'Rahma',
  'Dewi',
  'Hasnah',
  'Marlina',
  'Yuliana',
  'Asmawati',
  'Nirwana',
  'Sulastri',
  'Indah',
];
const MALE = ['La Ode', 'Muhammad', 'Andi', 'Rahmat', 'Hasan', 'Arif', 'Budi', 'Agus', 'Irwan', 'Syahrul', 'Jufri', 'Amir', 'Sahrun', 'Yusuf', 'Hendra'];
const FAMILY = [
  'Rahmawati',
  'Saputra',
  'Hamid',
  'Tamburaka',
  'Lakidende',
  'Halu',
  'Sarira',
  'Bahtiar',
  'Kadir',
  'Pratama',
  'Mokodompit',
  'Rusdin',
  'Tosepu',
  'Amiruddin',
  'Basri',
  'Lasimba',
];

/**
 * The invented residents every seed shares (deterministic: same ids on every machine).
 * The first one is the demo citizen printed by `npm start`.
 */
export function demoCitizens(count = 240): DemoCitizen[] {
  const out: DemoCitizen[] = [];
  for (let i = 0; i < count; i++) {
    const female = i % 2 === 0;
    const kel = i === 0 ? KELURAHAN.find((k) => k.name === 'Kandai')! : KELURAHAN[(i * 7) % KELURAHAN.length];
    const first = (female ? FEMALE : MALE)[(i * 5) % 15];
    const name = i === 0 ? 'Siti Rahmawati' : `${first} ${FAMILY[(i * 3) % FAMILY.length]}`;
    const day = 1 + ((i * 11) % 28);
    const month = 1 + ((i * 5) % 12);
    const year = 60 + ((i * 13) % 45); // born 1960-2004
    const dd = String(female ? day + 40 : day).padStart(2, '0');
    const kecDigits = kel.kecamatanId.split('.')[2];
    const nik =
      i === 0
        ? '7471024506900001'
        : `7471${kecDigits}${dd}${String(month).padStart(2, '0')}${String(year % 100).padStart(2, '0')}${String(1 + i).padStart(4, '0')}`;
    out.push({ id: stableUuid(`citizen:${nik}`), nik, name, phone: `+62812${String(40000000 + i * 7919).slice(0, 8)}`, kelurahanId: kel.id, female });
  }
  return out;
}

export const DEMO_PASSWORD = 'kendari123';
