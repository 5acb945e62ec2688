import { BigIntType, Check, Entity, Index, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Field, Float, ID, Int, ObjectType, registerEnumType } from 'type-graphql';

export enum JariCategory {
  PUNGLI = 'PUNGLI',
  SUAP = 'SUAP',
  GRATIFIKASI = 'GRATIFIKASI',
  SLOW_OR_REFUSED_SERVICE = 'SLOW_OR_REFUSED_SERVICE',
  OTHER = 'OTHER',
}
registerEnumType(JariCategory, {
  name: 'JariCategory',
  description:
    'What the report is about: pungli (illegal levies), suap (bribery), gratifikasi (gifts to officials), a slow or refused service, or something else.',
});

export enum JariStatus {
  RECEIVED = 'RECEIVED',
  VERIFIED = 'VERIFIED',
  INVESTIGATING = 'INVESTIGATING',
  CONCLUDED = 'CONCLUDED',
  REJECTED = 'REJECTED',
}
registerEnumType(JariStatus, {
  name: 'JariStatus',
  description: 'RECEIVED -> VERIFIED -> INVESTIGATING -> CONCLUDED; RECEIVED or VERIFIED -> REJECTED (out of scope).',
});

export enum JariOutcome {
  SUBSTANTIATED = 'SUBSTANTIATED',
  NOT_SUBSTANTIATED = 'NOT_SUBSTANTIATED',
}
registerEnumType(JariOutcome, { name: 'JariOutcome', description: 'The conclusion of an investigation.' });

export enum JariActorRole {
  REPORTER = 'REPORTER',
  INSPECTOR = 'INSPECTOR',
  ADMIN = 'ADMIN',
  AGENCY_OFFICER = 'AGENCY_OFFICER',
  SYSTEM = 'SYSTEM',
}
registerEnumType(JariActorRole, { name: 'JariActorRole', description: 'Who made a change, by role (a reporter is never named).' });

export enum JariTimelineKind {
  SUBMITTED = 'SUBMITTED',
  STATUS_CHANGED = 'STATUS_CHANGED',
  SHARED_WITH_AGENCY = 'SHARED_WITH_AGENCY',
}
registerEnumType(JariTimelineKind, { name: 'JariTimelineKind' });

export enum JariMessageAuthor {
  REPORTER = 'REPORTER',
  INSPECTOR = 'INSPECTOR',
}
registerEnumType(JariMessageAuthor, { name: 'JariMessageAuthor' });

/**
 * A report to the Inspectorate. Anonymity is the structure: the table has no column for a phone
 * number or an IP address at all, and the database refuses an anonymous row with a citizen id.
 * Fields that could identify a reporter are resolved behind role checks (see access.ts).
 */
@ObjectType('JariReport', { description: 'A report of pungli, bribery, gratification or a refused service, followed by the Inspectorate.' })
@Entity({ tableName: 'jari_report' })
@Check({ name: 'jari_report_anonymous_has_no_identity', expression: 'not anonymous or reporter_citizen_id is null' })
@Check({ name: 'jari_report_named_has_identity', expression: 'anonymous or reporter_citizen_id is not null' })
@Check({
  name: 'jari_report_concluded_has_outcome',
  expression: "(status = 'CONCLUDED') = (outcome is not null and public_summary is not null and concluded_at is not null)",
})
@Check({ name: 'jari_report_amounts_check', expression: 'coalesce(amount_asked_rupiah, 0) >= 0 and coalesce(amount_paid_rupiah, 0) >= 0' })
@Index({ name: 'jari_report_status_received_at_index', properties: ['status', 'receivedAt'] })
@Index({ name: 'jari_report_agency_status_index', properties: ['agencyId', 'status'] })
@Index({ name: 'jari_report_category_received_at_index', properties: ['category', 'receivedAt'] })
@Index({ name: 'jari_report_received_at_index', properties: ['receivedAt'] })
export class JariReport {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Unique({ name: 'jari_report_tracking_code_unique' })
  @Property({ type: 'string', length: 20 })
  trackingCode!: string;

  /** sha256 of the normalised secret; the secret itself is shown once and never stored. */
  @Property({ type: 'string', length: 64, hidden: true })
  secretHash!: string;

  /** sha256 of (scope, idempotency key): the key itself is never stored, so it cannot link a report to a device. */
  @Unique({ name: 'jari_report_idempotency_key_hash_unique' })
  @Property({ type: 'string', length: 64, nullable: true, hidden: true })
  idempotencyKeyHash?: string | null;

  /** sha256 of the submitted input: a reused idempotency key with a different report is CONFLICT. */
  @Property({ type: 'string', length: 64, hidden: true })
  requestHash!: string;

  @Field(() => JariCategory)
  @Property({ type: 'string', length: 30 })
  category!: JariCategory;

  @Property({ type: 'string', length: 60 })
  agencyId!: string;

  @Property({ type: 'string', length: 80, nullable: true })
  serviceId?: string | null;

  @Field(() => Date, { description: 'When it happened (as the reporter remembers it).' })
  @Property({ type: 'datetime' })
  occurredAt!: Date;

  @Field(() => String, { description: 'Where it happened, e.g. "loket 3, kantor Disdukcapil".' })
  @Property({ type: 'string', length: 200 })
  place!: string;

  @Field(() => String, { description: "What happened, in the reporter's words." })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => Float, { nullable: true, description: 'Amount asked for, in rupiah.' })
  @Property({ type: new BigIntType('number'), nullable: true })
  amountAskedRupiah?: number | null;

  @Field(() => Float, { nullable: true, description: 'Amount actually paid, in rupiah.' })
  @Property({ type: new BigIntType('number'), nullable: true })
  amountPaidRupiah?: number | null;

  @Property({ type: 'boolean' })
  anonymous!: boolean;

  /** Only for a logged-in reporter who chose not to be anonymous; readable by inspectors and the reporter. */
  @Property({ type: 'uuid', nullable: true, index: 'jari_report_reporter_citizen_id_index' })
  reporterCitizenId?: string | null;

  @Property({ type: 'boolean' })
  contactAllowed!: boolean;

  @Field(() => JariStatus)
  @Property({ type: 'string', length: 20 })
  status!: JariStatus;

  @Field(() => JariOutcome, { nullable: true, description: 'Set when CONCLUDED.' })
  @Property({ type: 'string', length: 20, nullable: true })
  outcome?: JariOutcome | null;

  @Field(() => String, { nullable: true, description: 'What the Inspectorate publishes about the conclusion (no names).' })
  @Property({ type: 'text', nullable: true })
  publicSummary?: string | null;

  @Field(() => String, { nullable: true, description: 'Why the report was rejected (REJECTED only).' })
  @Property({ type: 'text', nullable: true })
  rejectionReason?: string | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  receivedAt!: Date;

  @Field(() => Date, { description: 'Follow-up (verify or reject) is due within 5 working days of receipt (SP4N-LAPOR! standard).' })
  @Property({ type: 'datetime' })
  followUpDueAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the Inspectorate first acted (verified or rejected).' })
  @Property({ type: 'datetime', nullable: true })
  followedUpAt?: Date | null;

  @Field(() => Date, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  concludedAt?: Date | null;

  @Field(() => Date, { nullable: true, description: "When the Inspectorate shared the report (without the reporter's identity) with the agency concerned." })
  @Property({ type: 'datetime', nullable: true })
  sharedWithAgencyAt?: Date | null;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  updatedAt!: Date;
}

/**
 * One evidence file of a report. The bytes went through the upload route (`POST /api/jari/uploads`,
 * see uploads.ts): the type decided from the bytes, images re-encoded server-side without EXIF/GPS,
 * stored content-addressed. The original file name is never stored (names like "Foto_<name>_<phone>"
 * identify reporters). Rows from before uploads existed have no upload (metadata only).
 */
@ObjectType('JariEvidenceFile')
@Entity({ tableName: 'jari_evidence_file' })
export class JariEvidenceFile {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', index: 'jari_evidence_file_report_id_index' })
  reportId!: string;

  @Property({ type: 'integer' })
  position!: number;

  /** The kit's upload row holding the bytes; one upload belongs to one report only. */
  @Property({ type: 'uuid', nullable: true, unique: 'jari_evidence_file_upload_id_unique' })
  uploadId?: string | null;

  @Field(() => String, { description: 'Decided by the server from the bytes (image/jpeg, image/png or application/pdf).' })
  @Property({ type: 'string', length: 100 })
  mimeType!: string;

  @Field(() => Int)
  @Property({ type: 'integer' })
  sizeBytes!: number;

  @Field(() => String, { nullable: true, description: 'sha256 of the stored file (hex); null for the agency concerned (a hash confirms a guessed file).' })
  @Property({ type: 'string', length: 64 })
  sha256!: string | null;

  @Field(() => Boolean, { description: 'True when the server re-encoded the file without metadata (images); PDFs are stored as sent.' })
  @Property({ type: 'boolean' })
  metadataStripped!: boolean;

  // not a column: filled by the evidence resolver for inspectors
  @Field(() => String, {
    nullable: true,
    description: 'Where inspectors download the file, through the gateway (`/api/jari/uploads/<id>`); null for everyone else.',
  })
  downloadPath?: string | null;
}

@ObjectType('JariTimelineEntry', { description: 'One change of a report: who (by role), when, from, to, why.' })
@Entity({ tableName: 'jari_timeline_entry' })
@Index({ name: 'jari_timeline_entry_report_id_at_index', properties: ['reportId', 'at'] })
export class JariTimelineEntry {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  reportId!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => JariTimelineKind)
  @Property({ type: 'string', length: 30 })
  kind!: JariTimelineKind;

  @Field(() => JariActorRole)
  @Property({ type: 'string', length: 20 })
  actorRole!: JariActorRole;

  @Field(() => ID, { nullable: true, description: 'The officer who acted: inspectors only (null for everyone else, and for reporter entries).' })
  @Property({ type: 'uuid', nullable: true })
  actorOfficerId?: string | null;

  @Field(() => JariStatus, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  fromStatus?: JariStatus | null;

  @Field(() => JariStatus, { nullable: true })
  @Property({ type: 'string', length: 20, nullable: true })
  toStatus?: JariStatus | null;

  @Field(() => String, { nullable: true, description: 'Why.' })
  @Property({ type: 'text', nullable: true })
  note?: string | null;
}

@ObjectType('JariMessage', { description: 'A message between the Inspectorate and the reporter.' })
@Entity({ tableName: 'jari_message' })
@Index({ name: 'jari_message_report_id_at_index', properties: ['reportId', 'at'] })
export class JariMessage {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid' })
  reportId!: string;

  @Field(() => Date)
  @Property({ type: 'datetime' })
  at!: Date;

  @Field(() => JariMessageAuthor)
  @Property({ type: 'string', length: 20 })
  author!: JariMessageAuthor;

  /** The inspector who wrote it; null for the reporter. */
  @Property({ type: 'uuid', nullable: true })
  officerId?: string | null;

  @Field(() => String)
  @Property({ type: 'text' })
  body!: string;
}
