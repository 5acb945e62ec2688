import { getT } from '@/lib/i18n';
import ComingSoon from '@/components/ComingSoon';

export const metadata = { title: 'Pajak daerah (JAKPA)' };

export default async function Tax() {
  const { tt } = await getT();
  return <ComingSoon application="JAKPA" title={tt('Pajak daerah (JAKPA — Pajak Menyapa)', 'Local taxes (JAKPA)')} offers={[
    tt('Cek tagihan PBB dengan NOP', 'Check a property-tax (PBB) bill by its NOP'),
    tt('Objek pajak dan riwayat pembayaran saya', 'My tax objects and payments'),
  ]} />;
}
