import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { tryGql } from '@/lib/graphql';
import { getT, formatDate, titled } from '@/lib/i18n';
import { label, OPEN_EMERGENCY } from '@/lib/status';
import type { EmergencyStatus } from '@/graphql/generated/graphql';
import AutoRefresh from '@/components/AutoRefresh';
import Unavailable from '@/components/Unavailable';

const FollowEmergencyQuery = graphql(`
  query FollowEmergency($code: String!) {
    emergencyReport(trackingCode: $code) {
      trackingCode
      kind
      status
      createdAt
      dispatchedAt
      onSceneAt
      closedAt
      stationDistanceMetres
      station {
        id
        name
        address
      }
      unit {
        id
        callSign
      }
      kelurahan {
        id
        name
      }
      kecamatan {
        id
        name
      }
      timeline {
        at
        action
        toStatus
        actorKind
        note
        station {
          id
          name
        }
        unit {
          id
          callSign
        }
      }
    }
  }
`);

export const generateMetadata = titled('Lacak laporan darurat', 'Follow an emergency report');

export default async function Track({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const { code: raw } = await params;
  const sp = await searchParams;
  const code = decodeURIComponent(raw).slice(0, 40);
  const { t, tt, lang } = await getT();
  const r = await tryGql(FollowEmergencyQuery, { code });
  const e = r.data?.emergencyReport;
  // the unit is assigned automatically; "on the way" only once a dispatcher has acted on the report
  const acknowledged = !!e?.timeline.some((x) => x.actorKind === 'DISPATCHER');
  const waiting = !!e && OPEN_EMERGENCY.includes(e.status) && !acknowledged;
  const statusText = (status: EmergencyStatus) =>
    waiting && status !== 'ON_SCENE' ? tt('Menunggu konfirmasi petugas jaga Damkar', 'Waiting for the fire dispatcher to acknowledge') : label(status, lang);
  return (
    <>
      {e && OPEN_EMERGENCY.includes(e.status) && <AutoRefresh seconds={20} />}
      <h1>{tt('Lacak laporan darurat', 'Follow an emergency report')}</h1>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : !e ? (
        <div className="alert" role="alert">
          {tt('Kode lacak tidak ditemukan. Periksa kembali kodenya.', 'Tracking code not found. Check the code again.')}
        </div>
      ) : (
        <>
          {sp.baru && (
            <div className="panel panel-ok" role="status">
              <h2>{tt('Laporan terkirim ke Damkar', 'Report sent to the fire brigade')}</h2>
              <p>{tt('Simpan kode lacak ini. Tetap di tempat aman dan jauhi api.', 'Keep this tracking code. Stay somewhere safe, away from the fire.')}</p>
            </div>
          )}
          <section className="panel" aria-labelledby="ringkas">
            <h2 id="ringkas">
              {label(e.kind, lang)} —{' '}
              <span className="tag tag-warn" data-testid="emergency-status" data-status={e.status} data-acknowledged={acknowledged ? 'yes' : 'no'}>
                {statusText(e.status)}
              </span>
            </h2>
            <dl className="kv">
              <div>
                <dt>{t('trackingCode')}</dt>
                <dd className="big-code" data-testid="tracking-code">
                  {e.trackingCode}
                </dd>
              </div>
              <div>
                <dt>{tt('Pos Damkar yang ditugaskan', 'Assigned fire post')}</dt>
                <dd data-testid="station">
                  {e.station.name} — {e.station.address} ({(e.stationDistanceMetres / 1000).toFixed(1)} km)
                </dd>
              </div>
              {e.unit && (
                <div>
                  <dt>{tt('Unit', 'Unit')}</dt>
                  <dd>{e.unit.callSign}</dd>
                </div>
              )}
              <div>
                <dt>{tt('Lokasi (perkiraan)', 'Location (approximate)')}</dt>
                <dd>
                  {e.kelurahan?.name ?? '—'}, {e.kecamatan?.name ?? '—'}
                </dd>
              </div>
              <div>
                <dt>{tt('Dilaporkan', 'Reported')}</dt>
                <dd>{formatDate(e.createdAt, lang, true)}</dd>
              </div>
            </dl>
            {waiting && (
              <p>
                {tt(
                  'Laporan sudah diterima sistem dan pos terdekat sudah ditandai. Petugas jaga akan mengonfirmasi dan memberangkatkan unit; halaman ini berubah begitu mereka melakukannya. Bila dalam bahaya, hubungi 113.',
                  'The system has received your report and marked the nearest post. The dispatcher will acknowledge it and send the crew; this page changes as soon as they do. If you are in danger, call 113.',
                )}
              </p>
            )}
            {OPEN_EMERGENCY.includes(e.status) && (
              <p className="meta">
                {tt('Halaman ini diperbarui otomatis. ', 'This page updates by itself. ')}
                <a href={`/darurat/${encodeURIComponent(e.trackingCode)}`}>{tt('Perbarui sekarang', 'Refresh now')}</a>
              </p>
            )}
          </section>
          <h2>{tt('Perkembangan', 'Progress')}</h2>
          <ol className="timeline">
            {e.timeline.map((x, i) => (
              <li key={i}>
                <strong>
                  {x.actorKind === 'SYSTEM' && x.action === 'ASSIGNED'
                    ? tt('Pos dan unit terdekat ditandai otomatis', 'Nearest post and unit marked automatically')
                    : x.actorKind === 'REPORTER'
                      ? tt('Laporan diterima', 'Report received')
                      : label(x.toStatus, lang)}
                </strong>
                <p className="meta">
                  {formatDate(x.at, lang, true)}
                  {x.station ? ` · ${x.station.name}` : ''}
                  {x.unit ? ` · ${x.unit.callSign}` : ''}
                </p>
                {x.action === 'WAITING_FOR_UNIT' && <p>{label('WAITING_FOR_UNIT', lang)}</p>}
                {x.note && <p>{x.note}</p>}
              </li>
            ))}
          </ol>
        </>
      )}
      <p>
        <Link href="/darurat">{t('reportFire')}</Link>
      </p>
    </>
  );
}
