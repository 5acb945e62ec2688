'use server';
import { redirect } from 'next/navigation';
import { gql } from '@/lib/graphql';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import { errorState, safeNext } from '@/lib/action-helpers';
import { flashUrl } from '@/lib/flash';

// whole operations, one per button of the staff page
const OPS: Record<string, { doc: string; vars: (d: FormData) => Record<string, unknown>; ok: [string, string] }> = {
  call: {
    doc: 'mutation CallNext($s: ID!) { callNextQueueNumber(sessionId: $s) { id number } }',
    vars: (d) => ({ s: String(d.get('sessionId') ?? '') }),
    ok: ['Nomor berikutnya dipanggil.', 'Next number called.'],
  },
  served: {
    doc: 'mutation Served($id: ID!) { markQueueNumberServed(id: $id) { id status } }',
    vars: (d) => ({ id: String(d.get('id') ?? '') }),
    ok: ['Ditandai selesai dilayani.', 'Marked as served.'],
  },
  noshow: {
    doc: 'mutation NoShow($id: ID!) { markQueueNumberNoShow(id: $id) { id status } }',
    vars: (d) => ({ id: String(d.get('id') ?? '') }),
    ok: ['Ditandai tidak hadir.', 'Marked as not present.'],
  },
  capacity: {
    doc: 'mutation Capacity($input: SetQueueCapacityInput!) { setQueueCapacity(input: $input) { id } }',
    vars: (d) => ({ input: { sessionId: String(d.get('sessionId') ?? ''), payer: String(d.get('payer') ?? ''), capacity: Number(d.get('capacity')) } }),
    ok: ['Kuota disimpan.', 'Capacity saved.'],
  },
  close: {
    doc: 'mutation Close($input: CloseQueueSessionInput!) { closeQueueSession(input: $input) { cancelledCount } }',
    vars: (d) => ({ input: { sessionId: String(d.get('sessionId') ?? ''), reason: String(d.get('reason') ?? '').trim() } }),
    ok: ['Sesi ditutup; pemegang nomor diberi tahu.', 'Session closed; number holders are told.'],
  },
};

export async function staffQueueAction(data: FormData): Promise<void> {
  const back = safeNext(data.get('back'), '/petugas/kesehatan');
  const v = await viewer({ inAction: true });
  if (!v) redirect('/masuk?next=/petugas/kesehatan');
  const lang = await getLang();
  const op = OPS[String(data.get('op'))];
  if (!op) redirect(back);
  let url: string;
  try {
    const d = await gql<Record<string, { number?: number } | null>>(op.doc, op.vars(data), { token: v.token });
    const called = data.get('op') === 'call' ? d.callNextQueueNumber : undefined;
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
