import { Arg, Ctx, Int, Query, Resolver } from 'type-graphql';
import { InputCheck, maskName, notFound, type RequestContext } from '@kendari/kit';
import { PaymentChannel, PenaltyRule } from '../entities/tax.entity';
import { loaders } from '../loaders';
import { parseNop } from '../nop';
import { throttleLookup } from '../throttle';
import { amountsToday, nopParts } from '../views';
import { PaymentChannelType, PenaltyRuleType, PublicTaxBill } from './types';

@Resolver()
export class LookupResolver {
  @Query(() => PublicTaxBill, {
    description:
      'Public: the PBB-P2 bill of a NOP for a year (default: the latest year), with penalty and total to pay today. A malformed NOP is BAD_USER_INPUT with extensions.part naming the wrong part. Many different NOPs from one client are throttled (TOO_MANY_REQUESTS); the same NOP again is not.',
  })
  async taxBill(
    @Arg('nop', () => String) nopText: string,
    @Arg('year', () => Int, { nullable: true }) year: number | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PublicTaxBill> {
    const nop = parseNop(nopText, 'nop');
    if (year !== null && year !== undefined) {
      const v = new InputCheck();
      v.check(Number.isInteger(year) && year >= 1990 && year <= 2100, 'year', 'year must be between 1990 and 2100', 'Tahun pajak harus antara 1990 dan 2100');
      v.done();
    }
    await throttleLookup(ctx.clientIp, nop.digits);
    const l = loaders(ctx);
    const object = await l.objectByNop.load(nop.digits);
    if (!object) throw notFound(`Tax object ${nop.digits}`, `Objek pajak dengan NOP ${nopParts(nop.digits).formatted}`);
    const bills = await l.billsOfObject.load(object.id);
    const bill = year ? bills.find((b) => b.year === year) : bills[0];
    if (!bill) throw notFound(`Bill of ${year ?? 'any year'}`, `Tagihan tahun ${year ?? ''}`.trim());
    return {
      nop: nopParts(nop.digits),
      year: bill.year,
      years: bills.map((b) => b.year),
      ownerNameMasked: maskName(object.ownerName),
      landArea: object.landArea,
      buildingArea: object.buildingArea,
      njop: bill.njop,
      amount: bill.amount,
      dueDate: bill.dueDate,
      today: await amountsToday(ctx, bill),
    };
  }

  @Query(() => [PaymentChannelType], { description: 'Public: where and how PBB can be paid.' })
  async paymentChannels(@Ctx() ctx: RequestContext) {
    return ctx.em.find(PaymentChannel, {}, { orderBy: { sortOrder: 'asc' } });
  }

  @Query(() => [PenaltyRuleType], { description: 'Public: the late-payment penalty rules with the date each takes effect.' })
  async taxPenaltyRules(@Ctx() ctx: RequestContext) {
    return ctx.em.find(PenaltyRule, {}, { orderBy: { effectiveFrom: 'asc' } });
  }
}
