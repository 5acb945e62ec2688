import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addWorkingDays, demoCitizens, OfficerRole, signAccessToken, stableUuid } from '@kendari/kit';
import {
  JariActorRole,
  JariCategory,
  JariEvidenceFile,
  JariMessage,
  JariMessageAuthor,
  JariOutcome,
  JariReport,
  JariStatus,
  JariTimelineEntry,
  JariTimelineKind,
} from '../src/entities/jari-report.entity';
import { newTrackingCode, secretHashOf } from '../src/codes';

export const SECRET = 'test-secret-test-secret-test-secret-0123';

const officer = (username: string, role: OfficerRole, agencyId: string | null) =>
  signAccessToken({ kind: 'officer', id: stableUuid(`officer:${username}`), name: username, role, kelurahanId: null, kecamatanId: null, agencyId }, SECRET);

export const citizens = demoCitizens(3);
export const tokens = {
  inspector: officer('inspektur', OfficerRole.INSPECTOR, 'inspektorat'),
  admin: officer('admin', OfficerRole.ADMIN, 'diskominfo'),
  capil: officer('petugas.disdukcapil', OfficerRole.AGENCY_OFFICER, 'disdukcapil'),
  dpmptsp: officer('petugas.dpmptsp', OfficerRole.AGENCY_OFFICER, 'dpmptsp'),
  lurah: officer('lurah.kandai', OfficerRole.LURAH, null),
  citizen: signAccessToken({ kind: 'citizen', id: citizens[0].id, name: citizens[0].name }, SECRET),
  otherCitizen: signAccessToken({ kind: 'citizen', id: citizens[1].id, name: citizens[1].name }, SECRET),
};

export const validInput = (over: Record<string, unknown> = {}) => ({
  category: 'PUNGLI',
  agencyId: 'disdukcapil',
  serviceId: 'capil-ktp-el',
  occurredAt: new Date(Date.now() - 2 * 86_400_000).toISOString(),
  place: 'Loket 3, Kantor Disdukcapil',
  description: 'Petugas loket meminta Rp100.000 agar KTP-el saya dicetak hari ini, padahal layanan ini gratis.',
  amountAskedRupiah: 100000,
  evidence: [{ name: 'kuitansi.jpg', mimeType: 'image/jpeg', sizeBytes: 250000, sha256: 'a'.repeat(64), metadataStripped: true }],
  contactAllowed: true,
  ...over,
});

/** Inserts reports directly (for list sizes and statistics), each with a timeline entry, a message and an evidence file. */
export async function insertReports(em: EntityManager, n: number, over: (i: number) => Partial<JariReport> = () => ({})): Promise<JariReport[]> {
  const out: JariReport[] = [];
  for (let i = 0; i < n; i++) {
    const receivedAt = new Date(Date.now() - (i + 1) * 3600_000);
    const id = randomUUID();
    const r = em.create(JariReport, {
      id,
      trackingCode: newTrackingCode(),
      secretHash: secretHashOf('x'),
      requestHash: '0'.repeat(64),
      category: JariCategory.PUNGLI,
      agencyId: 'bapenda',
      serviceId: 'pajak-pbb',
      occurredAt: receivedAt,
      place: 'Kantor Bapenda',
      description: 'Diminta uang agar SPPT PBB dicetak lebih cepat dari antrean.',
      anonymous: true,
      reporterCitizenId: null,
      contactAllowed: false,
      status: JariStatus.RECEIVED,
      receivedAt,
      followUpDueAt: addWorkingDays(receivedAt, 5),
      updatedAt: receivedAt,
      ...over(i),
    });
    em.create(JariTimelineEntry, {
      id: randomUUID(),
      reportId: id,
      at: r.receivedAt,
      kind: JariTimelineKind.SUBMITTED,
      actorRole: JariActorRole.REPORTER,
      toStatus: JariStatus.RECEIVED,
    });
    em.create(JariMessage, { id: randomUUID(), reportId: id, at: r.receivedAt, author: JariMessageAuthor.INSPECTOR, body: 'Pertanyaan pemeriksa' });
    em.create(JariEvidenceFile, {
      id: randomUUID(),
      reportId: id,
      position: 0,
      name: 'a.pdf',
      mimeType: 'application/pdf',
      sizeBytes: 1000,
      sha256: 'b'.repeat(64),
      metadataStripped: true,
    });
    out.push(r);
  }
  await em.flush();
  return out;
}

export { JariCategory, JariOutcome, JariStatus };
