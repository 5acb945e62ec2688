import { Migration } from '@mikro-orm/migrations';

/**
 * Reports (no column for a phone or an IP at all; an anonymous row cannot hold a citizen id),
 * their evidence metadata, timelines and messages; service points and their status history.
 * The foreign keys and the two partial indexes are written by hand (entities use plain id columns).
 */
export class Migration2026112303000000Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "jari"."jari_evidence_file" ("id" uuid not null, "report_id" uuid not null, "position" int not null, "name" varchar(200) not null, "mime_type" varchar(100) not null, "size_bytes" int not null, "sha256" varchar(64) not null, "metadata_stripped" boolean not null, constraint "jari_evidence_file_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "jari_evidence_file_report_id_index" on "jari"."jari_evidence_file" ("report_id");`);
    this.addSql(
      `create table "jari"."jari_message" ("id" uuid not null, "report_id" uuid not null, "at" timestamptz not null, "author" varchar(20) not null, "officer_id" uuid null, "body" text not null, constraint "jari_message_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "jari_message_report_id_at_index" on "jari"."jari_message" ("report_id", "at");`);
    this.addSql(
      `create table "jari"."jari_report" ("id" uuid not null, "tracking_code" varchar(20) not null, "secret_hash" varchar(64) not null, "idempotency_key_hash" varchar(64) null, "request_hash" varchar(64) not null, "category" varchar(30) not null, "agency_id" varchar(60) not null, "service_id" varchar(80) null, "occurred_at" timestamptz not null, "place" varchar(200) not null, "description" text not null, "amount_asked_rupiah" bigint null, "amount_paid_rupiah" bigint null, "anonymous" boolean not null, "reporter_citizen_id" uuid null, "contact_allowed" boolean not null, "status" varchar(20) not null, "outcome" varchar(20) null, "public_summary" text null, "rejection_reason" text null, "received_at" timestamptz not null, "follow_up_due_at" timestamptz not null, "followed_up_at" timestamptz null, "concluded_at" timestamptz null, "shared_with_agency_at" timestamptz null, "updated_at" timestamptz not null, constraint "jari_report_pkey" primary key ("id"), constraint jari_report_amounts_check check (coalesce(amount_asked_rupiah, 0) >= 0 and coalesce(amount_paid_rupiah, 0) >= 0), constraint jari_report_concluded_has_outcome check ((status = 'CONCLUDED') = (outcome is not null and public_summary is not null and concluded_at is not null)), constraint jari_report_named_has_identity check (anonymous or reporter_citizen_id is not null), constraint jari_report_anonymous_has_no_identity check (not anonymous or reporter_citizen_id is null));`,
    );
    this.addSql(`alter table "jari"."jari_report" add constraint "jari_report_tracking_code_unique" unique ("tracking_code");`);
    this.addSql(`alter table "jari"."jari_report" add constraint "jari_report_idempotency_key_hash_unique" unique ("idempotency_key_hash");`);
    this.addSql(`create index "jari_report_reporter_citizen_id_index" on "jari"."jari_report" ("reporter_citizen_id");`);
    this.addSql(`create index "jari_report_received_at_index" on "jari"."jari_report" ("received_at");`);
    this.addSql(`create index "jari_report_category_received_at_index" on "jari"."jari_report" ("category", "received_at");`);
    this.addSql(`create index "jari_report_agency_status_index" on "jari"."jari_report" ("agency_id", "status");`);
    this.addSql(`create index "jari_report_status_received_at_index" on "jari"."jari_report" ("status", "received_at");`);
    this.addSql(
      `create table "jari"."jari_timeline_entry" ("id" uuid not null, "report_id" uuid not null, "at" timestamptz not null, "kind" varchar(30) not null, "actor_role" varchar(20) not null, "actor_officer_id" uuid null, "from_status" varchar(20) null, "to_status" varchar(20) null, "note" text null, constraint "jari_timeline_entry_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "jari_timeline_entry_report_id_at_index" on "jari"."jari_timeline_entry" ("report_id", "at");`);
    this.addSql(
      `create table "jari"."service_point" ("id" varchar(120) not null, "agency_id" varchar(60) not null, "service_id" varchar(80) not null, "place" varchar(200) not null, "kecamatan_id" varchar(20) null, "status" varchar(20) not null, "reason" varchar(300) null, "stock_label" varchar(100) null, "stock_remaining" int null, "last_updated_at" timestamptz not null, constraint "service_point_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "service_point_service_id_index" on "jari"."service_point" ("service_id");`);
    this.addSql(`create index "service_point_agency_id_index" on "jari"."service_point" ("agency_id");`);
    this.addSql(
      `create table "jari"."service_status_change" ("id" uuid not null, "service_point_id" varchar(120) not null, "at" timestamptz not null, "actor_role" varchar(20) not null, "actor_officer_id" uuid null, "from_status" varchar(20) null, "to_status" varchar(20) not null, "reason" varchar(300) null, "stock_before" int null, "stock_after" int null, constraint "service_status_change_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "service_status_change_point_at_index" on "jari"."service_status_change" ("service_point_id", "at");`);
    this.addSql(`create index "jari_report_follow_up_pending_index" on "jari"."jari_report" ("follow_up_due_at") where "followed_up_at" is null;`);
    this.addSql(
      `create index "jari_report_shared_index" on "jari"."jari_report" ("agency_id", "shared_with_agency_at") where "shared_with_agency_at" is not null;`,
    );
    this.addSql(
      `alter table "jari"."jari_evidence_file" add constraint "jari_evidence_file_report_fk" foreign key ("report_id") references "jari"."jari_report" ("id") on delete cascade deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "jari"."jari_timeline_entry" add constraint "jari_timeline_entry_report_fk" foreign key ("report_id") references "jari"."jari_report" ("id") on delete cascade deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "jari"."jari_message" add constraint "jari_message_report_fk" foreign key ("report_id") references "jari"."jari_report" ("id") on delete cascade deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "jari"."service_status_change" add constraint "service_status_change_point_fk" foreign key ("service_point_id") references "jari"."service_point" ("id") on delete cascade deferrable initially deferred;`,
    );
  }

  override async down(): Promise<void> {
    for (const t of ['service_status_change', 'service_point', 'jari_message', 'jari_timeline_entry', 'jari_evidence_file', 'jari_report']) {
      this.addSql(`drop table if exists "jari"."${t}" cascade;`);
    }
  }
}
