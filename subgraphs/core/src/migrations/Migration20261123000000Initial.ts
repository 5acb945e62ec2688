import { Migration } from '@mikro-orm/migrations';

/** Regions, agencies, the service catalogue, accounts, sessions and login throttling. */
export class Migration20261123000000Initial extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table "core"."agency" ("id" varchar(60) not null, "name" varchar(200) not null, "short_name" varchar(60) not null, "kind" varchar(20) not null, "address" varchar(300) not null, "office_phone" varchar(30) null, "kecamatan_id" varchar(20) null, constraint "agency_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "core"."citizen" ("id" uuid not null, "nik" varchar(16) not null, "name" varchar(100) not null, "phone" varchar(20) not null, "kelurahan_id" varchar(20) not null, "birth_date" date not null, "password_hash" varchar(200) not null, "created_at" timestamptz not null, constraint "citizen_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "core"."citizen" add constraint "citizen_nik_unique" unique ("nik");`);
    this.addSql(`create index "citizen_kelurahan_id_index" on "core"."citizen" ("kelurahan_id");`);
    this.addSql(`create table "core"."kecamatan" ("id" varchar(20) not null, "name" varchar(100) not null, constraint "kecamatan_pkey" primary key ("id"));`);
    this.addSql(
      `create table "core"."kelurahan" ("id" varchar(20) not null, "name" varchar(100) not null, "kecamatan_id" varchar(20) not null, constraint "kelurahan_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "kelurahan_kecamatan_id_index" on "core"."kelurahan" ("kecamatan_id");`);
    this.addSql(
      `create table "core"."login_throttle" ("key" varchar(120) not null, "failures" int not null, "blocked_until" timestamptz null, "last_failure_at" timestamptz not null, constraint "login_throttle_pkey" primary key ("key"));`,
    );
    this.addSql(
      `create table "core"."officer" ("id" uuid not null, "username" varchar(60) not null, "name" varchar(100) not null, "role" varchar(30) not null, "kelurahan_id" varchar(20) null, "kecamatan_id" varchar(20) null, "agency_id" varchar(60) null, "password_hash" varchar(200) not null, constraint "officer_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "core"."officer" add constraint "officer_username_unique" unique ("username");`);
    this.addSql(
      `create table "core"."service" ("id" varchar(80) not null, "name" varchar(200) not null, "agency_id" varchar(60) not null, "application" varchar(20) not null, "level" varchar(20) not null, "description" text not null, "requirements" text[] not null, "steps" text[] not null, "time_limit_days" int not null, "time_limit_text" varchar(100) not null, "fee_rupiah" int not null, "fee_legal_basis" varchar(300) not null, "product" varchar(300) not null, "complaint_channel" varchar(500) not null, "legal_basis" varchar(500) not null, constraint "service_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "service_agency_id_index" on "core"."service" ("agency_id");`);
    this.addSql(`create index "service_application_index" on "core"."service" ("application");`);
    this.addSql(
      `create table "core"."session" ("id" uuid not null, "refresh_token_hash" varchar(64) not null, "account_kind" varchar(10) not null, "account_id" uuid not null, "expires_at" timestamptz not null, "revoked_at" timestamptz null, "created_at" timestamptz not null, constraint "session_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "core"."session" add constraint "session_refresh_token_hash_unique" unique ("refresh_token_hash");`);
    this.addSql(`create index "session_account_id_index" on "core"."session" ("account_id");`);
    this.addSql(
      `alter table "core"."kelurahan" add constraint "kelurahan_kecamatan_fk" foreign key ("kecamatan_id") references "core"."kecamatan" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "core"."agency" add constraint "agency_kecamatan_fk" foreign key ("kecamatan_id") references "core"."kecamatan" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "core"."service" add constraint "service_agency_fk" foreign key ("agency_id") references "core"."agency" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "core"."citizen" add constraint "citizen_kelurahan_fk" foreign key ("kelurahan_id") references "core"."kelurahan" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "core"."officer" add constraint "officer_kelurahan_fk" foreign key ("kelurahan_id") references "core"."kelurahan" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "core"."officer" add constraint "officer_kecamatan_fk" foreign key ("kecamatan_id") references "core"."kecamatan" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "core"."officer" add constraint "officer_agency_fk" foreign key ("agency_id") references "core"."agency" ("id") deferrable initially deferred;`,
    );
  }

  override async down(): Promise<void> {
    for (const t of ['session', 'login_throttle', 'officer', 'citizen', 'service', 'agency', 'kelurahan', 'kecamatan']) {
      this.addSql(`drop table if exists "core"."${t}" cascade;`);
    }
  }
}
