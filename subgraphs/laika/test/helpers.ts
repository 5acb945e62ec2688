import { randomUUID } from 'node:crypto';
import { addWorkingDays, KELURAHAN, OfficerRole, signAccessToken, type StartedSubgraph } from '@kendari/kit';
import { LetterRequest, LetterTimelineEntry } from '../src/entities/letter-request.entity';
import { LETTER_TYPE_BY_ID } from '../src/letter-types';
import { officeOf } from '../src/numbering';
import { LetterStatus } from '../src/workflow';

export const SECRET = 'test-secret-test-secret-test-secret-0123';

export const kel = (name: string) => {
  const k = KELURAHAN.find((x) => x.name === name);
  if (!k) throw new Error(`no kelurahan ${name}`);
  return k;
};

export const citizenToken = (id: string, name: string) => signAccessToken({ kind: 'citizen', id, name }, SECRET);

export function officerToken(role: OfficerRole, area: { kelurahanId?: string | null; kecamatanId?: string | null } = {}) {
  return signAccessToken(
    {
      kind: 'officer',
      id: randomUUID(),
      name: `Test ${role}`,
      role,
      kelurahanId: area.kelurahanId ?? null,
      kecamatanId: area.kecamatanId ?? null,
      agencyId: null,
    },
    SECRET,
  );
}

/** Officer tokens for one kelurahan (and its kecamatan's camat). */
export function officersOf(name: string) {
  const k = kel(name);
  return {
    petugas: officerToken(OfficerRole.KELURAHAN_OFFICER, { kelurahanId: k.id, kecamatanId: k.kecamatanId }),
    lurah: officerToken(OfficerRole.LURAH, { kelurahanId: k.id, kecamatanId: k.kecamatanId }),
    camat: officerToken(OfficerRole.CAMAT, { kecamatanId: k.kecamatanId }),
  };
}

/** Removes every request of these kelurahan, so a test controls exactly what they hold. */
export async function clearKelurahan(sg: StartedSubgraph, ...ids: string[]) {
  await sg.orm.em.getConnection().execute(`delete from "laika"."letter_request" where kelurahan_id in (?)`, [ids]);
}

export interface RowSpec {
  kelurahanId: string;
  letterTypeId?: string;
  createdAt: Date;
  issuedAfterHours?: number;
  status?: LetterStatus;
  citizenId?: string;
}

/** Inserts requests straight into the table (known data for statistics and batching tests). */
export async function insertRequests(sg: StartedSubgraph, specs: RowSpec[]): Promise<string[]> {
  const em = sg.orm.em.fork();
  const ids: string[] = [];
  for (const s of specs) {
    const t = LETTER_TYPE_BY_ID.get(s.letterTypeId ?? 'laika-sk-domisili')!;
    const k = KELURAHAN.find((x) => x.id === s.kelurahanId)!;
    const issuedAt = s.issuedAfterHours === undefined ? null : new Date(s.createdAt.getTime() + s.issuedAfterHours * 3600_000);
    const status = s.status ?? (issuedAt ? LetterStatus.ISSUED : LetterStatus.SUBMITTED);
    const id = randomUUID();
    ids.push(id);
    em.create(LetterRequest, {
      id,
      citizenId: s.citizenId ?? randomUUID(),
      holderName: 'Wa Ode Test',
      letterTypeId: t.id,
      level: t.level,
      kelurahanId: k.id,
      kecamatanId: k.kecamatanId,
      purpose: 'Keperluan pengujian',
      details: {},
      status,
      createdAt: s.createdAt,
      updatedAt: issuedAt ?? s.createdAt,
      dueAt: addWorkingDays(s.createdAt, t.timeLimitDays),
      issuedAt,
      letterNumber: issuedAt ? `TEST/${id}` : null,
      verificationCode: issuedAt ? id : null,
      verificationKey: issuedAt ? id.replace(/-/g, '').toUpperCase() : null,
      officeName: officeOf(t.level, k.id).name,
    });
    em.create(LetterTimelineEntry, {
      id: randomUUID(),
      requestId: id,
      at: s.createdAt,
      actorId: randomUUID(),
      actorRole: 'CITIZEN',
      fromStatus: null,
      toStatus: LetterStatus.SUBMITTED,
    });
    if (issuedAt)
      em.create(LetterTimelineEntry, {
        id: randomUUID(),
        requestId: id,
        at: issuedAt,
        actorId: randomUUID(),
        actorRole: 'KELURAHAN_OFFICER',
        fromStatus: LetterStatus.SIGNED,
        toStatus: LetterStatus.ISSUED,
      });
  }
  await em.flush();
  return ids;
}

export async function countRows(sg: StartedSubgraph, where = 'true', params: unknown[] = []): Promise<number> {
  const rows = await sg.orm.em.getConnection().execute(`select count(*)::int as n from "laika"."letter_request" where ${where}`, params);
  return rows[0].n;
}
