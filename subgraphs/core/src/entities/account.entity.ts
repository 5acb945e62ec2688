import { Entity, PrimaryKey, Property, Unique } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { OfficerRole } from '@kendari/kit';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A resident with a Satu Kendari account. Personal fields are readable only by the resident and by officers whose role needs them.' })
@Entity({ tableName: 'citizen' })
export class Citizen {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Unique()
  @Property({ type: 'string', length: 16 })
  nik!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 20 })
  phone!: string;

  @Property({ type: 'string', length: 20, index: true })
  kelurahanId!: string;

  @Property({ type: 'date' })
  birthDate!: string;

  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash!: string;

  // exposed through CitizenResolver.createdAt, guarded like the other personal fields
  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}

@ObjectType({ description: 'A city officer account; its role is scoped to a kelurahan, a kecamatan, an agency or the whole city.' })
@Entity({ tableName: 'officer' })
export class Officer {
  @Field(() => ID)
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Field(() => String)
  @Unique()
  @Property({ type: 'string', length: 60 })
  username!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 30 })
  role!: OfficerRole;

  @Property({ type: 'string', length: 20, nullable: true })
  kelurahanId?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  kecamatanId?: string | null;

  @Property({ type: 'string', length: 60, nullable: true })
  agencyId?: string | null;

  /** FACILITY_STAFF only: the health facility (health subgraph's id) they work at. */
  @Property({ type: 'string', length: 60, nullable: true })
  facilityId?: string | null;

  @Property({ type: 'string', length: 200, hidden: true })
  passwordHash!: string;
}

/** A renewable session: only the hash of the refresh token is stored; each use rotates it. */
@Entity({ tableName: 'session' })
export class Session {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  /** The login this session continues: a rotation keeps it; access tokens carry it as `sid`. */
  @Property({ type: 'uuid', index: true })
  familyId!: string;

  @Unique()
  @Property({ type: 'string', length: 64 })
  refreshTokenHash!: string;

  @Property({ type: 'string', length: 10 })
  accountKind!: 'citizen' | 'officer';

  @Property({ type: 'uuid', index: true })
  accountId!: string;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @Property({ type: 'datetime' })
  createdAt: Date = new Date();
}
