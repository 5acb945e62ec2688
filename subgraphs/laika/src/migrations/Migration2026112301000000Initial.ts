import { Migration } from '@mikro-orm/migrations';

/** Letter types, letter requests with their timeline, and letter-number sequences per office and year. */
export class Migration2026112301000000Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "laika"."letter_type" ("id" varchar(80) not null, "name" varchar(200) not null, "level" varchar(20) not null, "time_limit_days" int not null, "validity_months" int not null, "classification" varchar(20) not null, "fee_rupiah" int not null, "fields" jsonb not null, constraint "letter_type_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "laika"."letter_number_sequence" ("office_id" varchar(20) not null, "year" int not null, "last" int not null, constraint "letter_number_sequence_pkey" primary key ("office_id", "year"));`,
    );
    this.addSql(
      `create table "laika"."letter_request" ("id" uuid not null, "citizen_id" uuid not null, "holder_name" varchar(100) not null, "letter_type_id" varchar(80) not null, "level" varchar(20) not null, "kelurahan_id" varchar(20) not null, "kecamatan_id" varchar(20) not null, "purpose" varchar(500) not null, "details" jsonb not null, "status" varchar(20) not null, "idempotency_key" varchar(100) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "due_at" timestamptz not null, "issued_at" timestamptz null, "closed_at" timestamptz null, "rejection_reason" varchar(500) null, "letter_number" varchar(80) null, "verification_code" varchar(40) null, "verification_key" varchar(40) null, "office_name" varchar(150) not null, "valid_until" timestamptz null, constraint "letter_request_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "laika"."letter_request" add constraint "letter_request_letter_number_unique" unique ("letter_number");`);
    this.addSql(`alter table "laika"."letter_request" add constraint "letter_request_verification_key_unique" unique ("verification_key");`);
    this.addSql(`alter table "laika"."letter_request" add constraint "letter_request_idempotency_unique" unique ("citizen_id", "idempotency_key");`);
    this.addSql(`create index "letter_request_citizen_index" on "laika"."letter_request" ("citizen_id", "created_at");`);
    this.addSql(`create index "letter_request_kelurahan_queue_index" on "laika"."letter_request" ("kelurahan_id", "status", "due_at");`);
    this.addSql(`create index "letter_request_kecamatan_queue_index" on "laika"."letter_request" ("kecamatan_id", "level", "status", "due_at");`);
    this.addSql(
      `create table "laika"."letter_timeline_entry" ("id" uuid not null, "request_id" uuid not null, "at" timestamptz not null, "actor_id" uuid not null, "actor_role" varchar(30) not null, "from_status" varchar(20) null, "to_status" varchar(20) not null, "reason" varchar(500) null, constraint "letter_timeline_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "letter_timeline_entry_request_index" on "laika"."letter_timeline_entry" ("request_id", "at");`);
    // within laika only: core's ids (citizen, kelurahan, service) are checked by the code, never by a cross-schema FK
    this.addSql(
      `alter table "laika"."letter_request" add constraint "letter_request_letter_type_fk" foreign key ("letter_type_id") references "laika"."letter_type" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "laika"."letter_timeline_entry" add constraint "letter_timeline_entry_request_fk" foreign key ("request_id") references "laika"."letter_request" ("id") on delete cascade deferrable initially deferred;`,
    );
    // the state machine's states, so a stray UPDATE cannot invent one
    const states = `('SUBMITTED', 'VERIFIED', 'SIGNED', 'ISSUED', 'REJECTED', 'CANCELLED')`;
    this.addSql(`alter table "laika"."letter_request" add constraint "letter_request_status_check" check ("status" in ${states});`);
    this.addSql(
      `alter table "laika"."letter_request" add constraint "letter_request_issued_check" check ("status" <> 'ISSUED' or ("letter_number" is not null and "verification_key" is not null and "issued_at" is not null));`,
    );
  }

  override async down(): Promise<void> {
    for (const t of ['letter_timeline_entry', 'letter_request', 'letter_number_sequence', 'letter_type']) {
      this.addSql(`drop table if exists "laika"."${t}" cascade;`);
    }
  }
}
