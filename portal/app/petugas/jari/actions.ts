'use server';
import { redirect } from 'next/navigation';
import { gql } from '@/lib/graphql';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import { errorState, safeNext } from '@/lib/action-helpers';
import { flashUrl } from '@/lib/flash';

export async function inspectorAction(data: FormData): Promise<void> {
  const back = safeNext(data.get('back'), '/petugas/jari');
  const v = await viewer({ inAction: true });
  if (!v) redirect('/masuk?next=/petugas/jari');
  const lang = await getLang();
  const reportId = String(data.get('reportId') ?? '');
  const s = (k: string) => String(data.get(k) ?? '').trim();
  const note = s('note') || undefined;
  const ops: Record<string, [string, Record<string, unknown>]> = {
    verify: ['mutation($reportId: ID!, $note: String) { verifyJariReport(reportId: $reportId, note: $note) { id status } }', { reportId, note }],
    investigate: ['mutation($reportId: ID!, $note: String) { startJariInvestigation(reportId: $reportId, note: $note) { id status } }', { reportId, note }],
    share: ['mutation($reportId: ID!, $note: String) { shareJariReportWithAgency(reportId: $reportId, note: $note) { id } }', { reportId, note }],
    reject: [
      'mutation($reportId: ID!, $reason: String!) { rejectJariReport(reportId: $reportId, reason: $reason) { id status } }',
      { reportId, reason: s('reason') },
    ],
    message: [
      'mutation($reportId: ID!, $message: String!) { sendJariMessage(reportId: $reportId, message: $message) { id } }',
      { reportId, message: s('body') },
    ],
    conclude: [
      'mutation($input: ConcludeJariReportInput!) { concludeJariReport(input: $input) { id status } }',
      { input: { reportId, outcome: s('outcome'), publicSummary: s('publicSummary'), note } },
    ],
  };
  const op = ops[s('op')];
  let url: string;
  try {
    if (!op) throw new Error('unknown op');
    await gql(op[0], op[1], { token: v.token });
    url = flashUrl(back, 'ok', lang === 'en' ? 'Saved.' : 'Tersimpan.');
  } catch (err) {
    const e = errorState(err, lang);
    url = flashUrl(back, 'err', [e.message, ...Object.values(e.fields ?? {})].filter(Boolean).join(' '));
  }
  redirect(url);
}
