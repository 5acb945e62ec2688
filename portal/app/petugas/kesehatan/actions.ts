'use server';
import { redirect } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import { gql } from '@/lib/graphql';
import { requireOneOf } from '@/lib/status';
import { QUEUE_PAYER } from '@/components/health/labels';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import { errorState, safeNext } from '@/lib/action-helpers';
import { flashUrl } from '@/lib/flash';

const CallNext = graphql(`
  mutation CallNext($s: ID!) {
    callNextQueueNumber(sessionId: $s) {
      id
      number
    }
  }
`);
const Served = graphql(`
  mutation Served($id: ID!) {
    markQueueNumberServed(id: $id) {
      id
      status
    }
  }
`);
const NoShow = graphql(`
  mutation NoShow($id: ID!) {
    markQueueNumberNoShow(id: $id) {
      id
      status
    }
  }
`);
const Capacity = graphql(`
  mutation Capacity($input: SetQueueCapacityInput!) {
    setQueueCapacity(input: $input) {
      id
    }
  }
`);
const CloseSession = graphql(`
  mutation CloseQueueSession($input: CloseQueueSessionInput!) {
    closeQueueSession(input: $input) {
      cancelledCount
    }
  }
`);

const field = (d: FormData, k: string) => String(d.get(k) ?? '').trim();

/**
 * One typed operation per button of the staff page; `run` answers the number called (null: nobody waiting)
 * or undefined for the other steps.
 */
const OPS: Record<string, { run: (d: FormData, token: string) => Promise<{ number: number } | null | undefined>; ok: [string, string] }> = {
  call: {
    run: async (d, token) => (await gql(CallNext, { s: field(d, 'sessionId') }, { token })).callNextQueueNumber,
    ok: ['Nomor berikutnya dipanggil.', 'Next number called.'],
  },
  served: {
    run: async (d, token) => void (await gql(Served, { id: field(d, 'id') }, { token })),
    ok: ['Ditandai selesai dilayani.', 'Marked as served.'],
  },
  noshow: {
    run: async (d, token) => void (await gql(NoShow, { id: field(d, 'id') }, { token })),
    ok: ['Ditandai tidak hadir.', 'Marked as not present.'],
  },
  capacity: {
    run: async (d, token) =>
      void (await gql(
        Capacity,
        { input: { sessionId: field(d, 'sessionId'), payer: requireOneOf(QUEUE_PAYER, field(d, 'payer'), 'payer'), capacity: Number(d.get('capacity')) } },
        { token },
      )),
    ok: ['Kuota disimpan.', 'Capacity saved.'],
  },
  close: {
    run: async (d, token) => void (await gql(CloseSession, { input: { sessionId: field(d, 'sessionId'), reason: field(d, 'reason') } }, { token })),
    ok: ['Sesi ditutup; pemegang nomor diberi tahu.', 'Session closed; number holders are told.'],
  },
};

export async function staffQueueAction(data: FormData): Promise<void> {
  const back = safeNext(data.get('back'), '/petugas/kesehatan');
  const v = await viewer({ inAction: true });
  if (!v) redirect('/masuk?next=/petugas/kesehatan');
  const lang = await getLang();
  const opName = String(data.get('op'));
  const op = Object.hasOwn(OPS, opName) ? OPS[opName] : null;
  if (!op) redirect(back);
  let url: string;
  try {
    const called = await op.run(data, v.token);
    url = flashUrl(
      back,
      'ok',
      called === null
        ? lang === 'en'
          ? 'No number is waiting.'
          : 'Tidak ada nomor yang menunggu.'
        : called
          ? `${op.ok[lang === 'en' ? 1 : 0]} ${called.number}`
          : op.ok[lang === 'en' ? 1 : 0],
    );
  } catch (err) {
    const e = errorState(err, lang);
    url = flashUrl(back, 'err', [e.message, ...Object.values(e.fields ?? {})].filter(Boolean).join(' '));
  }
  redirect(url);
}
