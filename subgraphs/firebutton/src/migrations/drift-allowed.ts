/**
 * What the entity/migration diff of `firebutton` may show (test/migrations.test.ts): objects that live only
 * in the SQL of the migrations. Anything else in the diff is drift: write a migration (scripts/migration-sql.cjs
 * prints the SQL) or describe it on the entity. Remove an entry once the diff no longer shows it.
 */
export const driftAllowed: readonly string[] = [
  // foreign keys declared in SQL only: the entities keep plain id columns (no ORM relations), so the generator does not know them
  'alter table "firebutton"."emergency_event" drop constraint "emergency_event_report_fk"',
  'alter table "firebutton"."emergency_event" drop constraint "emergency_event_station_fk"',
  'alter table "firebutton"."emergency_event" drop constraint "emergency_event_unit_fk"',
  'alter table "firebutton"."emergency_report" drop constraint "emergency_report_kelurahan_fk"',
  'alter table "firebutton"."emergency_report" drop constraint "emergency_report_station_fk"',
  'alter table "firebutton"."emergency_report" drop constraint "emergency_report_unit_fk"',
  'alter table "firebutton"."fire_station" drop constraint "fire_station_kelurahan_fk"',
  'alter table "firebutton"."fire_unit" drop constraint "fire_unit_report_fk"',
  'alter table "firebutton"."fire_unit" drop constraint "fire_unit_station_fk"',
];
