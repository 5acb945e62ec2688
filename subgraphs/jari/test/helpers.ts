import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { addWorkingDays, demoCitizens, OfficerRole, signAccessToken, stableUuid, type StartedSubgraph } from '@kendari/kit';
import sharp from 'sharp';
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

/** The subgraph's base (without /graphql) for the upload routes. */
export const baseOf = (sg: StartedSubgraph) => sg.url.replace(/\/graphql$/, '');

/** POSTs a file to the upload route, as the portal does (name in `x-file-name`, or `?name=`). */
export async function upload(sg: StartedSubgraph, body: Buffer, opts: { token?: string; name?: string; nameInQuery?: boolean } = {}) {
  const name = encodeURIComponent(opts.name ?? 'bukti.jpg');
  const res = await fetch(`${baseOf(sg)}/api/uploads${opts.nameInQuery ? `?name=${name}` : ''}`, {
    method: 'POST',
    headers: { ...(opts.token ? { authorization: `Bearer ${opts.token}` } : {}), 'content-type': 'application/octet-stream', 'x-file-name': name },
    body: new Uint8Array(body),
  });
  return { status: res.status, body: (await res.json()) as any };
}

/** A small photo of a receipt, different on each call (`seed`), carrying EXIF with a camera, an owner and GPS. */
export async function photoWithGps(seed = Math.floor(Math.random() * 255)): Promise<Buffer> {
  return sharp({ create: { width: 40, height: 30, channels: 3, background: { r: seed, g: 120, b: 60 } } })
    .jpeg()
    .withExif({
      IFD0: { Make: 'PhoneMaker', Model: 'Secret Model', Artist: 'Wa Ode Pelapor' },
      IFD3: { GPSLatitudeRef: 'S', GPSLatitude: '3/1 58/1 0/1', GPSLongitudeRef: 'E', GPSLongitude: '122/1 31/1 0/1' },
    })
    .toBuffer();
}

/** Uploads one fresh photo anonymously and answers the input field that attaches it. */
export async function withEvidence(sg: StartedSubgraph): Promise<{ evidenceUploadIds: string[] }> {
  const r = await upload(sg, await photoWithGps());
  if (r.status !== 201) throw new Error(`upload failed: ${r.status} ${JSON.stringify(r.body)}`);
  return { evidenceUploadIds: [r.body.upload.id] };
}

export { JariCategory, JariOutcome, JariStatus };
