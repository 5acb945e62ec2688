import Link from 'next/link';
import { graphql } from '@/graphql/generated';
import type { AuditKind } from '@/graphql/generated/graphql';
import { tryGql, type ResultOf } from '@/lib/graphql';
import { formatDate, getT, type Lang } from '@/lib/i18n';
import { label } from '@/lib/status';
import Unavailable from './Unavailable';

/**
 * "Siapa yang melihat data saya" on Layanan saya (issue 12, like Estonia's data tracker): every officer read
 * of the resident's personal data and every officer step on their items, from the audit log. Role and
 * office only: the graph never gives the resident an officer's account or name.
 */
const MyDataAccessQuery = graphql(`
  query MyDataAccess($first: Int!) {
    me {
      id
      dataAccessLog(first: $first) {
        totalCount
        nodes {
          at
          kind
          actorRole
          subgraph
          action
          itemType
          itemId
          office {
            kind
            kelurahan {
              name
            }
            kecamatan {
              name
            }
            agency {
              name
              nameEn
            }
            facility {
              name
            }
          }
        }
      }
    }
  }
`);

type Entry = NonNullable<ResultOf<typeof MyDataAccessQuery>['me']['dataAccessLog']>['nodes'][number];

const SHOWN = 50;

/** The service each subgraph is, in the resident's words. */
const SERVICE: Record<string, [string, string]> = {
  core: ['Akun warga', 'Resident account'],
  laika: ['Surat (LAIKA)', 'Letters (LAIKA)'],
  permits: ['Perizinan', 'Permits'],
  health: ['Antrean kesehatan', 'Health queue'],
  firebutton: ['Damkar (Fire Button)', 'Fire Button'],
  jakpa: ['Pajak (JAKPA)', 'Tax (JAKPA)'],
  jari: ['Laporan JARI', 'JARI report'],
};

/** What the officer did, by the action's last word; anything new falls back to its kind. */
const VERB: Record<string, [string, string]> = {
  'read-nik': ['Melihat NIK', 'Viewed NIK'],
  'read-phone': ['Melihat nomor telepon', 'Viewed phone number'],
  'read-profile': ['Melihat nama dan kelurahan', 'Viewed name and kelurahan'],
  'read-applicant': ['Melihat data permohonan', 'Viewed application data'],
  'read-caller': ['Melihat data pelapor darurat', 'Viewed emergency caller data'],
  'read-owner': ['Melihat data wajib pajak', 'Viewed taxpayer data'],
  'read-reporter': ['Melihat identitas pelapor', 'Viewed reporter identity'],
  download: ['Membuka berkas', 'Opened a file'],
  verify: ['Memverifikasi', 'Verified'],
  sign: ['Menandatangani', 'Signed'],
  issue: ['Menerbitkan', 'Issued'],
  reject: ['Menolak', 'Rejected'],
  approve: ['Menyetujui', 'Approved'],
  'request-revision': ['Meminta perbaikan', 'Asked for changes'],
  'record-payment': ['Mencatat pembayaran', 'Recorded a payment'],
  revoke: ['Mencabut', 'Revoked'],
  call: ['Memanggil nomor antrean', 'Called the queue number'],
  'mark-served': ['Menandai sudah dilayani', 'Marked as served'],
  'mark-no-show': ['Menandai tidak hadir', 'Marked as no-show'],
};
const KIND: Record<AuditKind, [string, string]> = {
  READ: ['Melihat data pribadi', 'Viewed personal data'],
  ACTION: ['Memproses', 'Acted on'],
};

/** Items the resident can open in the portal. */
const HREF: Record<string, (id: string) => string> = {
  LetterRequest: (id) => `/surat/${id}`,
  PermitApplication: (id) => `/izin/permohonan/${id}`,
  Appointment: (id) => `/kesehatan/antrean/${id}`,
};
const ITEM: Record<string, [string, string]> = {
  Citizen: ['Akun Anda', 'Your account'],
  LetterRequest: ['Permohonan surat', 'Letter request'],
  PermitApplication: ['Permohonan izin', 'Permit application'],
  Appointment: ['Nomor antrean', 'Queue number'],
  EmergencyReport: ['Laporan darurat', 'Emergency report'],
  TaxObject: ['Objek pajak', 'Tax object'],
  TaxBill: ['Tagihan pajak', 'Tax bill'],
  JariReport: ['Laporan JARI', 'JARI report'],
  Upload: ['Berkas', 'File'],
};

const pick = (pair: [string, string] | undefined, lang: Lang, fallback: string) => (pair ? pair[lang === 'en' ? 1 : 0] : fallback);

function officeOf(e: Entry, lang: Lang): string {
  const o = e.office;
  const en = lang === 'en';
  if (o.kelurahan) return `Kelurahan ${o.kelurahan.name}`;
  if (o.kecamatan) return `${en ? 'District' : 'Kecamatan'} ${o.kecamatan.name}`;
  if (o.facility) return o.facility.name;
  if (o.agency) return en ? o.agency.nameEn : o.agency.name;
  return en ? 'City of Kendari (city-wide)' : 'Pemerintah Kota Kendari (seluruh kota)';
}

export default async function DataAccessLog({ token }: { token: string }) {
  const { t, tt, lang } = await getT();
  const r = await tryGql(MyDataAccessQuery, { first: SHOWN }, { token });
  const log = r.error ? null : r.data.me.dataAccessLog;
  return (
    <section aria-labelledby="akses-data" data-testid="data-access">
      <h2 id="akses-data">{t('dataAccessTitle')}</h2>
      <p>{t('dataAccessIntro')}</p>
      {!log ? (
        <Unavailable error={r.error} />
      ) : log.nodes.length === 0 ? (
        <p data-testid="data-access-empty">{t('dataAccessEmpty')}</p>
      ) : (
        <>
          <div className="table-wrap" tabIndex={0} role="region" aria-label={t('dataAccessTitle')}>
            <table>
              <thead>
                <tr>
                  <th scope="col">{tt('Waktu', 'When')}</th>
                  <th scope="col">{tt('Petugas', 'Officer')}</th>
                  <th scope="col">{tt('Yang dilakukan', 'What')}</th>
                </tr>
              </thead>
              <tbody>
                {log.nodes.map((e, i) => {
                  const href = HREF[e.itemType]?.(e.itemId);
                  // the resident's own account needs no id; other items are named by type and the start of their id
                  const item = e.itemType === 'Citizen' ? null : `${pick(ITEM[e.itemType], lang, e.itemType)} ${e.itemId.slice(0, 8)}`;
                  return (
                    <tr key={`${e.at}-${e.action}-${e.itemId}-${i}`} data-action={e.action}>
                      <td>{formatDate(e.at, lang, true)}</td>
                      <td>
                        {label(e.actorRole, lang)}
                        <br />
                        <span className="meta">{officeOf(e, lang)}</span>
                      </td>
                      <td>
                        <strong>{pick(VERB[e.action.split('.').pop() ?? ''], lang, pick(KIND[e.kind], lang, e.kind))}</strong>
                        <br />
                        <span className="meta">{pick(SERVICE[e.subgraph], lang, e.subgraph)}</span>
                        {item && (
                          <>
                            <br />
                            {href ? <Link href={href}>{item}</Link> : <span className="meta">{item}</span>}
                          </>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {log.totalCount > log.nodes.length && (
            <p className="meta">
              {tt(`Menampilkan ${log.nodes.length} akses terbaru dari ${log.totalCount}.`, `Showing the latest ${log.nodes.length} of ${log.totalCount}.`)}
            </p>
          )}
        </>
      )}
    </section>
  );
}
