import { randomUUID } from 'node:crypto';
import { getT, titled } from '@/lib/i18n';
import { kelurahanGroups } from '@/lib/regions';
import ActionForm from '@/components/ActionForm';
import LocateMe from '@/components/LocateMe';
import { reportEmergencyAction } from './actions';
import { viewer } from '@/lib/session';

export const generateMetadata = titled('Darurat kebakaran', 'Fire emergency');

export default async function Emergency() {
  const { t, tt } = await getT();
  const loggedIn = (await viewer())?.kind === 'CITIZEN';
  let groups: Awaited<ReturnType<typeof kelurahanGroups>> = [];
  try {
    groups = await kelurahanGroups();
  } catch {
    /* core down: the GPS path and the address still work */
  }
  return (
    <>
      <h1>{t('reportFire')}</h1>
      <p className="notice">
        {tt(
          'Laporan langsung diteruskan ke pos Damkar terdekat. Tidak perlu masuk akun. Jika bisa, telepon juga ',
          'Your report goes straight to the nearest fire post. No login needed. If you can, also call ',
        )}
        <a href="tel:113">
          <strong>113</strong>
        </a>
        {tt(' (Damkar) atau ', ' (fire brigade) or ')}
        <a href="tel:112">
          <strong>112</strong>
        </a>
        .
      </p>
      <ActionForm
        formId="darurat"
        action={reportEmergencyAction}
        submitLabel={tt('KIRIM LAPORAN DARURAT', 'SEND EMERGENCY REPORT')}
        pendingLabel={tt('Mengirim laporan…', 'Sending report…')}
        big
        danger
        fields={[
          { name: 'idempotencyKey', label: '', type: 'hidden', defaultValue: randomUUID() },
          {
            name: 'kind',
            label: tt('Apa yang terjadi?', 'What is happening?'),
            type: 'radio',
            required: true,
            options: [
              { value: 'FIRE', label: tt('Kebakaran', 'Fire') },
              {
                value: 'RESCUE',
                label: tt('Penyelamatan', 'Rescue'),
                note: tt('Orang atau hewan terjebak, evakuasi', 'People or animals trapped, evacuation'),
              },
              { value: 'OTHER', label: tt('Darurat lain', 'Other emergency') },
            ],
          },
          {
            name: 'kelurahanId',
            label: tt('Kelurahan tempat kejadian', 'Kelurahan of the emergency'),
            type: 'select',
            placeholder: t('choose'),
            groups,
            hint: tt('Wajib dipilih bila lokasi HP tidak terbaca.', 'Required when the phone location is not available.'),
          },
          {
            name: 'addressText',
            label: tt('Alamat atau patokan', 'Address or landmark'),
            optionalLabel: tt('boleh kosong', 'optional'),
            maxLength: 300,
            placeholderText: tt('Contoh: Lorong Mawar, dekat masjid', 'For example: Lorong Mawar, near the mosque'),
          },
          loggedIn
            ? {
                name: 'callbackPhone',
                label: tt('Nomor HP untuk dihubungi petugas', 'Phone number the crew can call'),
                type: 'tel',
                inputMode: 'tel',
                autoComplete: 'tel',
                optionalLabel: tt('boleh kosong: nomor di akun Anda dipakai', 'optional: the number on your account is used'),
                maxLength: 20,
              }
            : {
                name: 'callbackPhone',
                label: tt('Nomor HP untuk dihubungi petugas', 'Phone number the crew can call'),
                type: 'tel',
                inputMode: 'tel',
                autoComplete: 'tel',
                required: true,
                hint: tt(
                  'Wajib bila Anda tidak masuk akun, agar petugas bisa menelepon balik.',
                  'Required when you are not logged in, so the crew can call you back.',
                ),
                maxLength: 20,
              },
          {
            name: 'description',
            label: tt('Keterangan singkat', 'Short description'),
            type: 'textarea',
            rows: 2,
            optionalLabel: tt('boleh kosong', 'optional'),
            maxLength: 500,
          },
        ]}
      >
        <LocateMe
          texts={{
            asking: tt(
              'Meminta lokasi HP Anda… Izinkan akses lokasi agar petugas cepat menemukan Anda.',
              'Asking for your phone location… Allow location access so the crew finds you fast.',
            ),
            found: tt('Lokasi Anda sudah terbaca.', 'Your location was found.'),
            denied: tt(
              'Lokasi tidak terbaca. Pilih kelurahan dan tulis alamat di bawah.',
              'Location not available. Choose the kelurahan and type the address below.',
            ),
            unsupported: tt(
              'HP ini tidak bisa membagikan lokasi. Pilih kelurahan di bawah.',
              'This phone cannot share its location. Choose the kelurahan below.',
            ),
            retry: tt('Coba baca lokasi lagi', 'Try the location again'),
          }}
        />
      </ActionForm>
      <p className="meta">
        {tt(
          'Laporan palsu mengganggu pertolongan bagi warga lain dan dapat dikenai sanksi.',
          'False reports delay help for other residents and may be penalised.',
        )}
      </p>
      <p>
        <a href="/darurat/lacak">{tt('Lacak laporan dengan kode', 'Follow a report by its code')}</a>
      </p>
    </>
  );
}
