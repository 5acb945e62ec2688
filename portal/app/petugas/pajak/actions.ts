'use server';
import { redirect } from 'next/navigation';
import { graphql } from '@/graphql/generated';
import { gql } from '@/lib/graphql';
import { viewer } from '@/lib/session';
import { getLang } from '@/lib/i18n';
import type { FormState } from '@/lib/forms';
import { errorState, formValues } from '@/lib/action-helpers';

const RECORD_COUNTER_PAYMENT = graphql(`
  mutation RecordCounterPayment($input: RecordCounterPaymentInput!) {
    recordCounterPayment(input: $input) {
      replayed
      payment {
        id
        amount
        paidAt
        channel {
          id
          name
        }
      }
      bill {
        id
        year
      }
      billToday {
        status
        paidAmount
        totalDue
      }
    }
  }
`);

/** A payment taken at the Bapenda counter. The hidden idempotency key makes a double submit one payment. */
export async function counterPaymentAction(_prev: FormState, data: FormData): Promise<FormState> {
  const lang = await getLang();
  const values = formValues(data);
  const v = await viewer({ inAction: true });
  if (!v || v.kind !== 'OFFICER') redirect('/masuk?next=/petugas/pajak');
  const amount = Number(String(data.get('amount') ?? '').replace(/[.\s]/g, ''));
  const year = Number(String(data.get('year') ?? ''));
  try {
    const d = await gql(
      RECORD_COUNTER_PAYMENT,
      {
        input: {
          nop: String(data.get('nop') ?? ''),
          year: Number.isInteger(year) ? year : 0,
          amount: Number.isSafeInteger(amount) ? amount : 0,
          idempotencyKey: String(data.get('idempotencyKey') ?? ''),
        },
      },
      { token: v.token },
    );
    const p = d.recordCounterPayment;
    const rp = (n: number) => `Rp ${new Intl.NumberFormat('id-ID').format(n)}`;
    return {
      status: 'done',
      done: {
        title: lang === 'en' ? 'Payment recorded' : 'Pembayaran tercatat',
        items: [
          { label: lang === 'en' ? 'Amount' : 'Jumlah', value: rp(p.payment.amount), testId: 'counter-amount' },
          { label: lang === 'en' ? 'Still owed today' : 'Sisa terutang hari ini', value: rp(p.billToday.totalDue), testId: 'counter-remaining' },
        ],
        link: { href: '/petugas/pajak', label: lang === 'en' ? 'Next payment' : 'Pembayaran berikutnya' },
      },
    };
  } catch (err) {
    return errorState(err, lang, values, {}, { fieldOf: { CONFLICT: 'amount', NOT_FOUND: 'nop' } });
  }
}
