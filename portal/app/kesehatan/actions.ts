'use server';
import { requireOneOf } from '@/lib/status';
import { QUEUE_PAYER, QUEUE_SESSION } from '@/components/health/labels';
import { graphql } from '@/graphql/generated';
import { redirect } from 'next/navigation';
import { gql } from '@/lib/graphql';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import { errorState } from '@/lib/action-helpers';
import { flashUrl } from '@/lib/flash';

const TakeQueueNumberMutation = graphql(`
  mutation TakeQueueNumber($input: TakeQueueNumberInput!) {
    takeQueueNumber(input: $input) {
      appointment {
        id
        number
      }
    }
  }
`);

const CancelQueueNumberMutation = graphql(`
  mutation CancelQueueNumber($id: ID!) {
    cancelQueueNumber(id: $id) {
      id
      status
    }
  }
`);

const clean = (v: FormDataEntryValue | null, max = 100) => String(v ?? '').slice(0, max);

/** Take a queue number; on success the booking page, otherwise back to the facility with the graph's message. */
export async function takeNumberAction(data: FormData): Promise<void> {
  const facilityId = clean(data.get('facilityId'), 60);
  const back = `/kesehatan/fasilitas/${encodeURIComponent(facilityId)}`;
  const v = await viewer({ inAction: true });
  if (!v || v.kind !== 'CITIZEN') redirect(`/masuk?next=${encodeURIComponent(back)}`);
  let id: string;
  try {
    const d = await gql(
      TakeQueueNumberMutation,
      {
        input: {
          serviceId: clean(data.get('serviceId'), 80),
          date: clean(data.get('date'), 10),
          session: requireOneOf(QUEUE_SESSION, clean(data.get('session'), 8), 'session'),
          payer: requireOneOf(QUEUE_PAYER, clean(data.get('payer'), 8), 'payer'),
          idempotencyKey: clean(data.get('idempotencyKey')) || undefined,
        },
      },
      { token: v.token },
    );
    id = d.takeQueueNumber.appointment.id;
  } catch (err) {
    const e = errorState(err, await getLang());
    const msg = [e.message, ...Object.values(e.fields ?? {})].filter((x, i, a) => x && a.indexOf(x) === i).join(' ');
    redirect(`${flashUrl(back, 'err', msg)}#ambil`);
  }
  redirect(`/kesehatan/antrean/${encodeURIComponent(id)}?baru=1`);
}

export async function cancelNumberAction(data: FormData): Promise<void> {
  const id = clean(data.get('id'), 40);
  const back = `/kesehatan/antrean/${encodeURIComponent(id)}`;
  const v = await viewer({ inAction: true });
  if (!v) redirect(`/masuk?next=${encodeURIComponent(back)}`);
  const lang = await getLang();
  let url: string;
  try {
    await gql(CancelQueueNumberMutation, { id }, { token: v.token });
    url = flashUrl(back, 'ok', lang === 'en' ? 'Your number is cancelled.' : 'Nomor antrean Anda dibatalkan.');
  } catch (err) {
    url = flashUrl(back, 'err', errorState(err, lang).message ?? '');
  }
  redirect(url);
}
