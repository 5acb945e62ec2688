import { loadByKey, loadGroupedBy, type RequestContext } from '@kendari/kit';
import { JariEvidenceFile, JariMessage, JariReport, JariTimelineEntry } from './entities/jari-report.entity';
import { ServicePoint, ServiceStatusChange } from './entities/service-point.entity';
import { loadPageGroupedBy } from './paged-loader';

/** Every lookup by id or parent goes through these per-request loaders (one query per batch). */
export const loaders = (ctx: RequestContext) => ({
  report: loadByKey(ctx, JariReport),
  servicePoint: loadByKey(ctx, ServicePoint),
  pointsOfAgency: loadGroupedBy(ctx, ServicePoint, 'agencyId', { serviceId: 'asc', place: 'asc' }),
  pointsOfService: loadGroupedBy(ctx, ServicePoint, 'serviceId', { agencyId: 'asc', place: 'asc' }),
  timelineOfReport: loadGroupedBy(ctx, JariTimelineEntry, 'reportId', { at: 'asc', id: 'asc' }),
  evidenceOfReport: loadGroupedBy(ctx, JariEvidenceFile, 'reportId', { position: 'asc' }),
  messagesOfReport: (window: { limit: number; offset: number }) =>
    loadPageGroupedBy(ctx, JariMessage, { table: 'jari.jari_message', foreignKey: 'report_id', orderBy: 't.at asc, t.id asc' }, window),
  historyOfPoint: (window: { limit: number; offset: number }) =>
    loadPageGroupedBy(ctx, ServiceStatusChange, { table: 'jari.service_status_change', foreignKey: 'service_point_id', orderBy: 't.at desc, t.id desc' }, window),
  reportsOfCitizen: (window: { limit: number; offset: number }) =>
    loadPageGroupedBy(ctx, JariReport, { table: 'jari.jari_report', foreignKey: 'reporter_citizen_id', orderBy: 't.received_at desc, t.id desc' }, window),
});
