import type { EntityManager } from '@mikro-orm/postgresql';
import { demoCitizens, distanceMetres, stableUuid } from '@kendari/kit';
import {
  EmergencyAction,
  EmergencyActorKind,
  EmergencyEvent,
  EmergencyKind,
  EmergencyPositionSource,
  EmergencyReport,
  EmergencyStatus,
} from '../entities/emergency.entity';
import { FireStation, FireUnit, FireUnitKind, FireUnitState, KelurahanCentroid } from '../entities/station.entity';
import { CENTROIDS, STATIONS } from '../geo';

export const isEmpty = async (em: EntityManager) => (await em.count(FireStation)) === 0;

/**
 * Reference data: the six posts with their units and the kelurahan centres.
 * ALL POSITIONS ARE APPROXIMATE (see geo.ts): the city publishes neither.
 */
export async function seedReference(em: EntityManager): Promise<void> {
  for (const c of CENTROIDS) em.create(KelurahanCentroid, { id: c.id, name: c.name, kecamatanId: c.kecamatanId, latitude: c.lat, longitude: c.lng });
  for (const s of STATIONS) {
    em.create(FireStation, { id: s.id, name: s.name, address: s.address, kelurahanId: s.kelurahanId, latitude: s.lat, longitude: s.lng });
    for (const u of s.units)
      em.create(FireUnit, { id: u.id, callSign: u.callSign, kind: u.kind as FireUnitKind, state: FireUnitState.AVAILABLE, stationId: s.id, reportId: null });
  }
  await em.flush();
}

/** Deterministic pseudo-random numbers, so every machine gets the same demo incidents. */
function prng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DISPATCHER = { id: stableUuid('officer:dispatcher.damkar'), name: 'Operator Damkar' };
const FIRE_TEXTS = [
  'Rumah terbakar, asap tebal',
  'Kebakaran lahan kosong dekat permukiman',
  'Kios di pasar terbakar',
  'Korsleting listrik, api di atap',
  'Kebakaran gudang',
  'Tabung gas bocor dan terbakar',
];
const RESCUE_TEXTS = [
  'Ular masuk rumah',
  'Anak terjebak di kamar terkunci',
  'Cincin tersangkut di jari',
  'Pohon tumbang menimpa rumah',
  'Sarang tawon di plafon',
  'Kucing terjebak di atap',
];
const OTHER_TEXTS = ['Bau gas menyengat', 'Kabel listrik putus dan berasap', 'Genangan minyak di jalan'];

/**
 * Reference data plus ~420 past incidents over the last six months (realistic minutes: auto-dispatch
 * in seconds to a couple of minutes, longer when every unit was out; travel by distance at city speed)
 * and a handful of open ones for the dispatcher screen.
 */
export async function seed(em: EntityManager, now = new Date()): Promise<void> {
  await seedReference(em);
  const rnd = prng(4005);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXYZ'; // the kit's randomCode alphabet
  const code = (n: number) => Array.from({ length: n }, () => ALPHABET[Math.floor(rnd() * ALPHABET.length)]).join('');
  const citizens = demoCitizens();
  const reports: Array<Partial<EmergencyReport>> = [];
  const events: Array<Partial<EmergencyEvent>> = [];
  const minute = 60_000;
  const PAST = 420;
  const OPEN: EmergencyStatus[] = [
    EmergencyStatus.RECEIVED,
    EmergencyStatus.RECEIVED,
    EmergencyStatus.DISPATCHED,
    EmergencyStatus.DISPATCHED,
    EmergencyStatus.DISPATCHED,
    EmergencyStatus.ON_SCENE,
    EmergencyStatus.ON_SCENE,
  ];
  const busyUnits = new Set<string>();
  for (let i = 0; i < PAST + OPEN.length; i++) {
    const open = i >= PAST ? OPEN[i - PAST] : null;
    // busier, denser kecamatan (old town, Kadia, Mandonga, Poasia) get more incidents
    const kel =
      rnd() < 0.45 ? pick(CENTROIDS.filter((c) => ['74.71.02', '74.71.08', '74.71.01', '74.71.04', '74.71.05'].includes(c.kecamatanId))) : pick(CENTROIDS);
    const lat = Math.round((kel.lat + (rnd() - 0.5) * 0.008) * 1e5) / 1e5;
    const lng = Math.round((kel.lng + (rnd() - 0.5) * 0.008) * 1e5) / 1e5;
    const kindRoll = rnd();
    const kind = kindRoll < 0.55 ? EmergencyKind.FIRE : kindRoll < 0.9 ? EmergencyKind.RESCUE : EmergencyKind.OTHER;
    const nearest = STATIONS.map((s) => ({ s, d: distanceMetres({ lat, lng }, s) })).sort((a, b) => a.d - b.d);
    const createdAt = open
      ? new Date(now.getTime() - (5 + (i - PAST) * 7 + rnd() * 4) * minute)
      : new Date(now.getTime() - (1 + rnd() * 182) * 24 * 60 * minute);
    const waited = !open && rnd() < 0.08; // every nearby unit was out
    const choice = waited ? nearest[1] : nearest[0];
    let unit = choice.s.units[0]?.id ?? null;
    if (open && open !== EmergencyStatus.RECEIVED) {
      unit = STATIONS.flatMap((s) => s.units.map((u) => ({ u: u.id, d: distanceMetres({ lat, lng }, s) })))
        .sort((a, b) => a.d - b.d)
        .find((x) => !busyUnits.has(x.u))!.u;
      busyUnits.add(unit);
    }
    const station = open && open !== EmergencyStatus.RECEIVED ? STATIONS.find((s) => s.units.some((u) => u.id === unit))! : choice.s;
    const dispatchMin = waited ? 3 + rnd() * 9 : 0.1 + rnd() * 1.6;
    const travelMin = 2 + (distanceMetres({ lat, lng }, station) / 1000 / (22 + rnd() * 14)) * 60 + rnd() * 3;
    const falseAlarm = !open && rnd() < 0.07;
    const falseBeforeArrival = falseAlarm && rnd() < 0.5;
    const id = stableUuid(`fire-report:${i}`);
    const byCitizen = i % 9 === 0 ? citizens[(i / 9) % 40] : null;
    const r: Partial<EmergencyReport> = {
      id,
      // the first open incident has a fixed code for the playground example; the others are random-looking
      trackingCode: i === PAST ? 'FB-KNDR-2345' : `FB-${code(4)}-${code(4)}`,
      idempotencyKey: null,
      kind,
      latitude: lat,
      longitude: lng,
      positionSource: rnd() < 0.9 ? EmergencyPositionSource.GPS : EmergencyPositionSource.KELURAHAN,
      kelurahanId: kel.id,
      kecamatanId: kel.kecamatanId,
      addressText: `Dekat ${pick(['masjid', 'sekolah', 'pasar', 'lorong', 'kantor kelurahan', 'jembatan'])} ${kel.name}`,
      description: pick(kind === EmergencyKind.FIRE ? FIRE_TEXTS : kind === EmergencyKind.RESCUE ? RESCUE_TEXTS : OTHER_TEXTS),
      callbackPhone: byCitizen ? byCitizen.phone : `+62813${String(50000000 + i * 104729).slice(0, 8)}`,
      citizenId: byCitizen?.id ?? null,
      stationId: station.id,
      unitId: open === EmergencyStatus.RECEIVED ? null : unit,
      stationDistanceMetres: Math.round(distanceMetres({ lat, lng }, station)),
      createdAt,
    };
    const at = (min: number) => new Date(createdAt.getTime() + min * minute);
    const ev = (e: Partial<EmergencyEvent>) => events.push({ reportId: id, stationId: station.id, unitId: r.unitId ?? null, ...e });
    ev({
      at: createdAt,
      action: EmergencyAction.REPORTED,
      fromStatus: null,
      toStatus: EmergencyStatus.RECEIVED,
      actorKind: EmergencyActorKind.REPORTER,
      actorId: r.citizenId ?? null,
    });
    const byDispatcher = { actorKind: EmergencyActorKind.DISPATCHER, actorId: DISPATCHER.id, actorName: DISPATCHER.name };
    if (open === EmergencyStatus.RECEIVED) {
      r.status = EmergencyStatus.RECEIVED;
      ev({
        at: createdAt,
        action: EmergencyAction.WAITING_FOR_UNIT,
        fromStatus: EmergencyStatus.RECEIVED,
        toStatus: EmergencyStatus.RECEIVED,
        actorKind: EmergencyActorKind.SYSTEM,
      });
    } else {
      if (waited) {
        ev({
          at: createdAt,
          action: EmergencyAction.WAITING_FOR_UNIT,
          fromStatus: EmergencyStatus.RECEIVED,
          toStatus: EmergencyStatus.RECEIVED,
          actorKind: EmergencyActorKind.SYSTEM,
          stationId: nearest[0].s.id,
          unitId: null,
        });
        ev({
          at: at(dispatchMin),
          action: EmergencyAction.REASSIGNED,
          fromStatus: EmergencyStatus.RECEIVED,
          toStatus: EmergencyStatus.DISPATCHED,
          ...byDispatcher,
          note: 'Unit terdekat sedang bertugas; dikirim dari pos berikutnya',
        });
      } else {
        ev({
          at: at(dispatchMin),
          action: EmergencyAction.ASSIGNED,
          fromStatus: EmergencyStatus.RECEIVED,
          toStatus: EmergencyStatus.DISPATCHED,
          actorKind: EmergencyActorKind.SYSTEM,
        });
      }
      r.status = EmergencyStatus.DISPATCHED;
      r.dispatchedAt = at(dispatchMin);
      const arrive = dispatchMin + travelMin;
      if (falseBeforeArrival) {
        r.status = EmergencyStatus.FALSE_ALARM;
        r.closedAt = at(dispatchMin + travelMin / 2);
        ev({
          at: r.closedAt,
          action: EmergencyAction.STATUS_CHANGED,
          fromStatus: EmergencyStatus.DISPATCHED,
          toStatus: EmergencyStatus.FALSE_ALARM,
          ...byDispatcher,
          note: 'Pelapor mengonfirmasi api sudah padam sendiri',
        });
      } else if (open !== EmergencyStatus.DISPATCHED && (!open || at(arrive) < now)) {
        r.status = EmergencyStatus.ON_SCENE;
        r.onSceneAt = at(arrive);
        ev({
          at: r.onSceneAt,
          action: EmergencyAction.STATUS_CHANGED,
          fromStatus: EmergencyStatus.DISPATCHED,
          toStatus: EmergencyStatus.ON_SCENE,
          ...byDispatcher,
        });
        if (!open) {
          const to = falseAlarm ? EmergencyStatus.FALSE_ALARM : EmergencyStatus.RESOLVED;
          r.status = to;
          r.closedAt = at(arrive + (falseAlarm ? 5 : kind === EmergencyKind.FIRE ? 25 + rnd() * 90 : 10 + rnd() * 40));
          ev({
            at: r.closedAt,
            action: EmergencyAction.STATUS_CHANGED,
            fromStatus: EmergencyStatus.ON_SCENE,
            toStatus: to,
            ...byDispatcher,
            note: falseAlarm ? 'Tidak ditemukan kebakaran di lokasi' : 'Selesai ditangani',
          });
        }
      }
    }
    reports.push(r);
  }
  for (const r of reports) em.create(EmergencyReport, r as EmergencyReport);
  await em.flush();
  // units out on the open incidents
  for (const r of reports.filter((x) => x.unitId && [EmergencyStatus.DISPATCHED, EmergencyStatus.ON_SCENE].includes(x.status!))) {
    await em.nativeUpdate(FireUnit, { id: r.unitId! }, { state: FireUnitState.DISPATCHED, reportId: r.id! });
  }
  await em.insertMany(EmergencyEvent, events.map((e) => ({ note: null, actorName: null, actorId: null, ...e })) as never);
}
