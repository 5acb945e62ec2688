'use server';
import { redirect } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import { gql } from '@/lib/graphql';
import { JARI_OUTCOME, requireOneOf } from '@/lib/status';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import { errorState, safeNext } from '@/lib/action-helpers';
import { flashUrl } from '@/lib/flash';

const VerifyJari = graphql(`
  mutation VerifyJariReport($reportId: ID!, $note: String) {
    verifyJariReport(reportId: $reportId, note: $note) {
      id
      status
    }
  }
`);
const InvestigateJari = graphql(`
  mutation StartJariInvestigation($reportId: ID!, $note: String) {
    startJariInvestigation(reportId: $reportId, note: $note) {
      id
      status
    }
  }
`);
const ShareJari = graphql(`
  mutation ShareJariReportWithAgency($reportId: ID!, $note: String) {
    shareJariReportWithAgency(reportId: $reportId, note: $note) {
      id
    }
  }
`);
const RejectJari = graphql(`
  mutation RejectJariReport($reportId: ID!, $reason: String!) {
    rejectJariReport(reportId: $reportId, reason: $reason) {
      id
      status
    }
  }
`);
const MessageJari = graphql(`
  mutation SendJariMessage($reportId: ID!, $message: String!) {
    sendJariMessage(reportId: $reportId, message: $message) {
      id
    }
  }
`);
const ConcludeJari = graphql(`
  mutation ConcludeJariReport($input: ConcludeJariReportInput!) {
    concludeJariReport(input: $input) {
      id
      status
    }
  }
`);

export async function inspectorAction(data: FormData): Promise<void> {
  const back = safeNext(data.get('back'), '/petugas/jari');
  const v = await viewer({ inAction: true });
  if (!v) redirect('/masuk?next=/petugas/jari');
  const lang = await getLang();
  const reportId = String(data.get('reportId') ?? '');
  const s = (k: string) => String(data.get(k) ?? '').trim();
  const note = s('note') || undefined;
  const token = v.token;
  // one typed operation per button of the inspector's page
  const ops: Record<string, () => Promise<unknown>> = {
    verify: () => gql(VerifyJari, { reportId, note }, { token }),
    investigate: () => gql(InvestigateJari, { reportId, note }, { token }),
    share: () => gql(ShareJari, { reportId, note }, { token }),
    reject: () => gql(RejectJari, { reportId, reason: s('reason') }, { token }),
    message: () => gql(MessageJari, { reportId, message: s('body') }, { token }),
    conclude: () =>
      gql(
        ConcludeJari,
        { input: { reportId, outcome: requireOneOf(JARI_OUTCOME, s('outcome'), 'outcome'), publicSummary: s('publicSummary'), note } },
        { token },
      ),
  };
  const op = Object.hasOwn(ops, s('op')) ? ops[s('op')] : null;
  let url: string;
  try {
    if (!op) throw new Error('unknown op');
    await op();
    url = flashUrl(back, 'ok', lang === 'en' ? 'Saved.' : 'Tersimpan.');
  } catch (err) {
    const e = errorState(err, lang);
    url = flashUrl(back, 'err', [e.message, ...Object.values(e.fields ?? {})].filter(Boolean).join(' '));
  }
  redirect(url);
}
