import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum FacilityType {
  PUSKESMAS = 'PUSKESMAS',
  HOSPITAL = 'HOSPITAL',
  CLINIC = 'CLINIC',
  PHARMACY = 'PHARMACY',
}
registerEnumType(FacilityType, { name: 'HealthFacilityType', description: 'Puskesmas (community health centre), hospital, clinic or pharmacy.' });

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A health facility of Kota Kendari. Puskesmas positions are approximate; clinics and pharmacies are demo data.' })
@Entity({ tableName: 'facility' })
export class HealthFacility {
  @Field(() => ID, { description: 'Stable slug, e.g. puskesmas-kandai.' })
  @PrimaryKey({ type: 'string', length: 60 })
  id!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 120 })
  name!: string;

  @Field(() => FacilityType)
  @Property({ type: 'string', length: 12 })
  type!: FacilityType;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  address!: string;

  @Property({ type: 'string', length: 20, index: true })
  kelurahanId!: string;

  @Property({ type: 'string', length: 20 })
  kecamatanId!: string;

  @Field(() => Float)
  @Property({ type: 'double' })
  latitude!: number;

  @Field(() => Float)
  @Property({ type: 'double' })
  longitude!: number;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 30, nullable: true })
  phone?: string | null;

  /** Set by the nearest-first search only (not a column). */
  @Field(() => Int, { nullable: true, description: 'Great-circle metres from the point given to `healthFacilities(near: ...)`; null otherwise.' })
  distanceMetres?: number | null;
}

@ObjectType({ description: 'A service of a facility (poli umum, gigi, KIA, ...), with its queue settings.' })
@Entity({ tableName: 'facility_service' })
export class FacilityService {
  @Field(() => ID, { description: 'Facility id and service code, e.g. puskesmas-kandai.POLI_UMUM.' })
  @PrimaryKey({ type: 'string', length: 80 })
  id!: string;

  @Property({ type: 'string', length: 60, index: true })
  facilityId!: string;

  @Field(() => String, { description: 'POLI_UMUM, POLI_GIGI, KIA, IMUNISASI, LANSIA, LABORATORIUM, FARMASI, IGD, POLI_ANAK, POLI_DALAM, ...' })
  @Property({ type: 'string', length: 30 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => Boolean, { description: 'Whether residents can take a queue number online for it.' })
  @Property({ type: 'boolean' })
  bookable!: boolean;

  @Field(() => Int, { description: 'Average minutes per patient (for the estimated wait).' })
  @Property({ type: 'integer' })
  minutesPerPatient!: number;

  /** Default places per morning session (JKN, non-JKN); the afternoon gets half. */
  @Property({ type: 'integer' })
  defaultCapacityJkn!: number;

  @Property({ type: 'integer' })
  defaultCapacityUmum!: number;
}

/** Opening hours: one row per weekday interval (ISO weekday 1 = Monday ... 7 = Sunday), minutes since midnight WITA. */
@Entity({ tableName: 'facility_hours' })
export class FacilityHours {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 60, index: true })
  facilityId!: string;

  @Property({ type: 'smallint' })
  weekday!: number;

  @Property({ type: 'smallint' })
  opensMin!: number;

  /** 1440 = midnight at the end of the day. */
  @Property({ type: 'smallint' })
  closesMin!: number;
}

/** A day that differs from the weekly hours: a holiday (closed) or shorter hours. */
@Entity({ tableName: 'facility_exception' })
export class FacilityException {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'string', length: 60, index: true })
  facilityId!: string;

  /** YYYY-MM-DD (WITA). */
  @Property({ type: 'date' })
  date!: string;

  @Property({ type: 'boolean' })
  closed!: boolean;

  @Property({ type: 'smallint', nullable: true })
  opensMin?: number | null;

  @Property({ type: 'smallint', nullable: true })
  closesMin?: number | null;

  @Property({ type: 'string', length: 200 })
  reason!: string;
}
