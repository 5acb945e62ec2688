import type { ServiceAvailability } from '@/graphql/generated/graphql';
import { graphql } from '@/graphql/generated';
import { tryGql } from '@/lib/graphql';
import { getT, formatDate } from '@/lib/i18n';
import { label } from '@/lib/status';
import { inLang } from '@/lib/catalogue';
import Unavailable from './Unavailable';

const StatusBoardQuery = graphql(`
  query StatusBoard {
    serviceStatusBoard(first: 50) {
      totalCount
      nodes {
        id
        place
        placeEn
        status
        reason
        reasonEn
        stockLabel
        stockLabelEn
        stockRemaining
        lastUpdatedAt
        agency {
          id
          shortName
        }
        service {
          id
          name
          nameEn
        }
      }
    }
  }
`);

/** Today's service-status board (JARI): e.g. "no KTP blanks today at Disdukcapil". */
export default async function StatusBoard({ headingId = 'status-hari-ini', limit = 8 }: { headingId?: string; limit?: number }) {
  const { t, tt, lang } = await getT();
  const r = await tryGql(StatusBoardQuery, {}, { revalidate: 30 });
  // problems first: that is what a resident needs to know before travelling
  const order: Record<ServiceAvailability, number> = { UNAVAILABLE: 0, LIMITED: 1, AVAILABLE: 2 };
  const nodes = r.data ? [...r.data.serviceStatusBoard.nodes].sort((a, b) => order[a.status] - order[b.status]) : [];
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('statusBoard')}</h2>
      {r.error ? (
        <Unavailable
          error={r.error}
          what={tt(
            'Papan status layanan (misalnya “blanko KTP habis hari ini”) dari JARI.',
            'The service-status board (e.g. “no ID-card blanks today”) from JARI.',
          )}
        />
      ) : nodes.length === 0 ? (
        <p>{tt('Semua layanan berjalan normal hari ini.', 'All services are running normally today.')}</p>
      ) : (
        <ul className="status-board" data-testid="status-board">
          {nodes.slice(0, limit).map((s) => (
            <li key={s.id} className={`s-${s.status}`}>
              <strong>{s.service ? inLang(lang, s.service.name, s.service.nameEn) : '—'}</strong> — <span className="tag">{label(s.status, lang)}</span>
              <p className="meta">{inLang(lang, s.place, s.placeEn)}</p>
              {s.reason && <p lang={lang === 'en' && !s.reasonEn ? 'id' : undefined}>{inLang(lang, s.reason, s.reasonEn)}</p>}
              {s.stockLabel && s.stockRemaining !== null && (
                <p>
                  {inLang(lang, s.stockLabel, s.stockLabelEn)}: <strong>{s.stockRemaining}</strong>
                </p>
              )}
              <p className="meta">
                {s.agency?.shortName ?? '—'} · {tt('diperbarui', 'updated')} {formatDate(s.lastUpdatedAt, lang, true)}
              </p>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
