import { randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { badField, conflict, InputCheck, normalisePhone, notFound, sha256, startOfWitaDay, WITA_OFFSET_MS } from '@kendari/kit';
import { ApiKey, type ApiKeyUsageDay } from './entities/api-key.entity';
import { Citizen, Officer } from './entities/account.entity';

/**
 * API keys (issue 17): the rules and SQL. A key is `skd_<live|demo>_<8 hex>_<43 base64url>`: the first part
 * (the prefix) is public and shown in lists; the whole key is hashed (sha256 hex) and only the hash is stored,
 * so the key itself exists only in createApiKey's answer. The gateway checks a key by its hash through
 * core's internal route and counts quotas itself; core keeps the calls per key and day.
 */
export const API_KEY_PATTERN = /^skd_(live|demo)_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/;

export const QUOTA_LIMITS = { perMinuteMax: 100_000, perDayMax: 100_000_000, originsMax: 20 };

/** A new key: 32 random bytes of secret (256 bits), plus 4 random bytes of public prefix. */
export function newApiKey(kind: 'live' | 'demo' = 'live'): { key: string; prefix: string; secretHash: string } {
  const prefix = `skd_${kind}_${randomBytes(4).toString('hex')}`;
  const key = `${prefix}_${randomBytes(32).toString('base64url')}`;
  return { key, prefix, secretHash: sha256(key) };
}

export interface CreateApiKeyFields {
  holder?: string | null;
  contact?: string | null;
  ownerAccountId?: string | null;
  quotaPerMinute?: number | null;
  quotaPerDay?: number | null;
  allowedOrigins?: string[] | null;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL = /^[^\s@]{1,64}@[^\s@]{1,190}\.[^\s@]{2,}$/;

/** `https://konawekab.go.id` as a browser sends it in `Origin`: scheme, host, port; no path. */
function normaliseOrigin(raw: string): string | null {
  try {
    const u = new URL(raw.trim());
    if ((u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password) return null;
    if (raw.trim().replace(/\/$/, '').toLowerCase() !== u.origin.toLowerCase()) return null; // a path or query was given
    return u.origin.toLowerCase();
  } catch {
    return null;
  }
}

export async function createApiKey(em: EntityManager, input: CreateApiKeyFields, adminId: string): Promise<{ apiKey: ApiKey; key: string }> {
  const v = new InputCheck('input');
  const holder = v.text('holder', input.holder, { min: 3, max: 120, label: 'Pemegang kunci' });
  const contactRaw = v.text('contact', input.contact, { min: 5, max: 200, label: 'Kontak' });
  let contact: string | undefined;
  if (contactRaw) {
    contact = EMAIL.test(contactRaw) ? contactRaw.toLowerCase() : normalisePhone(contactRaw.replace(/[\s-]/g, ''));
    v.check(
      !!contact,
      'contact',
      'contact must be an email address or an Indonesian phone number of the holder’s office',
      'Kontak harus alamat email atau nomor telepon kantor pemegang kunci',
    );
  }
  const perMinute = v.number('quotaPerMinute', input.quotaPerMinute, { min: 1, max: QUOTA_LIMITS.perMinuteMax, label: 'Kuota per menit' });
  const perDay = v.number('quotaPerDay', input.quotaPerDay, { min: 1, max: QUOTA_LIMITS.perDayMax, label: 'Kuota per hari' });
  if (perMinute !== undefined && !Number.isInteger(perMinute))
    v.fail('quotaPerMinute', 'quotaPerMinute must be a whole number', 'Kuota per menit harus bilangan bulat');
  if (perDay !== undefined && !Number.isInteger(perDay)) v.fail('quotaPerDay', 'quotaPerDay must be a whole number', 'Kuota per hari harus bilangan bulat');
  if (perMinute !== undefined && perDay !== undefined)
    v.check(perDay >= perMinute, 'quotaPerDay', 'quotaPerDay must be at least quotaPerMinute', 'Kuota per hari tidak boleh lebih kecil dari kuota per menit');
  const origins: string[] = [];
  const rawOrigins = input.allowedOrigins ?? [];
  if (
    v.check(
      rawOrigins.length <= QUOTA_LIMITS.originsMax,
      'allowedOrigins',
      `at most ${QUOTA_LIMITS.originsMax} origins`,
      `Paling banyak ${QUOTA_LIMITS.originsMax} origin`,
    )
  ) {
    rawOrigins.forEach((o, i) => {
      const origin = typeof o === 'string' && o.length <= 200 ? normaliseOrigin(o) : null;
      if (origin) {
        if (!origins.includes(origin)) origins.push(origin);
      } else
        v.fail(
          `allowedOrigins.${i}`,
          'each origin must look like https://example.go.id (scheme, host, optional port; no path)',
          'Origin harus seperti https://contoh.go.id (tanpa path)',
        );
    });
  }
  let owner: string | null = null;
  if (input.ownerAccountId) {
    const id = input.ownerAccountId;
    const exists = UUID.test(id) && ((await em.count(Citizen, { id })) > 0 || (await em.count(Officer, { id })) > 0);
    if (v.check(exists, 'ownerAccountId', 'ownerAccountId is not an account of Satu Kendari', 'Akun pemilik tidak ditemukan')) owner = id;
  }
  v.done();

  const { key, prefix, secretHash } = newApiKey('live');
  const apiKey = em.create(ApiKey, {
    id: randomUUID(),
    prefix,
    secretHash,
    holder: holder!,
    contact: contact!,
    ownerAccountId: owner,
    quotaPerMinute: perMinute!,
    quotaPerDay: perDay!,
    allowedOrigins: origins,
    createdAt: new Date(),
    createdBy: adminId,
    revokedAt: null,
  });
  await em.persistAndFlush(apiKey);
  return { apiKey, key };
}

/** Revokes once: an unknown key is NOT_FOUND, one already revoked CONFLICT (nothing changes). */
export async function revokeApiKey(em: EntityManager, id: string, now = new Date()): Promise<ApiKey> {
  if (!UUID.test(id)) throw notFound('API key', 'Kunci API');
  // one statement: two admins revoking at once cannot both "win"
  const n = await em.nativeUpdate(ApiKey, { id, revokedAt: null }, { revokedAt: now });
  const key = await em.findOne(ApiKey, id, { refresh: true });
  if (!key) throw notFound('API key', 'Kunci API');
  if (n === 0) throw conflict('This API key was already revoked', 'Kunci API ini sudah dicabut sebelumnya', { reason: 'ALREADY_REVOKED' });
  return key;
}

/** What the gateway needs to admit a key (by the hash of the key it was sent). */
export interface VerifiedKey {
  id: string;
  quotaPerMinute: number;
  quotaPerDay: number;
  allowedOrigins: string[];
  revoked: boolean;
}

export async function keyByHash(em: EntityManager, hash: string): Promise<VerifiedKey | null> {
  const rows = await em
    .getConnection()
    .execute<Array<{ id: string; quota_per_minute: number; quota_per_day: number; allowed_origins: string[]; revoked_at: Date | null }>>(
      'select id, quota_per_minute, quota_per_day, allowed_origins, revoked_at from core.api_key where secret_hash = ?',
      [hash],
    );
  const r = rows[0];
  if (!r) return null;
  return {
    id: r.id,
    quotaPerMinute: r.quota_per_minute,
    quotaPerDay: r.quota_per_day,
    allowedOrigins: r.allowed_origins ?? [],
    revoked: r.revoked_at !== null,
  };
}

export interface UsageRow {
  keyId: string;
  day: string;
  calls: number;
  rejected: number;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const witaDay = (d: Date) => new Date(d.getTime() + WITA_OFFSET_MS).toISOString().slice(0, 10);

/** Checks a batch from a gateway; the problems are named (BAD_USER_INPUT), nothing is added. */
export function checkUsageRows(rows: unknown, now = new Date()): UsageRow[] {
  if (!Array.isArray(rows) || rows.length > 10_000) throw badField('rows', 'rows must be a list of at most 10000 entries', 'Data pemakaian tidak valid');
  const v = new InputCheck('rows');
  // a gateway flushes every ~10 s: a day other than yesterday, today or tomorrow (clock skew) is not a flush
  const allowed = new Set([-1, 0, 1].map((d) => witaDay(new Date(now.getTime() + d * 86_400_000))));
  const out: UsageRow[] = [];
  (rows as unknown[]).forEach((row, i) => {
    const r = (row ?? {}) as Record<string, unknown>;
    const count = (x: unknown) => Number.isInteger(x) && (x as number) >= 0 && (x as number) <= 1_000_000_000;
    if (typeof r.keyId !== 'string' || !UUID.test(r.keyId)) return v.fail(`${i}.keyId`, 'keyId must be a key id', 'Data pemakaian tidak valid');
    if (typeof r.day !== 'string' || !DAY.test(r.day) || !allowed.has(r.day))
      return v.fail(`${i}.day`, 'day must be yesterday, today or tomorrow (WITA)', 'Data pemakaian tidak valid');
    if (!count(r.calls) || !count(r.rejected)) return v.fail(`${i}.calls`, 'calls and rejected must be whole numbers ≥ 0', 'Data pemakaian tidak valid');
    out.push({ keyId: r.keyId, day: r.day, calls: r.calls as number, rejected: r.rejected as number });
  });
  v.done();
  return out;
}

/** Adds a batch in one statement (rows of unknown keys are skipped); the number of (key, day) rows touched. */
export async function addUsage(em: EntityManager, rows: UsageRow[]): Promise<number> {
  if (!rows.length) return 0;
  const result = await em.getConnection().execute(
    `insert into core.api_key_usage (key_id, day, calls, rejected)
     select u.key_id, u.day, sum(u.calls), sum(u.rejected)
     from jsonb_to_recordset(?::jsonb) as u(key_id uuid, day date, calls int, rejected int)
     join core.api_key k on k.id = u.key_id
     group by u.key_id, u.day
     on conflict (key_id, day) do update
       set calls = core.api_key_usage.calls + excluded.calls, rejected = core.api_key_usage.rejected + excluded.rejected`,
    [JSON.stringify(rows.map((r) => ({ key_id: r.keyId, day: r.day, calls: r.calls, rejected: r.rejected })))],
    'run',
  );
  return (result as { affectedRows?: number }).affectedRows ?? rows.length;
}

/** The last `days` WITA days (today included) of each key's use, newest first; days without calls are absent. */
export async function usageOf(em: EntityManager, keyIds: readonly string[], days: number, now = new Date()): Promise<Map<string, ApiKeyUsageDay[]>> {
  const from = witaDay(new Date(startOfWitaDay(now).getTime() - (days - 1) * 86_400_000 + 12 * 3600_000));
  const rows = await em.getConnection().execute<Array<{ key_id: string; day: string; calls: number; rejected: number }>>(
    `select key_id, to_char(day, 'YYYY-MM-DD') as day, calls, rejected from core.api_key_usage
       where key_id = any(?::uuid[]) and day >= ?::date order by key_id, day desc`,
    [`{${keyIds.join(',')}}`, from],
  );
  const out = new Map<string, ApiKeyUsageDay[]>(keyIds.map((k) => [k, []]));
  for (const r of rows) out.get(r.key_id)?.push({ day: r.day, calls: r.calls, rejected: r.rejected });
  return out;
}
