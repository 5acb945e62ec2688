'use server';
import { redirect } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import { gql } from '@/lib/graphql';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import { errorState, safeNext } from '@/lib/action-helpers';
import { flashUrl } from '@/lib/flash';

const VerifyLetter = graphql(`
  mutation VerifyLetterRequest($input: VerifyLetterRequestInput!) {
    verifyLetterRequest(input: $input) {
      request {
        id
        status
      }
    }
  }
`);
const SignLetter = graphql(`
  mutation SignLetter($input: SignLetterRequestInput!) {
    signLetterRequest(input: $input) {
      request {
        id
        status
      }
    }
  }
`);
const IssueLetter = graphql(`
  mutation IssueLetter($input: IssueLetterInput!) {
    issueLetter(input: $input) {
      request {
        id
        status
      }
    }
  }
`);
const RejectLetter = graphql(`
  mutation RejectLetter($input: RejectLetterRequestInput!) {
    rejectLetterRequest(input: $input) {
      request {
        id
        status
      }
    }
  }
`);

type Step = { run: (id: string, data: FormData, token: string) => Promise<unknown>; ok: [string, string] };

/** One typed operation per button of the queue page. */
const OPS: Record<string, Step> = {
  verify: { run: (id, _d, token) => gql(VerifyLetter, { input: { id } }, { token }), ok: ['Permohonan diverifikasi.', 'Request verified.'] },
  sign: { run: (id, _d, token) => gql(SignLetter, { input: { id } }, { token }), ok: ['Surat ditandatangani.', 'Letter signed.'] },
  issue: { run: (id, _d, token) => gql(IssueLetter, { input: { id } }, { token }), ok: ['Surat diterbitkan.', 'Letter issued.'] },
  reject: {
    run: (id, d, token) => gql(RejectLetter, { input: { id, reason: String(d.get('reason') ?? '').trim() } }, { token }),
    ok: ['Permohonan ditolak.', 'Request rejected.'],
  },
};

export async function officerLetterAction(data: FormData): Promise<void> {
  const back = safeNext(data.get('back'), '/petugas/surat');
  const v = await viewer({ inAction: true });
  if (!v) redirect('/masuk?next=/petugas/surat');
  const lang = await getLang();
  const opName = String(data.get('op'));
  const op = Object.hasOwn(OPS, opName) ? OPS[opName] : null;
  const id = String(data.get('id') ?? '');
  if (!op) redirect(back);
  let url: string;
  try {
    await op.run(id, data, v.token);
    url = flashUrl(back, 'ok', op.ok[lang === 'en' ? 1 : 0]);
  } catch (err) {
    const e = errorState(err, lang);
    url = flashUrl(back, 'err', [e.message, ...Object.values(e.fields ?? {})].filter(Boolean).join(' '));
  }
  redirect(url);
}
