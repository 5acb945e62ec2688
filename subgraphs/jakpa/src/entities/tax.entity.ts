import { BigIntType, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';

// ORM entities only: the GraphQL types live in resolvers/types.ts, so a column's SQL type and a
// field's GraphQL type are each declared once, on purpose (money is bigint here, Rupiah there).

const money = () => new BigIntType('number');

/** The tax office's kecamatan/kelurahan numbering (as in the NOP) mapped to Kemendagri codes. */
@Entity({ tableName: 'tax_region' })
@Unique({ name: 'tax_region_codes_unique', properties: ['taxKecamatanCode', 'taxKelurahanCode'] })
export class TaxRegionRow {
  @PrimaryKey({ type: 'string', length: 20 })
  kelurahanId!: string;

  @Property({ type: 'string', length: 20 })
  kecamatanId!: string;

  @Property({ type: 'string', length: 3 })
  taxKecamatanCode!: string;

  @Property({ type: 'string', length: 3 })
  taxKelurahanCode!: string;

  @Property({ type: 'string', length: 100 })
  kelurahanName!: string;
}

/** One land-and-building tax object (objek pajak PBB-P2), by its NOP. */
@Entity({ tableName: 'tax_object' })
@Index({ name: 'tax_object_owner_nik_idx', properties: ['ownerNik', 'nop'] })
@Index({ name: 'tax_object_kelurahan_idx', properties: ['kelurahanId', 'nop'] })
export class TaxObject {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Unique({ name: 'tax_object_nop_unique' })
  @Property({ type: 'string', length: 18 })
  nop!: string;

  @Property({ type: 'string', length: 20 })
  kelurahanId!: string;

  @Property({ type: 'string', length: 20 })
  kecamatanId!: string;

  /** Street address of the object (not public: the public lookup shows only the kelurahan). */
  @Property({ type: 'string', length: 200 })
  address!: string;

  /** The taxpayer (wajib pajak) as in Bapenda's register. */
  @Property({ type: 'string', length: 100 })
  ownerName!: string;

  @Property({ type: 'string', length: 16 })
  ownerNik!: string;

  @Property({ type: 'integer' })
  landArea!: number;

  @Property({ type: 'integer' })
  buildingArea!: number;

  /** NJOP per m² (rupiah) of land and of building, from the zone tables. */
  @Property({ type: money() })
  landValuePerM2!: number;

  @Property({ type: money() })
  buildingValuePerM2!: number;

  @Property({ type: 'uuid', nullable: true })
  registeredBy?: string | null;

  @Unique({ name: 'tax_object_idempotency_key_unique' })
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey?: string | null;

  @Property({ type: 'datetime' })
  createdAt!: Date;
}

/** A yearly assessment (SPPT) of one object: the principal is fixed when it is issued. */
@Entity({ tableName: 'tax_bill' })
@Unique({ name: 'tax_bill_object_year_unique', properties: ['objectId', 'year'] })
@Index({ name: 'tax_bill_year_kecamatan_idx', properties: ['year', 'kecamatanId'] })
export class TaxBill {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  objectId!: string;

  @Property({ type: 'integer' })
  year!: number;

  /** Copied from the object so yearly statistics need no join. */
  @Property({ type: 'string', length: 20 })
  kecamatanId!: string;

  @Property({ type: money() })
  njop!: number;

  @Property({ type: money() })
  njoptkp!: number;

  /** Tariff in basis points of the taxable NJOP (10 = 0.1 %). */
  @Property({ type: 'integer' })
  tariffBp!: number;

  /** Pokok pajak: the principal, whole rupiah. */
  @Property({ type: money() })
  amount!: number;

  @Property({ type: 'date' })
  dueDate!: string;

  @Property({ type: 'datetime' })
  issuedAt!: Date;

  @Property({ type: 'uuid', nullable: true })
  issuedBy?: string | null;
}

/** One payment of a bill. Never updated; the bill's paid amount is always the sum of these rows. */
@Entity({ tableName: 'tax_payment' })
@Unique({ name: 'tax_payment_channel_reference_unique', properties: ['channelId', 'reference'] })
@Index({ name: 'tax_payment_bill_idx', properties: ['billId', 'paidAt'] })
@Index({ name: 'tax_payment_channel_paid_idx', properties: ['channelId', 'paidAt'] })
export class TaxPayment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  billId!: string;

  @Property({ type: money() })
  amount!: number;

  @Property({ type: 'datetime' })
  paidAt!: Date;

  @Property({ type: 'string', length: 30 })
  channelId!: string;

  /** The channel's own payment reference (for the counter: the officer's idempotency key). */
  @Property({ type: 'string', length: 100 })
  reference!: string;

  /** The officer who took a counter payment. */
  @Property({ type: 'uuid', nullable: true })
  recordedBy?: string | null;

  @Property({ type: 'datetime' })
  recordedAt!: Date;
}

/** Penalty rules are data with the date they take effect (see penalty.ts for how they apply). */
@Entity({ tableName: 'penalty_rule' })
export class PenaltyRule {
  @PrimaryKey({ type: 'string', length: 40 })
  id!: string;

  @Unique({ name: 'penalty_rule_effective_from_unique' })
  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Property({ type: 'integer' })
  monthlyRateBp!: number;

  @Property({ type: 'integer' })
  maxMonths!: number;

  @Property({ type: 'string', length: 300 })
  legalBasis!: string;
}

/** A way to pay: bank, QRIS, e-wallet, or Bapenda's counter. Secrets are never stored here. */
@Entity({ tableName: 'payment_channel' })
export class PaymentChannel {
  @PrimaryKey({ type: 'string', length: 30 })
  id!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 12 })
  kind!: string;

  @Property({ type: 'string', length: 500 })
  instructions!: string;

  @Property({ type: 'integer' })
  sortOrder!: number;
}

/** Who did what to an object or bill, when and why: appended, never updated. */
@Entity({ tableName: 'tax_event' })
@Index({ name: 'tax_event_object_idx', properties: ['objectId', 'at'] })
export class TaxEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid' })
  objectId!: string;

  @Property({ type: 'uuid', nullable: true })
  billId?: string | null;

  @Property({ type: 'datetime' })
  at!: Date;

  @Property({ type: 'string', length: 30 })
  action!: string;

  /** OFFICER, CHANNEL or SYSTEM. */
  @Property({ type: 'string', length: 10 })
  actorKind!: string;

  @Property({ type: 'string', length: 60, nullable: true })
  actorId?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  actorName?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null;
}

export const ENTITIES = [TaxRegionRow, TaxObject, TaxBill, TaxPayment, PenaltyRule, PaymentChannel, TaxEvent];
