import { getT } from '@/lib/i18n';
import ComingSoon from '@/components/ComingSoon';

export const metadata = { title: 'Perizinan' };

export default async function Permits() {
  const { tt } = await getT();
  return <ComingSoon application="PERMITS" title={tt('Perizinan (DPMPTSP)', 'Permits (DPMPTSP)')} offers={[
    tt('Ajukan izin dengan daftar dokumen dan unggah berkas', 'Apply for a permit with the document checklist and uploads'),
    tt('Lacak permohonan dan lihat retribusinya', 'Follow the application and see the levy'),
    tt('Cari izin yang sudah terbit di register publik', 'Search issued permits in the public register'),
  ]} />;
}
