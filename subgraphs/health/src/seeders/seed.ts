import type { EntityManager } from '@mikro-orm/postgresql';
import { demoCitizens } from '@kendari/kit';
import { FacilityException, FacilityHours, FacilityService, HealthFacility } from '../entities/facility.entity';
import { exceptionSeeds, facilitySeeds } from '../facilities';
import { addDays, witaNow } from '../hours';
import { ensureSessions } from '../sessions';

export const isEmpty = async (em: EntityManager) => (await em.count(HealthFacility)) === 0;

/** Reference data: facilities with services, weekly hours and holiday exceptions. */
export async function seedReference(em: EntityManager): Promise<void> {
  for (const f of facilitySeeds()) {
    em.create(HealthFacility, {
      id: f.id,
      name: f.name,
      type: f.type,
      address: f.address,
      kelurahanId: f.kelurahanId,
      kecamatanId: f.kecamatanId,
      latitude: f.lat,
      longitude: f.lng,
      phone: f.phone,
    });
    for (const s of f.services) {
      em.create(FacilityService, {
        id: `${f.id}.${s.code}`,
        facilityId: f.id,
        code: s.code,
        name: s.name,
        bookable: s.bookable,
        minutesPerPatient: s.minutesPerPatient,
        defaultCapacityJkn: s.jkn,
        defaultCapacityUmum: s.umum,
      });
    }
    for (const h of f.hours) em.create(FacilityHours, { facilityId: f.id, weekday: h.weekday, opensMin: h.opensMin, closesMin: h.closesMin });
    for (const e of exceptionSeeds(f))
      em.create(FacilityException, {
        facilityId: f.id,
        date: e.date,
        closed: e.closed,
        opensMin: e.opensMin ?? null,
        closesMin: e.closesMin ?? null,
        reason: e.reason,
      });
  }
  await em.flush();
}

/**
 * Reference data plus two weeks of past queues (numbers served or missed, so the statistics and
 * "Layanan saya" have history), today's queue at Puskesmas Kandai under way, and the demo resident's numbers.
 */
export async function seed(em: EntityManager, now = new Date()): Promise<void> {
  await seedReference(em);
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  const today = witaNow(now).date;
  const past = Array.from({ length: 14 }, (_, i) => addDays(today, -14 + i));
  const services = await conn.execute<Array<{ id: string }>>(`select id from health.facility_service where bookable`, [], 'all', tx);
  await ensureSessions(
    em,
    services.map((s) => s.id),
    [...past, today, addDays(today, 1)],
  );
  const citizens = demoCitizens().map((c) => c.id);
  // past sessions: numbers 1..k served (one in ten missed); k from a hash of the session, within its capacity
  await conn.execute(
    `with s as (
       select qs.*, (select sum(capacity) from health.session_quota q where q.session_id = qs.id)::int as cap,
              (select capacity from health.session_quota q where q.session_id = qs.id and q.payer = 'JKN') as jkn
         from health.queue_session qs where qs.date < ?::date
     ), a as (
       insert into health.appointment (id, booking_code, citizen_id, facility_id, service_id, session_id, date, number, payer, status, created_at, called_at, closed_at)
       select gen_random_uuid(), 'AN-' || upper(substr(md5(s.id::text || n), 1, 4)) || '-' || upper(substr(md5(s.id::text || n), 5, 6)),
              (array[?]::uuid[])[1 + abs(hashtext(s.id::text || n)) % ?], s.facility_id, s.service_id, s.id, s.date, n,
              case when n <= s.jkn then 'JKN' else 'UMUM' end,
              case when abs(hashtext(s.id::text || 'x' || n)) % 10 = 0 then 'NO_SHOW' else 'SERVED' end,
              (s.date - 1 + time '19:00') at time zone 'Asia/Makassar',
              (s.date + make_interval(mins => s.starts_min + n * 8)) at time zone 'Asia/Makassar',
              (s.date + make_interval(mins => s.starts_min + n * 8 + 6)) at time zone 'Asia/Makassar'
         from s cross join lateral generate_series(1, least(s.cap, case when s.service_id like '%POLI_UMUM' then 8 else 1 end + abs(hashtext(s.id::text)) % 12)) n
       returning id, session_id, number, payer, status, created_at, called_at, closed_at
     ), ev as (
       insert into health.appointment_event (appointment_id, at, from_status, to_status, actor_kind)
       select id, e.at, e.f, e.t, e.k from a cross join lateral (values
         (1, a.created_at, null::varchar, 'BOOKED'::varchar, 'CITIZEN'::varchar), (2, a.called_at, 'BOOKED', 'CALLED', 'STAFF'), (3, a.closed_at, 'CALLED', a.status, 'STAFF')) e(seq, at, f, t, k)
        order by a.id, e.seq
       returning id
     ), q as (
       update health.session_quota sq set taken = c.n from (select session_id, payer, count(*)::int as n from a group by session_id, payer) c
        where sq.session_id = c.session_id and sq.payer = c.payer returning sq.id
     )
     update health.queue_session qs set now_serving = m.n from (select session_id, max(number) as n from a group by session_id) m where qs.id = m.session_id`,
    [today, citizens, citizens.length],
    'all',
    tx,
  );
  // today at Puskesmas Kandai: the morning queue is under way (4 served, number 5 called, 7 waiting)
  const statuses = ['SERVED', 'SERVED', 'NO_SHOW', 'SERVED', 'CALLED', 'BOOKED', 'BOOKED', 'BOOKED', 'BOOKED', 'BOOKED', 'BOOKED', 'BOOKED'];
  await addNumbers(
    em,
    'puskesmas-kandai.POLI_UMUM',
    today,
    statuses.map((status, i) => ({ citizenId: citizens[10 + i], status })),
  );
  // the demo resident: a number tomorrow at the dentist of Puskesmas Kandai
  await addNumbers(em, 'puskesmas-kandai.POLI_GIGI', addDays(today, 1), [{ citizenId: citizens[0], status: 'BOOKED' }]);
}

/** Gives numbers 1..n of a service's morning session to these residents (seed only). */
async function addNumbers(em: EntityManager, serviceId: string, date: string, specs: Array<{ citizenId: string; status: string }>) {
  const conn = em.getConnection();
  const tx = em.getTransactionContext();
  const [s] = await conn.execute(
    `select id, facility_id from health.queue_session where service_id = ? and date = ? and label = 'PAGI'`,
    [serviceId, date],
    'all',
    tx,
  );
  if (!s) return; // closed that day
  let called = 0;
  for (const [i, spec] of specs.entries()) {
    const n = i + 1;
    if (spec.status !== 'BOOKED') called = n;
    await conn.execute(
      `with a as (
         insert into health.appointment (id, booking_code, citizen_id, facility_id, service_id, session_id, date, number, payer, status, created_at, called_at, closed_at)
         values (gen_random_uuid(), 'AN-' || upper(substr(md5(?::text), 1, 4)) || '-' || upper(substr(md5(?::text), 5, 4)), ?, ?, ?, ?, ?::date, ?, 'JKN', ?, now() - interval '1 day',
                 case when ? <> 'BOOKED' then now() - interval '30 minutes' end, case when ? in ('SERVED', 'NO_SHOW') then now() - interval '20 minutes' end)
         returning id, status, created_at, called_at, closed_at
       )
       insert into health.appointment_event (appointment_id, at, from_status, to_status, actor_kind)
       select a.id, e.at, e.f, e.t, e.k from a cross join lateral (values
         (1, a.created_at, null::varchar, 'BOOKED'::varchar, 'CITIZEN'::varchar), (2, a.called_at, 'BOOKED', 'CALLED', 'STAFF'), (3, a.closed_at, 'CALLED', a.status, 'STAFF')) e(seq, at, f, t, k)
        where e.at is not null order by e.seq`,
      [`${s.id}${n}`, `${s.id}${n}`, spec.citizenId, s.facility_id, serviceId, s.id, date, n, spec.status, spec.status, spec.status],
      'all',
      tx,
    );
  }
  await conn.execute(`update health.session_quota set taken = taken + ? where session_id = ? and payer = 'JKN'`, [specs.length, s.id], 'all', tx);
  await conn.execute(`update health.queue_session set now_serving = ? where id = ?`, [called, s.id], 'all', tx);
}
