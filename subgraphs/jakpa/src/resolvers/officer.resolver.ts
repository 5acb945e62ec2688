import { randomUUID } from 'node:crypto';
import { Arg, Args, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import { InputCheck, PageArgs, badField, conflict, idempotent, notFound, pageWindow, pagedLoader, type RequestContext, recordAction } from '@kendari/kit';
import { policy } from '../policy';
import { dueDateOf, njopOf, principalOf } from '../assessment';
import { now, witaDate, witaDayStart } from '../dates';
import { TaxBill, TaxObject, TaxPayment } from '../entities/tax.entity';
import { Rupiah } from '../money';
import { buildNop, parseNop } from '../nop';
import { recordPayment } from '../payments';
import { TAX_REGION_BY_KELURAHAN } from '../regions';
import { loaders } from '../loaders';
import { amountsToday } from '../views';
import {
  BillAmounts,
  ChannelReconciliation,
  PaymentChannelType,
  TaxBillType,
  TaxObjectConnection,
  TaxObjectType,
  TaxPaymentConnection,
  TaxPaymentType,
} from './types';

export const COUNTER_CHANNEL = 'loket-bapenda';
const MAX_AMOUNT = 1_000_000_000_000; // Rp1 trillion: far above any single PBB bill

@InputType({ description: "A new tax object for Bapenda's register; the NOP number inside the block is assigned." })
export class RegisterTaxObjectInput {
  @Field(() => ID) kelurahanId!: string;
  @Field(() => Int, { description: 'Block (1-999) of the NOP.' }) block!: number;
  @Field(() => String) address!: string;
  @Field(() => String) ownerName!: string;
  @Field(() => String) ownerNik!: string;
  @Field(() => Int, { description: 'm²' }) landArea!: number;
  @Field(() => Int, { description: 'm²' }) buildingArea!: number;
  @Field(() => Rupiah) landValuePerM2!: number;
  @Field(() => Rupiah) buildingValuePerM2!: number;
  @Field(() => String, { nullable: true }) idempotencyKey?: string | null;
}

@InputType()
export class AssessTaxYearInput {
  @Field(() => String) nop!: string;
  @Field(() => Int) year!: number;
}

@InputType()
export class RecordCounterPaymentInput {
  @Field(() => String) nop!: string;
  @Field(() => Int) year!: number;
  @Field(() => Rupiah) amount!: number;
  @Field(() => String, { description: 'Required: a retried submit records one payment.' }) idempotencyKey!: string;
}

@ObjectType()
export class RegisterTaxObjectPayload {
  @Field(() => TaxObjectType) object!: TaxObject;
  @Field(() => Boolean) replayed!: boolean;
}

@ObjectType()
export class RecordCounterPaymentPayload {
  @Field(() => TaxPaymentType) payment!: TaxPayment;
  @Field(() => TaxBillType) bill!: TaxBill;
  @Field(() => Boolean) replayed!: boolean;
}

const event = (em: EntityManager, e: { objectId: string; billId?: string | null; action: string; officer: { id: string; name: string }; note?: string }) =>
  em.execute(`insert into jakpa.tax_event (object_id, bill_id, at, action, actor_kind, actor_id, actor_name, note) values (?, ?, ?, ?, 'OFFICER', ?, ?, ?)`, [
    e.objectId,
    e.billId ?? null,
    now(),
    e.action,
    e.officer.id,
    e.officer.name,
    e.note ?? null,
  ]);

async function billOf(ctx: RequestContext, nopText: string, year: number): Promise<TaxBill> {
  const nop = parseNop(nopText, 'input.nop');
  const object = await loaders(ctx).objectByNop.load(nop.digits);
  if (!object) throw notFound('Tax object', 'Objek pajak');
  const bill = (await loaders(ctx).billsOfObject.load(object.id)).find((b) => b.year === year);
  if (!bill) throw notFound(`Bill of ${year}`, `Tagihan tahun ${year}`);
  return bill;
}

@Resolver()
export class OfficerResolver {
  @Query(() => TaxObjectConnection, { description: 'Bapenda officers: the register, filtered by owner NIK, NOP or kelurahan, by NOP.' })
  bapendaTaxObjects(
    @Arg('ownerNik', () => String, { nullable: true }) ownerNik: string | null,
    @Arg('nop', () => String, { nullable: true }) nopText: string | null,
    @Arg('kelurahanId', () => ID, { nullable: true }) kelurahanId: string | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ) {
    policy.must(ctx.viewer, 'tax.officer');
    const v = new InputCheck();
    if (ownerNik) v.check(/^\d{16}$/.test(ownerNik), 'ownerNik', 'ownerNik must be 16 digits', 'NIK harus 16 digit');
    if (kelurahanId) v.check(TAX_REGION_BY_KELURAHAN.has(kelurahanId), 'kelurahanId', 'unknown kelurahan', 'Kelurahan tidak dikenal');
    v.done();
    const nop = nopText ? parseNop(nopText, 'nop').digits : null;
    return pagedLoader(ctx, {
      entity: TaxObject,
      table: 'jakpa.tax_object',
      orderBy: 't.nop asc',
      equals: { owner_nik: ownerNik || null, nop, kelurahan_id: kelurahanId || null },
    }).load(pageWindow(page));
  }

  @Mutation(() => RegisterTaxObjectPayload, { description: 'Bapenda officers: register a tax object; its NOP is the next number in the block.' })
  async registerTaxObject(
    @Arg('input', () => RegisterTaxObjectInput) input: RegisterTaxObjectInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RegisterTaxObjectPayload> {
    const officer = policy.must(ctx.viewer, 'tax.officer');
    const v = new InputCheck('input');
    const region = TAX_REGION_BY_KELURAHAN.get(input.kelurahanId);
    v.check(!!region, 'kelurahanId', 'unknown kelurahan', 'Kelurahan tidak dikenal');
    v.number('block', input.block, { min: 1, max: 999, label: 'Blok' });
    const address = v.text('address', input.address, { min: 5, max: 200, label: 'Alamat objek' });
    const ownerName = v.text('ownerName', input.ownerName, { min: 3, max: 100, label: 'Nama wajib pajak' });
    v.check(/^\d{16}$/.test(input.ownerNik ?? ''), 'ownerNik', 'ownerNik must be 16 digits', 'NIK wajib pajak harus 16 digit');
    v.number('landArea', input.landArea, { min: 1, max: 10_000_000, label: 'Luas tanah' });
    v.number('buildingArea', input.buildingArea, { min: 0, max: 10_000_000, label: 'Luas bangunan' });
    v.number('landValuePerM2', input.landValuePerM2, { min: 1, max: 100_000_000, label: 'NJOP tanah per m²' });
    v.number('buildingValuePerM2', input.buildingValuePerM2, { min: 0, max: 100_000_000, label: 'NJOP bangunan per m²' });
    const key = v.idempotencyKey('idempotencyKey', input.idempotencyKey);
    v.done();
    let replayed = true;
    const object = await idempotent({
      key,
      find: (k) => ctx.em.fork().findOne(TaxObject, { idempotencyKey: k }),
      sameRequest: (o) => o.ownerNik === input.ownerNik && o.kelurahanId === input.kelurahanId,
      create: () =>
        ctx.em.fork().transactional(async (tx) => {
          replayed = false;
          const prefix = buildNop(region!, input.block, 1).slice(0, 13);
          // one registration per block at a time: the next number is read and used under this lock
          await tx.execute(`select pg_advisory_xact_lock(hashtext(?))`, [`jakpa.nop.${prefix}`]);
          const [{ next }] = await tx.execute(`select coalesce(max(substr(nop, 14, 4)::int), 0) + 1 as next from jakpa.tax_object where nop like ?`, [
            `${prefix}%`,
          ]);
          if (Number(next) > 9999) throw badField('input.block', 'block is full', 'Blok ini sudah penuh (9999 objek)');
          const o = tx.create(TaxObject, {
            id: randomUUID(),
            nop: buildNop(region!, input.block, Number(next)),
            kelurahanId: region!.kelurahanId,
            kecamatanId: region!.kecamatanId,
            address: address!,
            ownerName: ownerName!,
            ownerNik: input.ownerNik,
            landArea: input.landArea,
            buildingArea: input.buildingArea,
            landValuePerM2: input.landValuePerM2,
            buildingValuePerM2: input.buildingValuePerM2,
            registeredBy: officer.id,
            idempotencyKey: key ?? null,
            createdAt: now(),
          });
          await tx.flush();
          await event(tx as EntityManager, { objectId: o.id, action: 'REGISTERED', officer });
          await recordAction(tx as EntityManager, ctx, {
            action: 'jakpa.tax-object.register',
            itemType: 'TaxObject',
            itemId: o.id,
            subjectNik: input.ownerNik,
          });
          return o;
        }),
    });
    return { object, replayed };
  }

  @Mutation(() => TaxBillType, {
    description: 'Bapenda officers: issue the yearly assessment (SPPT) of an object. One per object and year (CONFLICT otherwise).',
  })
  async assessTaxYear(@Arg('input', () => AssessTaxYearInput) input: AssessTaxYearInput, @Ctx() ctx: RequestContext): Promise<TaxBill> {
    const officer = policy.must(ctx.viewer, 'tax.officer');
    const thisYear = Number(witaDate(now()).slice(0, 4));
    const nop = parseNop(input.nop, 'input.nop');
    const v = new InputCheck('input');
    v.number('year', input.year, { min: thisYear - 5, max: thisYear + 1, label: 'Tahun pajak' });
    v.done();
    const object = await loaders(ctx).objectByNop.load(nop.digits);
    if (!object) throw notFound('Tax object', 'Objek pajak');
    const njop = njopOf(object);
    const p = principalOf(njop);
    try {
      return await ctx.em.fork().transactional(async (tx) => {
        const bill = tx.create(TaxBill, {
          id: randomUUID(),
          objectId: object.id,
          year: input.year,
          kecamatanId: object.kecamatanId,
          njop,
          ...p,
          dueDate: dueDateOf(input.year),
          issuedAt: now(),
          issuedBy: officer.id,
        });
        await tx.flush();
        await event(tx as EntityManager, { objectId: object.id, billId: bill.id, action: 'ASSESSED', officer, note: `${input.year}: Rp${p.amount}` });
        await recordAction(tx as EntityManager, ctx, { action: 'jakpa.tax-bill.assess', itemType: 'TaxBill', itemId: bill.id, subjectNik: object.ownerNik });
        return bill;
      });
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException)
        throw conflict(`The ${input.year} assessment of this object exists`, `Ketetapan tahun ${input.year} untuk objek ini sudah ada`, {
          field: 'input.year',
        });
      throw err;
    }
  }

  @Mutation(() => RecordCounterPaymentPayload, {
    description: 'Bapenda officers: record a payment made at the counter. Never more than is owed; the idempotency key makes a retry record one payment.',
  })
  async recordCounterPayment(
    @Arg('input', () => RecordCounterPaymentInput) input: RecordCounterPaymentInput,
    @Ctx() ctx: RequestContext,
  ): Promise<RecordCounterPaymentPayload> {
    const officer = policy.must(ctx.viewer, 'tax.officer');
    const v = new InputCheck('input');
    v.number('year', input.year, { min: 1990, max: 2100, label: 'Tahun pajak' });
    v.number('amount', input.amount, { min: 1, max: MAX_AMOUNT, label: 'Jumlah pembayaran' });
    v.check(input.idempotencyKey !== undefined && input.idempotencyKey !== null, 'idempotencyKey', 'idempotencyKey is required', 'Kunci idempoten wajib diisi');
    const key = v.idempotencyKey('idempotencyKey', input.idempotencyKey);
    v.done();
    const bill = await billOf(ctx, input.nop, input.year);
    const at = now();
    const r = await recordPayment(ctx.em.fork(), {
      billId: bill.id,
      amount: input.amount,
      paidAt: at,
      channelId: COUNTER_CHANNEL,
      reference: key!,
      officer: { id: officer.id, name: officer.name },
      audit: {
        actor: ctx,
        // the object is in this request's loader already (billOf looked it up by NOP)
        entry: {
          action: 'jakpa.tax-bill.record-payment',
          itemType: 'TaxBill',
          itemId: bill.id,
          subjectNik: (await loaders(ctx).objectByNop.load(parseNop(input.nop, 'input.nop').digits))?.ownerNik,
        },
      },
      now: at,
    });
    const payment = await ctx.em.fork().findOneOrFail(TaxPayment, { id: r.paymentId });
    return { payment, bill, replayed: r.replayed };
  }

  @Query(() => ChannelReconciliation, { description: "Bapenda officers: one channel's payments on one WITA day (count, sum, and the rows)." })
  async channelReconciliation(
    @Arg('channelId', () => ID) channelId: string,
    @Arg('date', () => String) date: string,
    @Ctx() ctx: RequestContext,
  ): Promise<ChannelReconciliation> {
    policy.must(ctx.viewer, 'tax.officer');
    const v = new InputCheck();
    v.check(
      /^\d{4}-\d{2}-\d{2}$/.test(date) && !Number.isNaN(Date.parse(`${date}T00:00:00Z`)),
      'date',
      'date must be YYYY-MM-DD',
      'Tanggal harus berformat YYYY-MM-DD',
    );
    v.done();
    if (!(await loaders(ctx).channel.load(channelId))) throw notFound('Payment channel', 'Kanal pembayaran');
    const from = witaDayStart(date);
    const to = new Date(from.getTime() + 86_400_000);
    const [row] = await ctx.em.execute(
      `select count(*)::int as n, coalesce(sum(amount), 0)::text as total from jakpa.tax_payment where channel_id = ? and paid_at >= ? and paid_at < ?`,
      [channelId, from, to],
    );
    return { channelId, date, paymentCount: row.n, totalAmount: Number(row.total) } as ChannelReconciliation;
  }
}

@Resolver(() => ChannelReconciliation)
export class ChannelReconciliationResolver {
  @FieldResolver(() => PaymentChannelType)
  channel(@Root() r: ChannelReconciliation, @Ctx() ctx: RequestContext) {
    return loaders(ctx).channel.load(r.channelId);
  }

  @FieldResolver(() => TaxPaymentConnection, { description: "The day's payments of the channel, by time." })
  payments(@Root() r: ChannelReconciliation, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    const from = witaDayStart(r.date);
    return pagedLoader(ctx, {
      entity: TaxPayment,
      table: 'jakpa.tax_payment',
      orderBy: 't.paid_at asc, t.id asc',
      equals: { channel_id: r.channelId },
      where: 't.paid_at >= ? and t.paid_at < ?',
      params: [from, new Date(from.getTime() + 86_400_000)],
    }).load(pageWindow(page));
  }
}

@Resolver(() => RecordCounterPaymentPayload)
export class RecordCounterPaymentPayloadResolver {
  @FieldResolver(() => BillAmounts, { description: 'The bill after this payment.' })
  billToday(@Root() p: RecordCounterPaymentPayload, @Ctx() ctx: RequestContext) {
    return amountsToday(ctx, p.bill);
  }
}
