import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ACCESS_TOKEN_TTL_SECONDS, executePrepared, signAccessToken, unauthenticated, type RequestContext, type Viewer } from '@kendari/kit';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Citizen, Officer, Session } from '../entities/account.entity';
import { loaders } from '../loaders';

export enum AccountKind {
  CITIZEN = 'CITIZEN',
  OFFICER = 'OFFICER',
}
registerEnumType(AccountKind, { name: 'AccountKind' });

const REFRESH_TTL_MS = 30 * 24 * 3600_000;

@ObjectType({ description: 'A signed, short-lived access token (send as `Authorization: Bearer ...`) and a refresh token to renew it.' })
export class AuthSession {
  @Field(() => String)
  accessToken!: string;

  @Field(() => Date)
  accessTokenExpiresAt!: Date;

  @Field(() => String, { description: 'Exchange with refreshSession before the access token expires; each use gives a new one.' })
  refreshToken!: string;

  @Field(() => Date)
  refreshTokenExpiresAt!: Date;

  @Field(() => AccountKind)
  accountKind!: AccountKind;
}

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

export function viewerOf(account: Citizen | Officer): Exclude<Viewer, { kind: 'anonymous' }> {
  if (account instanceof Citizen) return { kind: 'citizen', id: account.id, name: account.name, kelurahanId: account.kelurahanId };
  return {
    kind: 'officer',
    id: account.id,
    name: account.name,
    role: account.role,
    kelurahanId: account.kelurahanId ?? null,
    kecamatanId: account.kecamatanId ?? null,
    agencyId: account.agencyId ?? null,
    ...(account.facilityId ? { facilityId: account.facilityId } : {}),
  };
}

/**
 * A new session row. `familyId` is the login it continues (a rotation keeps it); access tokens carry it as
 * `sid`, so core can tell whether the login behind a token is still live (see liveViewer).
 */
export async function openSession(
  em: EntityManager,
  account: Citizen | Officer,
  secret: string,
  now = new Date(),
  familyId?: string,
): Promise<AuthSession & { familyId: string }> {
  const refreshToken = randomBytes(32).toString('base64url');
  const accountKind = account instanceof Citizen ? 'citizen' : 'officer';
  const id = randomUUID();
  const session = em.create(Session, {
    id,
    familyId: familyId ?? id,
    refreshTokenHash: sha256(refreshToken),
    accountKind,
    accountId: account.id,
    expiresAt: new Date(now.getTime() + REFRESH_TTL_MS),
    createdAt: now,
  });
  await em.persistAndFlush(session);
  return {
    familyId: session.familyId,
    accessToken: signAccessToken({ ...viewerOf(account), sid: session.familyId }, secret),
    accessTokenExpiresAt: new Date(now.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000),
    refreshToken,
    refreshTokenExpiresAt: session.expiresAt,
    accountKind: accountKind === 'citizen' ? AccountKind.CITIZEN : AccountKind.OFFICER,
  };
}

const invalidRefresh = () => unauthenticated('Refresh token is invalid or expired: log in again', 'Sesi Anda telah berakhir, silakan masuk kembali');

/** A refresh token used twice means it was copied: every session of that account ends. */
async function reuseDetected(em: EntityManager, accountId: string, now: Date): Promise<never> {
  await em.nativeUpdate(Session, { accountId, revokedAt: null }, { revokedAt: now });
  throw invalidRefresh();
}

/**
 * Rotates a refresh token. The old row is retired by a conditional update (`where revoked_at is null`)
 * in the same transaction that inserts its successor, so of two simultaneous refreshes with one token
 * exactly one wins; the other's update waits for the winner's commit, finds the row retired, and is
 * treated as reuse: it ends every session of the account, the winner's new one included.
 */
export async function renewSession(em: EntityManager, refreshToken: string, secret: string, now = new Date()): Promise<AuthSession> {
  const session = await em.findOne(Session, { refreshTokenHash: sha256(refreshToken) });
  if (!session || session.expiresAt <= now) throw invalidRefresh();
  if (session.revokedAt) return reuseDetected(em, session.accountId, now);
  const account = session.accountKind === 'citizen' ? await em.findOne(Citizen, session.accountId) : await em.findOne(Officer, session.accountId);
  if (!account) throw invalidRefresh();
  const renewed = await em.fork().transactional(async (tx) => {
    const won = await tx.nativeUpdate(Session, { id: session.id, revokedAt: null }, { revokedAt: now });
    return won === 1 ? openSession(tx, account, secret, now, session.familyId) : null;
  });
  if (!renewed) return reuseDetected(em, session.accountId, now);
  const { familyId: _family, ...out } = renewed;
  return out;
}

/**
 * Whether the login behind the caller's token is still live (not logged out, not ended by a reused
 * refresh token) and, for an officer, whether the token's role and scope are still the account's.
 * Asked before any personal data is read; one query per request (the answer is kept for the request). For a
 * resident the same statement reads their row, so `me` costs one statement, not two.
 */
export function liveViewer(ctx: RequestContext): Promise<boolean> {
  const viewer = ctx.viewer;
  if (viewer.kind === 'anonymous') return Promise.resolve(false);
  const loader = ctx.loaders.get<string, boolean>('core.liveViewer', async (keys) => Promise.all(keys.map(() => checkLive(ctx, viewer))));
  return loader.load('viewer');
}

async function checkLive(ctx: RequestContext, viewer: Exclude<Viewer, { kind: 'anonymous' }>): Promise<boolean> {
  if (!viewer.sid) return false; // not issued by a login of this system
  // prepared (kit executePrepared): every token request to core runs it, and planning it cost PostgreSQL more than running it
  const rows = await executePrepared<{
    role: string | null;
    kelurahan_id: string | null;
    kecamatan_id: string | null;
    agency_id: string | null;
    facility_id: string | null;
  }>(
    ctx.em,
    viewer.kind === 'officer'
      ? `select o.role, o.kelurahan_id, o.kecamatan_id, o.agency_id, o.facility_id from core.officer o
          where o.id = ? and exists (select 1 from core.session s where s.family_id = ? and s.account_id = o.id and s.revoked_at is null and s.expires_at > now())`
      : `select c.* from core.citizen c
          where c.id = ? and exists (select 1 from core.session s where s.family_id = ? and s.account_id = c.id and s.revoked_at is null and s.expires_at > now())`,
    [viewer.id, viewer.sid],
  );
  const [row] = rows;
  if (!row) return false;
  if (viewer.kind === 'citizen') {
    // the row is the resident's own: `me` and the resident's fields read it from here, not in a second statement
    loaders(ctx).citizen.prime(viewer.id, ctx.em.map(Citizen, row as never));
    return true;
  }
  // the role claim must be the account's role today (a demoted officer's old token reads nothing)
  return (
    row.role === viewer.role &&
    row.kelurahan_id === viewer.kelurahanId &&
    row.kecamatan_id === viewer.kecamatanId &&
    row.agency_id === viewer.agencyId &&
    (row.facility_id ?? null) === (viewer.facilityId ?? null)
  );
}

/** UNAUTHENTICATED unless liveViewer: the portal then renews the session or asks to log in again. */
export async function requireLiveViewer(ctx: RequestContext): Promise<void> {
  if (!(await liveViewer(ctx)))
    throw unauthenticated('This session has ended or no longer matches the account: log in again', 'Sesi Anda telah berakhir, silakan masuk kembali');
}

export async function closeSession(em: EntityManager, refreshToken: string, now = new Date()): Promise<boolean> {
  const n = await em.nativeUpdate(Session, { refreshTokenHash: sha256(refreshToken), revokedAt: null }, { revokedAt: now });
  return n > 0;
}
