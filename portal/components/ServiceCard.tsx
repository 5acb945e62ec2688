import Link from 'next/link';
import { APP_LABEL } from '@/lib/catalogue';
import { formatRupiah, type Lang } from '@/lib/i18n';

export type ServiceSummary = {
  id: string; name: string; application: string; description: string; timeLimitText: string; feeRupiah: number; isFree: boolean;
  agency: { shortName: string };
};

export default function ServiceCard({ s, lang, headingLevel = 2 }: { s: ServiceSummary; lang: Lang; headingLevel?: 2 | 3 }) {
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <li className="card">
      <Link href={`/layanan/${s.id}`} className="card-link">
        <H>{s.name}</H>
      </Link>
      <p className="meta">
        {APP_LABEL[s.application]?.[lang] ?? s.application} · {s.agency.shortName} · {s.timeLimitText}
      </p>
      <p>
        <span className={`tag ${s.isFree ? 'tag-free' : ''}`}>{s.isFree ? (lang === 'en' ? 'Free' : 'Gratis') : formatRupiah(s.feeRupiah)}</span>
      </p>
    </li>
  );
}
