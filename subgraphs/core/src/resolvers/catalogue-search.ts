/**
 * Catalogue search: the words a resident types become a PostgreSQL full-text query over both languages,
 * with synonyms (KTP <-> KTP-el <-> ID card, izin usaha <-> NIB/SKU <-> business permit, ...), ranked by
 * where the words are found (name > keywords > description > requirements) plus trigram similarity so that
 * a typo still finds the service.
 */

/** Each group lists phrases that mean the same thing to a resident; a query naming one searches for all. */
export const SYNONYMS: string[][] = [
  ['ktp', 'ktp-el', 'e-ktp', 'ektp', 'kartu tanda penduduk', 'id card', 'identity card', 'identity', 'kartu identitas'],
  [
    'izin usaha',
    'nib',
    'sku',
    'nomor induk berusaha',
    'surat keterangan usaha',
    'business permit',
    'business licence',
    'business license',
    'business registration',
  ],
  ['pbb', 'pajak bumi dan bangunan', 'pajak rumah', 'property tax', 'land tax', 'land and building tax', 'house tax'],
  ['domisili', 'domicile', 'residence', 'proof of address', 'tempat tinggal'],
  ['sktm', 'tidak mampu', 'surat miskin', 'low income', 'income letter', 'poverty'],
  ['kk', 'kartu keluarga', 'family card'],
  ['pbg', 'imb', 'izin bangunan', 'izin mendirikan bangunan', 'building permit', 'building approval', 'construction permit'],
  ['slf', 'laik fungsi', 'certificate of occupancy', 'occupancy'],
  ['akta kelahiran', 'akte kelahiran', 'akta lahir', 'birth certificate'],
  ['kebakaran', 'pemadam', 'damkar', 'fire', 'firefighter', 'fire brigade'],
  ['pungli', 'pungutan liar', 'suap', 'gratifikasi', 'extortion', 'bribe', 'bribery', 'corruption', 'korupsi'],
  ['skck', 'catatan kepolisian', 'police record', 'police clearance'],
  ['pindah', 'moving', 'move', 'relocation'],
  ['nikah', 'menikah', 'pernikahan', 'marriage', 'wedding'],
  ['kematian', 'meninggal', 'death'],
  ['reklame', 'baliho', 'billboard', 'advertising'],
  ['apotek', 'apotik', 'pharmacy', 'drugstore'],
  ['klinik', 'clinic'],
  ['puskesmas', 'health centre', 'health center', 'dokter', 'doctor'],
  ['imunisasi', 'vaksin', 'immunisation', 'immunization', 'vaccine', 'vaccination'],
  ['pariwisata', 'wisata', 'tdup', 'tourism'],
  ['izin praktik', 'izin praktek', 'sip', 'practice licence', 'practice license', 'practice permit'],
  ['pajak restoran', 'pajak hotel', 'pbjt', 'restaurant tax', 'hotel tax'],
  ['ahli waris', 'waris', 'heir', 'heirs', 'inheritance'],
];

// words that say nothing about the service asked for
const STOPWORDS = new Set([
  'di',
  'ke',
  'dari',
  'dan',
  'yang',
  'untuk',
  'cara',
  'bagaimana',
  'mengurus',
  'urus',
  'membuat',
  'buat',
  'bikin',
  'saya',
  'mau',
  'ingin',
  'minta',
  'surat',
  'layanan',
  'the',
  'a',
  'an',
  'of',
  'for',
  'and',
  'to',
  'my',
  'i',
  'how',
  'do',
  'get',
  'apply',
  'make',
  'new',
  'service',
  'letter',
  'in',
  'at',
  'me',
]);

const normalise = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** One alternative: its words must all be there (each as a prefix). */
const phraseQuery = (phrase: string) => {
  const words = normalise(phrase).split(' ').filter(Boolean);
  const parts = words.map((w) => `${w}:*`);
  return parts.length > 1 ? `(${parts.join(' & ')})` : parts[0];
};

export interface CatalogueQuery {
  /** to_tsquery('simple', ...) text: lexemes [a-z0-9] only, so it can never be malformed. */
  tsquery: string;
  /** The normalised words, for trigram similarity. */
  text: string;
}

/** Turns what a resident typed into a query; null when nothing searchable is left. */
export function catalogueQuery(search: string | null | undefined): CatalogueQuery | null {
  let text = ` ${normalise((search ?? '').slice(0, 100))} `;
  if (!text.trim()) return null;
  const groups: string[][] = [];
  // longest phrases first, so "izin usaha" wins over a lone "izin"
  const phrases = SYNONYMS.flatMap((g, i) => g.map((p) => ({ p: normalise(p), i }))).sort((a, b) => b.p.length - a.p.length);
  for (const { p, i } of phrases) {
    if (text.includes(` ${p} `)) {
      text = text.replace(` ${p} `, ' ');
      if (!groups.some((g) => g === SYNONYMS[i])) groups.push(SYNONYMS[i]);
    }
  }
  const words = text.split(' ').filter((w) => w.length > 1);
  // "surat" alone still searches: stopwords are dropped only beside other words
  const kept = groups.length || words.some((w) => !STOPWORDS.has(w)) ? words.filter((w) => !STOPWORDS.has(w)) : words;
  for (const w of kept) groups.push([w]);
  if (!groups.length) return null;
  const tsquery = groups
    .slice(0, 8)
    .map((g) => `(${g.map(phraseQuery).join(' | ')})`)
    .join(' & ');
  return { tsquery, text: normalise(search ?? '') };
}

// punctuation becomes space on both sides, so "KTP-el" and "RT/RW" match "ktp el" and "rt rw" the way the query is normalised
const words = (sql: string) => `to_tsvector('simple', regexp_replace(${sql}, '[^[:alnum:]]+', ' ', 'g'))`;

/** The weighted document of a service row `s`: name (A), keywords (B), description (C), requirements (D). */
export const SEARCH_DOCUMENT = `setweight(${words(`s.name || ' ' || s.name_en`)}, 'A')
  || setweight(${words(`array_to_string(s.keywords, ' ')`)}, 'B')
  || setweight(${words(`s.description || ' ' || s.description_en`)}, 'C')
  || setweight(${words(`array_to_string(s.requirements, ' ') || ' ' || array_to_string(s.requirements_en, ' ')`)}, 'D')`;

/** What trigram similarity compares the typed words with (catches typos such as "domisli" or "imunisas"). */
export const SEARCH_HAYSTACK = `lower(s.name || ' ' || s.name_en || ' ' || array_to_string(s.keywords, ' '))`;
