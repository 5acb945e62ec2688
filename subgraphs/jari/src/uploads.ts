import { createThrottle, uploadRoutes, type Upload, type UploadRoute, type UploadRouteContext } from '@kendari/kit';
import { policy } from './policy';
import { JariEvidenceFile, JariReport } from './entities/jari-report.entity';

/**
 * Every JARI upload has this owner, whoever sends it: recording the account would tie an anonymous
 * report's evidence to a person. The upload id itself (a random UUID, answered only to the uploader)
 * is the one-time capability: the submission that names it first takes it, within UPLOAD_TTL_MS.
 */
export const JARI_UPLOAD_OWNER = 'jari:reporter';
/** An upload not attached to a report within a day can no longer be attached. */
export const UPLOAD_TTL_MS = 24 * 3600_000;

/** Uploads per (HMAC-keyed) address: 5 files per report, room for a dozen reports, a wall for a script. */
const uploadsPerAddress = createThrottle({ name: 'jari.uploads-address', points: 60, windowSeconds: 10 * 60 });

export const evidenceDownloadPath = (uploadId: string) => `/api/jari/uploads/${uploadId}`;

/** Evidence is read by the Inspectorate only (INSPECTOR, ADMIN), and only once attached to a report; never by the reporter's account or the agency. */
export async function mayDownloadEvidence(ctx: UploadRouteContext, upload: Upload): Promise<boolean> {
  if (!policy.can(ctx.viewer, 'reports.inspect')) return false;
  return (await ctx.em.count(JariEvidenceFile, { uploadId: upload.id })) > 0;
}

/** `POST /api/uploads` and `GET /api/uploads/<id>` (through the gateway: `/api/jari/uploads...`); anonymous callers may upload. */
export function jariUploadRoutes(): UploadRoute[] {
  return uploadRoutes({
    ownerOf: () => JARI_UPLOAD_OWNER,
    mayDownload: mayDownloadEvidence,
    // evidence of a named report is its reporter's data (the upload itself has no owner: see JARI_UPLOAD_OWNER)
    subjectOf: async (ctx, upload) => {
      const file = await ctx.em.findOne(JariEvidenceFile, { uploadId: upload.id });
      const report = file ? await ctx.em.findOne(JariReport, { id: file.reportId }) : null;
      return report?.reporterCitizenId ?? null;
    },
    beforeUpload: (ctx) =>
      uploadsPerAddress.consume(ctx.clientIp, { en: 'Too many uploads from this network', id: 'Terlalu banyak unggahan dari jaringan ini.' }),
  }).map((route) =>
    route.method !== 'POST'
      ? route
      : {
          ...route,
          // the client's file name is dropped before the kit sees it, so only a generic name is stored
          handler(req, res, ctx) {
            delete req.headers['x-file-name'];
            req.url = (req.url ?? '/').split('?')[0];
            return route.handler(req, res, ctx);
          },
        },
  );
}
