import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { audited, PageArgs, pageWindow, type RequestContext } from '@kendari/kit';
import type { TaxBill } from '../entities/tax.entity';
import { kecamatanRef, kelurahanRef } from '../entities/core.stubs';
import { amountsToday, nopParts } from '../views';
import { Kecamatan, Kelurahan } from '../entities/core.stubs';
import { loaders } from '../loaders';
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

/**
 * A Bapenda officer's read of a taxpayer's data (name, address, history): in the audit log before it is
 * answered. The register knows the owner by NIK only, so the row keys them by a keyed hash of it (core matches it).
 */
const readOwner = <T>(ctx: RequestContext, o: TaxObjectType, value: T): Promise<T> =>
  audited(ctx, { action: 'jakpa.tax-object.read-owner', itemType: 'TaxObject', itemId: o.id, subjectNik: o.ownerNik }, value);

@Resolver(() => TaxObjectType)
export class TaxObjectResolver {
  @FieldResolver(() => NopParts)
  nop(@Root() o: TaxObjectType) {
    return nopParts(o.nop);
  }

  // core's entities are nullable here: an outage of core leaves the rest of the tax object standing
  @FieldResolver(() => Kelurahan, { nullable: true })
  kelurahan(@Root() o: TaxObjectType) {
    return kelurahanRef(o.kelurahanId);
  }

  @FieldResolver(() => Kecamatan, { nullable: true })
  kecamatan(@Root() o: TaxObjectType) {
    return kecamatanRef(o.kecamatanId);
  }

  @FieldResolver(() => TaxBillConnection, { description: 'Yearly bills, newest first.' })
  bills(@Root() o: TaxObjectType, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    return loaders(ctx).billsPage.load({ parent: o.id, ...pageWindow(page) });
  }

  @FieldResolver(() => [TaxTimelineEntry], { description: 'Registration, assessments and payments, oldest first.' })
  timeline(@Root() o: TaxObjectType, @Ctx() ctx: RequestContext) {
    return readOwner(ctx, o, loaders(ctx).eventsOfObject.load(o.id));
  }

  @FieldResolver(() => String, { description: 'Taxpayer name as registered.' })
  ownerName(@Root() o: TaxObjectType, @Ctx() ctx: RequestContext) {
    return readOwner(ctx, o, o.ownerName);
  }

  @FieldResolver(() => String)
  address(@Root() o: TaxObjectType, @Ctx() ctx: RequestContext) {
    return readOwner(ctx, o, o.address);
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
