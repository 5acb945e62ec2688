import Link from 'next/link';
import type { Timeline } from '@/lib/timeline';
import { getT, formatDate } from '@/lib/i18n';
import { label } from '@/lib/status';
import Unavailable from './Unavailable';

const SRC: Record<string, [string, string]> = {
  LAIKA: ['Surat', 'Letter'],
  FIREBUTTON: ['Darurat', 'Emergency'],
  JARI: ['Laporan JARI', 'JARI report'],
};

export default async function TimelineList({ tl, onlyOpen = false }: { tl: Timeline; onlyOpen?: boolean }) {
  const { t, tt, lang } = await getT();
  const items = onlyOpen ? tl.items.filter((i) => i.open) : tl.items;
  return (
    <>
      {tl.failed.map((f) => (
        <div key={f.source}>
          <p className="meta">{SRC[f.source][lang === 'en' ? 1 : 0]}:</p>
          <Unavailable error={f.error} />
        </div>
      ))}
      {items.length === 0 ? <p>{t('nothingYet')}</p> : (
        <ol className="timeline" data-testid="timeline">
          {items.map((i) => (
            <li key={`${i.source}-${i.id}`}>
              <p className="meta">{SRC[i.source][lang === 'en' ? 1 : 0]} · {formatDate(i.createdAt, lang, true)}</p>
              <p><Link href={i.href}><strong>{i.source === 'LAIKA' ? i.title : label(i.title, lang)}</strong></Link></p>
              <p>
                {t('status')}: <span className={`tag ${i.overdue ? 'tag-bad' : i.open ? 'tag-warn' : 'tag-free'}`} data-status={i.status}>{label(i.status, lang)}</span>
                {i.dueAt && i.open ? <> · {t('due')}: {formatDate(i.dueAt, lang)}{i.overdue ? ` (${tt('terlambat', 'overdue')})` : ''}</> : null}
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
