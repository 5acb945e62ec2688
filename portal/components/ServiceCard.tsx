import Link from 'next/link';
import { APP_LABEL, feeTag, inLang, type ServiceSummary } from '@/lib/catalogue';
import type { Lang } from '@/lib/i18n';

export default function ServiceCard({ s, lang, headingLevel = 2 }: { s: ServiceSummary; lang: Lang; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  const fee = feeTag(s, lang);
  return (
    <li className="card">
      <Link href={`/layanan/${s.id}`} className="card-link">
        <H>{inLang(lang, s.name, s.nameEn)}</H>
      </Link>
      <p className="meta">
        {APP_LABEL[s.application][lang]} · {s.agency.shortName} · {inLang(lang, s.timeLimitText, s.timeLimitTextEn)}
      </p>
      <p>
        <span className={`tag ${fee.tone === 'free' ? 'tag-free' : ''}`} data-fee-kind={s.feeKind}>
          {fee.text}
        </span>
      </p>
    </li>
  );
}
