import { loadByKey, loadGroupedBy, Upload, type RequestContext } from '@kendari/kit';
import { PermitApplication, PermitDocument, PermitEvent, PermitPayment, PermitTypeRow } from './entities/permit.entity';

/** Every lookup by id or parent goes through these per-request loaders (one query per batch). */
export const loaders = (ctx: RequestContext) => ({
  permitType: loadByKey(ctx, PermitTypeRow),
  application: loadByKey(ctx, PermitApplication),
  upload: loadByKey(ctx, Upload),
  documentsOf: loadGroupedBy(ctx, PermitDocument, 'applicationId', { requirementKey: 'asc' }),
  timelineOf: loadGroupedBy(ctx, PermitEvent, 'applicationId', { at: 'asc', id: 'asc' }),
  paymentOf: loadByKey(ctx, PermitPayment, 'applicationId'),
});
