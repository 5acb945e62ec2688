'use server';
import { graphql } from '@/graphql/generated';
import { redirect } from 'next/navigation';
import { gql } from '@/lib/graphql';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import { errorState } from '@/lib/action-helpers';
import { flashUrl } from '@/lib/flash';
import { EMERGENCY_STATUS, requireOneOf } from '@/lib/status';

const ReassignMutation = graphql(`
  mutation Reassign($input: ReassignEmergencyInput!) {
    reassignEmergency(input: $input) {
      report {
        id
        status
      }
    }
  }
`);

const ChangeStatusMutation = graphql(`
  mutation ChangeStatus($input: ChangeEmergencyStatusInput!) {
    changeEmergencyStatus(input: $input) {
      report {
        id
        status
      }
    }
  }
`);

export async function dispatcherAction(data: FormData): Promise<void> {
  const back = '/petugas/darurat';
  const v = await viewer({ inAction: true });
  if (!v) redirect('/masuk?next=/petugas/darurat');
  const lang = await getLang();
  const reportId = String(data.get('reportId') ?? '');
  const note = String(data.get('note') ?? '').trim() || undefined;
  let url: string;
  try {
    if (data.get('op') === 'reassign') {
      const [stationId, unitId] = String(data.get('target') ?? '').split('|');
      await gql(ReassignMutation, { input: { reportId, stationId, unitId: unitId || undefined, note } }, { token: v.token });
    } else {
      await gql(
        ChangeStatusMutation,
        { input: { reportId, status: requireOneOf(EMERGENCY_STATUS, String(data.get('status') ?? ''), 'status'), note } },
        { token: v.token },
      );
    }
    url = flashUrl(back, 'ok', lang === 'en' ? 'Saved.' : 'Tersimpan.');
  } catch (err) {
    const e = errorState(err, lang);
    url = flashUrl(back, 'err', [e.message, ...Object.values(e.fields ?? {})].filter(Boolean).join(' '));
  }
  redirect(url);
}
