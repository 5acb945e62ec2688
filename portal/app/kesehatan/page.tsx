import { getT } from '@/lib/i18n';
import ComingSoon from '@/components/ComingSoon';

export const metadata = { title: 'Kesehatan' };

export default async function Health() {
  const { tt } = await getT();
  return <ComingSoon application="HEALTH" title={tt('Kesehatan', 'Health')} offers={[
    tt('Cari puskesmas dan rumah sakit (daftar dan peta), jam buka', 'Find health centres and hospitals (list and map), opening hours'),
    tt('Ambil dan batalkan nomor antrean', 'Take and cancel a queue number'),
    tt('Lihat nomor yang sedang dilayani', 'See which number is being served now'),
  ]} />;
}
