import { loadByKey, loadGroupedBy, pagedLoader, type RequestContext } from '@kendari/kit';
import { JariEvidenceFile, JariMessage, JariReport, JariTimelineEntry } from './entities/jari-report.entity';
import { ServicePoint, ServiceStatusChange } from './entities/service-point.entity';

/** Every lookup by id or parent goes through these per-request loaders (one query per batch). */
export const loaders = (ctx: RequestContext) => ({
  report: loadByKey(ctx, JariReport),
  servicePoint: loadByKey(ctx, ServicePoint),
  pointsOfAgency: loadGroupedBy(ctx, ServicePoint, 'agencyId', { serviceId: 'asc', place: 'asc' }),
  pointsOfService: loadGroupedBy(ctx, ServicePoint, 'serviceId', { agencyId: 'asc', place: 'asc' }),
  timelineOfReport: loadGroupedBy(ctx, JariTimelineEntry, 'reportId', { at: 'asc', id: 'asc' }),
  evidenceOfReport: loadGroupedBy(ctx, JariEvidenceFile, 'reportId', { position: 'asc' }),
  messagesOfReport: pagedLoader(ctx, {
    entity: JariMessage,
    table: 'jari.jari_message',
    parentColumn: 'report_id',
    parentType: 'uuid',
    orderBy: 't.at asc, t.id asc',
  }),
  historyOfPoint: pagedLoader(ctx, {
    entity: ServiceStatusChange,
    table: 'jari.service_status_change',
    parentColumn: 'service_point_id',
    orderBy: 't.at desc, t.id desc',
  }),
  reportsOfCitizen: pagedLoader(ctx, {
    entity: JariReport,
    table: 'jari.jari_report',
    parentColumn: 'reporter_citizen_id',
    parentType: 'uuid',
    orderBy: 't.received_at desc, t.id desc',
  }),
});
