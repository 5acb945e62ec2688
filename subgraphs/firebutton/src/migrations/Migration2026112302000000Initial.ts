import { Migration } from '@mikro-orm/migrations';

/** Posts, units, approximate kelurahan centres, emergency reports and their timeline. */
export class Migration2026112302000000Initial extends Migration {
  override async up(): Promise<void> {
    // Great-circle (haversine) distance in metres, in plain SQL: no PostGIS needed for 6 posts.
    // `immutable` + a single SQL expression lets the planner inline it.
    this.addSql(
      `create or replace function "firebutton"."distance_m"(lat1 double precision, lng1 double precision, lat2 double precision, lng2 double precision) returns double precision language sql immutable parallel safe as $$ select 2 * 6371000 * asin(least(1, sqrt(power(sin(radians(lat2 - lat1) / 2), 2) + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lng2 - lng1) / 2), 2)))) $$;`,
    );
    this.addSql(
      `create table "firebutton"."emergency_event" ("id" bigserial primary key, "report_id" uuid not null, "at" timestamptz not null, "action" varchar(20) not null, "from_status" varchar(12) null, "to_status" varchar(12) not null, "actor_kind" varchar(12) not null, "actor_id" varchar(60) null, "actor_name" varchar(100) null, "station_id" varchar(40) null, "unit_id" varchar(40) null, "note" varchar(500) null);`,
    );
    this.addSql(`create index "emergency_event_report_id_index" on "firebutton"."emergency_event" ("report_id");`);
    this.addSql(
      `create table "firebutton"."emergency_report" ("id" uuid not null, "tracking_code" varchar(20) not null, "idempotency_key" varchar(100) null, "kind" varchar(10) not null, "status" varchar(12) not null, "latitude" double precision not null, "longitude" double precision not null, "position_source" varchar(10) not null, "kelurahan_id" varchar(20) not null, "kecamatan_id" varchar(20) not null, "address_text" varchar(300) null, "description" varchar(1000) null, "callback_phone" varchar(20) null, "citizen_id" uuid null, "station_id" varchar(40) not null, "unit_id" varchar(40) null, "station_distance_metres" int not null, "created_at" timestamptz not null, "dispatched_at" timestamptz null, "on_scene_at" timestamptz null, "closed_at" timestamptz null, constraint "emergency_report_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "firebutton"."emergency_report" add constraint "emergency_report_tracking_code_unique" unique ("tracking_code");`);
    this.addSql(`alter table "firebutton"."emergency_report" add constraint "emergency_report_idempotency_key_unique" unique ("idempotency_key");`);
    this.addSql(`create index "emergency_report_citizen_created_idx" on "firebutton"."emergency_report" ("citizen_id", "created_at");`);
    this.addSql(`create index "emergency_report_kecamatan_created_idx" on "firebutton"."emergency_report" ("kecamatan_id", "created_at");`);
    this.addSql(`create index "emergency_report_phone_created_idx" on "firebutton"."emergency_report" ("callback_phone", "created_at");`);
    // the dispatcher's live list: only open reports are in this index
    this.addSql(
      `create index "emergency_report_open_idx" on "firebutton"."emergency_report" ("status", "created_at") where status in ('RECEIVED', 'DISPATCHED', 'ON_SCENE');`,
    );
    this.addSql(
      `create table "firebutton"."fire_station" ("id" varchar(40) not null, "name" varchar(100) not null, "address" varchar(300) not null, "kelurahan_id" varchar(20) not null, "latitude" double precision not null, "longitude" double precision not null, constraint "fire_station_pkey" primary key ("id"));`,
    );
    this.addSql(
      `create table "firebutton"."fire_unit" ("id" varchar(40) not null, "call_sign" varchar(60) not null, "kind" varchar(10) not null, "state" varchar(16) not null, "station_id" varchar(40) not null, "report_id" uuid null, constraint "fire_unit_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "fire_unit_station_id_index" on "firebutton"."fire_unit" ("station_id");`);
    this.addSql(
      `create table "firebutton"."kelurahan_centroid" ("id" varchar(20) not null, "name" varchar(100) not null, "kecamatan_id" varchar(20) not null, "latitude" double precision not null, "longitude" double precision not null, constraint "kelurahan_centroid_pkey" primary key ("id"));`,
    );
    // foreign keys inside firebutton only (core's tables are another subgraph's business)
    this.addSql(
      `alter table "firebutton"."fire_station" add constraint "fire_station_kelurahan_fk" foreign key ("kelurahan_id") references "firebutton"."kelurahan_centroid" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "firebutton"."fire_unit" add constraint "fire_unit_station_fk" foreign key ("station_id") references "firebutton"."fire_station" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "firebutton"."fire_unit" add constraint "fire_unit_report_fk" foreign key ("report_id") references "firebutton"."emergency_report" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "firebutton"."emergency_report" add constraint "emergency_report_station_fk" foreign key ("station_id") references "firebutton"."fire_station" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "firebutton"."emergency_report" add constraint "emergency_report_unit_fk" foreign key ("unit_id") references "firebutton"."fire_unit" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "firebutton"."emergency_report" add constraint "emergency_report_kelurahan_fk" foreign key ("kelurahan_id") references "firebutton"."kelurahan_centroid" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "firebutton"."emergency_event" add constraint "emergency_event_report_fk" foreign key ("report_id") references "firebutton"."emergency_report" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "firebutton"."emergency_event" add constraint "emergency_event_station_fk" foreign key ("station_id") references "firebutton"."fire_station" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "firebutton"."emergency_event" add constraint "emergency_event_unit_fk" foreign key ("unit_id") references "firebutton"."fire_unit" ("id") deferrable initially deferred;`,
    );
  }

  override async down(): Promise<void> {
    for (const t of ['emergency_event', 'emergency_report', 'fire_unit', 'fire_station', 'kelurahan_centroid']) {
      this.addSql(`drop table if exists "firebutton"."${t}" cascade;`);
    }
    this.addSql(`drop function if exists "firebutton"."distance_m"(double precision, double precision, double precision, double precision);`);
  }
}
