import { GqlError } from './graphql';
import type { FormState } from './forms';
import type { Lang } from './i18n';

const generic: Record<string, [string, string]> = {
  UNAVAILABLE: ['Layanan sementara tidak tersedia. Silakan coba lagi nanti.', 'The service is temporarily unavailable. Please try again later.'],
  GRAPHQL_VALIDATION_FAILED: ['Layanan ini segera hadir.', 'This service is coming soon.'],
  TOO_MANY_REQUESTS: ['Terlalu banyak percobaan. Tunggu sebentar lalu coba lagi.', 'Too many attempts. Wait a moment and try again.'],
  UNAUTHENTICATED: ['Silakan masuk terlebih dahulu.', 'Please log in first.'],
  FORBIDDEN: ['Anda tidak berwenang melakukan ini.', 'You are not allowed to do this.'],
  NOT_FOUND: ['Data tidak ditemukan.', 'Not found.'],
};

/** Turn a GraphQL error into form state: a message at the top and one message next to each field. */
export function errorState(err: unknown, lang: Lang, values: Record<string, string> = {}, rename: Record<string, string> = {}): FormState {
  const pick = (idText: string, enText: string) => (lang === 'en' ? enText : idText);
  if (!(err instanceof GqlError)) {
    console.error('[portal] action failed', err);
    return { status: 'error', message: pick('Terjadi kesalahan. Silakan coba lagi.', 'Something went wrong. Please try again.'), values };
  }
  const fields: Record<string, string> = {};
  for (const f of err.fields) {
    const key = f.field.replace(/^input\./, '');
    const name = rename[key] ?? key;
    if (!fields[name]) fields[name] = lang === 'en' ? f.message : (f.messageId ?? f.message);
  }
  const g = generic[err.code];
  let message: string;
  if (Object.keys(fields).length) message = pick('Periksa kembali isian yang ditandai.', 'Please check the marked fields.');
  else if (err.messageId && err.code !== 'UNAVAILABLE' && err.code !== 'GRAPHQL_VALIDATION_FAILED') message = lang === 'en' ? (g ? g[1] : err.message) : err.messageId;
  else message = g ? pick(...g) : pick('Terjadi kesalahan. Silakan coba lagi.', 'Something went wrong. Please try again.');
  // an English resident still gets the specific reason when we have no English wording for it
  if (lang === 'en' && err.messageId && !Object.keys(fields).length && g === undefined) message = err.message;
  return { status: 'error', message, fields, values };
}

export function formValues(data: FormData, skip: string[] = ['password']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of data.entries()) if (typeof v === 'string' && !k.startsWith('$') && !skip.includes(k)) out[k] = v;
  return out;
}

/** Only same-site relative paths as a post-login destination. */
export function safeNext(next: unknown, fallback: string): string {
  return typeof next === 'string' && next.startsWith('/') && !next.startsWith('//') ? next : fallback;
}
