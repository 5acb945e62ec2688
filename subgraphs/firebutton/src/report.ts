import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { conflict, InputCheck, insideKendari, randomCode, type RequestContext } from '@kendari/kit';
import { EmergencyKind, EmergencyPositionSource, EmergencyReport } from './entities/emergency.entity';
import { FireUnitKind } from './entities/station.entity';
import { CENTROID_BY_ID, nearestKelurahan } from './geo';
import { ipThrottle, PHONE_SAME_PLACE_LIMIT, PHONE_TOTAL_LIMIT, SAME_PLACE_METRES, THROTTLE_WINDOW_MINUTES, throttled } from './throttle';

export interface ReportEmergencyArgs {
  kind: EmergencyKind;
  latitude?: number | null;
  longitude?: number | null;
  kelurahanId?: string | null;
  addressText?: string | null;
  description?: string | null;
  callbackPhone?: string | null;
  idempotencyKey?: string | null;
}

interface CheckedReport {
  kind: EmergencyKind;
  lat: number;
  lng: number;
  source: EmergencyPositionSource;
  kelurahanId: string;
  kecamatanId: string;
  addressText: string | null;
  description: string | null;
  phone: string | null;
  key: string | null;
}

/** Every problem of the input at once, as BAD_USER_INPUT naming the fields; no SQL. */
export function checkReportInput(input: ReportEmergencyArgs, loggedIn: boolean): CheckedReport {
  const v = new InputCheck('input');
  v.check(Object.values(EmergencyKind).includes(input.kind), 'kind', 'kind must be FIRE, RESCUE or OTHER', 'Jenis keadaan darurat tidak valid');
  const hasLat = input.latitude !== null && input.latitude !== undefined;
  const hasLng = input.longitude !== null && input.longitude !== undefined;
  let lat: number | undefined;
  let lng: number | undefined;
  let source = EmergencyPositionSource.GPS;
  let kelurahanId: string | undefined;
  if (hasLat || hasLng) {
    lat = v.number('latitude', input.latitude, { min: -90, max: 90, label: 'Lintang (latitude)' });
    lng = v.number('longitude', input.longitude, { min: -180, max: 180, label: 'Bujur (longitude)' });
    if (lat !== undefined && lng !== undefined && !insideKendari(lat, lng, 5)) {
      const msg = 'This position is outside Kota Kendari: the Fire Button only covers the city. Check the GPS or pick your kelurahan; outside the city call 113.';
      const msgId = 'Lokasi ini di luar Kota Kendari. Periksa GPS atau pilih kelurahan Anda; di luar kota hubungi 113.';
      v.fail('latitude', msg, msgId);
      v.fail('longitude', msg, msgId);
    }
    if (input.kelurahanId) kelurahanId = v.check(CENTROID_BY_ID.has(input.kelurahanId), 'kelurahanId', 'kelurahanId is not a kelurahan of Kota Kendari', 'Kelurahan tidak dikenal') ? input.kelurahanId : undefined;
  } else if (input.kelurahanId) {
    const c = CENTROID_BY_ID.get(input.kelurahanId);
    if (v.check(!!c, 'kelurahanId', 'kelurahanId is not a kelurahan of Kota Kendari', 'Kelurahan tidak dikenal')) {
      // no GPS: the kelurahan's approximate centre stands in for the position
      lat = c!.lat;
      lng = c!.lng;
      kelurahanId = c!.id;
      source = EmergencyPositionSource.KELURAHAN;
    }
  } else {
    v.fail('latitude', 'Give the position (latitude and longitude) or pick a kelurahan (kelurahanId)', 'Kirim lokasi GPS atau pilih kelurahan');
  }
  const addressText = v.text('addressText', input.addressText, { max: 300, required: false, label: 'Alamat' }) ?? null;
  const description = v.text('description', input.description, { max: 1000, required: false, label: 'Keterangan' }) ?? null;
  const phone = v.phone('callbackPhone', input.callbackPhone, { required: !loggedIn, label: 'Nomor telepon untuk dihubungi' }) ?? null;
  const key = v.idempotencyKey('idempotencyKey', input.idempotencyKey) ?? null;
  v.done();
  // a GPS position is aggregated to the nearest kelurahan centre unless the reporter picked one
  const kel = kelurahanId ? CENTROID_BY_ID.get(kelurahanId)! : nearestKelurahan(lat!, lng!);
  return { kind: input.kind, lat: lat!, lng: lng!, source, kelurahanId: kel.id, kecamatanId: kel.kecamatanId, addressText, description, phone, key };
}

export interface ReportOutcome {
  report: EmergencyReport;
  /** True when this call returned the report of an earlier call with the same idempotency key. */
  replayed: boolean;
}

/**
 * The most time-critical write of the graph. In the usual case it is TWO SQL statements:
 *  1. one select: the report an earlier call with this idempotency key created, and this phone's /
 *     account's reports of the last minutes near this place (the throttle, from stored rows);
 *  2. one statement (data-modifying CTEs, atomic on its own, so no BEGIN/COMMIT round trips) that
 *     picks the nearest station with an available unit, locks that unit (`for update skip locked`,
 *     so two simultaneous reports never take the same unit), inserts the report (`on conflict
 *     (idempotency_key) do nothing`: a concurrent double tap inserts one row), marks the unit
 *     DISPATCHED and appends the timeline.
 * A FIRE gets an engine only; a RESCUE prefers a rescue unit at the same post, any unit otherwise.
 * Distance: great-circle (haversine) in plain SQL, the function `firebutton.distance_m` of the
 * migration; no PostGIS. With 6 posts and 8 units a scan is microseconds; no spatial index needed.
 */
export async function reportEmergency(ctx: RequestContext, input: ReportEmergencyArgs): Promise<ReportOutcome> {
  const citizenId = ctx.viewer.kind === 'citizen' ? ctx.viewer.id : null;
  const r = checkReportInput(input, citizenId !== null);
  const conn = ctx.em.getConnection();

  const [pre] = await conn.execute<Array<{ existing_id: string | null; near: number; total: number; oldest_near: Date | null; oldest: Date | null }>>(
    `select (select id from firebutton.emergency_report where idempotency_key = ?) as existing_id,
            (count(*) filter (where firebutton.distance_m(latitude, longitude, ?, ?) < ?))::int as near,
            count(*)::int as total,
            min(created_at) filter (where firebutton.distance_m(latitude, longitude, ?, ?) < ?) as oldest_near,
            min(created_at) as oldest
       from firebutton.emergency_report
      where created_at > now() - interval '${THROTTLE_WINDOW_MINUTES} minutes'
        and (callback_phone = ? or citizen_id = ?::uuid)`,
    [r.key, r.lat, r.lng, SAME_PLACE_METRES, r.lat, r.lng, SAME_PLACE_METRES, r.phone, citizenId],
  );
  if (pre.existing_id) return { report: await replay(ctx, pre.existing_id, r, citizenId), replayed: true };

  const windowMs = THROTTLE_WINDOW_MINUTES * 60_000;
  const waitFrom = (d: Date | null) => Math.max(1, Math.ceil(((d ? new Date(d).getTime() : Date.now()) + windowMs - Date.now()) / 1000));
  if (pre.near >= PHONE_SAME_PLACE_LIMIT) throw throttled(waitFrom(pre.oldest_near), true);
  if (pre.total >= PHONE_TOTAL_LIMIT) throw throttled(waitFrom(pre.oldest), false);
  // the caller's address is only counted in memory (never stored with a report), and only for anonymous callers
  const ipKey = citizenId ? null : `ip:${ctx.clientIp}`;
  if (ipKey) {
    const wait = ipThrottle.check(ipKey, r.lat, r.lng);
    if (wait) throw throttled(wait, true);
  }

  let row: Record<string, unknown> | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      [row] = await conn.execute(INSERT_REPORT, [
        // picked
        r.lat, r.lng, r.kind, r.kind === EmergencyKind.RESCUE ? FireUnitKind.RESCUE : FireUnitKind.ENGINE,
        // nearest
        r.lat, r.lng,
        // ins
        randomUUID(), randomCode(8, 'FB'), r.key, r.kind, r.lat, r.lng, r.source, r.kelurahanId, r.kecamatanId, r.addressText, r.description, r.phone, citizenId,
        // ev
        citizenId,
      ]);
      break;
    } catch (err) {
      // a tracking code collision (30^8 codes) is retried once with a new code
      if (attempt === 0 && err instanceof UniqueConstraintViolationException && /tracking_code/.test(String(err.message))) continue;
      throw err;
    }
  }
  if (!row) {
    // lost the race against a concurrent call with the same key: answer with the winner's report
    const winner = await ctx.em.findOne(EmergencyReport, { idempotencyKey: r.key });
    if (!winner) throw new Error('idempotency conflict without a winner');
    return { report: checkSame(winner, r, citizenId), replayed: true };
  }
  if (ipKey) ipThrottle.record(ipKey, r.lat, r.lng);
  const report = ctx.em.map(EmergencyReport, row);
  ctx.log.info({ trackingCode: report.trackingCode, status: report.status, stationId: report.stationId, unitId: report.unitId }, 'emergency reported');
  return { report, replayed: false };
}

async function replay(ctx: RequestContext, id: string, r: CheckedReport, citizenId: string | null) {
  const existing = await ctx.em.findOneOrFail(EmergencyReport, { id });
  return checkSame(existing, r, citizenId);
}

/** The same key for a different report (another kind, another caller) is a CONFLICT, never a silent merge. */
function checkSame(existing: EmergencyReport, r: CheckedReport, citizenId: string | null) {
  const same = existing.kind === r.kind && (existing.citizenId ?? null) === citizenId && (existing.callbackPhone ?? null) === r.phone;
  if (!same) {
    throw conflict('This idempotency key was already used for a different report', 'Kunci permintaan ini sudah dipakai untuk laporan lain', { field: 'input.idempotencyKey' });
  }
  return existing;
}

const DIST = (lat: string, lng: string) => `firebutton.distance_m(${lat}, ${lng}, s.latitude, s.longitude)`;

const INSERT_REPORT = `
with picked as (
  select u.id as unit_id, u.station_id, ${DIST('?', '?')} as d
    from firebutton.fire_unit u join firebutton.fire_station s on s.id = u.station_id
   where u.state = 'AVAILABLE' and (? <> 'FIRE' or u.kind = 'ENGINE')
   order by d, (u.kind = ?) desc, u.id
   limit 1
   for update of u skip locked
), nearest as (
  select s.id as station_id, ${DIST('?', '?')} as d
    from firebutton.fire_station s order by d, s.id limit 1
), chosen as (
  select coalesce(p.station_id, n.station_id) as station_id, coalesce(p.d, n.d) as d, p.unit_id
    from nearest n left join picked p on true
), ins as (
  insert into firebutton.emergency_report
    (id, tracking_code, idempotency_key, kind, status, latitude, longitude, position_source, kelurahan_id, kecamatan_id,
     address_text, description, callback_phone, citizen_id, station_id, unit_id, station_distance_metres, created_at, dispatched_at)
  select ?, ?, ?, ?, case when c.unit_id is null then 'RECEIVED' else 'DISPATCHED' end, ?, ?, ?, ?, ?,
         ?, ?, ?, ?::uuid, c.station_id, c.unit_id, round(c.d)::int, now(), case when c.unit_id is null then null else now() end
    from chosen c
  on conflict (idempotency_key) do nothing
  returning *
), unit as (
  update firebutton.fire_unit u set state = 'DISPATCHED', report_id = ins.id from ins where u.id = ins.unit_id returning u.id
), ev as (
  insert into firebutton.emergency_event (report_id, at, action, from_status, to_status, actor_kind, actor_id, station_id, unit_id)
  select ins.id, ins.created_at, e.action, e.from_status, e.to_status, e.actor_kind, e.actor_id, ins.station_id, ins.unit_id
    from ins cross join lateral (values
      (1, 'REPORTED', null::varchar, 'RECEIVED'::varchar, 'REPORTER', ?::varchar),
      (2, case when ins.unit_id is null then 'WAITING_FOR_UNIT' else 'ASSIGNED' end, 'RECEIVED', ins.status, 'SYSTEM', null)
    ) as e(seq, action, from_status, to_status, actor_kind, actor_id)
   order by e.seq
  returning id
)
select ins.* from ins`;
