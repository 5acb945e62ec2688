import Link from 'next/link';
import { graphql } from '@/graphql/generated';
import { tryGql } from '@/lib/graphql';
import { getT } from '@/lib/i18n';
import { viewer } from '@/lib/session';
import { citizenTimeline } from '@/lib/timeline';
import ServiceCard from '@/components/ServiceCard';
import Unavailable from '@/components/Unavailable';
import StatusBoard from '@/components/StatusBoard';
import TimelineList from '@/components/TimelineList';

const HomeSearch = graphql(`
  query HomeSearch($search: String) {
    services(first: 8, search: $search) {
      totalCount
      nodes {
        ...ServiceCardFields
      }
    }
  }
`);

const HomeGreeting = graphql(`
  query HomeGreeting {
    me {
      id
      name
    }
  }
`);

async function SearchResults({ q }: { q: string }) {
  const { t, tt, lang } = await getT();
  const r = await tryGql(HomeSearch, { search: q }, { revalidate: 60 });
  return (
    <section aria-labelledby="hasil">
      <h2 id="hasil">
        {t('results')}: “{q}”
      </h2>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : r.data.services.nodes.length === 0 ? (
        <p role="status">{t('noResults')}</p>
      ) : (
        <>
          <p role="status">{tt(`${r.data.services.totalCount} layanan ditemukan`, `${r.data.services.totalCount} services found`)}</p>
          <ul className="cards cards-2">
            {r.data.services.nodes.map((s) => (
              <ServiceCard key={s.id} s={s} lang={lang} headingLevel={3} />
            ))}
          </ul>
          {r.data.services.totalCount > 8 && (
            <p>
              <Link href={`/layanan?q=${encodeURIComponent(q)}`}>{t('seeAll')}</Link>
            </p>
          )}
        </>
      )}
    </section>
  );
}

async function OpenItems({ token }: { token: string }) {
  const { t } = await getT();
  const [me, tl] = await Promise.all([tryGql(HomeGreeting, {}, { token }), citizenTimeline(token)]);
  return (
    <section aria-labelledby="urusan" className="panel">
      <h2 id="urusan">{me.data ? `${t('hello')}, ${me.data.me.name}` : t('myOpenItems')}</h2>
      <h3>{t('myOpenItems')}</h3>
      <TimelineList tl={tl} onlyOpen />
      <p>
        <Link href="/akun">{t('myServices')} →</Link>
      </p>
    </section>
  );
}

export default async function Home({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const q = (sp.q ?? '').trim().slice(0, 100);
  const { t, tt } = await getT();
  const v = await viewer();
  return (
    <>
      <h1 className="visually-hidden">
        {t('siteName')} — {t('tagline')}
      </h1>
      <form method="get" action="/" className="hero" role="search">
        <label htmlFor="cari">{t('searchQuestion')}</label>
        <p className="hint" id="cari-hint">
          {t('searchHint')}
        </p>
        <div className="search">
          <input id="cari" name="q" type="search" defaultValue={q} aria-describedby="cari-hint" />
          <button type="submit" className="btn btn-primary">
            {t('search')}
          </button>
        </div>
      </form>
      {q && <SearchResults q={q} />}
      <Link href="/darurat" className="emergency-cta">
        <strong>{t('emergencyButton')}</strong>
        <span>{t('emergencyButtonSub')}</span>
      </Link>
      {v?.kind === 'CITIZEN' && <OpenItems token={v.token} />}
      <StatusBoard />
      <section aria-labelledby="layanan-utama">
        <h2 id="layanan-utama">{tt('Layanan utama', 'Main services')}</h2>
        <ul className="cards cards-2">
          <li className="card">
            <Link className="card-link" href="/surat">
              <h3>{tt('Surat keterangan (LAIKA)', 'Certificates (LAIKA)')}</h3>
            </Link>
            <p>
              {tt(
                'Domisili, SKTM, usaha, pengantar SKCK — ajukan dari rumah.',
                'Domicile, low income, business, police-record cover letters — apply from home.',
              )}
            </p>
          </li>
          <li className="card">
            <Link className="card-link" href="/jari">
              <h3>{tt('Lapor pungli (JARI)', 'Report extortion (JARI)')}</h3>
            </Link>
            <p>
              {tt(
                'Diminta uang di luar biaya resmi? Laporkan, boleh tanpa nama.',
                'Asked for money beyond the official fee? Report it, anonymously if you wish.',
              )}
            </p>
          </li>
          <li className="card">
            <Link className="card-link" href="/verifikasi">
              <h3>{t('verifyTitle')}</h3>
            </Link>
            <p>{tt('Cek surat dengan kode atau QR.', 'Check a letter by its code or QR.')}</p>
          </li>
          <li className="card">
            <Link className="card-link" href="/layanan">
              <h3>{t('allServices')}</h3>
            </Link>
            <p>{tt('Persyaratan, waktu dan biaya resmi setiap layanan.', 'Requirements, time and official fee of every service.')}</p>
          </li>
          <li className="card">
            <Link className="card-link" href="/izin">
              <h3>{tt('Perizinan', 'Permits')}</h3>
            </Link>
            <p>
              {tt(
                'Ajukan izin, lengkapi berkas, pantau prosesnya, cek keaslian izin.',
                'Apply for a permit, send documents, follow it, check a permit is genuine.',
              )}
            </p>
          </li>
          <li className="card">
            <Link className="card-link" href="/kesehatan">
              <h3>{tt('Kesehatan', 'Health')}</h3>
            </Link>
            <p>{tt('Cari puskesmas, jam buka, dan ambil nomor antrean.', 'Find a health centre, its opening hours, and take a queue number.')}</p>
          </li>
          <li className="card">
            <Link className="card-link" href="/pajak">
              <h3>{tt('Pajak daerah (JAKPA)', 'Local taxes (JAKPA)')}</h3>
            </Link>
            <p>
              {tt('Cek tagihan PBB dengan NOP, lihat pajak Anda, cetak tanda bukti.', 'Look a property tax bill up by NOP, see your taxes, print a statement.')}
            </p>
          </li>
          <li className="card">
            <Link className="card-link" href="/transparansi">
              <h3>{t('transparency')}</h3>
            </Link>
            <p>{tt('Waktu layanan, laporan dan respons darurat.', 'Service times, reports and emergency response.')}</p>
          </li>
        </ul>
      </section>
    </>
  );
}
