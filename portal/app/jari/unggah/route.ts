import { NextResponse, type NextRequest } from 'next/server';
import { portalEnv } from '@/lib/env';
import { getLang } from '@/lib/i18n';

const MAX = 10 * 1024 * 1024;
const uploadsUrl = () => new URL('/api/jari/uploads', portalEnv().GATEWAY_URL).toString();

const WORDS: Record<string, [string, string]> = {
  PAYLOAD_TOO_LARGE: ['Ukuran berkas melebihi 10 MB.', 'The file is larger than 10 MB.'],
  UNSUPPORTED_MEDIA_TYPE: ['Hanya foto JPEG/PNG atau PDF yang diterima.', 'Only JPEG/PNG photos or PDF files are accepted.'],
  TOO_MANY_REQUESTS: ['Terlalu banyak unggahan. Tunggu sebentar lalu coba lagi.', 'Too many uploads. Wait a moment and try again.'],
  NO_FILE: ['Pilih berkas terlebih dahulu.', 'Choose a file first.'],
  FAILED: ['Unggahan gagal. Silakan coba lagi.', 'The upload failed. Please try again.'],
};

/**
 * One evidence file of a JARI report, from the browser's JavaScript (raw body), streamed on to the
 * gateway's upload route. Like the anonymous report itself it touches no account state: no session
 * is read or renewed and no token is sent, and the file's name is not passed on. The answered id goes
 * into the report form; the server re-encodes images (no EXIF/GPS) and decides the type by the bytes.
 */
export async function POST(req: NextRequest) {
  const lang = await getLang();
  const say = (k: string) => WORDS[k][lang === 'en' ? 1 : 0];
  const fail = (code: string, status: number, message = say(WORDS[code] ? code : 'FAILED')) => NextResponse.json({ ok: false, code, message }, { status });
  const length = req.headers.get('content-length');
  if (Number(length ?? 0) > MAX) return fail('PAYLOAD_TOO_LARGE', 413);
  if (!req.body || length === '0') return fail('NO_FILE', 400);
  try {
    // the address the portal decided for this request (instrumentation.ts), for the per-address upload limit
    const xff = req.headers.get('x-forwarded-for');
    const res = await fetch(uploadsUrl(), {
      method: 'POST',
      body: req.body,
      headers: { 'content-type': 'application/octet-stream', ...(length ? { 'content-length': length } : {}), ...(xff ? { 'x-forwarded-for': xff } : {}) },
      duplex: 'half',
      signal: AbortSignal.timeout(60_000),
    } as RequestInit & { duplex: 'half' });
    const out = (await res.json().catch(() => ({}))) as {
      upload?: { id: string; mediaType: string; sizeBytes: number };
      errors?: Array<{ extensions?: { code?: string; messageId?: string } }>;
    };
    if (!res.ok || !out.upload) {
      const e = out.errors?.[0]?.extensions;
      const code = e?.code ?? 'FAILED';
      return fail(code, res.status >= 400 ? res.status : 502, lang === 'id' && e?.messageId ? e.messageId : undefined);
    }
    const { id, mediaType, sizeBytes } = out.upload;
    return NextResponse.json({ ok: true, upload: { id, mediaType, sizeBytes } }, { status: 201, headers: { 'cache-control': 'no-store' } });
  } catch {
    return fail('FAILED', 502);
  }
}
