import { createThrottle, uploadRoutes, type UploadRouteContext, type Upload } from '@kendari/kit';
import { policy } from './policy';

/** Files per resident per hour: generous for a checklist, a wall for a script. */
const uploadsPerHour = createThrottle({ name: 'permits.uploads', points: 60, windowSeconds: 3600 });

/** Who may read a file: its owner, or DPMPTSP once it is attached to a submitted application (never a draft). */
export async function mayDownload(ctx: UploadRouteContext, upload: Upload): Promise<boolean> {
  const { viewer } = ctx;
  if (viewer.kind === 'citizen') return policy.can(viewer, 'upload.own', { ownerId: upload.ownerId });
  if (!policy.can(viewer, 'applications.work')) return false;
  const rows = await ctx.em
    .getConnection()
    .execute<Array<{ n: number }>>(
      `select count(*)::int as n from "permits"."permit_document" d join "permits"."permit_application" a on a.id = d.application_id where d.upload_id = ? and a.status <> 'DRAFT'`,
      [upload.id],
    );
  return rows[0].n > 0;
}

/** `POST /api/uploads` and `GET /api/uploads/<id>` (through the gateway: `/api/permits/uploads...`). */
export const permitUploadRoutes = () =>
  uploadRoutes({
    mayDownload,
    // residents upload for their applications; anonymous is UNAUTHENTICATED, an officer FORBIDDEN
    ownerOf: (viewer) => policy.must(viewer, 'application.apply').id,
    beforeUpload: (_ctx, ownerId) => uploadsPerHour.consume(ownerId, { en: 'Too many uploads in an hour', id: 'Terlalu banyak unggahan dalam satu jam.' }),
  });
