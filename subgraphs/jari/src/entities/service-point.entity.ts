import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum ServiceAvailability {
  AVAILABLE = 'AVAILABLE',
  LIMITED = 'LIMITED',
  UNAVAILABLE = 'UNAVAILABLE',
}
registerEnumType(ServiceAvailability, { name: 'ServiceAvailability', description: 'Whether a service point can serve today.' });

export enum ServiceStatusActorRole {
  AGENCY_OFFICER = 'AGENCY_OFFICER',
  ADMIN = 'ADMIN',
  SYSTEM = 'SYSTEM',
}
registerEnumType(ServiceStatusActorRole, { name: 'ServiceStatusActorRole' });

/**
 * One place where an agency provides one service (e.g. KTP-el at the Disdukcapil main office),
 * with today's status. Also jari's own list of known agency and service ids: reports are checked
 * against it, so jari never reads core's tables.
 */
@ObjectType('ServicePointStatus', { description: 'Whether a service can be had at one place today, so residents know before they travel.' })
@Entity({ tableName: 'service_point' })
@Index({ name: 'service_point_agency_id_index', properties: ['agencyId'] })
@Index({ name: 'service_point_service_id_index', properties: ['serviceId'] })
export class ServicePoint {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 120 })
  id!: string;

  @Property({ type: 'string', length: 60 })
  agencyId!: string;

  @Property({ type: 'string', length: 80 })
  serviceId!: string;

  @Field(() => String, { description: 'The office, e.g. "Kantor Disdukcapil, Jl. Balai Kota" or "Puskesmas Mata".' })
  @Property({ type: 'string', length: 200 })
  place!: string;

  @Field(() => String, { description: 'The office in English, e.g. "Disdukcapil office, Jl. Balai Kota".' })
  @Property({ type: 'string', length: 200 })
  placeEn!: string;

  @Field(() => String, { nullable: true, description: 'Kemendagri code of the kecamatan where the office is.' })
  @Property({ type: 'string', length: 20, nullable: true })
  kecamatanId?: string | null;

  @Field(() => ServiceAvailability)
  @Property({ type: 'string', length: 20 })
  status!: ServiceAvailability;

  @Field(() => String, { nullable: true, description: 'Why it is limited or unavailable, e.g. "Blanko KTP-el habis".' })
  @Property({ type: 'string', length: 300, nullable: true })
  reason?: string | null;

  @Field(() => String, { nullable: true, description: 'What the stock counter counts, e.g. "Blanko KTP-el tersisa"; null where no stock matters.' })
  @Property({ type: 'string', length: 100, nullable: true })
  stockLabel?: string | null;

  @Field(() => String, { nullable: true, description: 'The reason in English, when the officer gave one (otherwise show `reason`).' })
  @Property({ type: 'string', length: 300, nullable: true })
  reasonEn?: string | null;

  @Field(() => String, { nullable: true, description: 'The stock label in English, e.g. "Blank ID cards left".' })
  @Property({ type: 'string', length: 100, nullable: true })
  stockLabelEn?: string | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  stockRemaining?: number | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  lastUpdatedAt!: Date;
}

@ObjectType('ServiceStatusChange', { description: 'One change of a service point: who (by role), when, from, to, why.' })
@Entity({ tableName: 'service_status_change' })
@Index({ name: 'service_status_change_point_at_index', properties: ['servicePointId', 'at'] })
export class ServiceStatusChange {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 120 })
  servicePointId!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => ServiceStatusActorRole)
  @Property({ type: 'string', length: 20 })
  actorRole!: ServiceStatusActorRole;

  @Property({ type: 'uuid', nullable: true })
  actorOfficerId?: string | null;

  @Field(() => ServiceAvailability, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  fromStatus?: ServiceAvailability | null;

  @Field(() => ServiceAvailability)
  @Property({ type: 'string', length: 20 })
  toStatus!: ServiceAvailability;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 300, nullable: true })
  reason?: string | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  stockBefore?: number | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'integer', nullable: true })
  stockAfter?: number | null;
}
