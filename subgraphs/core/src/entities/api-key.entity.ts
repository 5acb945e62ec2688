import { Check, Entity, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Field, ID, Int, ObjectType } from 'type-graphql';

/**
 * A key another government office (or a developer) sends as `x-api-key` to the gateway: it names the
 * caller and its quotas (counted by the gateway), nothing more: a key never unlocks personal data. Only the
 * SHA-256 of the key is stored; the key itself is shown once, by createApiKey.
 */
@ObjectType({ description: 'An API key for the public graph: who holds it, its quotas and its use per day.' })
@Check({ name: 'api_key_quotas_check', expression: 'quota_per_minute > 0 and quota_per_day >= quota_per_minute' })
@Entity({ tableName: 'api_key' })
export class ApiKey {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String, { description: 'The public start of the key (e.g. skd_live_ab12cd34), safe to show: enough to tell keys apart.' })
  @Unique()
  @Property({ type: 'string', length: 40 })
  prefix!: string;

  /** sha256 (hex) of the whole key; the gateway looks keys up by it. */
  @Unique()
  @Property({ type: 'string', length: 64, hidden: true })
  secretHash!: string;

  @Field(() => String, { description: 'The office or organisation holding the key, e.g. "Pemkab Konawe".' })
  @Property({ type: 'string', length: 120 })
  holder!: string;

  /** Email or phone of the holder's office: admin-only (ApiKeyResolver.contact), never logged. */
  @Property({ type: 'string', length: 200 })
  contact!: string;

  /** The account (citizen or officer) that may see this key's use in `myApiKeys`. */
  @Property({ type: 'uuid', nullable: true, index: true })
  ownerAccountId?: string | null;

  @Field(() => Int)
  @Property({ type: 'integer' })
  quotaPerMinute!: number;

  @Field(() => Int)
  @Property({ type: 'integer' })
  quotaPerDay!: number;

  @Field(() => [String], { description: 'Browser origins allowed to use the key; empty: any (a server-side key).' })
  @Property({ type: 'text[]' })
  allowedOrigins: string[] = [];

  @Field(() => Date)
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();

  /** The admin who made the key. */
  @Property({ type: 'uuid' })
  createdBy!: string;

  @Field(() => Date, { nullable: true, description: 'When the key was revoked; the gateway refuses it within its cache time (30 s).' })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;
}

/** Calls of one key on one WITA day, added up by the gateways (POST /internal/api-keys/usage). */
@Check({ name: 'api_key_usage_counts_check', expression: 'calls >= 0 and rejected >= 0' })
@Entity({ tableName: 'api_key_usage' })
export class ApiKeyUsage {
  @PrimaryKey({ type: 'uuid' })
  keyId!: string;

  @PrimaryKey({ type: 'date' })
  day!: string;

  @Property({ type: 'integer' })
  calls: number = 0;

  @Property({ type: 'integer' })
  rejected: number = 0;
}

@ObjectType({ description: 'Use of an API key on one day (WITA).' })
export class ApiKeyUsageDay {
  @Field(() => String, { description: 'The day, YYYY-MM-DD (WITA).' })
  day!: string;

  @Field(() => Int, { description: 'Requests answered.' })
  calls!: number;

  @Field(() => Int, { description: 'Requests refused: over a quota or from an origin the key does not allow.' })
  rejected!: number;
}
