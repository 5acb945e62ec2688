import { createSecretKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { unauthenticated } from './errors';

/** Officer roles. Each is scoped: to a kelurahan, a kecamatan, an agency, or the whole city. */
export enum OfficerRole {
  KELURAHAN_OFFICER = 'KELURAHAN_OFFICER',
  LURAH = 'LURAH',
  CAMAT = 'CAMAT',
  AGENCY_OFFICER = 'AGENCY_OFFICER',
  INSPECTOR = 'INSPECTOR',
  DISPATCHER = 'DISPATCHER',
  /** Staff of one health facility (puskesmas, hospital, clinic): scoped by the `facilityId` claim. */
  FACILITY_STAFF = 'FACILITY_STAFF',
  ADMIN = 'ADMIN',
}

export type Viewer =
  | { kind: 'anonymous' }
  /** kelurahanId: where the resident lives, as in their account when the token was issued. */
  /** sid: the session (login) the token was issued for; core checks it is still live before personal data. */
  | { kind: 'citizen'; id: string; name: string; kelurahanId?: string | null; sid?: string }
  | {
      kind: 'officer';
      id: string;
      name: string;
      role: OfficerRole;
      kelurahanId: string | null;
      kecamatanId: string | null;
      agencyId: string | null;
      /** The health facility a FACILITY_STAFF officer works at (absent for other roles). */
      facilityId?: string | null;
      sid?: string;
    };

export const ANONYMOUS: Viewer = { kind: 'anonymous' };
export const ACCESS_TOKEN_TTL_SECONDS = 15 * 60;
const ISSUER = 'satu-kendari';
const AUDIENCE = 'satu-kendari-graph';

type Claims = Exclude<Viewer, { kind: 'anonymous' }>;

/**
 * The secret as a KeyObject, made once. Given a string, jsonwebtoken first tries it as a public key
 * (createPublicKey throws, which is slow) and then builds a secret key, on every call: that was ~9 %
 * of core's CPU under the dashboard load, where every subgraph request carries a token.
 */
const secretKeys = new Map<string, KeyObject>();
function keyOf(secret: string): KeyObject {
  let key = secretKeys.get(secret);
  if (!key) {
    key = createSecretKey(Buffer.from(secret));
    secretKeys.set(secret, key);
  }
  return key;
}

export function signAccessToken(viewer: Claims, secret: string, ttlSeconds = ACCESS_TOKEN_TTL_SECONDS): string {
  const { id, ...rest } = viewer;
  return jwt.sign(rest, keyOf(secret), { algorithm: 'HS256', subject: id, expiresIn: ttlSeconds, issuer: ISSUER, audience: AUDIENCE });
}

/**
 * Tokens already verified, kept until they expire but at most a minute: every request a subgraph gets
 * carries one, and the gateway sends the same token on every hop of a caller's operation; verifying it
 * again (an HMAC, base64 and two JSON parses) was ~2 % of core's CPU per request. Only good tokens are
 * kept (a bad one is checked, and refused, every time); the claims are frozen, shared by the requests.
 */
const VERIFIED_KEPT_MS = 60_000;
const VERIFIED_MAX = 10_000;
const verified = new Map<string, { claims: Claims; until: number; secret: string }>();

/** Verifies a token; an invalid or expired one is UNAUTHENTICATED (never silently anonymous). */
export function verifyAccessToken(token: string, secret: string): Claims {
  const now = Date.now();
  const hit = verified.get(token);
  if (hit && hit.secret === secret && now < hit.until) return hit.claims;
  const { claims, exp } = verifyAccessTokenNow(token, secret);
  Object.freeze(claims);
  if (verified.size >= VERIFIED_MAX) verified.delete(verified.keys().next().value as string);
  verified.set(token, { claims, secret, until: Math.min(now + VERIFIED_KEPT_MS, typeof exp === 'number' ? exp * 1000 : now) });
  return claims;
}

function verifyAccessTokenNow(token: string, secret: string): { claims: Claims; exp: number | undefined } {
  try {
    const payload = jwt.verify(token, keyOf(secret), { algorithms: ['HS256'], issuer: ISSUER, audience: AUDIENCE }) as jwt.JwtPayload;
    return { claims: claimsOf(payload), exp: payload.exp };
  } catch (err) {
    const expired = err instanceof jwt.TokenExpiredError;
    throw unauthenticated(
      expired ? 'Access token expired: renew it with refreshSession' : 'Invalid access token',
      expired ? 'Sesi Anda telah berakhir, silakan masuk kembali' : 'Token akses tidak valid, silakan masuk kembali',
    );
  }
}

/** The viewer a verified token names; claims this code does not know are a broken or forged token (thrown). */
function claimsOf(payload: jwt.JwtPayload): Claims {
  if (!payload.sub || (payload.kind !== 'citizen' && payload.kind !== 'officer')) throw new Error('bad claims');
  // a role this code does not know is a broken or forged token, never a guess
  if (payload.kind === 'officer' && !Object.values(OfficerRole).includes(payload.role)) throw new Error('bad claims');
  const sid = typeof payload.sid === 'string' ? { sid: payload.sid } : {};
  if (payload.kind === 'citizen')
    return { kind: 'citizen', id: payload.sub, name: String(payload.name ?? ''), kelurahanId: payload.kelurahanId ?? null, ...sid };
  return {
    kind: 'officer',
    id: payload.sub,
    name: String(payload.name ?? ''),
    role: payload.role as OfficerRole,
    kelurahanId: payload.kelurahanId ?? null,
    kecamatanId: payload.kecamatanId ?? null,
    agencyId: payload.agencyId ?? null,
    // only present when the token carries it, so other roles' viewers stay as they were
    ...(payload.facilityId ? { facilityId: String(payload.facilityId) } : {}),
    ...sid,
  };
}

/** Reads `Authorization: Bearer ...`; no header is anonymous, a malformed or bad one is an error. */
export function viewerFromAuthorization(header: string | undefined, secret: string): Viewer {
  if (!header) return ANONYMOUS;
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!m) throw unauthenticated('Authorization header must be "Bearer <token>"', 'Token akses tidak valid, silakan masuk kembali');
  return verifyAccessToken(m[1], secret);
}

/** Whether an officer's scope covers a kelurahan (ADMIN and city-wide roles cover all). */
export function officerCoversKelurahan(viewer: Extract<Viewer, { kind: 'officer' }>, kelurahanId: string): boolean {
  if (viewer.role === OfficerRole.ADMIN) return true;
  if (viewer.kelurahanId) return viewer.kelurahanId === kelurahanId;
  if (viewer.kecamatanId) return kelurahanId.startsWith(`${viewer.kecamatanId}.`);
  return false;
}
