import { graphql } from '@/graphql/generated';
import { tryGql } from '@/lib/graphql';
import { getT, formatDate } from '@/lib/i18n';
import { label } from '@/lib/status';
import { inLang } from '@/lib/catalogue';

const ServiceStatusQuery = graphql(`
  query ServiceStatus($id: ID!) {
    service(id: $id) {
      id
      status {
        availability
        points {
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
        }
      }
    }
  }
`);

/** Today's status of one service at each place (JARI status board); silent when JARI is not reachable. */
export default async function ServiceStatusLine({ serviceId }: { serviceId: string }) {
  const { tt, lang } = await getT();
  const r = await tryGql(ServiceStatusQuery, { id: serviceId }, { revalidate: 30 });
  const st = r.data?.service?.status;
  if (!st || !st.points.length) return null;
  return (
    <section className="panel" aria-labelledby="status-layanan">
      <h2 id="status-layanan">{tt('Status hari ini', 'Status today')}</h2>
      <ul className="status-board">
        {st.points.map((p) => (
          <li key={p.id} className={`s-${p.status}`}>
            <strong>{inLang(lang, p.place, p.placeEn)}</strong> — <span className="tag">{label(p.status, lang)}</span>
            {p.reason && <p lang={lang === 'en' && !p.reasonEn ? 'id' : undefined}>{inLang(lang, p.reason, p.reasonEn)}</p>}
            {p.stockLabel && p.stockRemaining !== null && (
              <p>
                {inLang(lang, p.stockLabel, p.stockLabelEn)}: <strong>{p.stockRemaining}</strong>
              </p>
            )}
            <p className="meta">
              {tt('diperbarui', 'updated')} {formatDate(p.lastUpdatedAt, lang, true)}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
