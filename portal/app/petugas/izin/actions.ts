'use server';
import { redirect } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import { gql } from '@/lib/graphql';
import { requireOneOf } from '@/lib/status';
import { PAYMENT_CHANNEL } from '@/components/permits/labels';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import { errorState } from '@/lib/action-helpers';
import { flashUrl } from '@/lib/flash';

const VerifyApplication = graphql(`
  mutation VerifyPermitApplication($input: PermitStepInput!) {
    verifyPermitApplication(input: $input) {
      application {
        id
        status
      }
    }
  }
`);
const RequestRevision = graphql(`
  mutation RequestPermitRevision($input: PermitStepInput!) {
    requestPermitRevision(input: $input) {
      application {
        id
        status
      }
    }
  }
`);
const ApproveApplication = graphql(`
  mutation ApprovePermitApplication($input: PermitStepInput!) {
    approvePermitApplication(input: $input) {
      application {
        id
        status
        levyAmount
      }
    }
  }
`);
const RejectApplication = graphql(`
  mutation RejectPermitApplication($input: PermitReasonInput!) {
    rejectPermitApplication(input: $input) {
      application {
        id
        status
      }
    }
  }
`);
const RecordPayment = graphql(`
  mutation RecordPermitPayment($input: RecordPermitPaymentInput!) {
    recordPermitPayment(input: $input) {
      application {
        id
        status
      }
    }
  }
`);
const IssuePermit = graphql(`
  mutation IssuePermit($input: PermitStepInput!) {
    issuePermit(input: $input) {
      application {
        id
        status
        permitNumber
      }
    }
  }
`);
const RevokePermit = graphql(`
  mutation RevokePermit($input: PermitReasonInput!) {
    revokePermit(input: $input) {
      application {
        id
        status
      }
    }
  }
`);

const field = (d: FormData, k: string) => String(d.get(k) ?? '').trim();
const note = (d: FormData) => field(d, 'note') || undefined;
/** Whole rupiah, dots and spaces allowed; anything else is sent as -1 so the graph names the field. */
const rupiah = (raw: string) => (/^\d{1,15}$/.test(raw.replace(/[.\s]/g, '')) ? Number(raw.replace(/[.\s]/g, '')) : -1);

type Step = { run: (id: string, d: FormData, token: string) => Promise<unknown>; ok: [string, string] };

/** One typed operation per step an officer can take. */
const OPS: Record<string, Step> = {
  verify: { run: (id, d, token) => gql(VerifyApplication, { input: { id, note: note(d) } }, { token }), ok: ['Berkas diverifikasi.', 'Documents verified.'] },
  revise: {
    run: (id, d, token) => gql(RequestRevision, { input: { id, note: note(d) } }, { token }),
    ok: ['Permohonan dikembalikan untuk diperbaiki.', 'Sent back for revision.'],
  },
  approve: {
    run: (id, d, token) => gql(ApproveApplication, { input: { id, note: note(d) } }, { token }),
    ok: ['Permohonan disetujui; retribusi ditetapkan.', 'Approved; levy set.'],
  },
  reject: {
    run: (id, d, token) => gql(RejectApplication, { input: { id, reason: field(d, 'reason') } }, { token }),
    ok: ['Permohonan ditolak.', 'Application rejected.'],
  },
  pay: {
    run: (id, d, token) =>
      gql(
        RecordPayment,
        {
          input: {
            id,
            channel: requireOneOf(PAYMENT_CHANNEL, field(d, 'channel'), 'channel'),
            reference: field(d, 'reference'),
            amount: rupiah(field(d, 'amount')),
          },
        },
        { token },
      ),
    ok: ['Pembayaran dicatat.', 'Payment recorded.'],
  },
  issue: { run: (id, d, token) => gql(IssuePermit, { input: { id, note: note(d) } }, { token }), ok: ['Izin diterbitkan.', 'Permit issued.'] },
  revoke: { run: (id, d, token) => gql(RevokePermit, { input: { id, reason: field(d, 'reason') } }, { token }), ok: ['Izin dicabut.', 'Permit revoked.'] },
};

/** One officer step on one application; the outcome comes back as ?ok= / ?err= (works without JS). */
export async function officerPermitAction(data: FormData): Promise<void> {
  const id = String(data.get('id') ?? '');
  const back = `/petugas/izin/${encodeURIComponent(id)}`;
  const v = await viewer({ inAction: true });
  if (!v) redirect(`/masuk?next=${encodeURIComponent(back)}`);
  const lang = await getLang();
  const opName = String(data.get('op'));
  const op = Object.hasOwn(OPS, opName) ? OPS[opName] : null;
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
