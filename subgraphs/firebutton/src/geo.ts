import { KENDARI, KELURAHAN, distanceMetres, type KelurahanRef } from '@kendari/kit';

/**
 * APPROXIMATE positions. Kendari publishes no kelurahan centroids and no fire-post coordinates:
 * each kecamatan's centre below is a plausible point inside it (calibrated on the approximate
 * puskesmas positions of the reference data), and its kelurahan are spread on a small ring around
 * that centre. Good enough to pick the nearest post and to aggregate statistics to kelurahan;
 * not a map. Replace with surveyed points when the city publishes them.
 */
const KECAMATAN_CENTRE: Record<string, { lat: number; lng: number; spreadKm: number }> = {
  '74.71.01': { lat: -3.945, lng: 122.508, spreadKm: 2.2 }, // Mandonga (Labibia to the north)
  '74.71.02': { lat: -3.97, lng: 122.593, spreadKm: 1.4 }, // Kendari (old town, Kandai, Mata)
  '74.71.03': { lat: -4.032, lng: 122.495, spreadKm: 1.8 }, // Baruga (Lepo-Lepo)
  '74.71.04': { lat: -4.008, lng: 122.55, spreadKm: 1.8 }, // Poasia (south shore of the bay)
  '74.71.05': { lat: -3.968, lng: 122.55, spreadKm: 1.6 }, // Kendari Barat (Benu-Benua, Kemaraya)
  '74.71.06': { lat: -3.998, lng: 122.585, spreadKm: 1.6 }, // Abeli
  '74.71.07': { lat: -4.002, lng: 122.498, spreadKm: 1.0 }, // Wua-Wua
  '74.71.08': { lat: -3.984, lng: 122.522, spreadKm: 1.1 }, // Kadia
  '74.71.09': { lat: -3.964, lng: 122.465, spreadKm: 1.8 }, // Puuwatu
  '74.71.10': { lat: -4.022, lng: 122.52, spreadKm: 1.3 }, // Kambu (Mokoau)
  '74.71.11': { lat: -4.01, lng: 122.62, spreadKm: 1.6 }, // Nambo
};

export interface Centroid extends KelurahanRef {
  lat: number;
  lng: number;
}

const round5 = (x: number) => Math.round(x * 1e5) / 1e5;

/** Approximate centre of each of the 65 kelurahan (see the note above). */
export const CENTROIDS: Centroid[] = KENDARI.kecamatan.flatMap((kc) => {
  const c = KECAMATAN_CENTRE[kc.code];
  if (!c) throw new Error(`no approximate centre for kecamatan ${kc.code}`);
  const n = kc.kelurahan.length;
  return kc.kelurahan.map((kl, i) => {
    // first kelurahan (usually the one the kecamatan is named after) near the centre, the rest on a ring
    const angle = (2 * Math.PI * i) / Math.max(1, n - 1) + 0.6;
    const r = i === 0 ? 0.25 : c.spreadKm;
    const lat = c.lat + (r / 111) * Math.sin(angle);
    const lng = c.lng + (r / (111 * Math.cos((c.lat * Math.PI) / 180))) * Math.cos(angle);
    const ref = KELURAHAN.find((k) => k.id === kl.code)!;
    return { ...ref, lat: round5(lat), lng: round5(lng) };
  });
});

export const CENTROID_BY_ID = new Map(CENTROIDS.map((c) => [c.id, c]));

/** The kelurahan whose (approximate) centre is nearest to a position: used to aggregate, never shown as an address. */
export function nearestKelurahan(lat: number, lng: number): Centroid {
  let best = CENTROIDS[0];
  let bestD = Infinity;
  for (const c of CENTROIDS) {
    const d = distanceMetres({ lat, lng }, c);
    if (d < bestD) {
      bestD = d;
      best = c;
    }
  }
  return best;
}

export interface StationSeed {
  id: string;
  name: string;
  address: string;
  kelurahanId: string;
  lat: number;
  lng: number;
  units: Array<{ id: string; callSign: string; kind: 'ENGINE' | 'RESCUE' }>;
}

/**
 * The six Damkar posts of `KENDARI.fireStations.posts`. Their coordinates are not published:
 * each is placed at a plausible point inside its kecamatan (APPROXIMATE). 7 engines (2 at the Mako) + 1 rescue unit.
 */
export const STATIONS: StationSeed[] = [
  {
    id: 'mako-kadia',
    name: 'Mako Kadia',
    address: 'Jl. Drs. H. Abdullah Silondae, Kadia',
    kelurahanId: '74.71.08.1001',
    lat: -3.9852,
    lng: 122.5231,
    units: [
      { id: 'kdi-1', callSign: 'Damkar Kadia 1', kind: 'ENGINE' },
      { id: 'kdi-2', callSign: 'Damkar Kadia 2', kind: 'ENGINE' },
      { id: 'kdi-r1', callSign: 'Rescue Kadia 1', kind: 'RESCUE' },
    ],
  },
  {
    id: 'pos-kendari-barat',
    name: 'Pos Kendari Barat',
    address: 'Jl. Sultan Hasanuddin, Benu-Benua',
    kelurahanId: '74.71.05.1005',
    lat: -3.9688,
    lng: 122.5638,
    units: [{ id: 'kdb-1', callSign: 'Damkar Kendari Barat 1', kind: 'ENGINE' }],
  },
  {
    id: 'pos-puuwatu',
    name: 'Pos Puuwatu',
    address: 'Jl. Poros Puuwatu, Puuwatu',
    kelurahanId: '74.71.09.1001',
    lat: -3.9655,
    lng: 122.462,
    units: [{ id: 'puu-1', callSign: 'Damkar Puuwatu 1', kind: 'ENGINE' }],
  },
  {
    id: 'pos-poasia',
    name: 'Pos Poasia',
    address: 'Jl. H.E.A. Mokodompit, Anduonohu',
    kelurahanId: '74.71.04.1003',
    lat: -4.0065,
    lng: 122.548,
    units: [{ id: 'poa-1', callSign: 'Damkar Poasia 1', kind: 'ENGINE' }],
  },
  {
    id: 'pos-baruga',
    name: 'Pos Baruga',
    address: 'Jl. Malaka, Baruga',
    kelurahanId: '74.71.03.1001',
    lat: -4.031,
    lng: 122.496,
    units: [{ id: 'bar-1', callSign: 'Damkar Baruga 1', kind: 'ENGINE' }],
  },
  {
    id: 'pos-wua-wua',
    name: 'Pos Wua-Wua',
    address: 'Jl. Bunga Kana, Wua-Wua',
    kelurahanId: '74.71.07.1001',
    lat: -4.0015,
    lng: 122.4985,
    units: [{ id: 'wua-1', callSign: 'Damkar Wua-Wua 1', kind: 'ENGINE' }],
  },
];
