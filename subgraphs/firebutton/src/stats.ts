import { lagTolerantReads, InputCheck, KENDARI, witaMonthRange, witaMonthSql, type MonthSpan, type RequestContext } from '@kendari/kit';

export interface KindCount {
  kind: string;
  count: number;
}
export interface KelurahanCount {
  kelurahanId: string;
  count: number;
}
export interface StatsRow {
  kecamatanId: string;
  month: string;
  totalIncidents: number;
  byKind: KindCount[];
  falseAlarms: number;
  openIncidents: number;
  medianMinutesToDispatch: number | null;
  medianMinutesToArrival: number | null;
  arrivedCount: number;
  onSceneWithin15Minutes: number;
  byKelurahan: KelurahanCount[];
}

export const ON_SCENE_TARGET_MINUTES = 15;
const KECAMATAN_IDS = new Set(KENDARI.kecamatan.map((k) => k.code));

export function checkStatsArgs(kecamatanId: string | null, month: string, prefix = ''): void {
  const v = new InputCheck(prefix);
  if (kecamatanId !== null)
    v.check(KECAMATAN_IDS.has(kecamatanId), 'kecamatanId', 'kecamatanId is not a kecamatan of Kota Kendari (e.g. 74.71.02)', 'Kecamatan tidak dikenal');
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  v.check(
    !!m && Number(m[1]) >= 2000 && Number(m[1]) <= 2100 && Number(m[2]) >= 1 && Number(m[2]) <= 12,
    'month',
    'month must be YYYY-MM, e.g. 2026-10 (WITA calendar month)',
    'Bulan harus berformat TTTT-BB, contoh 2026-10',
  );
  v.done();
}

const round1 = (x: unknown) => (x === null || x === undefined ? null : Math.round(Number(x) * 10) / 10);

/**
 * Public statistics of several kecamatan for one WITA month, in two queries whatever the number of
 * kecamatan. Only counts, medians and kelurahan totals leave here: no reporter data, no positions.
 */
export async function loadStats(ctx: RequestContext, month: string, kecamatanIds: readonly string[]): Promise<StatsRow[]> {
  const { from, to } = witaMonthRange(month);
  const conn = lagTolerantReads(ctx.em);
  const [main, kel] = await Promise.all([
    conn.execute<Array<Record<string, unknown>>>(
      `select kecamatan_id,
              count(*)::int as total,
              (count(*) filter (where kind = 'FIRE'))::int as fire,
              (count(*) filter (where kind = 'RESCUE'))::int as rescue,
              (count(*) filter (where kind = 'OTHER'))::int as other,
              (count(*) filter (where status = 'FALSE_ALARM'))::int as false_alarms,
              (count(*) filter (where status in ('RECEIVED', 'DISPATCHED', 'ON_SCENE')))::int as open,
              percentile_cont(0.5) within group (order by extract(epoch from dispatched_at - created_at) / 60) as median_dispatch,
              percentile_cont(0.5) within group (order by extract(epoch from on_scene_at - dispatched_at) / 60) as median_arrival,
              (count(*) filter (where on_scene_at is not null))::int as arrived,
              (count(*) filter (where on_scene_at - created_at <= interval '${ON_SCENE_TARGET_MINUTES} minutes'))::int as within_target
         from firebutton.emergency_report
        where created_at >= ? and created_at < ? and kecamatan_id in (?)
        group by kecamatan_id`,
      [from, to, [...kecamatanIds]],
    ),
    conn.execute<Array<{ kecamatan_id: string; kelurahan_id: string; n: number }>>(
      `select kecamatan_id, kelurahan_id, count(*)::int as n
         from firebutton.emergency_report
        where created_at >= ? and created_at < ? and kecamatan_id in (?)
        group by kecamatan_id, kelurahan_id order by kecamatan_id, n desc, kelurahan_id`,
      [from, to, [...kecamatanIds]],
    ),
  ]);
  const byKec = new Map(main.map((r) => [String(r.kecamatan_id), r]));
  return kecamatanIds.map((id) => {
    const r = byKec.get(id);
    return {
      kecamatanId: id,
      month,
      totalIncidents: Number(r?.total ?? 0),
      byKind: [
        { kind: 'FIRE', count: Number(r?.fire ?? 0) },
        { kind: 'RESCUE', count: Number(r?.rescue ?? 0) },
        { kind: 'OTHER', count: Number(r?.other ?? 0) },
      ],
      falseAlarms: Number(r?.false_alarms ?? 0),
      openIncidents: Number(r?.open ?? 0),
      medianMinutesToDispatch: round1(r?.median_dispatch),
      medianMinutesToArrival: round1(r?.median_arrival),
      arrivedCount: Number(r?.arrived ?? 0),
      onSceneWithin15Minutes: Number(r?.within_target ?? 0),
      byKelurahan: kel.filter((k) => k.kecamatan_id === id).map((k) => ({ kelurahanId: k.kelurahan_id, count: Number(k.n) })),
    };
  });
}

/** Per-request loader: all kecamatan asked for one month in one batch. */
export const statsLoader = (ctx: RequestContext, month: string) =>
  ctx.loaders.get<string, StatsRow>(`emergencyStats.${month}`, (ids) => loadStats(ctx, month, ids));

export interface TrendRow {
  kecamatanId: string | null;
  month: string;
  hasData: boolean;
  totalIncidents: number;
  falseAlarms: number;
  arrivedCount: number;
  onSceneWithin15Minutes: number;
  medianMinutesToDispatch: number | null;
  medianMinutesToArrival: number | null;
}

/**
 * Monthly figures over a range of WITA months (monthSpan), for the city or per kecamatan: one grouped
 * statement whatever the number of months. Months without a report are rows with hasData false.
 */
export async function loadTrend(ctx: RequestContext, span: MonthSpan, byKecamatan: boolean): Promise<TrendRow[]> {
  const rows = await lagTolerantReads(ctx.em).execute<Array<Record<string, unknown>>>(
    `select coalesce(kecamatan_id, '*') as kecamatan_id, ${witaMonthSql('created_at')} as month,
            count(*)::int as total,
            (count(*) filter (where status = 'FALSE_ALARM'))::int as false_alarms,
            (count(*) filter (where on_scene_at is not null))::int as arrived,
            (count(*) filter (where on_scene_at - created_at <= interval '${ON_SCENE_TARGET_MINUTES} minutes'))::int as within_target,
            percentile_cont(0.5) within group (order by extract(epoch from dispatched_at - created_at) / 60) as median_dispatch,
            percentile_cont(0.5) within group (order by extract(epoch from on_scene_at - dispatched_at) / 60) as median_arrival
       from firebutton.emergency_report
      where created_at >= ? and created_at < ?
      group by grouping sets ((kecamatan_id, ${witaMonthSql('created_at')}), (${witaMonthSql('created_at')}))`,
    [span.from, span.to],
  );
  const byKey = new Map(rows.map((r) => [`${r.kecamatan_id}|${r.month}`, r]));
  const places = byKecamatan ? [...KECAMATAN_IDS].sort() : ['*'];
  return span.months.flatMap((month) =>
    places.map((place) => {
      const r = byKey.get(`${place}|${month}`);
      return {
        kecamatanId: place === '*' ? null : place,
        month,
        hasData: Number(r?.total ?? 0) > 0,
        totalIncidents: Number(r?.total ?? 0),
        falseAlarms: Number(r?.false_alarms ?? 0),
        arrivedCount: Number(r?.arrived ?? 0),
        onSceneWithin15Minutes: Number(r?.within_target ?? 0),
        medianMinutesToDispatch: round1(r?.median_dispatch),
        medianMinutesToArrival: round1(r?.median_arrival),
      };
    }),
  );
}
