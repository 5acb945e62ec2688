import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { intervalsOn, weekdayOf, type ExceptionRow, type HoursRow } from './hours';
import { SessionLabel } from './entities/queue.entity';

export interface SessionWindow {
  label: SessionLabel;
  startsMin: number;
  endsMin: number;
}

const PAGI = { from: 7 * 60 + 30, to: 12 * 60 };
const SIANG = { from: 12 * 60, to: 16 * 60 };

/**
 * The queue sessions of a service on a date: the facility's opening hours cut into a morning
 * (07:30-12:00) and an afternoon (12:00-16:00) window; a window shorter than an hour is dropped.
 * Facilities open around the clock (emergency care) run outpatient clinics on weekdays only
 * (Saturday morning too), not through the night.
 */
export function sessionWindows(date: string, hours: HoursRow[], exceptions: ExceptionRow[]): SessionWindow[] {
  let open = intervalsOn(date, hours, exceptions);
  if (open.some((i) => i.opensMin === 0 && i.closesMin === 1440) && !exceptions.some((e) => e.date === date)) {
    const wd = weekdayOf(date);
    open = wd <= 5 ? [{ opensMin: 8 * 60, closesMin: 14 * 60 }] : wd === 6 ? [{ opensMin: 8 * 60, closesMin: 12 * 60 }] : [];
  }
  const out: SessionWindow[] = [];
  for (const [label, w] of [
    [SessionLabel.PAGI, PAGI],
    [SessionLabel.SIANG, SIANG],
  ] as const) {
    for (const i of open) {
      const startsMin = Math.max(i.opensMin, w.from);
      const endsMin = Math.min(i.closesMin, w.to);
      if (endsMin - startsMin >= 60) {
        out.push({ label, startsMin, endsMin });
        break;
      }
    }
  }
  return out;
}

interface ServiceRow {
  id: string;
  facility_id: string;
  default_capacity_jkn: number;
  default_capacity_umum: number;
}

/**
 * Makes sure the sessions (and their two quotas) of these services on these dates exist, from the
 * opening hours and the services' default capacities. Idempotent and safe under concurrency: one
 * statement whose insert skips sessions that exist (`on conflict do nothing`) and adds quotas only
 * to the sessions it inserted. Three statements in all, whatever the number of services and dates.
 */
export async function ensureSessions(em: EntityManager, serviceIds: string[], dates: string[]): Promise<void> {
  if (!serviceIds.length || !dates.length) return;
  const conn = em.getConnection();
  const tx = em.getTransactionContext(); // inside the seed's transaction, or none
  const services = await conn.execute<ServiceRow[]>(
    `select id, facility_id, default_capacity_jkn, default_capacity_umum from health.facility_service where id in (?) and bookable`,
    [serviceIds],
    'all',
    tx,
  );
  if (!services.length) return;
  const facilityIds = [...new Set(services.map((s) => s.facility_id))];
  const [hours, exceptions] = await Promise.all([
    conn.execute<Array<{ facility_id: string; weekday: number; opens_min: number; closes_min: number }>>(
      `select facility_id, weekday, opens_min, closes_min from health.facility_hours where facility_id in (?)`,
      [facilityIds],
      'all',
      tx,
    ),
    conn.execute<Array<{ facility_id: string; date: string; closed: boolean; opens_min: number | null; closes_min: number | null; reason: string }>>(
      `select facility_id, to_char(date, 'YYYY-MM-DD') as date, closed, opens_min, closes_min, reason from health.facility_exception where facility_id in (?) and date in (?)`,
      [facilityIds, dates],
      'all',
      tx,
    ),
  ]);
  const rows: unknown[][] = [];
  for (const s of services) {
    const h = hours.filter((x) => x.facility_id === s.facility_id).map((x) => ({ weekday: x.weekday, opensMin: x.opens_min, closesMin: x.closes_min }));
    const e = exceptions
      .filter((x) => x.facility_id === s.facility_id)
      .map((x) => ({ date: x.date, closed: x.closed, opensMin: x.opens_min, closesMin: x.closes_min, reason: x.reason }));
    for (const date of dates) {
      for (const w of sessionWindows(date, h, e)) {
        const half = w.label === SessionLabel.SIANG;
        const jkn = half ? Math.ceil(s.default_capacity_jkn / 2) : s.default_capacity_jkn;
        const umum = half ? Math.ceil(s.default_capacity_umum / 2) : s.default_capacity_umum;
        rows.push([randomUUID(), s.facility_id, s.id, date, w.label, w.startsMin, w.endsMin, randomUUID(), jkn, randomUUID(), umum]);
      }
    }
  }
  if (!rows.length) return;
  await conn.execute(
    `with v(id, facility_id, service_id, date, label, starts_min, ends_min, jkn_id, jkn, umum_id, umum) as (
       values ${rows.map(() => '(?::uuid, ?, ?, ?::date, ?, ?::smallint, ?::smallint, ?::uuid, ?::int, ?::uuid, ?::int)').join(', ')}
     ), s as (
       insert into health.queue_session (id, facility_id, service_id, date, label, starts_min, ends_min, status, now_serving)
       select id, facility_id, service_id, date, label, starts_min, ends_min, 'OPEN', 0 from v
       on conflict (service_id, date, label) do nothing
       returning id
     )
     insert into health.session_quota (id, session_id, payer, capacity, taken)
     select q.id, v.id, q.payer, q.capacity, 0 from v join s on s.id = v.id
       cross join lateral (values (v.jkn_id, 'JKN', v.jkn), (v.umum_id, 'UMUM', v.umum)) as q(id, payer, capacity)`,
    rows.flat(),
    'all',
    tx,
  );
}
