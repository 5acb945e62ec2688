import { graphql } from '@/graphql/generated';
import type { EmergencyStatus } from '@/graphql/generated/graphql';
import Link from 'next/link';
import { tryGql } from '@/lib/graphql';
import { getT, formatDate, titled } from '@/lib/i18n';
import { requireOfficer } from '@/lib/officer';
import { label } from '@/lib/status';
import AutoRefresh from '@/components/AutoRefresh';
import Unavailable from '@/components/Unavailable';
import Flash from '@/components/Flash';
import SubmitButton from '@/components/SubmitButton';
import { dispatcherAction } from './actions';

const OpenQuery = graphql(`
  query Open {
    openEmergencies(first: 50) {
      totalCount
      nodes {
        id
        trackingCode
        kind
        status
        createdAt
        positionSource
        latitude
        longitude
        addressText
        description
        callbackPhone
        kelurahan {
          id
          name
          kecamatan {
            id
            name
          }
        }
        station {
          id
          name
        }
        unit {
          id
          callSign
          state
        }
      }
    }
  }
`);

const StationsQuery = graphql(`
  query Stations {
    fireStations {
      id
      name
      units {
        id
        callSign
        kind
        state
      }
    }
  }
`);

export const generateMetadata = titled('Dispatcher Damkar', 'Fire dispatcher');

const NEXT: Record<EmergencyStatus, EmergencyStatus[]> = {
  RECEIVED: ['DISPATCHED', 'FALSE_ALARM'],
  DISPATCHED: ['ON_SCENE', 'FALSE_ALARM'],
  ON_SCENE: ['RESOLVED', 'FALSE_ALARM'],
  RESOLVED: [],
  FALSE_ALARM: [],
};

export default async function Dispatcher({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { t, tt, lang } = await getT();
  const { token, error } = await requireOfficer('/petugas/darurat', ['DISPATCHER']);
  const [r, st] = await Promise.all([tryGql(OpenQuery, {}, { token }), tryGql(StationsQuery, {}, { token })]);
  return (
    <>
      <AutoRefresh seconds={15} />
      <p className="meta">
        <Link href="/petugas">{t('officerDashboard')}</Link> · <Link href="/petugas/darurat">{tt('Perbarui daftar', 'Refresh the list')}</Link>
      </p>
      <h1>{tt('Laporan darurat terbuka', 'Open emergencies')}</h1>
      <Flash sp={sp} />
      {error ? (
        <Unavailable error={error} />
      ) : r.error ? (
        <Unavailable error={r.error} />
      ) : r.data.openEmergencies.nodes.length === 0 ? (
        <p>{tt('Tidak ada laporan terbuka.', 'No open reports.')}</p>
      ) : (
        <ul className="cards" data-testid="emergency-queue">
          {r.data.openEmergencies.nodes.map((e) => (
            <li className="card" key={e.id} data-tracking-code={e.trackingCode}>
              <h2>
                {label(e.kind, lang)} — {e.kelurahan?.name ?? '—'}, {e.kelurahan?.kecamatan.name ?? '—'}
              </h2>
              <p>
                <span className="tag tag-warn">{label(e.status, lang)}</span> · <span className="big-code">{e.trackingCode}</span>
              </p>
              <p className="meta">
                {formatDate(e.createdAt, lang, true)} · {e.station.name}
                {e.unit ? ` · ${e.unit.callSign}` : ` · ${tt('belum ada unit', 'no unit yet')}`}
              </p>
              {e.addressText && (
                <p>
                  <strong>{tt('Alamat', 'Address')}:</strong> {e.addressText}
                </p>
              )}
              {e.description && (
                <p>
                  <strong>{tt('Keterangan', 'Description')}:</strong> {e.description}
                </p>
              )}
              {e.callbackPhone && (
                <p>
                  <strong>{t('phone')}:</strong> <a href={`tel:${e.callbackPhone}`}>{e.callbackPhone}</a>
                </p>
              )}
              {e.latitude !== null && e.longitude !== null && (
                <p>
                  <a href={`https://www.openstreetmap.org/?mlat=${e.latitude}&mlon=${e.longitude}#map=17/${e.latitude}/${e.longitude}`}>
                    {tt('Buka peta', 'Open map')} ({e.latitude.toFixed(5)}, {e.longitude.toFixed(5)})
                  </a>
                </p>
              )}
              <div className="btn-row">
                {NEXT[e.status].map((s) => (
                  <form action={dispatcherAction} key={s}>
                    <input type="hidden" name="reportId" value={e.id} />
                    <input type="hidden" name="status" value={s} />
                    <SubmitButton className={`btn ${s === 'FALSE_ALARM' ? 'btn-secondary' : 'btn-primary'}`} pending={t('sending')}>
                      {label(s, lang)}
                    </SubmitButton>
                  </form>
                ))}
              </div>
              {st.data && (
                <details>
                  <summary className="btn btn-secondary btn-small">{tt('Kirim pos/unit lain…', 'Send another post/unit…')}</summary>
                  <form action={dispatcherAction} className="form">
                    <input type="hidden" name="reportId" value={e.id} />
                    <input type="hidden" name="op" value="reassign" />
                    <div className="field">
                      <label htmlFor={`target-${e.id}`}>{tt('Pos dan unit', 'Post and unit')}</label>
                      <select id={`target-${e.id}`} name="target" required>
                        {st.data.fireStations.map((s) => (
                          <optgroup key={s.id} label={s.name}>
                            <option value={`${s.id}|`}>
                              {s.name} — {tt('unit berikutnya yang bebas', 'next free unit')}
                            </option>
                            {s.units
                              .filter((u) => u.state === 'AVAILABLE')
                              .map((u) => (
                                <option key={u.id} value={`${s.id}|${u.id}`}>
                                  {u.callSign} ({u.kind})
                                </option>
                              ))}
                          </optgroup>
                        ))}
                      </select>
                    </div>
                    <SubmitButton pending={t('sending')}>{tt('Tugaskan', 'Assign')}</SubmitButton>
                  </form>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
