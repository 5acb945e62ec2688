import Link from 'next/link';
import type { Timeline } from '@/lib/timeline';
import { getT, formatDate } from '@/lib/i18n';
import { label, statusTone } from '@/lib/status';
import { inLang } from '@/lib/catalogue';
import Unavailable from './Unavailable';

const SRC: Record<string, [string, string]> = {
  LAIKA: ['Surat', 'Letter'],
  FIREBUTTON: ['Darurat', 'Emergency'],
  JARI: ['Laporan JARI', 'JARI report'],
  JAKPA: ['Pajak (PBB)', 'Tax (PBB)'],
  HEALTH: ['Antrean kesehatan', 'Health queue'],
  PERMITS: ['Perizinan', 'Permit'],
};

export default async function TimelineList({ tl, onlyOpen = false }: { tl: Timeline; onlyOpen?: boolean }) {
  const { t, lang } = await getT();
  const items = onlyOpen ? tl.items.filter((i) => i.open) : tl.items;
  return (
    <>
      {tl.failed.map((f) => (
        <div key={f.source}>
          <p className="meta">{SRC[f.source][lang === 'en' ? 1 : 0]}:</p>
          <Unavailable error={f.error} />
        </div>
      ))}
      {items.length === 0 ? (
        <p>{t('nothingYet')}</p>
      ) : (
        <ol className="timeline" data-testid="timeline">
          {items.map((i) => (
            <li key={`${i.source}-${i.id}`}>
              <p className="meta">
                {SRC[i.source][lang === 'en' ? 1 : 0]} · {formatDate(i.createdAt, lang, true)}
              </p>
              <p>
                <Link href={i.href}>
                  <strong>{i.titleCode ? label(i.titleCode, lang) : inLang(lang, i.title, i.titleEn)}</strong>
                </Link>
              </p>
              <p>
                {t('status')}:{' '}
                <span className={`tag ${statusTone(i.status)}`} data-status={i.status}>
                  {label(i.awaitingAck ? 'AWAITING_ACK' : i.status, lang)}
                </span>
                {i.overdue && i.open ? (
                  <>
                    {' '}
                    <span className="tag tag-bad">{t('overdue')}</span>
                  </>
                ) : null}
                {i.dueAt && i.open ? (
                  <>
                    {' '}
                    · {t('due')}: {formatDate(i.dueAt, lang)}
                  </>
                ) : null}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
