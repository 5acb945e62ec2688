'use server';
import { redirect } from 'next/navigation';
import { gql } from '@/lib/graphql';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import { errorState, safeNext } from '@/lib/action-helpers';
import { flashUrl } from '@/lib/flash';

// whole operations, so that tests/portal/operations.test.ts can check each against the graph
const OPS: Record<string, { doc: string; ok: [string, string] }> = {
  verify: {
    doc: 'mutation Verify($input: VerifyLetterRequestInput!) { verifyLetterRequest(input: $input) { request { id status } } }',
    ok: ['Permohonan diverifikasi.', 'Request verified.'],
  },
  sign: {
    doc: 'mutation Sign($input: SignLetterRequestInput!) { signLetterRequest(input: $input) { request { id status } } }',
    ok: ['Surat ditandatangani.', 'Letter signed.'],
  },
  issue: {
    doc: 'mutation Issue($input: IssueLetterInput!) { issueLetter(input: $input) { request { id status } } }',
    ok: ['Surat diterbitkan.', 'Letter issued.'],
  },
  reject: {
    doc: 'mutation Reject($input: RejectLetterRequestInput!) { rejectLetterRequest(input: $input) { request { id status } } }',
    ok: ['Permohonan ditolak.', 'Request rejected.'],
  },
};

export async function officerLetterAction(data: FormData): Promise<void> {
  const back = safeNext(data.get('back'), '/petugas/surat');
  const v = await viewer({ inAction: true });
  if (!v) redirect('/masuk?next=/petugas/surat');
  const lang = await getLang();
  const op = OPS[String(data.get('op'))];
  const id = String(data.get('id') ?? '');
  if (!op) redirect(back);
  const input: Record<string, string> = { id };
  if (data.get('op') === 'reject') input.reason = String(data.get('reason') ?? '').trim();
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
