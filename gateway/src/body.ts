import type { IncomingMessage, ServerResponse } from 'node:http';
import { sendJson } from '@kendari/kit/platform';

/**
 * Answers `status` only after the rest of the request body has been read (and dropped), so a client
 * still sending is not cut off with a connection reset before it can read the answer. A client that
 * keeps sending past `graceMs` is cut off.
 */
export function refuseAfterDrain(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string>,
  graceMs = 10_000,
): void {
  let answered = false;
  const answer = () => {
    if (answered || res.headersSent) return;
    answered = true;
    clearTimeout(timer);
    sendJson(res, status, body, { ...headers, connection: 'close' });
  };
  const timer = setTimeout(() => {
    answer();
    req.destroy();
  }, graceMs);
  timer.unref();
  if (req.readableEnded || req.complete) return answer();
  req.removeAllListeners('data');
  req.on('data', () => undefined);
  req.once('end', answer);
  req.once('error', answer);
  req.resume();
}

/**
 * Reads a request body of at most `limit` bytes. Over it (declared or while a chunked body streams):
 * 413 PAYLOAD_TOO_LARGE, answered once the client has finished sending (see refuseAfterDrain), and null.
 */
export function readBodyWithin(req: IncomingMessage, res: ServerResponse, limit: number, headers: Record<string, string>): Promise<string | null> {
  const tooLarge = {
    errors: [
      { message: `Request body larger than ${limit} bytes`, extensions: { code: 'PAYLOAD_TOO_LARGE', limit, messageId: 'Ukuran permintaan melebihi batas' } },
    ],
  };
  return new Promise((resolve, reject) => {
    if (Number(req.headers['content-length'] ?? 0) > limit) {
      refuseAfterDrain(req, res, 413, tooLarge, headers);
      return resolve(null);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (c: Buffer) => {
      size += c.length;
      if (size <= limit) return void chunks.push(c);
      req.off('data', onData);
      req.off('end', onEnd);
      chunks.length = 0;
      refuseAfterDrain(req, res, 413, tooLarge, headers);
      resolve(null);
    };
    const onEnd = () => resolve(Buffer.concat(chunks).toString('utf8'));
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', reject);
  });
}

/** How deeply a JSON value nests, counted without recursion and stopping past `max`. */
export function nestingDepth(value: unknown, max: number): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length) {
    const [v, d] = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (d + 1 > deepest) deepest = d + 1;
    if (deepest > max) return deepest;
    for (const child of Array.isArray(v) ? v : Object.values(v)) if (child !== null && typeof child === 'object') stack.push([child, d + 1]);
  }
  return deepest;
}
