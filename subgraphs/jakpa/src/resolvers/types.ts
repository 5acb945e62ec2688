import { Field, ID, Int, Float, ObjectType, registerEnumType } from 'type-graphql';
import { Connection } from '@kendari/kit';
import { Rupiah } from '../money';
import { TaxBillStatus } from '../bills';
import { Kecamatan, Kelurahan } from '../entities/core.stubs';

registerEnumType(TaxBillStatus, {
  name: 'TaxBillStatus',
  description:
    'Derived from the payment rows: PAID (nothing owed), PARTLY_PAID (some paid, rest owed; see isOverdue), OVERDUE (nothing paid after the due date), UNPAID (before the due date).',
});

export enum PaymentChannelKind {
  BANK = 'BANK',
  QRIS = 'QRIS',
  EWALLET = 'EWALLET',
  COUNTER = 'COUNTER',
}
registerEnumType(PaymentChannelKind, {
  name: 'TaxPaymentChannelKind',
  description: 'Bank (teller, ATM, mobile banking), QRIS, e-wallet, or the Bapenda counter.',
});

@ObjectType({
  description:
    "The parts of an 18-digit NOP: province(2) city(2) kecamatan(3) kelurahan(3) block(3) number(4) special(1). Kecamatan and kelurahan are the tax office's own numbering.",
})
export class NopParts {
  @Field(() => String, { description: 'All 18 digits.' })
  digits!: string;
  @Field(() => String, { description: 'As printed on the SPPT: 74.71.010.001.001-0001.0' })
  formatted!: string;
  @Field(() => String) province!: string;
  @Field(() => String) city!: string;
  @Field(() => String, { description: 'Tax office kecamatan code (not the Kemendagri code).' }) kecamatanCode!: string;
  @Field(() => String, { description: 'Tax office kelurahan code (not the Kemendagri code).' }) kelurahanCode!: string;
  @Field(() => String) block!: string;
  @Field(() => String) number!: string;
  @Field(() => String, { description: '0 a single taxpayer; 7 or 9 a shared object.' }) special!: string;
  // core's entities are nullable here: an outage of core leaves the rest of the NOP's parts standing
  @Field(() => Kelurahan, { nullable: true, description: "The kelurahan the NOP's codes map to (Kemendagri code)." }) kelurahan!: Kelurahan;
  @Field(() => Kecamatan, { nullable: true }) kecamatan!: Kecamatan;
}

@ObjectType('TaxBillAmounts', { description: 'How much a bill owes as of a day (WITA): every amount is computed from the bill and its payment rows.' })
export class BillAmounts {
  @Field(() => TaxBillStatus) status!: TaxBillStatus;
  @Field(() => Boolean, { description: 'Something is still owed after the due date.' }) isOverdue!: boolean;
  @Field(() => Int, { description: 'Months of lateness charged (each started month counts; capped by the penalty rule).' }) monthsLate!: number;
  @Field(() => Rupiah, { description: 'Late-payment penalty accrued up to asOf (whole rupiah).' }) penalty!: number;
  @Field(() => Rupiah, { description: 'Sum of the payments.' }) paidAmount!: number;
  @Field(() => Rupiah, { description: 'Principal + penalty - payments: what to pay on asOf.' }) totalDue!: number;
  @Field(() => String, { description: 'The WITA date (YYYY-MM-DD) the amounts are computed for: today.' }) asOf!: string;
}

@ObjectType({
  description:
    'Public answer to "how much do I owe?" for one NOP and year: the object\'s kelurahan (never an address), areas, NJOP, the bill, penalty and total to pay today; the owner\'s name masked.',
})
export class PublicTaxBill {
  @Field(() => NopParts) nop!: NopParts;
  @Field(() => Int) year!: number;
  @Field(() => [Int], { description: 'Years this object has bills for, newest first.' }) years!: number[];
  @Field(() => String, { description: "Owner's name with letters hidden (S***i R***)." }) ownerNameMasked!: string;
  @Field(() => Int, { description: 'Land area, m².' }) landArea!: number;
  @Field(() => Int, { description: 'Building area, m².' }) buildingArea!: number;
  @Field(() => Rupiah, { description: "NJOP (taxable value) of the year's assessment." }) njop!: number;
  @Field(() => Rupiah, { description: 'Principal (pokok pajak) of the year.' }) amount!: number;
  @Field(() => String, { description: 'Due date (YYYY-MM-DD, WITA).' }) dueDate!: string;
  @Field(() => BillAmounts) today!: BillAmounts;
}

@ObjectType('TaxPaymentChannel', { description: 'A way to pay PBB: bank, QRIS, e-wallet or the Bapenda counter.' })
export class PaymentChannelType {
  @Field(() => ID) id!: string;
  @Field(() => String) name!: string;
  @Field(() => PaymentChannelKind) kind!: PaymentChannelKind;
  @Field(() => String, { description: 'How to pay there (Bahasa Indonesia).' }) instructions!: string;
}

@ObjectType('TaxPenaltyRule', {
  description:
    'A penalty rule: from effectiveFrom, each started month of lateness costs monthlyRateBp basis points of the unpaid principal, for at most maxMonths months.',
})
export class PenaltyRuleType {
  @Field(() => String) effectiveFrom!: string;
  @Field(() => Int, { description: 'Basis points per month: 100 = 1 %.' }) monthlyRateBp!: number;
  @Field(() => Int) maxMonths!: number;
  @Field(() => String) legalBasis!: string;
}

@ObjectType('TaxPayment', { description: 'One payment of a bill (never changed afterwards).' })
export class TaxPaymentType {
  @Field(() => ID) id!: string;
  @Field(() => Rupiah) amount!: number;
  @Field(() => Date) paidAt!: Date;
  @Field(() => String, { description: "The channel's own payment reference." }) reference!: string;
  @Field(() => Date) recordedAt!: Date;
  channelId!: string;
  billId!: string;
}
@ObjectType()
export class TaxPaymentConnection extends Connection(TaxPaymentType) {}

@ObjectType('TaxBill', { description: 'A yearly PBB-P2 assessment (SPPT) of one tax object.' })
export class TaxBillType {
  @Field(() => ID) id!: string;
  @Field(() => Int) year!: number;
  @Field(() => Rupiah) njop!: number;
  @Field(() => Rupiah, { description: 'NJOP not taxed (NJOPTKP).' }) njoptkp!: number;
  @Field(() => Int, { description: 'Tariff in basis points of the taxable NJOP (10 = 0.1 %).' }) tariffBp!: number;
  @Field(() => Rupiah, { description: 'Principal (pokok pajak).' }) amount!: number;
  @Field(() => String) dueDate!: string;
  @Field(() => Date) issuedAt!: Date;
  objectId!: string;
}
@ObjectType()
export class TaxBillConnection extends Connection(TaxBillType) {}

@ObjectType('TaxTimelineEntry', { description: 'Who did what to a tax object or bill, and when.' })
export class TaxTimelineEntry {
  @Field(() => Date) at!: Date;
  @Field(() => String, { description: 'REGISTERED, ASSESSED, PAYMENT_COUNTER, PAYMENT_CHANNEL.' }) action!: string;
  @Field(() => String, { description: 'OFFICER, CHANNEL or SYSTEM.' }) actorKind!: string;
  @Field(() => String, { nullable: true }) actorName?: string | null;
  @Field(() => String, { nullable: true }) note?: string | null;
}

@ObjectType('TaxObject', {
  description: "A land-and-building tax object (PBB-P2) from Bapenda's register. Reached only by its owner (Citizen.taxObjects) and Bapenda officers.",
})
export class TaxObjectType {
  @Field(() => ID) id!: string;
  @Field(() => String) address!: string;
  @Field(() => String, { description: 'Taxpayer name as registered.' }) ownerName!: string;
  @Field(() => Int) landArea!: number;
  @Field(() => Int) buildingArea!: number;
  @Field(() => Rupiah) landValuePerM2!: number;
  @Field(() => Rupiah) buildingValuePerM2!: number;
  nop!: string;
  kelurahanId!: string;
  kecamatanId!: string;
  ownerNik!: string;
}
@ObjectType()
export class TaxObjectConnection extends Connection(TaxObjectType) {}

@ObjectType({ description: 'PBB-P2 collection of one kecamatan for one tax year (aggregates only).' })
export class TaxCollectionStats {
  kecamatanId!: string;
  // nullable: an outage of core leaves the collection figures standing
  @Field(() => Kecamatan, { nullable: true }) kecamatan!: Kecamatan;
  @Field(() => Int) year!: number;
  @Field(() => Int) billCount!: number;
  @Field(() => Int, { description: 'Bills with nothing left to pay today.' }) paidCount!: number;
  @Field(() => Int) partlyPaidCount!: number;
  @Field(() => Int) overdueCount!: number;
  @Field(() => Float, { description: 'paidCount / billCount (0-1, three decimals; 0 without bills).' }) paidShare!: number;
  @Field(() => Rupiah, { description: "Sum of the principals of the year's bills." }) amountBilled!: number;
  @Field(() => Rupiah, { description: "Sum of every payment of the year's bills (principal and penalty)." }) amountCollected!: number;
}

@ObjectType('TaxChannelReconciliation', {
  description: "One channel's payments on one WITA day: count and sum are computed from the same rows the list pages through.",
})
export class ChannelReconciliation {
  channelId!: string;
  @Field(() => PaymentChannelType) channel!: PaymentChannelType;
  @Field(() => String, { description: 'YYYY-MM-DD (WITA).' }) date!: string;
  @Field(() => Int) paymentCount!: number;
  @Field(() => Rupiah) totalAmount!: number;
}
