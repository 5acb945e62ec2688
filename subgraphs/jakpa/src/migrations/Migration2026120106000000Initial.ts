import { Migration } from '@mikro-orm/migrations';

/** The NOP mapping table, tax objects, yearly bills, payments, penalty rules, channels, the event log. */
export class Migration2026120106000000Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "jakpa"."payment_channel" ("id" varchar(30) not null, "name" varchar(100) not null, "kind" varchar(12) not null, "instructions" varchar(500) not null, "sort_order" int not null, constraint "payment_channel_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "jakpa"."penalty_rule" ("id" varchar(40) not null, "effective_from" date not null, "monthly_rate_bp" int not null, "max_months" int not null, "legal_basis" varchar(300) not null, constraint "penalty_rule_pkey" primary key ("id"), constraint "penalty_rule_rate_check" check ("monthly_rate_bp" between 0 and 10000), constraint "penalty_rule_months_check" check ("max_months" between 0 and 240));`,
    );
    this.addSql(`alter table "jakpa"."penalty_rule" add constraint "penalty_rule_effective_from_unique" unique ("effective_from");`);
    this.addSql(
      `create table "jakpa"."tax_region" ("kelurahan_id" varchar(20) not null, "kecamatan_id" varchar(20) not null, "tax_kecamatan_code" varchar(3) not null, "tax_kelurahan_code" varchar(3) not null, "kelurahan_name" varchar(100) not null, constraint "tax_region_pkey" primary key ("kelurahan_id"));`,
    );
    this.addSql(`alter table "jakpa"."tax_region" add constraint "tax_region_codes_unique" unique ("tax_kecamatan_code", "tax_kelurahan_code");`);
    // money is bigint rupiah everywhere; the checks make a bad write fail in the database too
    this.addSql(
      `create table "jakpa"."tax_object" ("id" uuid not null, "nop" varchar(18) not null, "kelurahan_id" varchar(20) not null, "kecamatan_id" varchar(20) not null, "address" varchar(200) not null, "owner_name" varchar(100) not null, "owner_nik" varchar(16) not null, "land_area" int not null, "building_area" int not null, "land_value_per_m2" bigint not null, "building_value_per_m2" bigint not null, "registered_by" uuid null, "idempotency_key" varchar(100) null, "created_at" timestamptz not null, constraint "tax_object_pkey" primary key ("id"), constraint "tax_object_nop_check" check ("nop" ~ '^[0-9]{18}$'), constraint "tax_object_nik_check" check ("owner_nik" ~ '^[0-9]{16}$'), constraint "tax_object_area_check" check ("land_area" >= 0 and "building_area" >= 0 and "land_value_per_m2" >= 0 and "building_value_per_m2" >= 0));`,
    );
    this.addSql(`alter table "jakpa"."tax_object" add constraint "tax_object_nop_unique" unique ("nop");`);
    this.addSql(`alter table "jakpa"."tax_object" add constraint "tax_object_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "tax_object_kelurahan_idx" on "jakpa"."tax_object" ("kelurahan_id", "nop");`);
    this.addSql(`create index "tax_object_owner_nik_idx" on "jakpa"."tax_object" ("owner_nik", "nop");`);
    this.addSql(
      `create table "jakpa"."tax_bill" ("id" uuid not null, "object_id" uuid not null, "year" int not null, "kecamatan_id" varchar(20) not null, "njop" bigint not null, "njoptkp" bigint not null, "tariff_bp" int not null, "amount" bigint not null, "due_date" date not null, "issued_at" timestamptz not null, "issued_by" uuid null, constraint "tax_bill_pkey" primary key ("id"), constraint "tax_bill_amount_check" check ("amount" >= 0 and "njop" >= 0 and "njoptkp" >= 0 and "tariff_bp" between 0 and 500));`,
    );
    this.addSql(`create index "tax_bill_year_kecamatan_idx" on "jakpa"."tax_bill" ("year", "kecamatan_id");`);
    this.addSql(`alter table "jakpa"."tax_bill" add constraint "tax_bill_object_year_unique" unique ("object_id", "year");`);
    this.addSql(
      `create table "jakpa"."tax_payment" ("id" uuid not null, "bill_id" uuid not null, "amount" bigint not null, "paid_at" timestamptz not null, "channel_id" varchar(30) not null, "reference" varchar(100) not null, "recorded_by" uuid null, "recorded_at" timestamptz not null, constraint "tax_payment_pkey" primary key ("id"), constraint "tax_payment_amount_check" check ("amount" > 0));`,
    );
    this.addSql(`create index "tax_payment_channel_paid_idx" on "jakpa"."tax_payment" ("channel_id", "paid_at");`);
    this.addSql(`create index "tax_payment_bill_idx" on "jakpa"."tax_payment" ("bill_id", "paid_at");`);
    // the channel's payment reference makes a callback idempotent: a replay cannot insert a second row
    this.addSql(`alter table "jakpa"."tax_payment" add constraint "tax_payment_channel_reference_unique" unique ("channel_id", "reference");`);
    this.addSql(
      `create table "jakpa"."tax_event" ("id" bigserial primary key, "object_id" uuid not null, "bill_id" uuid null, "at" timestamptz not null, "action" varchar(30) not null, "actor_kind" varchar(10) not null, "actor_id" varchar(60) null, "actor_name" varchar(100) null, "note" varchar(500) null);`,
    );
    this.addSql(`create index "tax_event_object_idx" on "jakpa"."tax_event" ("object_id", "at");`);
    this.addSql(
      `alter table "jakpa"."tax_object" add constraint "tax_object_region_fk" foreign key ("kelurahan_id") references "jakpa"."tax_region" ("kelurahan_id");`,
    );
    this.addSql(`alter table "jakpa"."tax_bill" add constraint "tax_bill_object_fk" foreign key ("object_id") references "jakpa"."tax_object" ("id");`);
    this.addSql(`alter table "jakpa"."tax_payment" add constraint "tax_payment_bill_fk" foreign key ("bill_id") references "jakpa"."tax_bill" ("id");`);
    this.addSql(
      `alter table "jakpa"."tax_payment" add constraint "tax_payment_channel_fk" foreign key ("channel_id") references "jakpa"."payment_channel" ("id");`,
    );
    this.addSql(`alter table "jakpa"."tax_event" add constraint "tax_event_object_fk" foreign key ("object_id") references "jakpa"."tax_object" ("id");`);
  }

  override async down(): Promise<void> {
    for (const t of ['tax_event', 'tax_payment', 'tax_bill', 'tax_object', 'tax_region', 'penalty_rule', 'payment_channel'])
      this.addSql(`drop table if exists "jakpa"."${t}" cascade;`);
  }
}
