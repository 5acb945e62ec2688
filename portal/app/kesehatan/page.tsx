import { valuesOf } from '@/lib/status';
import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { tryGql } from '@/lib/graphql';
import { portalEnv } from '@/lib/env';
import { getT } from '@/lib/i18n';
import { viewer } from '@/lib/session';
import { kelurahanGroups } from '@/lib/regions';
import Unavailable from '@/components/Unavailable';
import MapLoader from '@/components/health/MapLoader';
import NearMe from '@/components/health/NearMe';
import { FACILITY_TYPE, facilityType } from '@/components/health/labels';

const HealthFacilitiesQuery = graphql(`
  query HealthFacilities($search: String, $type: HealthFacilityType, $kelurahanId: ID, $openNow: Boolean, $near: GeoPointInput) {
    healthFacilities(search: $search, type: $type, kelurahanId: $kelurahanId, openNow: $openNow, near: $near, first: 100) {
      totalCount
      nodes {
        id
        name
        type
        address
        phone
        latitude
        longitude
        distanceMetres
        openNow
        osmOpeningHours
        services {
          code
          name
          bookable
        }
      }
    }
  }
`);

export const metadata = { title: 'Kesehatan' };

const TYPES = valuesOf(FACILITY_TYPE);

export default async function Health({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { tt, lang } = await getT();
  const v = await viewer();
  const lat = Number(sp.lat);
  const lng = Number(sp.lng);
  const near = sp.lat && sp.lng && Number.isFinite(lat) && Number.isFinite(lng) ? { latitude: lat, longitude: lng } : null;
  const vars = {
    search: sp.q?.trim() ? sp.q.trim().slice(0, 100) : null,
    type: TYPES.find((x) => x === sp.jenis) ?? null,
    kelurahanId: sp.kelurahan || null,
    openNow: sp.buka === '1' ? true : null,
    near,
  };
  const [list, groups] = await Promise.all([tryGql(HealthFacilitiesQuery, vars, { revalidate: near ? undefined : 30 }), kelurahanGroups().catch(() => [])]);
  const openText = tt('Buka sekarang', 'Open now');
  return (
    <>
      <h1>{tt('Kesehatan', 'Health')}</h1>
      <p>
        {tt(
          'Cari puskesmas, rumah sakit, klinik dan apotek di Kota Kendari: jam buka, layanan, dan antrean hari ini. Ambil nomor antrean dari rumah.',
          "Find health centres, hospitals, clinics and pharmacies in Kendari: opening hours, services and today's queue. Take a queue number from home.",
        )}
      </p>
      {v?.kind === 'CITIZEN' && (
        <p>
          <Link href="/akun">{tt('Nomor antrean saya ada di Layanan saya', 'My queue numbers are in My services')}</Link>
        </p>
      )}
      <form method="get" action="/kesehatan" className="form" role="search" aria-label={tt('Cari fasilitas kesehatan', 'Find a health facility')}>
        <div className="field">
          <label htmlFor="q">{tt('Nama, layanan atau kelurahan', 'Name, service or kelurahan')}</label>
          <input id="q" name="q" type="search" defaultValue={sp.q ?? ''} maxLength={100} placeholder={tt('contoh: gigi, Kandai', 'e.g. dental, Kandai')} />
        </div>
        <div className="field">
          <label htmlFor="jenis">{tt('Jenis', 'Type')}</label>
          <select id="jenis" name="jenis" defaultValue={sp.jenis ?? ''}>
            <option value="">{tt('Semua jenis', 'All types')}</option>
            {TYPES.map((x) => (
              <option key={x} value={x}>
                {facilityType(x, lang)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="kelurahan">{tt('Kelurahan', 'Kelurahan')}</label>
          <select id="kelurahan" name="kelurahan" defaultValue={sp.kelurahan ?? ''}>
            <option value="">{tt('Semua kelurahan', 'All kelurahan')}</option>
            {groups.map((g) => (
              <optgroup key={g.label} label={g.label}>
                {g.options.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </optgroup>
            ))}
          </select>
        </div>
        <label className="choice">
          <input type="checkbox" name="buka" value="1" defaultChecked={sp.buka === '1'} />{' '}
          <span>{tt('Hanya yang buka sekarang (WITA)', 'Open now only (WITA)')}</span>
        </label>
        {near && (
          <>
            <input type="hidden" name="lat" value={sp.lat} />
            <input type="hidden" name="lng" value={sp.lng} />
          </>
        )}
        <p className="btn-row">
          <button className="btn btn-primary" type="submit">
            {tt('Cari', 'Search')}
          </button>
          <NearMe
            texts={{
              button: tt('Terdekat dari lokasi saya', 'Nearest to me'),
              asking: tt('Mencari lokasi Anda…', 'Finding your location…'),
              denied: tt('Lokasi tidak diizinkan. Pilih kelurahan Anda.', 'Location not allowed. Choose your kelurahan.'),
            }}
          />
        </p>
      </form>
      {list.error ? (
        <Unavailable error={list.error} />
      ) : (
        <>
          <p role="status" data-testid="facility-count">
            {list.data.healthFacilities.totalCount} {tt('fasilitas', 'facilities')}
            {near ? tt(', terdekat lebih dulu', ', nearest first') : ''}
          </p>
          <MapLoader
            tileUrl={portalEnv().MAP_TILE_URL ?? null}
            label={tt('Peta fasilitas kesehatan', 'Map of health facilities')}
            openText={openText}
            points={list.data.healthFacilities.nodes.map((f) => ({
              id: f.id,
              name: f.name,
              lat: f.latitude,
              lng: f.longitude,
              href: `/kesehatan/fasilitas/${f.id}`,
              type: f.type,
              openNow: f.openNow,
            }))}
          />
          <ul className="cards" data-testid="facility-list">
            {list.data.healthFacilities.nodes.map((f) => (
              <li className="card" key={f.id}>
                <Link className="card-link" href={`/kesehatan/fasilitas/${f.id}`}>
                  <h2 style={{ fontSize: '1.15rem' }}>{f.name}</h2>
                </Link>
                <p>
                  <span className="tag">{facilityType(f.type, lang)}</span>{' '}
                  {f.openNow ? <span className="tag tag-free">{openText}</span> : <span className="tag tag-bad">{tt('Tutup', 'Closed')}</span>}
                  {f.distanceMetres !== null && <> · {(f.distanceMetres / 1000).toFixed(1)} km</>}
                </p>
                <p className="meta">
                  {f.address}
                  {f.phone ? ` · ${f.phone}` : ''}
                </p>
                <p className="meta">{f.services.map((s) => s.name).join(', ')}</p>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
