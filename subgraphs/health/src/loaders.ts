import { loadByKey, loadGroupedBy, pagedLoader, type RequestContext } from '@kendari/kit';
import { FacilityException, FacilityHours, FacilityService, HealthFacility } from './entities/facility.entity';
import { Appointment, AppointmentEvent, QueueSession, SessionQuota } from './entities/queue.entity';

/** Every lookup by id or parent goes through these per-request loaders (one query per batch). */
export const loaders = (ctx: RequestContext) => ({
  facility: loadByKey(ctx, HealthFacility),
  service: loadByKey(ctx, FacilityService),
  servicesOfFacility: loadGroupedBy(ctx, FacilityService, 'facilityId', { id: 'asc' }),
  hoursOfFacility: loadGroupedBy(ctx, FacilityHours, 'facilityId', { weekday: 'asc', opensMin: 'asc' }),
  exceptionsOfFacility: loadGroupedBy(ctx, FacilityException, 'facilityId', { date: 'asc' }),
  facilitiesOfKelurahan: loadGroupedBy(ctx, HealthFacility, 'kelurahanId', { name: 'asc' }),
  session: loadByKey(ctx, QueueSession),
  quotasOfSession: loadGroupedBy(ctx, SessionQuota, 'sessionId', { payer: 'asc' }),
  appointment: loadByKey(ctx, Appointment),
  appointmentByCode: loadByKey(ctx, Appointment, 'bookingCode'),
  eventsOfAppointment: loadGroupedBy(ctx, AppointmentEvent, 'appointmentId', { id: 'asc' }),
  appointmentsOfCitizen: pagedLoader(ctx, {
    entity: Appointment,
    table: 'health.appointment',
    parentColumn: 'citizen_id',
    parentType: 'uuid',
    orderBy: 't.created_at desc, t.id desc',
  }),
});
