import { BigIntType, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import type { LevyLine } from '../levy';
import type { LevyRule, PermitDocumentSpec, PermitFieldSpec, StageLimits } from '../permit-types';
import { PermitStatus } from '../workflow';

// ORM entities only; the GraphQL types are in resolvers/types.ts (a column's SQL type and a field's
// GraphQL type are each declared once).

const money = () => new BigIntType('number');

/** A permit type: core's service id, with what DPMPTSP needs to process it (all data, no code per type). */
@Entity({ tableName: 'permit_type' })
export class PermitTypeRow {
  @PrimaryKey({ type: 'string', length: 80 })
  id!: string;

  @Property({ type: 'string', length: 150 })
  name!: string;

  @Property({ type: 'string', length: 40 })
  shortName!: string;

  @Property({ type: 'string', length: 10 })
  numberCode!: string;

  @Property({ type: 'integer' })
  timeLimitDays!: number;

  @Property({ type: 'json' })
  stageLimits!: StageLimits;

  @Property({ type: 'integer', nullable: true })
  validityMonths?: number | null;

  @Property({ type: 'boolean' })
  businessNameRequired!: boolean;

  @Property({ type: 'json' })
  fields!: PermitFieldSpec[];

  @Property({ type: 'json' })
  documents!: PermitDocumentSpec[];

  @Property({ type: 'json' })
  levy!: LevyRule;

  @Property({ type: 'integer' })
  sortOrder!: number;
}

/** One application for one permit, from draft to issued (or rejected/revoked). Private to applicant and DPMPTSP. */
@Entity({ tableName: 'permit_application' })
@Unique({ name: 'permit_application_idempotency_unique', properties: ['citizenId', 'idempotencyKey'] })
@Index({ name: 'permit_application_citizen_idx', properties: ['citizenId', 'createdAt'] })
@Index({ name: 'permit_application_queue_idx', properties: ['status', 'stageDueAt'] })
@Index({ name: 'permit_application_register_idx', properties: ['issuedAt'] })
@Index({ name: 'permit_application_type_submitted_idx', properties: ['permitTypeId', 'firstSubmittedAt'] })
export class PermitApplication {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  citizenId!: string;

  /** The applicant's name when they applied (printed on the permit; never public). */
  @Property({ type: 'string', length: 100 })
  applicantName!: string;

  @Property({ type: 'string', length: 80 })
  permitTypeId!: string;

  /** Empty when the resident applies for themself (e.g. a SIP or a house's PBG). */
  @Property({ type: 'string', length: 150, nullable: true })
  businessName?: string | null;

  @Property({ type: 'string', length: 20 })
  kelurahanId!: string;

  @Property({ type: 'string', length: 20 })
  kecamatanId!: string;

  @Property({ type: 'double', nullable: true })
  latitude?: number | null;

  @Property({ type: 'double', nullable: true })
  longitude?: number | null;

  @Property({ type: 'json' })
  fields!: Record<string, string>;

  @Property({ type: 'string', length: 20 })
  status!: PermitStatus;

  @Property({ type: 'string', length: 100, nullable: true })
  idempotencyKey?: string | null;

  /** The key of the last submission, so a retried submit answers the same instead of CONFLICT. */
  @Property({ type: 'string', length: 100, nullable: true })
  submitKey?: string | null;

  @Property({ type: 'datetime' })
  createdAt!: Date;

  @Property({ type: 'datetime' })
  updatedAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  firstSubmittedAt?: Date | null;

  /** firstSubmittedAt + the type's time limit (working days): the decision should come by then. */
  @Property({ type: 'datetime', nullable: true })
  decisionDueAt?: Date | null;

  /** When approved or rejected (the office's decision; processing time ends here). */
  @Property({ type: 'datetime', nullable: true })
  decidedAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  stageStartedAt?: Date | null;

  /** Due date of the current stage (from the type's stage limits); null in DRAFT and final states. */
  @Property({ type: 'datetime', nullable: true })
  stageDueAt?: Date | null;

  @Property({ type: 'string', length: 1000, nullable: true })
  revisionNote?: string | null;

  @Property({ type: 'string', length: 1000, nullable: true })
  rejectionReason?: string | null;

  @Property({ type: money(), nullable: true })
  levyAmount?: number | null;

  @Property({ type: 'json', nullable: true })
  levyLines?: LevyLine[] | null;

  @Property({ type: 'datetime', nullable: true })
  paidAt?: Date | null;

  @Property({ type: 'datetime', nullable: true })
  issuedAt?: Date | null;

  @Property({ type: 'string', length: 60, nullable: true, unique: 'permit_application_number_unique' })
  permitNumber?: string | null;

  @Property({ type: 'datetime', nullable: true })
  validUntil?: Date | null;

  @Property({ type: 'string', length: 40, nullable: true })
  verificationCode?: string | null;

  @Property({ type: 'string', length: 40, nullable: true, unique: 'permit_application_verification_key_unique' })
  verificationKey?: string | null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'string', length: 1000, nullable: true })
  revocationReason?: string | null;
}

/** A document of the checklist attached to an application: one per requirement, pointing at an upload. */
@Entity({ tableName: 'permit_document' })
@Unique({ name: 'permit_document_requirement_unique', properties: ['applicationId', 'requirementKey'] })
@Index({ name: 'permit_document_upload_idx', properties: ['uploadId'] })
export class PermitDocument {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  applicationId!: string;

  @Property({ type: 'string', length: 40 })
  requirementKey!: string;

  @Property({ type: 'uuid' })
  uploadId!: string;

  @Property({ type: 'datetime' })
  attachedAt!: Date;
}

/** One step of an application's history: who, when, from, to, why. Only appended. */
@Entity({ tableName: 'permit_event' })
@Index({ name: 'permit_event_application_idx', properties: ['applicationId', 'at'] })
export class PermitEvent {
  @PrimaryKey({ type: 'bigint', autoincrement: true })
  id!: string;

  @Property({ type: 'uuid' })
  applicationId!: string;

  @Property({ type: 'datetime' })
  at!: Date;

  /** CITIZEN, or the officer's role. */
  @Property({ type: 'string', length: 30 })
  actorRole!: string;

  @Property({ type: 'string', length: 60 })
  actorId!: string;

  /** The officer's name (officers only; a citizen's own entries carry no name). */
  @Property({ type: 'string', length: 100, nullable: true })
  actorName?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  fromStatus?: PermitStatus | null;

  @Property({ type: 'string', length: 20 })
  toStatus!: PermitStatus;

  @Property({ type: 'string', length: 1000, nullable: true })
  note?: string | null;
}

/** A levy payment; the reference is unique, so the same payment reported twice is one row. */
@Entity({ tableName: 'permit_payment' })
export class PermitPayment {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', unique: 'permit_payment_application_unique' })
  applicationId!: string;

  @Property({ type: money() })
  amount!: number;

  @Property({ type: 'string', length: 30 })
  channel!: string;

  @Property({ type: 'string', length: 80, unique: 'permit_payment_reference_unique' })
  reference!: string;

  @Property({ type: 'string', length: 60 })
  recordedBy!: string;

  @Property({ type: 'datetime' })
  paidAt!: Date;
}

/** Permit numbers run per type per year. */
@Entity({ tableName: 'permit_number_sequence' })
export class PermitNumberSequence {
  @PrimaryKey({ type: 'string', length: 10 })
  code!: string;

  @PrimaryKey({ type: 'integer' })
  year!: number;

  @Property({ type: 'integer' })
  last!: number;
}
