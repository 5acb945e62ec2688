import { NextResponse, type NextRequest } from 'next/server';
import { gql, GqlError } from '@/lib/graphql';
import { portalEnv } from '@/lib/env';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import { ATTACH } from '@/components/permits/ops';

const MAX = 10 * 1024 * 1024;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// the name goes in the query: the gateway forwards only a fixed list of headers
const uploadsUrl = (name: string) => `${new URL('/api/permits/uploads', portalEnv().GATEWAY_URL)}?name=${encodeURIComponent(name.slice(0, 200))}`;

const WORDS: Record<string, [string, string]> = {
  PAYLOAD_TOO_LARGE: ['Ukuran berkas melebihi 10 MB.', 'The file is larger than 10 MB.'],
  UNSUPPORTED_MEDIA_TYPE: ['Hanya berkas PDF, JPEG, atau PNG yang diterima.', 'Only PDF, JPEG or PNG files are accepted.'],
  TOO_MANY_REQUESTS: ['Terlalu banyak unggahan. Tunggu sebentar lalu coba lagi.', 'Too many uploads. Wait a moment and try again.'],
  UNAUTHENTICATED: ['Silakan masuk kembali.', 'Please log in again.'],
  NO_FILE: ['Pilih berkas terlebih dahulu.', 'Choose a file first.'],
  BAD_USER_INPUT: ['Berkas tidak dapat dilampirkan.', 'The file could not be attached.'],
  CONFLICT: ['Permohonan ini tidak dapat diubah lagi.', 'This application can no longer be changed.'],
  FAILED: ['Unggahan gagal. Silakan coba lagi.', 'The upload failed. Please try again.'],
  DONE: ['Berkas terlampir.', 'File attached.'],
};

/**
 * The browser's upload of one checklist document: streamed on to the gateway's upload route with the
 * session's token (the browser never sees the token), then attached with a mutation. JavaScript sends
 * the raw file and reads JSON; without JavaScript a multipart form comes and the page is redirected back.
 */
export async function POST(req: NextRequest) {
  const lang = await getLang();
  const say = (k: string) => WORDS[k][lang === 'en' ? 1 : 0];
  const wantsJson = (req.headers.get('accept') ?? '').includes('application/json');
  const applicationId = req.nextUrl.searchParams.get('permohonan') ?? '';
  const requirementKey = (req.nextUrl.searchParams.get('dokumen') ?? '').slice(0, 40);
  const back = UUID.test(applicationId) ? `/izin/permohonan/${applicationId}` : '/izin';
  const answer = (ok: boolean, message: string, status = ok ? 200 : 400) =>
    wantsJson
      ? NextResponse.json({ ok, message }, { status })
      : NextResponse.redirect(new URL(`${back}?${ok ? 'ok' : 'err'}=${encodeURIComponent(message)}#dokumen`, req.nextUrl.origin), 303);

  const v = await viewer({ inAction: true });
  if (!v || v.kind !== 'CITIZEN') {
    return wantsJson
      ? NextResponse.json({ ok: false, message: say('UNAUTHENTICATED') }, { status: 401 })
      : NextResponse.redirect(new URL(`/masuk?next=${encodeURIComponent(back)}`, req.nextUrl.origin), 303);
  }
  if (!UUID.test(applicationId) || !requirementKey) return answer(false, say('BAD_USER_INPUT'));

  let body: ReadableStream<Uint8Array> | null;
  let name: string;
  let length: string | null = null;
  if ((req.headers.get('content-type') ?? '').startsWith('multipart/form-data')) {
    // the no-JavaScript path: the form data is parsed here (at most one 10 MB file)
    if (Number(req.headers.get('content-length') ?? 0) > MAX + 64 * 1024) return answer(false, say('PAYLOAD_TOO_LARGE'), 413);
    const file = (await req.formData()).get('file');
    if (!(file instanceof File) || file.size === 0) return answer(false, say('NO_FILE'));
    body = file.stream();
    name = file.name;
    length = String(file.size);
  } else {
    body = req.body;
    name = decodeURIComponent(req.headers.get('x-file-name') ?? '');
    length = req.headers.get('content-length');
    if (Number(length ?? 0) > MAX) return answer(false, say('PAYLOAD_TOO_LARGE'), 413);
  }
  if (!body) return answer(false, say('NO_FILE'));

  let uploadId: string;
  try {
    const res = await fetch(uploadsUrl(name), {
      method: 'POST',
      body,
      headers: { authorization: `Bearer ${v.token}`, 'content-type': 'application/octet-stream', ...(length ? { 'content-length': length } : {}) },
      // stream the body on, never held whole here
      duplex: 'half',
    } as RequestInit & { duplex: 'half' });
    const out = (await res.json().catch(() => ({}))) as { upload?: { id: string }; errors?: Array<{ extensions?: { code?: string; messageId?: string } }> };
    if (!res.ok || !out.upload) {
      const code = out.errors?.[0]?.extensions?.code ?? 'FAILED';
      const msg = lang === 'id' && out.errors?.[0]?.extensions?.messageId ? out.errors[0].extensions.messageId : say(WORDS[code] ? code : 'FAILED');
      return answer(false, msg, res.status >= 400 ? res.status : 502);
    }
    uploadId = out.upload.id;
  } catch {
    return answer(false, say('FAILED'), 502);
  }
  try {
    await gql(ATTACH, { input: { applicationId, requirementKey, uploadId } }, { token: v.token });
  } catch (err) {
    const code = err instanceof GqlError ? err.code : 'FAILED';
    const msg = err instanceof GqlError && lang === 'id' ? (err.fields[0]?.messageId ?? err.messageId ?? say('FAILED')) : say(WORDS[code] ? code : 'FAILED');
    return answer(false, msg);
  }
  return answer(true, say('DONE'));
}
