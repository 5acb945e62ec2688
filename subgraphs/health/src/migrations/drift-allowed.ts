/**
 * What the entity/migration diff of `health` may show (test/migrations.test.ts): objects that live only
 * in the SQL of the migrations. Anything else in the diff is drift: write a migration (scripts/migration-sql.cjs
 * prints the SQL) or describe it on the entity. Remove an entry once the diff no longer shows it.
 */
export const driftAllowed: readonly string[] = [
  // foreign keys declared in SQL only: the entities keep plain id columns (no ORM relations), so the generator does not know them
  'alter table "health"."appointment" drop constraint "appointment_session_fk"',
  'alter table "health"."appointment_event" drop constraint "appointment_event_appointment_fk"',
  'alter table "health"."facility_exception" drop constraint "facility_exception_facility_fk"',
  'alter table "health"."facility_hours" drop constraint "facility_hours_facility_fk"',
  'alter table "health"."facility_service" drop constraint "facility_service_facility_fk"',
  'alter table "health"."queue_session" drop constraint "queue_session_service_fk"',
  'alter table "health"."session_quota" drop constraint "session_quota_session_fk"',
  // check constraints declared in SQL only (allowed states, ranges, invariants the database enforces)
  'alter table "health"."facility_hours" drop constraint facility_hours_range',
  'alter table "health"."session_quota" drop constraint session_quota_taken_range',
  // partial and expression indexes in SQL only (the generator cannot describe a WHERE clause); they carry the no-overbooking and lookup guarantees
  'drop index "health"."appointment_citizen_created_idx"',
  'drop index "health"."appointment_citizen_service_day_active"',
  'drop index "health"."appointment_session_number_live"',
  'drop index "health"."appointment_session_status_idx"',
  'drop index "health"."queue_session_facility_date_idx"',
  // unique constraints in SQL only
  'alter table "health"."queue_session" drop constraint "queue_session_service_date_label_unique"',
  'alter table "health"."session_quota" drop constraint "session_quota_session_payer_unique"',
];
