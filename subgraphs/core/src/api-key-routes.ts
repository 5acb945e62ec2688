import type { HttpRoute } from '@kendari/kit';
import { badField, readInternalCall, sendJson } from '@kendari/kit';
import { addUsage, checkUsageRows, keyByHash } from './api-keys';

/**
 * Core's internal routes for the gateway (no database of its own): check a key by its hash, add up calls.
 * Under `/internal/`: never forwarded by the gateway's `/api/<subgraph>/...` passthrough, and every call
 * must be signed with the shared secret (kit internal-call.ts), else 401.
 */
export const apiKeyRoutes: HttpRoute[] = [
  {
    method: 'POST',
    path: '/internal/api-keys/verify',
    async handler(req, res, ctx) {
      const body = (await readInternalCall(req, ctx.authSecret)) as { hash?: unknown } | null;
      const hash = body?.hash;
      if (typeof hash !== 'string' || !/^[0-9a-f]{64}$/.test(hash)) throw badField('hash', 'hash must be the sha256 (hex) of a key', 'Data tidak valid');
      const key = await keyByHash(ctx.em, hash);
      sendJson(res, 200, key ? { found: true, key } : { found: false });
    },
  },
  {
    method: 'POST',
    path: '/internal/api-keys/usage',
    async handler(req, res, ctx) {
      const body = (await readInternalCall(req, ctx.authSecret)) as { rows?: unknown } | null;
      const rows = checkUsageRows(body?.rows);
      const applied = await addUsage(ctx.em, rows);
      sendJson(res, 200, { applied });
    },
  },
];
