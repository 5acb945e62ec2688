import { Migration } from '@mikro-orm/migrations';
import { uploadTableSql } from '@kendari/kit';

/** Permit types (data), applications, attached documents, timeline, payments, numbering, uploads. */
export class Migration2026120110000000Initial extends Migration {
  override async up(): Promise<void> {
    const s = '"permits"';
    this.addSql(
      `create table ${s}."permit_type" ("id" varchar(80) not null, "name" varchar(150) not null, "short_name" varchar(40) not null, "number_code" varchar(10) not null, "time_limit_days" int not null, "stage_limits" jsonb not null, "validity_months" int null, "business_name_required" boolean not null, "fields" jsonb not null, "documents" jsonb not null, "levy" jsonb not null, "sort_order" int not null, constraint "permit_type_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table ${s}."permit_application" ("id" uuid not null, "citizen_id" uuid not null, "applicant_name" varchar(100) not null, "permit_type_id" varchar(80) not null, "business_name" varchar(150) null, "kelurahan_id" varchar(20) not null, "kecamatan_id" varchar(20) not null, "latitude" double precision null, "longitude" double precision null, "fields" jsonb not null, "status" varchar(20) not null, "idempotency_key" varchar(100) null, "submit_key" varchar(100) null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "first_submitted_at" timestamptz null, "decision_due_at" timestamptz null, "decided_at" timestamptz null, "stage_started_at" timestamptz null, "stage_due_at" timestamptz null, "revision_note" varchar(1000) null, "rejection_reason" varchar(1000) null, "levy_amount" bigint null, "levy_lines" jsonb null, "paid_at" timestamptz null, "issued_at" timestamptz null, "permit_number" varchar(60) null, "valid_until" timestamptz null, "verification_code" varchar(40) null, "verification_key" varchar(40) null, "revoked_at" timestamptz null, "revocation_reason" varchar(1000) null, constraint "permit_application_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "permit_application_type_submitted_idx" on ${s}."permit_application" ("permit_type_id", "first_submitted_at");`);
    this.addSql(`create index "permit_application_register_idx" on ${s}."permit_application" ("issued_at");`);
    this.addSql(`create index "permit_application_queue_idx" on ${s}."permit_application" ("status", "stage_due_at");`);
    this.addSql(`create index "permit_application_citizen_idx" on ${s}."permit_application" ("citizen_id", "created_at");`);
    this.addSql(`alter table ${s}."permit_application" add constraint "permit_application_idempotency_unique" unique ("citizen_id", "idempotency_key");`);
    this.addSql(`alter table ${s}."permit_application" add constraint "permit_application_number_unique" unique ("permit_number");`);
    this.addSql(`alter table ${s}."permit_application" add constraint "permit_application_verification_key_unique" unique ("verification_key");`);
    this.addSql(
      `alter table ${s}."permit_application" add constraint "permit_application_type_fk" foreign key ("permit_type_id") references ${s}."permit_type" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table ${s}."permit_application" add constraint "permit_application_status_check" check (status in ('DRAFT','SUBMITTED','NEEDS_REVISION','VERIFIED','APPROVED','PAID','ISSUED','REJECTED','REVOKED'));`,
    );
    this.addSql(`alter table ${s}."permit_application" add constraint "permit_application_levy_check" check (levy_amount is null or levy_amount >= 0);`);
    this.addSql(
      `create table ${s}."permit_document" ("id" uuid not null, "application_id" uuid not null, "requirement_key" varchar(40) not null, "upload_id" uuid not null, "attached_at" timestamptz not null, constraint "permit_document_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "permit_document_upload_idx" on ${s}."permit_document" ("upload_id");`);
    this.addSql(`alter table ${s}."permit_document" add constraint "permit_document_requirement_unique" unique ("application_id", "requirement_key");`);
    this.addSql(
      `create table ${s}."permit_event" ("id" bigserial primary key, "application_id" uuid not null, "at" timestamptz not null, "actor_role" varchar(30) not null, "actor_id" varchar(60) not null, "actor_name" varchar(100) null, "from_status" varchar(20) null, "to_status" varchar(20) not null, "note" varchar(1000) null);`,
    );
    this.addSql(`create index "permit_event_application_idx" on ${s}."permit_event" ("application_id", "at");`);
    this.addSql(
      `create table ${s}."permit_payment" ("id" uuid not null, "application_id" uuid not null, "amount" bigint not null, "channel" varchar(30) not null, "reference" varchar(80) not null, "recorded_by" varchar(60) not null, "paid_at" timestamptz not null, constraint "permit_payment_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table ${s}."permit_payment" add constraint "permit_payment_application_unique" unique ("application_id");`);
    this.addSql(`alter table ${s}."permit_payment" add constraint "permit_payment_reference_unique" unique ("reference");`);
    this.addSql(
      `create table ${s}."permit_number_sequence" ("code" varchar(10) not null, "year" int not null, "last" int not null, constraint "permit_number_sequence_pkey" primary key ("code", "year"));`,
    );
    for (const sql of uploadTableSql('permits')) this.addSql(sql);
    this.addSql(
      `alter table ${s}."permit_document" add constraint "permit_document_application_fk" foreign key ("application_id") references ${s}."permit_application" ("id") on delete cascade deferrable initially deferred;`,
    );
    this.addSql(
      `alter table ${s}."permit_document" add constraint "permit_document_upload_fk" foreign key ("upload_id") references ${s}."upload" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table ${s}."permit_event" add constraint "permit_event_application_fk" foreign key ("application_id") references ${s}."permit_application" ("id") on delete cascade deferrable initially deferred;`,
    );
    this.addSql(
      `alter table ${s}."permit_payment" add constraint "permit_payment_application_fk" foreign key ("application_id") references ${s}."permit_application" ("id") on delete cascade deferrable initially deferred;`,
    );
  }

  override async down(): Promise<void> {
    for (const t of ['permit_payment', 'permit_event', 'permit_document', 'permit_application', 'permit_type', 'permit_number_sequence', 'upload']) {
      this.addSql(`drop table if exists "permits"."${t}" cascade;`);
    }
  }
}
