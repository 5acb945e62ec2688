import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { PageArgs, pageWindow, type RequestContext } from '@kendari/kit';
import { billStateToday } from '../bills';
import type { TaxBill } from '../entities/tax.entity';
import { kecamatanRef, kelurahanRef } from '../entities/core.stubs';
import { Kecamatan, Kelurahan } from '../entities/core.stubs';
import { loaders } from '../loaders';
import { parseNop } from '../nop';
import {
  BillAmounts,
  NopParts,
  PaymentChannelType,
  TaxBillConnection,
  TaxBillType,
  TaxObjectType,
  TaxPaymentConnection,
  TaxPaymentType,
  TaxTimelineEntry,
} from './types';

export function nopParts(digits: string): NopParts {
  const n = parseNop(digits);
  return {
    digits,
    formatted: `${digits.slice(0, 2)}.${digits.slice(2, 4)}.${digits.slice(4, 7)}.${digits.slice(7, 10)}.${digits.slice(10, 13)}-${digits.slice(13, 17)}.${digits.slice(17)}`,
    province: digits.slice(0, 2),
    city: digits.slice(2, 4),
    kecamatanCode: digits.slice(4, 7),
    kelurahanCode: digits.slice(7, 10),
    block: n.block,
    number: n.number,
    special: n.special,
    kelurahan: kelurahanRef(n.region.kelurahanId),
    kecamatan: kecamatanRef(n.region.kecamatanId),
  };
}

export async function amountsToday(ctx: RequestContext, bill: TaxBill): Promise<BillAmounts> {
  const s = await billStateToday(ctx, bill);
  return { status: s.status, isOverdue: s.isOverdue, monthsLate: s.monthsLate, penalty: s.penalty, paidAmount: s.paid, totalDue: s.remaining, asOf: s.asOf };
}

@Resolver(() => TaxObjectType)
export class TaxObjectResolver {
  @FieldResolver(() => NopParts)
  nop(@Root() o: TaxObjectType) {
    return nopParts(o.nop);
  }

  @FieldResolver(() => Kelurahan)
  kelurahan(@Root() o: TaxObjectType) {
    return kelurahanRef(o.kelurahanId);
  }

  @FieldResolver(() => Kecamatan)
  kecamatan(@Root() o: TaxObjectType) {
    return kecamatanRef(o.kecamatanId);
  }

  @FieldResolver(() => TaxBillConnection, { description: 'Yearly bills, newest first.' })
  bills(@Root() o: TaxObjectType, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return loaders(ctx).billsPage.load({ parent: o.id, ...pageWindow(page) });
  }

  @FieldResolver(() => [TaxTimelineEntry], { description: 'Registration, assessments and payments, oldest first.' })
  timeline(@Root() o: TaxObjectType, @Ctx() ctx: RequestContext) {
    return loaders(ctx).eventsOfObject.load(o.id);
  }
}

@Resolver(() => TaxBillType)
export class TaxBillResolver {
  @FieldResolver(() => BillAmounts, { description: 'Status, penalty, paid and total to pay today (WITA).' })
  today(@Root() b: TaxBill, @Ctx() ctx: RequestContext) {
    return amountsToday(ctx, b);
  }

  @FieldResolver(() => TaxPaymentConnection, { description: 'Payments, newest first.' })
  payments(@Root() b: TaxBillType, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return loaders(ctx).paymentsPage.load({ parent: b.id, ...pageWindow(page) });
  }
}

@Resolver(() => TaxPaymentType)
export class TaxPaymentResolver {
  @FieldResolver(() => PaymentChannelType)
  channel(@Root() p: TaxPaymentType, @Ctx() ctx: RequestContext) {
    return loaders(ctx).channel.load(p.channelId);
  }
}
