import Link from 'next/link';
import { getT, titled } from '@/lib/i18n';
import { requireOfficer } from '@/lib/officer';
import { label } from '@/lib/status';
import Unavailable from '@/components/Unavailable';
import Flash from '@/components/Flash';

export const generateMetadata = titled('Petugas', 'Officers');

export default async function OfficerHome({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { t, tt, lang } = await getT();
  const { officer, error } = await requireOfficer('/petugas');
  if (!officer)
    return (
      <>
        <h1>{t('officerDashboard')}</h1>
        <Unavailable error={error} />
      </>
    );
  const r = officer.role;
  const links = [
    {
      roles: ['KELURAHAN_OFFICER', 'LURAH', 'CAMAT', 'ADMIN'],
      href: '/petugas/surat',
      title: tt('Antrean surat LAIKA', 'LAIKA letter queue'),
      text: tt('Verifikasi, tolak, tanda tangani, terbitkan.', 'Verify, reject, sign, issue.'),
    },
    {
      roles: ['DISPATCHER', 'ADMIN'],
      href: '/petugas/darurat',
      title: tt('Laporan darurat (Damkar)', 'Emergency reports (fire brigade)'),
      text: tt('Kirim unit, ubah status.', 'Send units, change status.'),
    },
    {
      roles: ['INSPECTOR', 'ADMIN'],
      href: '/petugas/jari',
      title: tt('Laporan JARI', 'JARI reports'),
      text: tt('Telaah, periksa, simpulkan.', 'Review, investigate, conclude.'),
    },
    {
      roles: ['AGENCY_OFFICER'],
      href: '/petugas/laporan-instansi',
      title: tt('Laporan JARI tentang instansi', 'JARI reports about the agency'),
      text: tt('Laporan yang diteruskan Inspektorat, tanpa identitas pelapor.', 'Reports the Inspectorate shared, without the reporter’s identity.'),
    },
    {
      roles: ['AGENCY_OFFICER', 'ADMIN'],
      href: '/petugas/izin',
      title: tt('Perizinan (DPMPTSP)', 'Permits (DPMPTSP)'),
      text: tt(
        'Verifikasi berkas, minta perbaikan, setujui, catat retribusi, terbitkan.',
        'Check documents, ask for revision, approve, record the levy, issue.',
      ),
    },
    {
      roles: ['AGENCY_OFFICER', 'ADMIN'],
      href: '/petugas/pajak',
      title: tt('PBB-P2 (Bapenda)', 'PBB-P2 (Bapenda)'),
      text: tt('Cari objek pajak, catat pembayaran di loket.', 'Find tax objects, record counter payments.'),
    },
    {
      roles: ['FACILITY_STAFF', 'ADMIN'],
      href: '/petugas/kesehatan',
      title: tt('Antrean fasilitas kesehatan', 'Health facility queue'),
      text: tt('Panggil nomor, atur kuota, tutup sesi.', 'Call numbers, set capacity, close a session.'),
    },
    {
      roles: ['AGENCY_OFFICER', 'ADMIN'],
      href: '/petugas/status',
      title: tt('Status layanan hari ini', "Today's service status"),
      text: tt('Perbarui ketersediaan layanan dan stok blanko.', 'Update availability and blank stock.'),
    },
    {
      roles: ['ADMIN'],
      href: '/petugas/kunci-api',
      title: tt('Kunci API', 'API keys'),
      text: tt('Buat, lihat pemakaian, cabut kunci graf publik.', 'Make, follow and revoke keys to the public graph.'),
    },
  ].filter((l) => l.roles.includes(r));
  return (
    <>
      <h1>{t('officerDashboard')}</h1>
      <Flash sp={sp} />
      <p>
        {officer.name} — <strong>{label(r, lang)}</strong>
        {officer.kelurahan ? `, ${tt('Kelurahan', 'Kelurahan')} ${officer.kelurahan.name}` : ''}
        {officer.kecamatan ? `, ${tt('Kecamatan', 'District')} ${officer.kecamatan.name}` : ''}
        {officer.agency ? `, ${officer.agency.shortName}` : ''}
      </p>
      <ul className="cards cards-2">
        {links.map((l) => (
          <li className="card" key={l.href}>
            <Link className="card-link" href={l.href}>
              <h2>{l.title}</h2>
            </Link>
            <p>{l.text}</p>
          </li>
        ))}
      </ul>
      {links.length === 0 && <p>{tt('Belum ada antrean untuk peran Anda di portal.', 'No queue for your role on the portal yet.')}</p>}
    </>
  );
}
