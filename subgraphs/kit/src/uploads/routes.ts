import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Viewer } from '../auth';
import { AppError } from '../errors';
import { recordAudit } from '../audit';
import { sendJson } from '../http';
import type { HttpRoute, HttpRouteContext } from '../server';
import { CorruptUploadError, DEFAULT_MAX_FILE_BYTES, UnsupportedMediaError, UploadStore, UploadTooLargeError } from './store';
import { Upload } from './upload.entity';

export type UploadRouteContext = Pick<HttpRouteContext, 'viewer' | 'em' | 'log' | 'requestId' | 'clientIp' | 'subgraph' | 'authSecret'>;

export interface UploadRoute extends HttpRoute {
  method: 'GET' | 'POST';
  handler(req: IncomingMessage, res: ServerResponse, ctx: UploadRouteContext): Promise<void>;
}

export interface UploadRoutesOptions {
  store?: UploadStore;
  /** Largest file accepted, in bytes (default 10 MB). */
  maxFileBytes?: number;
  /** Route prefix (default `/api/uploads`): POST it to upload, GET `<prefix>/<id>` to download. */
  basePath?: string;
  /**
   * The owner id recorded for an upload by this viewer, or an AppError thrown (default: any logged-in
   * citizen or officer; anonymous UNAUTHENTICATED).
   */
  ownerOf?: (viewer: Viewer) => string;
  /** Whether this viewer may download this file: the subgraph's own access rules (e.g. the application's). */
  mayDownload(ctx: UploadRouteContext, upload: Upload): Promise<boolean>;
  /** Called before accepting bytes (e.g. a throttle's consume); throw an AppError to refuse. */
  beforeUpload?: (ctx: UploadRouteContext, ownerId: string) => Promise<void>;
  /**
   * Whose file it is, for the audit row of an officer's download (default: the owner, when it is an
   * account id). A subgraph whose uploads are not owned by the resident (JARI's) says who the resident is.
   */
  subjectOf?: (ctx: UploadRouteContext, upload: Upload) => Promise<string | null>;
}

const EXT: Record<string, string> = { 'application/pdf': 'pdf', 'image/jpeg': 'jpg', 'image/png': 'png' };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const STATUS: Record<string, number> = { BAD_USER_INPUT: 400, UNAUTHENTICATED: 401, FORBIDDEN: 403, NOT_FOUND: 404, CONFLICT: 409, TOO_MANY_REQUESTS: 429 };

function sendError(res: ServerResponse, status: number, code: string, message: string, messageId: string, extra: Record<string, unknown> = {}): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  sendJson(res, status, { errors: [{ message, extensions: { code, messageId, ...extra } }] }, { 'cache-control': 'no-store' });
}

function defaultOwner(viewer: Viewer): string {
  if (viewer.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'You must log in first', 'Silakan masuk terlebih dahulu');
  return viewer.id;
}

/** The name the client gave, in `x-file-name` (URI-encoded): cleaned of paths and control characters; display only. */
export function cleanDisplayName(header: string | string[] | undefined, mediaType: string): string {
  let raw = Array.isArray(header) ? header[0] : (header ?? '');
  try {
    raw = decodeURIComponent(raw);
  } catch {
    /* keep as sent */
  }
  const name = raw
    .split(/[\\/]/)
    .pop()!
    .replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '')
    .trim()
    .slice(0, 120);
  return name || `dokumen.${EXT[mediaType] ?? 'bin'}`;
}

/** The public shape of an upload, as the upload route answers and GraphQL types repeat. */
export const uploadJson = (u: Upload) => ({
  id: u.id,
  mediaType: u.mediaType,
  sizeBytes: u.sizeBytes,
  sha256: u.sha256,
  displayName: u.displayName,
  createdAt: u.createdAt.toISOString(),
});

/**
 * HTTP routes for files, for any subgraph (declare them in its `httpRoutes`):
 * - `POST <base>`: the raw file as the body (any content-type; the type is decided by the bytes),
 *   the original name in `x-file-name` (or `?name=`: proxies may drop unknown headers). Answers 201 `{ upload: { id, mediaType, sizeBytes, ... } }`;
 *   a GraphQL mutation then refers to `upload.id`.
 * - `GET <base>/<id>`: the bytes, if `mayDownload` allows (else 404, no hint it exists); the hash is
 *   checked first, so corrupted storage is a 500, never wrong bytes.
 * Errors are JSON `{ errors: [{ message, extensions: { code, messageId, field } }] }` like GraphQL's.
 */
export function uploadRoutes(opts: UploadRoutesOptions): UploadRoute[] {
  // made on first use: the folder is configured at start (configureUploads), after this module is imported
  let made: UploadStore | undefined;
  const store = () => (made ??= opts.store ?? new UploadStore());
  const maxBytes = opts.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  const base = opts.basePath ?? '/api/uploads';
  const ownerOf = opts.ownerOf ?? defaultOwner;
  const mb = Math.round(maxBytes / 1024 / 1024);

  const fail = (res: ServerResponse, ctx: UploadRouteContext, err: unknown) => {
    if (err instanceof AppError) {
      const { code, messageId, http: _http, ...extra } = err.extensions as Record<string, unknown>;
      return sendError(res, STATUS[String(code)] ?? 400, String(code), err.message, String(messageId ?? err.message), extra);
    }
    if (err instanceof UploadTooLargeError)
      return sendError(res, 413, 'PAYLOAD_TOO_LARGE', `The file is larger than ${mb} MB`, `Ukuran berkas melebihi ${mb} MB`, {
        field: 'file',
        limitBytes: maxBytes,
      });
    if (err instanceof UnsupportedMediaError)
      return sendError(res, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Only PDF, JPEG or PNG files are accepted', 'Hanya berkas PDF, JPEG, atau PNG yang diterima', {
        field: 'file',
      });
    if (err instanceof CorruptUploadError) {
      ctx.log.error({ requestId: ctx.requestId }, 'stored upload failed its hash check');
      return sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'The stored file is damaged', 'Berkas yang tersimpan rusak. Hubungi petugas.');
    }
    // log the error class only: messages of fs/sharp errors may carry paths
    ctx.log.error({ requestId: ctx.requestId, error: err instanceof Error ? err.name : 'unknown' }, 'upload route failed');
    return sendError(res, 500, 'INTERNAL_SERVER_ERROR', 'Internal server error', 'Terjadi kesalahan pada server. Silakan coba lagi.');
  };

  return [
    {
      method: 'POST',
      path: base,
      async handler(req, res, ctx) {
        try {
          const ownerId = ownerOf(ctx.viewer);
          const declared = Number(req.headers['content-length'] ?? NaN);
          if (declared > maxBytes) {
            req.resume(); // drain so the connection can answer
            throw new UploadTooLargeError(maxBytes);
          }
          await opts.beforeUpload?.(ctx, ownerId);
          const stored = await store().put(req, maxBytes);
          const upload = ctx.em.create(Upload, {
            id: randomUUID(),
            ownerId,
            sha256: stored.sha256,
            sizeBytes: stored.sizeBytes,
            mediaType: stored.mediaType,
            displayName: cleanDisplayName(
              req.headers['x-file-name'] ?? new URL(req.url ?? '/', 'http://x').searchParams.get('name') ?? undefined,
              stored.mediaType,
            ),
            createdAt: new Date(),
          });
          await ctx.em.flush();
          sendJson(res, 201, { upload: uploadJson(upload) }, { 'cache-control': 'no-store' });
        } catch (err) {
          if (!req.readableEnded) req.resume();
          fail(res, ctx, err);
        }
      },
    },
    {
      method: 'GET',
      path: `${base}/*`,
      async handler(req, res, ctx) {
        try {
          const id = (req.url ?? '').split('?')[0].slice(base.length + 1);
          const upload = UUID.test(id) ? await ctx.em.findOne(Upload, { id }) : null;
          if (!upload || !(await opts.mayDownload(ctx, upload))) {
            if (ctx.viewer.kind === 'anonymous') throw new AppError('UNAUTHENTICATED', 'You must log in first', 'Silakan masuk terlebih dahulu');
            throw new AppError('NOT_FOUND', 'File not found', 'Berkas tidak ditemukan');
          }
          // an officer's download is a read of personal data: in the audit log before a byte is sent
          const subject = opts.subjectOf ? await opts.subjectOf(ctx, upload) : UUID.test(upload.ownerId) ? upload.ownerId : null;
          await recordAudit(ctx.em, ctx, 'read', [
            { action: `${ctx.subgraph}.upload.download`, itemType: 'Upload', itemId: upload.id, subjectCitizenId: subject },
          ]);
          const { stream, sizeBytes } = await store().open(upload.sha256);
          res.writeHead(200, {
            'content-type': upload.mediaType,
            'content-length': sizeBytes,
            'content-disposition': `inline; filename="${upload.id}.${EXT[upload.mediaType] ?? 'bin'}"`,
            'x-content-type-options': 'nosniff',
            'cache-control': 'private, no-store',
            'content-security-policy': "default-src 'none'; sandbox",
          });
          stream.on('error', () => res.destroy());
          stream.pipe(res);
        } catch (err) {
          fail(res, ctx, err);
        }
      },
    },
  ];
}
