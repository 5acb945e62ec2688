import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum EmergencyKind {
  FIRE = 'FIRE',
  RESCUE = 'RESCUE',
  OTHER = 'OTHER',
}
registerEnumType(EmergencyKind, {
  name: 'EmergencyKind',
  description: 'Fire, rescue (people or animals trapped, evacuation) or another emergency for Damkar.',
});

export enum EmergencyStatus {
  RECEIVED = 'RECEIVED',
  DISPATCHED = 'DISPATCHED',
  ON_SCENE = 'ON_SCENE',
  RESOLVED = 'RESOLVED',
  FALSE_ALARM = 'FALSE_ALARM',
}
registerEnumType(EmergencyStatus, { name: 'EmergencyStatus', description: 'RECEIVED -> DISPATCHED -> ON_SCENE -> RESOLVED; FALSE_ALARM from any open state.' });

export const OPEN_STATUSES = [EmergencyStatus.RECEIVED, EmergencyStatus.DISPATCHED, EmergencyStatus.ON_SCENE];

export enum EmergencyPositionSource {
  GPS = 'GPS',
  KELURAHAN = 'KELURAHAN',
}
registerEnumType(EmergencyPositionSource, {
  name: 'EmergencyPositionSource',
  description: 'GPS from the phone, or the approximate centre of a kelurahan the reporter picked.',
});

export enum EmergencyActorKind {
  REPORTER = 'REPORTER',
  SYSTEM = 'SYSTEM',
  DISPATCHER = 'DISPATCHER',
}
registerEnumType(EmergencyActorKind, { name: 'EmergencyActorKind', description: 'Who made a timeline entry.' });

export enum EmergencyAction {
  REPORTED = 'REPORTED',
  ASSIGNED = 'ASSIGNED',
  WAITING_FOR_UNIT = 'WAITING_FOR_UNIT',
  REASSIGNED = 'REASSIGNED',
  STATUS_CHANGED = 'STATUS_CHANGED',
}
registerEnumType(EmergencyAction, { name: 'EmergencyAction', description: 'What happened in a timeline entry.' });

/**
 * One emergency report. Personal fields (callback phone, exact position, address, description,
 * reporter) are guarded in the resolver: only the reporter's own account and dispatchers see them.
 */
@ObjectType({
  description:
    "An emergency reported with the Fire Button. Followed publicly by its tracking code; personal fields only for the reporter's account and dispatchers.",
})
@Entity({ tableName: 'emergency_report' })
@Index({
  name: 'emergency_report_open_idx',
  properties: ['status', 'createdAt'],
  expression: `create index "emergency_report_open_idx" on "firebutton"."emergency_report" ("status", "created_at") where status in ('RECEIVED', 'DISPATCHED', 'ON_SCENE')`,
})
@Index({ name: 'emergency_report_phone_created_idx', properties: ['callbackPhone', 'createdAt'] })
@Index({ name: 'emergency_report_citizen_created_idx', properties: ['citizenId', 'createdAt'] })
@Index({ name: 'emergency_report_kecamatan_created_idx', properties: ['kecamatanId', 'createdAt'] })
export class EmergencyReport {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: 'Give this code to follow the report, e.g. FB-7KQ9-MX4T.' })
  @Unique({ name: 'emergency_report_tracking_code_unique' })
  @Property({ type: 'string', length: 20 })
  trackingCode!: string;

  @Unique({ name: 'emergency_report_idempotency_key_unique' })
  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey?: string | null;

  @Field(() => EmergencyKind)
  @Property({ type: 'string', length: 10 })
  kind!: EmergencyKind;

  @Field(() => EmergencyStatus)
  @Property({ type: 'string', length: 12 })
  status!: EmergencyStatus;

  @Property({ type: 'double' })
  latitude!: number;

  @Property({ type: 'double' })
  longitude!: number;

  @Field(() => EmergencyPositionSource)
  @Property({ type: 'string', length: 10 })
  positionSource!: EmergencyPositionSource;

  /** Kelurahan whose approximate centre is nearest (or the one picked): the public level of detail. */
  @Property({ type: 'string', length: 20 })
  kelurahanId!: string;

  @Property({ type: 'string', length: 20 })
  kecamatanId!: string;

  @Property({ type: 'string', length: 300, nullable: true })
  addressText?: string | null;

  @Property({ type: 'string', length: 1000, nullable: true })
  description?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  callbackPhone?: string | null;

  @Property({ type: 'uuid', nullable: true })
  citizenId?: string | null;

  @Property({ type: 'string', length: 40 })
  stationId!: string;

  @Property({ type: 'string', length: 40, nullable: true })
  unitId?: string | null;

  @Field(() => Int, { description: 'Great-circle distance (metres) from the report to the assigned station.' })
  @Property({ type: 'integer' })
  stationDistanceMetres!: number;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  dispatchedAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  onSceneAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was resolved or marked a false alarm.' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;
}

/** One step of a report's history: who, when, from, to, why. Never updated, only appended. */
@ObjectType('EmergencyTimelineEntry', { description: "One step in an emergency's history." })
@Entity({ tableName: 'emergency_event' })
export class EmergencyEvent {
  /** An identity: entries written in one statement keep their order. */
  @Field(() => ID)
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid', index: true })
  reportId!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => EmergencyAction)
  @Property({ type: 'string', length: 20 })
  action!: EmergencyAction;

  @Field(() => EmergencyStatus, { nullable: true })
  @Property({ type: 'string', length: 12, nullable: true })
  fromStatus?: EmergencyStatus | null;

  @Field(() => EmergencyStatus)
  @Property({ type: 'string', length: 12 })
  toStatus!: EmergencyStatus;

  @Field(() => EmergencyActorKind)
  @Property({ type: 'string', length: 12 })
  actorKind!: EmergencyActorKind;

  @Property({ type: 'string', length: 60, nullable: true })
  actorId?: string | null;

  @Property({ type: 'string', length: 100, nullable: true })
  actorName?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  stationId?: string | null;

  @Property({ type: 'string', length: 40, nullable: true })
  unitId?: string | null;

  @Property({ type: 'string', length: 500, nullable: true })
  note?: string | null;
}
