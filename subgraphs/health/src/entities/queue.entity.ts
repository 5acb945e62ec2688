import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum SessionLabel {
  PAGI = 'PAGI',
  SIANG = 'SIANG',
}
registerEnumType(SessionLabel, { name: 'QueueSessionLabel', description: 'Morning (PAGI) or afternoon (SIANG) session of a service.' });

export enum SessionStatus {
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(SessionStatus, { name: 'QueueSessionStatus' });

export enum Payer {
  JKN = 'JKN',
  UMUM = 'UMUM',
}
registerEnumType(Payer, {
  name: 'QueuePayer',
  description: 'JKN (BPJS Kesehatan) or UMUM (paying patients): each has its own quota, as in the national online queue.',
});

export enum AppointmentStatus {
  BOOKED = 'BOOKED',
  CALLED = 'CALLED',
  SERVED = 'SERVED',
  NO_SHOW = 'NO_SHOW',
  CANCELLED = 'CANCELLED',
}
registerEnumType(AppointmentStatus, {
  name: 'AppointmentStatus',
  description: 'BOOKED -> CALLED -> SERVED or NO_SHOW; BOOKED -> CANCELLED (by the resident, or when the facility closes the session).',
});

@ObjectType({ description: 'One session (morning or afternoon) of a service on one day, with its quotas.' })
@Entity({ tableName: 'queue_session' })
export class QueueSession {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 60 })
  facilityId!: string;

  @Property({ type: 'string', length: 80 })
  serviceId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD (WITA).' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => SessionLabel)
  @Property({ type: 'string', length: 8 })
  label!: SessionLabel;

  @Property({ type: 'smallint' })
  startsMin!: number;

  @Property({ type: 'smallint' })
  endsMin!: number;

  @Field(() => SessionStatus)
  @Property({ type: 'string', length: 8 })
  status!: SessionStatus;

  @Field(() => String, { nullable: true, description: 'Why the facility closed the session.' })
  @Property({ type: 'string', length: 300, nullable: true })
  closedReason?: string | null;

  @Field(() => Int, { description: 'The number called last (0 before the first call).' })
  @Property({ type: 'integer' })
  nowServing!: number;
}

@ObjectType({ description: 'Places of one payer group in a session.' })
@Entity({ tableName: 'session_quota' })
export class SessionQuota {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', index: true })
  sessionId!: string;

  @Field(() => Payer)
  @Property({ type: 'string', length: 8 })
  payer!: Payer;

  @Field(() => Int)
  @Property({ type: 'integer' })
  capacity!: number;

  /** Numbers held (every status but CANCELLED); never above capacity (check constraint). */
  @Field(() => Int, { description: 'Places taken (every number not cancelled).' })
  @Property({ type: 'integer' })
  taken!: number;
}

@ObjectType({ description: 'A queue number taken by a resident.' })
@Entity({ tableName: 'appointment' })
export class Appointment {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: 'Show it at the counter, e.g. AN-7KQ9-MX4T.' })
  @Property({ type: 'string', length: 20, unique: true })
  bookingCode!: string;

  @Property({ type: 'string', length: 100, nullable: true, unique: true })
  idempotencyKey?: string | null;

  @Property({ type: 'uuid' })
  citizenId!: string;

  @Property({ type: 'string', length: 60 })
  facilityId!: string;

  @Property({ type: 'string', length: 80 })
  serviceId!: string;

  @Property({ type: 'uuid' })
  sessionId!: string;

  @Field(() => String, { description: 'YYYY-MM-DD (WITA).' })
  @Property({ type: 'date' })
  date!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  number!: number;

  @Field(() => Payer)
  @Property({ type: 'string', length: 8 })
  payer!: Payer;

  @Field(() => AppointmentStatus)
  @Property({ type: 'string', length: 10 })
  status!: AppointmentStatus;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  calledAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;
}

export enum ActorKind {
  CITIZEN = 'CITIZEN',
  STAFF = 'STAFF',
  SYSTEM = 'SYSTEM',
}
registerEnumType(ActorKind, { name: 'AppointmentActorKind' });

@ObjectType({ description: 'One step of a queue number: who, when, from, to, why.' })
@Entity({ tableName: 'appointment_event' })
export class AppointmentEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid', index: true })
  appointmentId!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => AppointmentStatus, { nullable: true })
  @Property({ type: 'string', length: 10, nullable: true })
  fromStatus?: AppointmentStatus | null;

  @Field(() => AppointmentStatus)
  @Property({ type: 'string', length: 10 })
  toStatus!: AppointmentStatus;

  @Field(() => ActorKind)
  @Property({ type: 'string', length: 10 })
  actorKind!: ActorKind;

  @Property({ type: 'string', length: 60, nullable: true })
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'Why (e.g. the reason a session was closed).' })
  @Property({ type: 'string', length: 300, nullable: true })
  note?: string | null;
}
