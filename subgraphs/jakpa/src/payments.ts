import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { AppError, ErrorCode, conflict, notFound, recordAction, type AuditActor, type AuditEntry } from '@kendari/kit';
import { billState, type BillState } from './bills';
import { witaDate } from './dates';
import type { PenaltyRuleData } from './penalty';

export interface RecordPaymentInput {
  billId: string;
  amount: number;
  paidAt: Date;
  channelId: string;
  reference: string;
  /** Counter payments: the officer. */
  officer?: { id: string; name: string } | null;
  /** Counter payments: the officer's audit row, written in the payment's transaction (a replay writes none). */
  audit?: { actor: AuditActor; entry: AuditEntry } | null;
  now: Date;
}

export interface RecordPaymentResult {
  paymentId: string;
  /** True when this (channel, reference) was already recorded: nothing new was written. */
  replayed: boolean;
  state: BillState;
}

interface PaymentRow {
  id: string;
  bill_id: string;
  amount: string | number;
  paid_at: Date;
  channel_id: string;
  reference: string;
}

const loadRules = async (em: EntityManager): Promise<PenaltyRuleData[]> =>
  (await em.execute(
    `select effective_from::text as "effectiveFrom", monthly_rate_bp as "monthlyRateBp", max_months as "maxMonths" from jakpa.penalty_rule order by effective_from`,
  )) as PenaltyRuleData[];

const toPayments = (rows: PaymentRow[]) => rows.map((r) => ({ amount: Number(r.amount), paidAt: new Date(r.paid_at) }));

/**
 * Records one payment of a bill, at most once per (channel, reference), never more than is owed.
 * The bill row is locked (`for update`) for the check and the insert, so concurrent callbacks for
 * one bill queue up: each sees the payments committed before it, and a replay of a reference
 * finds the first row instead of adding a second (the unique index is the last line of defence).
 */
export async function recordPayment(em: EntityManager, input: RecordPaymentInput): Promise<RecordPaymentResult> {
  try {
    return await em.transactional(async (tx) => {
      const t = tx as EntityManager;
      const bills = await t.execute(`select id, object_id, amount, due_date::text as due_date from jakpa.tax_bill where id = ? for update`, [input.billId]);
      if (!bills.length) throw notFound('Tax bill', 'Tagihan pajak');
      const bill = { id: bills[0].id as string, objectId: bills[0].object_id as string, amount: Number(bills[0].amount), dueDate: bills[0].due_date as string };
      const rows = (await t.execute(
        `select id, bill_id, amount, paid_at, channel_id, reference from jakpa.tax_payment where bill_id = ? or (channel_id = ? and reference = ?)`,
        [bill.id, input.channelId, input.reference],
      )) as PaymentRow[];
      const rules = await loadRules(t);
      const same = rows.find((r) => r.channel_id === input.channelId && r.reference === input.reference);
      const ofBill = rows.filter((r) => r.bill_id === bill.id);
      if (same) return replayOf(same, input, bill, toPayments(ofBill), rules);
      const before = billState(bill, toPayments(ofBill), rules, witaDate(input.now));
      if (before.remaining <= 0) {
        throw conflict('This bill is already paid in full', 'Tagihan ini sudah lunas', { field: 'amount', owed: 0 });
      }
      // what is owed on the later of the payment's day and the latest payment already recorded
      const payments = [...toPayments(ofBill), { amount: input.amount, paidAt: input.paidAt }];
      const lastDay = payments.reduce((d, p) => (witaDate(p.paidAt) > d ? witaDate(p.paidAt) : d), witaDate(input.paidAt));
      const after = billState(bill, payments, rules, lastDay);
      if (after.remaining < 0) {
        const owedThen = input.amount + after.remaining;
        throw new AppError(
          ErrorCode.CONFLICT,
          `Payment of ${input.amount} exceeds the ${owedThen} owed`,
          `Pembayaran Rp${fmt(input.amount)} melebihi yang terutang (Rp${fmt(owedThen)})`,
          { field: 'amount', owed: owedThen },
        );
      }
      const id = randomUUID();
      await t.execute(
        `insert into jakpa.tax_payment (id, bill_id, amount, paid_at, channel_id, reference, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)`,
        [id, bill.id, input.amount, input.paidAt, input.channelId, input.reference, input.officer?.id ?? null, input.now],
      );
      await t.execute(`insert into jakpa.tax_event (object_id, bill_id, at, action, actor_kind, actor_id, actor_name, note) values (?, ?, ?, ?, ?, ?, ?, ?)`, [
        bill.objectId,
        bill.id,
        input.now,
        input.officer ? 'PAYMENT_COUNTER' : 'PAYMENT_CHANNEL',
        input.officer ? 'OFFICER' : 'CHANNEL',
        input.officer?.id ?? input.channelId,
        input.officer?.name ?? null,
        `Rp${fmt(input.amount)} via ${input.channelId}`,
      ]);
      if (input.audit) await recordAction(t, input.audit.actor, input.audit.entry);
      return { paymentId: id, replayed: false, state: billState(bill, payments, rules, witaDate(input.now)) };
    });
  } catch (err) {
    // a concurrent replay naming another bill committed first: read the winner and compare
    if (err instanceof UniqueConstraintViolationException) {
      const [row] = (await em
        .fork()
        .execute(`select id, bill_id, amount, paid_at, channel_id, reference from jakpa.tax_payment where channel_id = ? and reference = ?`, [
          input.channelId,
          input.reference,
        ])) as PaymentRow[];
      if (row) throw differentRequest();
    }
    throw err;
  }
}

function replayOf(
  row: PaymentRow,
  input: RecordPaymentInput,
  bill: { id: string; amount: number; dueDate: string },
  payments: Array<{ amount: number; paidAt: Date }>,
  rules: PenaltyRuleData[],
): RecordPaymentResult {
  if (row.bill_id !== input.billId || Number(row.amount) !== input.amount) throw differentRequest();
  return { paymentId: row.id, replayed: true, state: billState(bill, payments, rules, witaDate(input.now)) };
}

const differentRequest = () =>
  conflict('This payment reference was already used for a different payment', 'Referensi pembayaran ini sudah dipakai untuk pembayaran lain', {
    field: 'reference',
  });

const fmt = (n: number) => n.toLocaleString('id-ID');
