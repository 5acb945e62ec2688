'use server';
import { redirect } from 'next/navigation';
import { gql } from '@/lib/graphql';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import { errorState } from '@/lib/action-helpers';
import { flashUrl } from '@/lib/flash';

// whole operations, so that tests/portal/operations.test.ts can check each against the graph
const OPS: Record<string, { doc: string; input: string[]; ok: [string, string] }> = {
  verify: {
    doc: 'mutation VerifyPermitApplication($input: PermitStepInput!) { verifyPermitApplication(input: $input) { application { id status } } }',
    input: ['note'],
    ok: ['Berkas diverifikasi.', 'Documents verified.'],
  },
  revise: {
    doc: 'mutation RequestPermitRevision($input: PermitStepInput!) { requestPermitRevision(input: $input) { application { id status } } }',
    input: ['note'],
    ok: ['Permohonan dikembalikan untuk diperbaiki.', 'Sent back for revision.'],
  },
  approve: {
    doc: 'mutation ApprovePermitApplication($input: PermitStepInput!) { approvePermitApplication(input: $input) { application { id status levyAmount } } }',
    input: ['note'],
    ok: ['Permohonan disetujui; retribusi ditetapkan.', 'Approved; levy set.'],
  },
  reject: {
    doc: 'mutation RejectPermitApplication($input: PermitReasonInput!) { rejectPermitApplication(input: $input) { application { id status } } }',
    input: ['reason'],
    ok: ['Permohonan ditolak.', 'Application rejected.'],
  },
  pay: {
    doc: 'mutation RecordPermitPayment($input: RecordPermitPaymentInput!) { recordPermitPayment(input: $input) { application { id status } } }',
    input: ['channel', 'reference', 'amount'],
    ok: ['Pembayaran dicatat.', 'Payment recorded.'],
  },
  issue: {
    doc: 'mutation IssuePermit($input: PermitStepInput!) { issuePermit(input: $input) { application { id status permitNumber } } }',
    input: ['note'],
    ok: ['Izin diterbitkan.', 'Permit issued.'],
  },
  revoke: {
    doc: 'mutation RevokePermit($input: PermitReasonInput!) { revokePermit(input: $input) { application { id status } } }',
    input: ['reason'],
    ok: ['Izin dicabut.', 'Permit revoked.'],
  },
};

/** One officer step on one application; the outcome comes back as ?ok= / ?err= (works without JS). */
export async function officerPermitAction(data: FormData): Promise<void> {
  const id = String(data.get('id') ?? '');
  const back = `/petugas/izin/${encodeURIComponent(id)}`;
  const v = await viewer({ inAction: true });
  if (!v) redirect(`/masuk?next=${encodeURIComponent(back)}`);
  const lang = await getLang();
  const opName = String(data.get('op'));
  const op = OPS[opName];
  if (!op) redirect(back);
  const input: Record<string, unknown> = { id };
  for (const k of op.input) {
    const raw = String(data.get(k) ?? '').trim();
    if (k === 'amount') input.amount = /^\d{1,15}$/.test(raw.replace(/[.\s]/g, '')) ? Number(raw.replace(/[.\s]/g, '')) : -1;
    else if (raw || k === 'reason' || k === 'reference' || k === 'channel') input[k] = raw;
  }
  let url: string;
  try {
    await gql(op.doc, { input }, { token: v.token });
    url = flashUrl(back, 'ok', op.ok[lang === 'en' ? 1 : 0]);
  } catch (err) {
    const e = errorState(err, lang);
    url = flashUrl(back, 'err', [e.message, ...Object.values(e.fields ?? {})].filter(Boolean).join(' '));
  }
  redirect(url);
}
