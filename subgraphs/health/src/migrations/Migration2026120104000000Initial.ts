import { Migration } from '@mikro-orm/migrations';

/** Facilities with services, hours and exceptions; queue sessions, quotas, appointments and their timeline. */
export class Migration2026120104000000Initial extends Migration {
  override async up(): Promise<void> {
    // great-circle (haversine) metres in plain SQL, as firebutton's: no PostGIS for a few hundred facilities
    this.addSql(
      `create or replace function "health"."distance_m"(lat1 double precision, lng1 double precision, lat2 double precision, lng2 double precision) returns double precision language sql immutable parallel safe as $$ select 2 * 6371000 * asin(least(1, sqrt(power(sin(radians(lat2 - lat1) / 2), 2) + cos(radians(lat1)) * cos(radians(lat2)) * power(sin(radians(lng2 - lng1) / 2), 2)))) $$;`,
    );
    this.addSql(
      `create table "health"."facility" ("id" varchar(60) not null, "name" varchar(120) not null, "type" varchar(12) not null, "address" varchar(300) not null, "kelurahan_id" varchar(20) not null, "kecamatan_id" varchar(20) not null, "latitude" double precision not null, "longitude" double precision not null, "phone" varchar(30) null, constraint "facility_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "facility_kelurahan_id_index" on "health"."facility" ("kelurahan_id");`);
    this.addSql(
      `create table "health"."facility_service" ("id" varchar(80) not null, "facility_id" varchar(60) not null, "code" varchar(30) not null, "name" varchar(100) not null, "bookable" boolean not null, "minutes_per_patient" int not null, "default_capacity_jkn" int not null, "default_capacity_umum" int not null, constraint "facility_service_pkey" primary key ("id"));`,
    );
    this.addSql(`create index "facility_service_facility_id_index" on "health"."facility_service" ("facility_id");`);
    this.addSql(
      `create table "health"."facility_hours" ("id" bigserial primary key, "facility_id" varchar(60) not null, "weekday" smallint not null, "opens_min" smallint not null, "closes_min" smallint not null, constraint "facility_hours_range" check (weekday between 1 and 7 and opens_min >= 0 and closes_min <= 1440 and opens_min < closes_min));`,
    );
    this.addSql(`create index "facility_hours_facility_id_index" on "health"."facility_hours" ("facility_id");`);
    this.addSql(
      `create table "health"."facility_exception" ("id" bigserial primary key, "facility_id" varchar(60) not null, "date" date not null, "closed" boolean not null, "opens_min" smallint null, "closes_min" smallint null, "reason" varchar(200) not null);`,
    );
    this.addSql(`create index "facility_exception_facility_id_index" on "health"."facility_exception" ("facility_id");`);
    this.addSql(
      `create table "health"."queue_session" ("id" uuid not null, "facility_id" varchar(60) not null, "service_id" varchar(80) not null, "date" date not null, "label" varchar(8) not null, "starts_min" smallint not null, "ends_min" smallint not null, "status" varchar(8) not null, "closed_reason" varchar(300) null, "now_serving" int not null, constraint "queue_session_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "health"."queue_session" add constraint "queue_session_service_date_label_unique" unique ("service_id", "date", "label");`);
    this.addSql(`create index "queue_session_facility_date_idx" on "health"."queue_session" ("facility_id", "date");`);
    // the capacity invariant also holds in the database itself
    this.addSql(
      `create table "health"."session_quota" ("id" uuid not null, "session_id" uuid not null, "payer" varchar(8) not null, "capacity" int not null, "taken" int not null, constraint "session_quota_pkey" primary key ("id"), constraint "session_quota_taken_range" check (taken >= 0 and taken <= capacity));`,
    );
    this.addSql(`create index "session_quota_session_id_index" on "health"."session_quota" ("session_id");`);
    this.addSql(`alter table "health"."session_quota" add constraint "session_quota_session_payer_unique" unique ("session_id", "payer");`);
    this.addSql(
      `create table "health"."appointment" ("id" uuid not null, "booking_code" varchar(20) not null, "idempotency_key" varchar(100) null, "citizen_id" uuid not null, "facility_id" varchar(60) not null, "service_id" varchar(80) not null, "session_id" uuid not null, "date" date not null, "number" int not null, "payer" varchar(8) not null, "status" varchar(10) not null, "created_at" timestamptz not null, "called_at" timestamptz null, "closed_at" timestamptz null, constraint "appointment_pkey" primary key ("id"));`,
    );
    this.addSql(`alter table "health"."appointment" add constraint "appointment_booking_code_unique" unique ("booking_code");`);
    this.addSql(`alter table "health"."appointment" add constraint "appointment_idempotency_key_unique" unique ("idempotency_key");`);
    // a number is held by one live appointment at a time; a cancelled number may be given again
    this.addSql(`create unique index "appointment_session_number_live" on "health"."appointment" ("session_id", "number") where status <> 'CANCELLED';`);
    // one active number per resident per service per day
    this.addSql(
      `create unique index "appointment_citizen_service_day_active" on "health"."appointment" ("citizen_id", "service_id", "date") where status in ('BOOKED', 'CALLED');`,
    );
    this.addSql(`create index "appointment_citizen_created_idx" on "health"."appointment" ("citizen_id", "created_at");`);
    this.addSql(`create index "appointment_session_status_idx" on "health"."appointment" ("session_id", "status", "number");`);
    this.addSql(
      `create table "health"."appointment_event" ("id" bigserial primary key, "appointment_id" uuid not null, "at" timestamptz not null, "from_status" varchar(10) null, "to_status" varchar(10) not null, "actor_kind" varchar(10) not null, "actor_id" varchar(60) null, "note" varchar(300) null);`,
    );
    this.addSql(`create index "appointment_event_appointment_id_index" on "health"."appointment_event" ("appointment_id");`);
    this.addSql(
      `alter table "health"."facility_service" add constraint "facility_service_facility_fk" foreign key ("facility_id") references "health"."facility" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "health"."facility_hours" add constraint "facility_hours_facility_fk" foreign key ("facility_id") references "health"."facility" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "health"."facility_exception" add constraint "facility_exception_facility_fk" foreign key ("facility_id") references "health"."facility" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "health"."queue_session" add constraint "queue_session_service_fk" foreign key ("service_id") references "health"."facility_service" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "health"."session_quota" add constraint "session_quota_session_fk" foreign key ("session_id") references "health"."queue_session" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "health"."appointment" add constraint "appointment_session_fk" foreign key ("session_id") references "health"."queue_session" ("id") deferrable initially deferred;`,
    );
    this.addSql(
      `alter table "health"."appointment_event" add constraint "appointment_event_appointment_fk" foreign key ("appointment_id") references "health"."appointment" ("id") deferrable initially deferred;`,
    );
  }

  override async down(): Promise<void> {
    for (const t of [
      'appointment_event',
      'appointment',
      'session_quota',
      'queue_session',
      'facility_exception',
      'facility_hours',
      'facility_service',
      'facility',
    ]) {
      this.addSql(`drop table if exists "health"."${t}" cascade;`);
    }
    this.addSql(`drop function if exists "health"."distance_m"(double precision, double precision, double precision, double precision);`);
  }
}
