import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { ACCESS_TOKEN_TTL_SECONDS, signAccessToken, unauthenticated, type Viewer } from '@kendari/kit';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { Citizen, Officer, Session } from '../entities/account.entity';

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
  return { kind: 'officer', id: account.id, name: account.name, role: account.role, kelurahanId: account.kelurahanId ?? null, kecamatanId: account.kecamatanId ?? null, agencyId: account.agencyId ?? null };
}

export async function openSession(em: EntityManager, account: Citizen | Officer, secret: string, now = new Date()): Promise<AuthSession> {
  const refreshToken = randomBytes(32).toString('base64url');
  const accountKind = account instanceof Citizen ? 'citizen' : 'officer';
  const session = em.create(Session, {
    id: randomUUID(),
    refreshTokenHash: sha256(refreshToken),
    accountKind,
    accountId: account.id,
    expiresAt: new Date(now.getTime() + REFRESH_TTL_MS),
    createdAt: now,
  });
  await em.persistAndFlush(session);
  return {
    accessToken: signAccessToken(viewerOf(account), secret),
    accessTokenExpiresAt: new Date(now.getTime() + ACCESS_TOKEN_TTL_SECONDS * 1000),
    refreshToken,
    refreshTokenExpiresAt: session.expiresAt,
    accountKind: accountKind === 'citizen' ? AccountKind.CITIZEN : AccountKind.OFFICER,
  };
}

const invalidRefresh = () => unauthenticated('Refresh token is invalid or expired: log in again', 'Sesi Anda telah berakhir, silakan masuk kembali');

/** Rotates a refresh token. A token used twice means it was copied: every session of that account ends. */
export async function renewSession(em: EntityManager, refreshToken: string, secret: string, now = new Date()): Promise<AuthSession> {
  const session = await em.findOne(Session, { refreshTokenHash: sha256(refreshToken) });
  if (!session || session.expiresAt <= now) throw invalidRefresh();
  if (session.revokedAt) {
    await em.nativeUpdate(Session, { accountId: session.accountId, revokedAt: null }, { revokedAt: now });
    throw invalidRefresh();
  }
  const account = session.accountKind === 'citizen' ? await em.findOne(Citizen, session.accountId) : await em.findOne(Officer, session.accountId);
  if (!account) throw invalidRefresh();
  session.revokedAt = now;
  await em.flush();
  return openSession(em, account, secret, now);
}

export async function closeSession(em: EntityManager, refreshToken: string, now = new Date()): Promise<boolean> {
  const n = await em.nativeUpdate(Session, { refreshTokenHash: sha256(refreshToken), revokedAt: null }, { revokedAt: now });
  return n > 0;
}
