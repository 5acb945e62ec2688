import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { AppError, conflict, ErrorCode, executePrepared, InputCheck, insideKendari, randomCode, type RequestContext } from '@kendari/kit';
import { EmergencyKind, EmergencyPositionSource, EmergencyReport } from './entities/emergency.entity';
import { FireUnitKind } from './entities/station.entity';
import { CENTROID_BY_ID, nearestKelurahan } from './geo';
import { countReport, giveBack } from './throttle';

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
      const msg =
        'This position is outside Kota Kendari: the Fire Button only covers the city. Check the GPS or pick your kelurahan; outside the city call 113.';
      const msgId = 'Lokasi ini di luar Kota Kendari. Periksa GPS atau pilih kelurahan Anda; di luar kota hubungi 113.';
      v.fail('latitude', msg, msgId);
      v.fail('longitude', msg, msgId);
    }
    if (input.kelurahanId)
      kelurahanId = v.check(CENTROID_BY_ID.has(input.kelurahanId), 'kelurahanId', 'kelurahanId is not a kelurahan of Kota Kendari', 'Kelurahan tidak dikenal')
        ? input.kelurahanId
        : undefined;
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
 *  1. one select: the report an earlier call with this idempotency key created;
 *     then the throttle (the kit's atomic counters, not this database's rows: counting stored rows
 *     before inserting let 18 of 50 simultaneous reports through a limit of 1);
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

  const existing = async () => {
    const [pre] = r.key ? await executePrepared<{ id: string }>(ctx.em, `select id from firebutton.emergency_report where idempotency_key = ?`, [r.key]) : [];
    return pre?.id ?? null;
  };
  const earlier = await existing();
  if (earlier) return { report: await replay(ctx, earlier, r, citizenId), replayed: true };

  // the caller's address is counted (as an HMAC, never stored with a report) only for anonymous callers
  let counted: Awaited<ReturnType<typeof countReport>>;
  try {
    counted = await countReport({
      caller: citizenId ? `citizen:${citizenId}` : `phone:${r.phone}`,
      clientIp: citizenId ? null : ctx.clientIp,
      lat: r.lat,
      lng: r.lng,
      idempotencyKey: r.key,
    });
  } catch (err) {
    // a double tap refused only because its twin is being stored right now: answer with the twin's report
    const twin = r.key && err instanceof AppError && err.extensions.code === ErrorCode.TOO_MANY_REQUESTS ? await waitForTwin(existing) : null;
    if (twin) return { report: await replay(ctx, twin, r, citizenId), replayed: true };
    throw err;
  }

  let row: Record<string, unknown> | undefined;
  for (let attempt = 0; ; attempt++) {
    try {
      // prepared: planning this statement cost PostgreSQL twice its run (kit executePrepared)
      [row] = await executePrepared(ctx.em, INSERT_REPORT, [
        // picked
        r.lat,
        r.lng,
        r.kind,
        r.kind === EmergencyKind.RESCUE ? FireUnitKind.RESCUE : FireUnitKind.ENGINE,
        // nearest
        r.lat,
        r.lng,
        // ins
        randomUUID(),
        randomCode(8, 'FB'),
        r.key,
        r.kind,
        r.lat,
        r.lng,
        r.source,
        r.kelurahanId,
        r.kecamatanId,
        r.addressText,
        r.description,
        r.phone,
        citizenId,
        // ev
        citizenId,
      ]);
      break;
    } catch (err) {
      // a tracking code collision (30^8 codes) is retried once with a new code
      if (attempt === 0 && err instanceof UniqueConstraintViolationException && /tracking_code/.test(String(err.message))) continue;
      await giveBack(counted).catch(() => {}); // not stored: it must not count against the caller
      throw err;
    }
  }
  if (!row) {
    // Lost the race against a concurrent call with the same key: answer with the winner's report. Nothing is
    // given back: of two attempts of one report only one holds its mark (countReport) and counted, and if that
    // is this one, its counts stand for the report the other attempt stored.
    const winner = await ctx.em.findOne(EmergencyReport, { idempotencyKey: r.key });
    if (!winner) throw new Error('idempotency conflict without a winner');
    return { report: checkSame(winner, r, citizenId), replayed: true };
  }
  const report = ctx.em.map(EmergencyReport, row);
  ctx.log.info({ trackingCode: report.trackingCode, status: report.status, stationId: report.stationId, unitId: report.unitId }, 'emergency reported');
  return { report, replayed: false };
}

/**
 * Polls briefly (under half a second) for the report of a simultaneous call with the same idempotency
 * key: its twin counted first and is writing now. A refusal that is not a twin waits that long for its 429.
 */
async function waitForTwin(find: () => Promise<string | null>): Promise<string | null> {
  for (let i = 0; i < 6; i++) {
    await new Promise((r) => setTimeout(r, 75));
    const id = await find();
    if (id) return id;
  }
  return null;
}

async function replay(ctx: RequestContext, id: string, r: CheckedReport, citizenId: string | null) {
  const existing = await ctx.em.findOneOrFail(EmergencyReport, { id });
  return checkSame(existing, r, citizenId);
}

/** The same key for a different report (another kind, another caller) is a CONFLICT, never a silent merge. */
function checkSame(existing: EmergencyReport, r: CheckedReport, citizenId: string | null) {
  const same = existing.kind === r.kind && (existing.citizenId ?? null) === citizenId && (existing.callbackPhone ?? null) === r.phone;
  if (!same) {
    throw conflict('This idempotency key was already used for a different report', 'Kunci permintaan ini sudah dipakai untuk laporan lain', {
      field: 'input.idempotencyKey',
    });
  }
  return existing;
}

const DIST = (lat: string, lng: string) => `firebutton.distance_m(${lat}, ${lng}, s.latitude, s.longitude)`;

/** Exported for bench/prepared-cost.mjs (what planning it on every call cost PostgreSQL). */
export const INSERT_REPORT = `
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
