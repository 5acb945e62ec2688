'use server';
import { graphql } from '@/graphql/generated';
import { redirect } from 'next/navigation';
import { gql, GqlError } from '@/lib/graphql';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import type { FormState } from '@/lib/forms';
import { errorState, formValues } from '@/lib/action-helpers';

const MyKelurahanQuery = graphql(`
  query MyKelurahan {
    me {
      id
      kelurahan {
        id
      }
    }
  }
`);

const RequestLetterMutation = graphql(`
  mutation RequestLetter($input: RequestLetterInput!) {
    requestLetter(input: $input) {
      created
      request {
        id
        status
      }
    }
  }
`);

const CancelMutation = graphql(`
  mutation Cancel($input: CancelLetterRequestInput!) {
    cancelLetterRequest(input: $input) {
      request {
        id
        status
      }
    }
  }
`);

export async function requestLetterAction(_prev: FormState, data: FormData): Promise<FormState> {
  const lang = await getLang();
  const values = formValues(data);
  const v = await viewer({ inAction: true });
  if (!v || v.kind !== 'CITIZEN') redirect('/masuk?next=/surat');
  const letterTypeId = String(data.get('letterTypeId') ?? '');
  const details: { name: string; value: string }[] = [];
  for (const [k, val] of data.entries()) {
    if (k.startsWith('detail_') && typeof val === 'string' && val.trim()) details.push({ name: k.slice(7), value: val.trim() });
  }
  let id: string;
  try {
    const me = await gql(MyKelurahanQuery, {}, { token: v.token });
    const d = await gql(
      RequestLetterMutation,
      {
        input: {
          letterTypeId,
          kelurahanId: me.me.kelurahan?.id ?? '',
          purpose: String(data.get('purpose') ?? '').trim(),
          details,
          idempotencyKey: String(data.get('idempotencyKey') ?? '') || undefined,
        },
      },
      { token: v.token },
    );
    id = d.requestLetter.request.id;
  } catch (err) {
    // details[0].value → detail_<name> is not knowable from the index; map what we can
    const rename: Record<string, string> = {};
    if (err instanceof GqlError)
      for (const f of err.fields) {
        const m = /^input\.details(?:\[\d+\])?\.?(\w+)?$/.exec(f.field);
        if (m) rename[f.field.replace(/^input\./, '')] = m[1] ? `detail_${m[1]}` : 'purpose';
      }
    return errorState(err, lang, values, rename);
  }
  redirect(`/surat/${encodeURIComponent(id)}?baru=1`);
}

export async function cancelLetterAction(data: FormData): Promise<void> {
  const v = await viewer({ inAction: true });
  if (!v) redirect('/masuk?next=/surat');
  const id = String(data.get('id') ?? '');
  const lang = await getLang();
  let msg: string;
  try {
    await gql(CancelMutation, { input: { id } }, { token: v.token });
    msg = `ok=${encodeURIComponent(lang === 'en' ? 'Request cancelled.' : 'Permohonan dibatalkan.')}`;
  } catch (err) {
    const e = errorState(err, lang);
    msg = `err=${encodeURIComponent(e.message ?? '')}`;
  }
  redirect(`/surat/${encodeURIComponent(id)}?${msg}`);
}
