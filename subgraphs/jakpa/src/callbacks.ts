import { createHmac, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EntityManager } from '@mikro-orm/postgresql';
import { z } from 'zod';
import { AppError, BodyTooLargeError, readBody, sendJson, type Logger } from '@kendari/kit';
import { jakpaConfig } from './config';
import { now as clockNow } from './dates';
import { parseNop } from './nop';
import { recordPayment } from './payments';

/**
 * Payment callbacks from channels (bank, QRIS, e-wallet): `POST /api/callbacks/<channel>` on the
 * subgraph, `/api/jakpa/callbacks/<channel>` through the gateway.
 *
 * Signing (the header names the gateway's /api passthrough forwards): header `x-timestamp` = Unix seconds, header `x-signature` = hex
 * HMAC-SHA256(channel secret, `${timestamp}.${raw body}`) (a `sha256=` prefix is accepted).
 * A timestamp further than JAKPA_CALLBACK_TOLERANCE_SECONDS from now, or a wrong signature, is
 * refused (401) and logged WITHOUT the body. A channel with no configured secret is refused (503).
 * Body: {"reference": "...", "nop": "747101000100100010", "year": 2025, "amount": 150000, "paidAt": "2026-12-01T02:00:00Z"}
 * Answers: 200 {"status":"RECORDED"|"DUPLICATE", paymentId, billStatus, remaining}; 4xx/503 {errors: [{message, extensions: {code, messageId}}]}.
 */
export const CALLBACK_BODY_LIMIT = 16 * 1024;
const MAX_BACKDATE_DAYS = 35;

const bodySchema = z.object({
  reference: z.string().regex(/^[\x21-\x7e]{1,100}$/, 'reference must be 1 to 100 visible ASCII characters'),
  nop: z.string().max(40),
  year: z.number().int().min(1990).max(2100),
  amount: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  paidAt: z.iso.datetime({ offset: true }),
});

export interface CallbackRequest {
  channelId: string;
  timestamp: string | undefined;
  signature: string | undefined;
  rawBody: string;
}

export interface CallbackAnswer {
  status: number;
  body: Record<string, unknown>;
}

// failures in the kit's shape for HTTP routes: { errors: [{ message, extensions: { code, messageId } }] }
const fail = (status: number, code: string, message: string, messageId: string, extra: Record<string, unknown> = {}): CallbackAnswer => ({
  status,
  body: { errors: [{ message, extensions: { code, messageId, ...extra } }] },
});

export const signCallback = (secret: string, timestamp: string, rawBody: string) =>
  createHmac('sha256', secret).update(`${timestamp}.${rawBody}`).digest('hex');

function signatureMatches(secret: string, timestamp: string, rawBody: string, given: string): boolean {
  const expected = Buffer.from(signCallback(secret, timestamp, rawBody), 'hex');
  const hex = given.trim().replace(/^sha256=/i, '');
  if (!/^[0-9a-f]{64}$/i.test(hex)) return false;
  return timingSafeEqual(expected, Buffer.from(hex, 'hex'));
}

/** Verifies, parses and records one callback. `log` never receives the body or the NOP. */
export async function handleCallback(em: EntityManager, req: CallbackRequest, log: Pick<Logger, 'warn' | 'info'>): Promise<CallbackAnswer> {
  const cfg = jakpaConfig();
  const channelId = req.channelId;
  const known = (await em.execute(`select id from jakpa.payment_channel where id = ? and kind <> 'COUNTER'`, [channelId])).length > 0;
  if (!known) return fail(404, 'NOT_FOUND', `No payment channel ${channelId}`, 'Kanal pembayaran tidak dikenal');
  const secret = cfg.JAKPA_CHANNEL_SECRETS.get(channelId);
  if (!secret) {
    log.warn({ channel: channelId, reason: 'channel-not-configured' }, 'callback refused');
    return fail(
      503,
      'SERVICE_UNAVAILABLE',
      `Callbacks of channel ${channelId} are not configured (JAKPA_CHANNEL_SECRETS)`,
      'Kanal pembayaran ini belum dikonfigurasi',
    );
  }
  const now = clockNow();
  const ts = req.timestamp ?? '';
  if (!/^\d{9,11}$/.test(ts) || Math.abs(now.getTime() / 1000 - Number(ts)) > cfg.JAKPA_CALLBACK_TOLERANCE_SECONDS) {
    log.warn({ channel: channelId, reason: 'stale-timestamp' }, 'callback refused');
    return fail(401, 'UNAUTHENTICATED', 'Missing or stale x-timestamp', 'Stempel waktu callback tidak valid atau kedaluwarsa');
  }
  if (!req.signature || !signatureMatches(secret, ts, req.rawBody, req.signature)) {
    log.warn({ channel: channelId, reason: 'bad-signature', bytes: Buffer.byteLength(req.rawBody) }, 'callback refused');
    return fail(401, 'UNAUTHENTICATED', 'Bad x-signature', 'Tanda tangan callback tidak valid');
  }
  let json: unknown;
  try {
    json = JSON.parse(req.rawBody);
  } catch {
    return fail(400, 'BAD_USER_INPUT', 'Body is not JSON', 'Isi callback bukan JSON');
  }
  const parsed = bodySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return fail(400, 'BAD_USER_INPUT', `${issue.path.join('.')}: ${issue.message}`, 'Isi callback tidak valid', { field: issue.path.join('.') });
  }
  const body = parsed.data;
  const paidAt = new Date(body.paidAt);
  if (paidAt.getTime() > now.getTime() + cfg.JAKPA_CALLBACK_TOLERANCE_SECONDS * 1000 || paidAt.getTime() < now.getTime() - MAX_BACKDATE_DAYS * 86_400_000) {
    return fail(400, 'BAD_USER_INPUT', `paidAt must be within the last ${MAX_BACKDATE_DAYS} days and not in the future`, 'Waktu pembayaran tidak wajar', {
      field: 'paidAt',
    });
  }
  try {
    const nop = parseNop(body.nop, 'nop');
    const [bill] = await em.execute(`select b.id from jakpa.tax_bill b join jakpa.tax_object o on o.id = b.object_id where o.nop = ? and b.year = ?`, [
      nop.digits,
      body.year,
    ]);
    if (!bill) return fail(404, 'NOT_FOUND', 'No bill for this NOP and year', 'Tagihan untuk NOP dan tahun ini tidak ditemukan');
    const r = await recordPayment(em, { billId: bill.id, amount: body.amount, paidAt, channelId, reference: body.reference, now });
    log.info({ channel: channelId, replayed: r.replayed, paymentId: r.paymentId }, 'callback payment');
    return {
      status: 200,
      body: { status: r.replayed ? 'DUPLICATE' : 'RECORDED', paymentId: r.paymentId, billStatus: r.state.status, remaining: r.state.remaining },
    };
  } catch (err) {
    if (err instanceof AppError) {
      const ext = err.extensions as Record<string, unknown>;
      const status = ext.code === 'CONFLICT' ? 409 : ext.code === 'NOT_FOUND' ? 404 : 400;
      const { http: _h, ...rest } = ext;
      return { status, body: { errors: [{ message: err.message, extensions: rest }] } };
    }
    throw err;
  }
}

export interface RouteContext {
  em: EntityManager;
  log: Logger;
  requestId?: string;
}

/** The plain-HTTP route: `POST /api/callbacks/<channel>` (path relative to the subgraph). */
export async function callbackRoute(req: IncomingMessage, res: ServerResponse, ctx: RouteContext): Promise<void> {
  const m = /^\/api\/callbacks\/([a-z0-9-]{2,30})\/?$/.exec((req.url ?? '').split('?')[0]);
  if (!m) return sendJson(res, 404, fail(404, 'NOT_FOUND', 'Use POST /api/callbacks/<channel>', 'Alamat tidak ditemukan').body);
  let rawBody: string;
  try {
    rawBody = await readBody(req, CALLBACK_BODY_LIMIT);
  } catch (err) {
    if (err instanceof BodyTooLargeError)
      return sendJson(res, 413, fail(413, 'PAYLOAD_TOO_LARGE', `Body larger than ${CALLBACK_BODY_LIMIT} bytes`, 'Isi callback terlalu besar').body);
    throw err;
  }
  const header = (name: string) => {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const answer = await handleCallback(ctx.em, { channelId: m[1], timestamp: header('x-timestamp'), signature: header('x-signature'), rawBody }, ctx.log);
  sendJson(res, answer.status, answer.body);
}
