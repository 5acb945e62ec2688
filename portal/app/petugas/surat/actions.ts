'use server';
import { redirect } from 'next/navigation';
import { gql } from '@/lib/graphql';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import { errorState, safeNext } from '@/lib/action-helpers';
import { flashUrl } from '@/lib/flash';

const OPS: Record<string, { m: string; input: string; ok: [string, string] }> = {
  verify: { m: 'verifyLetterRequest', input: 'VerifyLetterRequestInput', ok: ['Permohonan diverifikasi.', 'Request verified.'] },
  sign: { m: 'signLetterRequest', input: 'SignLetterRequestInput', ok: ['Surat ditandatangani.', 'Letter signed.'] },
  issue: { m: 'issueLetter', input: 'IssueLetterInput', ok: ['Surat diterbitkan.', 'Letter issued.'] },
  reject: { m: 'rejectLetterRequest', input: 'RejectLetterRequestInput', ok: ['Permohonan ditolak.', 'Request rejected.'] },
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
    await gql(`mutation Officer($input: ${op.input}!) { ${op.m}(input: $input) { request { id status } } }`, { input }, { token: v.token });
    url = flashUrl(back, 'ok', op.ok[lang === 'en' ? 1 : 0]);
  } catch (err) {
    const e = errorState(err, lang);
    url = flashUrl(back, 'err', [e.message, ...Object.values(e.fields ?? {})].filter(Boolean).join(' '));
  }
  redirect(url);
}
