import { Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType } from 'type-graphql';
import { LetterLevel } from '../letter-types';
import { LetterStatus } from '../workflow';

/**
 * One citizen's request for one letter. Readable only by the applicant and by officers whose area
 * covers it (resolvers check; nothing here is public).
 */
@ObjectType('LetterRequest', { description: 'A request for an administrative letter, readable by the applicant and officers of its area only.' })
@Entity({ tableName: 'letter_request' })
@Index({ name: 'letter_request_kelurahan_queue_index', properties: ['kelurahanId', 'status', 'dueAt'] })
@Index({ name: 'letter_request_kecamatan_queue_index', properties: ['kecamatanId', 'level', 'status', 'dueAt'] })
@Index({ name: 'letter_request_citizen_index', properties: ['citizenId', 'createdAt'] })
@Unique({ name: 'letter_request_idempotency_unique', properties: ['citizenId', 'idempotencyKey'] })
export class LetterRequest {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  citizenId!: string;

  @Field(() => String, { description: "The applicant's name as it was when they applied (printed on the letter)." })
  @Property({ type: 'string', length: 100 })
  holderName!: string;

  @Property({ type: 'string', length: 80 })
  letterTypeId!: string;

  @Field(() => LetterLevel)
  @Property({ type: 'string', length: 20 })
  level!: LetterLevel;

  @Property({ type: 'string', length: 20 })
  kelurahanId!: string;

  @Property({ type: 'string', length: 20 })
  kecamatanId!: string;

  @Field(() => String, { description: 'What the letter is for (keperluan).' })
  @Property({ type: 'string', length: 500 })
  purpose!: string;

  @Property({ type: 'json' })
  details!: Record<string, string>;

  @Field(() => LetterStatus)
  @Property({ type: 'string', length: 20 })
  status!: LetterStatus;

  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Field(() => Date, { description: 'Due by the time limit: end of the last working day (WITA), fixed at submission.' })
  @Property({ type: 'datetime' })
  dueAt!: Date;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  issuedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: 'When it was rejected or cancelled.' })
  @Property({ type: 'datetime', nullable: true })
  closedAt?: Date | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  rejectionReason?: string | null;

  @Field(() => String, { nullable: true, description: 'e.g. 470/0123/KDI-KANDAI/XI/2026, once issued.' })
  @Property({ type: 'string', length: 80, nullable: true, unique: 'letter_request_letter_number_unique' })
  letterNumber?: string | null;

  @Field(() => String, { nullable: true, description: 'Printed on the letter; anyone can check it with verifyLetter.' })
  @Property({ type: 'string', length: 40, nullable: true })
  verificationCode?: string | null;

  /** normaliseCode(verificationCode): what lookups compare. */
  @Property({ type: 'string', length: 40, nullable: true, unique: 'letter_request_verification_key_unique' })
  verificationKey?: string | null;

  @Field(() => String, { nullable: true, description: 'The office that issued (or will issue) the letter.' })
  @Property({ type: 'string', length: 150 })
  officeName!: string;

  @Field(() => Date, { nullable: true, description: 'Until when the issued letter is valid; null = no expiry.' })
  @Property({ type: 'datetime', nullable: true })
  validUntil?: Date | null;
}

/** One status change of a request: who (id + role), when, from, to, why. */
@ObjectType('LetterTimelineEntry', { description: 'One status change: the role that made it, when, from, to and why.' })
@Entity({ tableName: 'letter_timeline_entry' })
@Index({ name: 'letter_timeline_entry_request_index', properties: ['requestId', 'at'] })
export class LetterTimelineEntry {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  requestId!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at!: Date;

  /** the citizen's or officer's account id */
  @Property({ type: 'uuid' })
  actorId!: string;

  @Field(() => String, { description: 'CITIZEN, or the officer role (KELURAHAN_OFFICER, LURAH, CAMAT).' })
  @Property({ type: 'string', length: 30 })
  actorRole!: string;

  @Field(() => LetterStatus, { nullable: true, description: 'null for the submission itself.' })
  @Property({ type: 'string', length: 20, nullable: true })
  fromStatus?: LetterStatus | null;

  @Field(() => LetterStatus)
  @Property({ type: 'string', length: 20 })
  toStatus!: LetterStatus;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 500, nullable: true })
  reason?: string | null;
}

/** Letter numbers run per office (kelurahan or kecamatan) per year. */
@Entity({ tableName: 'letter_number_sequence' })
export class LetterNumberSequence {
  @PrimaryKey({ type: 'string', length: 20 })
  officeId!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
