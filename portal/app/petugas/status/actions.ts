'use server';
import { requireOneOf, SERVICE_AVAILABILITY } from '@/lib/status';
import { graphql } from '@/graphql/generated';
import { redirect } from 'next/navigation';
import { gql } from '@/lib/graphql';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import { errorState } from '@/lib/action-helpers';
import { flashUrl } from '@/lib/flash';

const UpdateMutation = graphql(`
  mutation Update($input: UpdateServiceStatusInput!) {
    updateServiceStatus(input: $input) {
      id
      status
    }
  }
`);

export async function updateStatusAction(data: FormData): Promise<void> {
  const v = await viewer({ inAction: true });
  if (!v) redirect('/masuk?next=/petugas/status');
  const lang = await getLang();
  const s = (k: string) => String(data.get(k) ?? '').trim();
  const stock = s('stockRemaining');
  let url: string;
  try {
    await gql(
      UpdateMutation,
      {
        input: {
          servicePointId: s('servicePointId'),
          status: requireOneOf(SERVICE_AVAILABILITY, s('status'), 'status'),
          reason: s('reason') || undefined,
          reasonEn: s('reasonEn') || undefined,
          stockRemaining: stock ? Number(stock.replace(/[^\d]/g, '')) : undefined,
        },
      },
      { token: v.token },
    );
    url = flashUrl('/petugas/status', 'ok', lang === 'en' ? 'Status updated.' : 'Status diperbarui.');
  } catch (err) {
    const e = errorState(err, lang);
    url = flashUrl('/petugas/status', 'err', [e.message, ...Object.values(e.fields ?? {})].filter(Boolean).join(' '));
  }
  redirect(url);
}
