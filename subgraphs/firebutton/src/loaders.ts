import { heldTable, loadByKey, loadGroupedBy, pagedLoader, type RequestContext } from '@kendari/kit';
import { EmergencyEvent, EmergencyReport } from './entities/emergency.entity';
import { FireStation, FireUnit } from './entities/station.entity';

export interface StationDistanceRow {
  kelurahanId: string;
  stationId: string;
  distanceMetres: number;
}

/** The six Damkar posts: reference data nothing in the graph writes, held in memory (kit heldTable). */
export const stations = heldTable(FireStation, { orderBy: { name: 'asc' } });

/** Every lookup by id or parent goes through these per-request loaders (one query per batch). */
export const loaders = (ctx: RequestContext) => ({
  station: stations.lookup(ctx),
  unit: loadByKey(ctx, FireUnit),
  unitsOfStation: loadGroupedBy(ctx, FireUnit, 'stationId', { id: 'asc' }),
  report: loadByKey(ctx, EmergencyReport),
  reportByTrackingCode: loadByKey(ctx, EmergencyReport, 'trackingCode'),
  timelineOfReport: loadGroupedBy(ctx, EmergencyEvent, 'reportId', { id: 'asc' }),
  /** A citizen's own reports, newest first: every page and every citizen of a tick in one statement. */
  reportsOfCitizen: pagedLoader(ctx, {
    entity: EmergencyReport,
    table: 'firebutton.emergency_report',
    parentColumn: 'citizen_id',
    parentType: 'uuid',
    orderBy: 't.created_at desc, t.id desc',
  }),
  /** Stations ordered by distance from each kelurahan's approximate centre: one query per batch. */
  stationsByDistance: ctx.loaders.get<string, StationDistanceRow[]>('stationsByDistance', async (keys) => {
    const rows: Array<{ kelurahan_id: string; station_id: string; d: number }> = await ctx.em.getConnection().execute(
      `select k.id as kelurahan_id, s.id as station_id, round(firebutton.distance_m(k.latitude, k.longitude, s.latitude, s.longitude)) as d
         from firebutton.kelurahan_centroid k cross join firebutton.fire_station s
        where k.id in (?) order by k.id, d, s.id`,
      [[...keys]],
    );
    const groups = new Map<string, StationDistanceRow[]>(keys.map((k) => [k, []]));
    for (const r of rows) groups.get(r.kelurahan_id)?.push({ kelurahanId: r.kelurahan_id, stationId: r.station_id, distanceMetres: Number(r.d) });
    return keys.map((k) => groups.get(k)!);
  }),
});
