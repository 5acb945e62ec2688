import { graphql } from '@/graphql/generated';
import Link from 'next/link';
import { randomUUID } from 'node:crypto';
import { tryGql } from '@/lib/graphql';
import { getT, titled } from '@/lib/i18n';
import { inLang } from '@/lib/catalogue';
import { viewer } from '@/lib/session';
import ActionForm from '@/components/ActionForm';
import Unavailable from '@/components/Unavailable';
import EvidenceUpload from '@/components/jari/EvidenceUpload';
import { submitJariAction } from './actions';

const JariChoicesQuery = graphql(`
  query JariChoices {
    agencies {
      id
      name
      nameEn
      shortName
      services {
        id
        name
        nameEn
      }
    }
  }
`);

export const generateMetadata = titled('Lapor JARI', 'Report to JARI');

export default async function Jari({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const sp = await searchParams;
  const { t, tt, lang } = await getT();
  const v = await viewer();
  const r = await tryGql(JariChoicesQuery, {}, { revalidate: 300 });
  const pre = sp.layanan && r.data ? r.data.agencies.find((a) => a.services.some((s) => s.id === sp.layanan)) : undefined;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Makassar' }).format(new Date());
  return (
    <>
      <h1>{tt('Lapor pungli, suap dan gratifikasi (JARI)', 'Report extortion, bribery and gratification (JARI)')}</h1>
      <p>
        {tt(
          'Jaga Kendari (JARI) adalah saluran Inspektorat Kota Kendari untuk melaporkan pungutan liar, suap, gratifikasi, atau layanan yang dipersulit.',
          'Jaga Kendari (JARI) is the City Inspectorate’s channel to report illegal levies, bribery, gratification, or services made difficult.',
        )}
      </p>
      <section className="panel" aria-labelledby="anonim">
        <h2 id="anonim">{tt('Bagaimana identitas Anda dilindungi', 'How your identity is protected')}</h2>
        <ul>
          <li>
            {tt(
              'Laporan TANPA NAMA: tidak ada yang disimpan tentang Anda — bukan akun, bukan nomor HP, bukan alamat. Bahkan bila Anda sedang masuk akun, laporan tidak dikaitkan dengan akun.',
              'ANONYMOUS report: nothing about you is stored — not your account, phone or address. Even when you are logged in, the report is not linked to your account.',
            )}
          </li>
          <li>
            {tt(
              'Anda akan mendapat kode lacak dan KODE RAHASIA. Kode rahasia hanya ditampilkan SEKALI — catat atau foto. Tanpa keduanya laporan tidak bisa dilacak.',
              'You will get a tracking code and a SECRET. The secret is shown only ONCE — write it down or photograph it. Without both, the report cannot be followed.',
            )}
          </li>
          <li>
            {tt(
              'Laporan DENGAN NAMA (perlu masuk akun): nama Anda hanya dilihat Inspektorat, tidak pernah oleh instansi yang dilaporkan.',
              'NAMED report (needs a login): only the Inspectorate sees your name, never the agency you report.',
            )}
          </li>
        </ul>
        <p>
          <Link href="/jari/lacak">{tt('Sudah melapor? Lacak laporan', 'Already reported? Follow your report')}</Link> ·{' '}
          <Link href="/jari/statistik">{tt('Statistik laporan', 'Report statistics')}</Link>
        </p>
      </section>
      {r.error ? (
        <Unavailable error={r.error} />
      ) : (
        <ActionForm
          formId="jari"
          action={submitJariAction}
          submitLabel={tt('Kirim laporan', 'Send report')}
          pendingLabel={t('sending')}
          after={
            <EvidenceUpload
              words={{
                label: tt('Bukti (foto atau PDF, boleh kosong)', 'Evidence (photos or PDF, optional)'),
                item: tt('Bukti', 'Evidence'),
                hint: tt(
                  'Paling banyak 5 berkas, masing-masing 10 MB. Lokasi (GPS) dan data kamera dihapus dari foto oleh server; nama berkas tidak disimpan. PDF disimpan apa adanya: periksa nama penulis di dalamnya.',
                  'At most 5 files of 10 MB each. The server removes location (GPS) and camera data from photos; file names are not kept. PDFs are kept as they are: check the author name inside.',
                ),
                uploading: tt('Mengunggah…', 'Uploading…'),
                done: tt('terunggah', 'uploaded'),
                failed: tt('Unggahan gagal. Silakan coba lagi.', 'The upload failed. Please try again.'),
                tooBig: tt('Ukuran berkas melebihi 10 MB.', 'The file is larger than 10 MB.'),
                wrongType: tt('Hanya foto JPEG/PNG atau PDF yang diterima.', 'Only JPEG/PNG photos or PDF files are accepted.'),
                tooMany: tt('Paling banyak 5 berkas bukti.', 'At most 5 evidence files.'),
                remove: tt('Hapus', 'Remove'),
              }}
            />
          }
          fields={[
            { name: 'idempotencyKey', label: '', type: 'hidden', defaultValue: randomUUID() },
            {
              name: 'anonymous',
              label: tt('Cara melapor', 'How to report'),
              type: 'radio',
              required: true,
              defaultValue: 'yes',
              options: [
                {
                  value: 'yes',
                  label: tt('Tanpa nama (anonim)', 'Anonymous'),
                  note: tt('Disarankan. Tidak ada data Anda yang disimpan.', 'Recommended. None of your data is stored.'),
                },
                {
                  value: 'no',
                  label: tt('Dengan nama akun saya', 'With my account name'),
                  note:
                    v?.kind === 'CITIZEN'
                      ? tt('Hanya Inspektorat yang melihat nama Anda.', 'Only the Inspectorate sees your name.')
                      : tt('Perlu masuk akun warga terlebih dahulu.', 'You need to log in first.'),
                },
              ],
            },
            {
              name: 'category',
              label: tt('Jenis kejadian', 'What happened'),
              type: 'select',
              required: true,
              defaultValue: 'PUNGLI',
              options: [
                { value: 'PUNGLI', label: tt('Pungutan liar (diminta bayar di luar biaya resmi)', 'Illegal levy (asked to pay beyond the official fee)') },
                { value: 'SUAP', label: tt('Suap', 'Bribery') },
                { value: 'GRATIFIKASI', label: tt('Gratifikasi (hadiah untuk petugas)', 'Gratification (gifts to officials)') },
                { value: 'SLOW_OR_REFUSED_SERVICE', label: tt('Layanan dipersulit, lambat atau ditolak', 'Service made difficult, slow or refused') },
                { value: 'OTHER', label: tt('Lainnya', 'Other') },
              ],
            },
            {
              name: 'agencyId',
              label: tt('Instansi / kantor', 'Agency / office'),
              type: 'select',
              required: true,
              placeholder: t('choose'),
              defaultValue: pre?.id,
              options: r.data.agencies.map((a) => ({ value: a.id, label: `${a.shortName} — ${inLang(lang, a.name, a.nameEn)}` })),
            },
            {
              name: 'serviceId',
              label: tt('Layanan', 'Service'),
              type: 'select',
              optionalLabel: tt('boleh kosong', 'optional'),
              placeholder: t('choose'),
              defaultValue: sp.layanan,
              groups: r.data.agencies
                .filter((a) => a.services.length)
                .map((a) => ({ label: a.shortName, options: a.services.map((s) => ({ value: s.id, label: inLang(lang, s.name, s.nameEn) })) })),
            },
            { name: 'occurredDate', label: tt('Tanggal kejadian', 'Date it happened'), type: 'date', required: true, defaultValue: today },
            {
              name: 'place',
              label: tt('Tempat', 'Place'),
              required: true,
              maxLength: 200,
              placeholderText: tt('Contoh: Loket 2, Kantor Disdukcapil', 'For example: Counter 2, Disdukcapil office'),
            },
            {
              name: 'description',
              label: tt('Ceritakan kejadiannya', 'Describe what happened'),
              type: 'textarea',
              required: true,
              maxLength: 4000,
              hint: tt(
                'Apa yang diminta, oleh siapa (jabatan/ciri), dan untuk apa. Jangan tulis nama Anda bila ingin anonim.',
                'What was asked, by whom (position/description), and for what. Do not write your name if you want to stay anonymous.',
              ),
            },
            {
              name: 'amountAskedRupiah',
              label: tt('Jumlah yang diminta (Rp)', 'Amount asked (Rp)'),
              inputMode: 'numeric',
              optionalLabel: tt('boleh kosong', 'optional'),
              maxLength: 15,
            },
            {
              name: 'amountPaidRupiah',
              label: tt('Jumlah yang sudah dibayar (Rp)', 'Amount paid (Rp)'),
              inputMode: 'numeric',
              optionalLabel: tt('boleh kosong', 'optional'),
              maxLength: 15,
            },
            {
              name: 'contactAllowed',
              label: tt(
                'Inspektorat boleh mengirim pertanyaan kepada saya (dibaca lewat kode lacak)',
                'The Inspectorate may send me questions (read with the tracking code)',
              ),
              type: 'checkbox',
            },
          ]}
        />
      )}
    </>
  );
}
