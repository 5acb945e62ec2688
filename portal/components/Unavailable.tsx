import type { GqlError } from '@/lib/graphql';
import { getT } from '@/lib/i18n';

/** What a section shows when its subgraph is down (or not part of the graph yet). */
export default async function Unavailable({ error, what }: { error?: GqlError | null; what?: string }) {
  const { t } = await getT();
  if (error?.notYetAvailable) {
    return (
      <div className="unavailable" role="status">
        <strong>{t('comingSoon')}.</strong> {what ?? t('comingSoonText')}
      </div>
    );
  }
  return (
    <div className="unavailable" role="status" data-unavailable="1">
      {t('unavailable')}
    </div>
  );
}
