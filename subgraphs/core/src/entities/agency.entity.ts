import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum AgencyKind {
  DINAS = 'DINAS',
  BADAN = 'BADAN',
  INSPEKTORAT = 'INSPEKTORAT',
  KECAMATAN = 'KECAMATAN',
  RUMAH_SAKIT = 'RUMAH_SAKIT',
}
registerEnumType(AgencyKind, { name: 'AgencyKind', description: 'What kind of city body (OPD) an agency is.' });

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A city agency (organisasi perangkat daerah, OPD) or office that serves the public.' })
@Entity({ tableName: 'agency' })
export class Agency {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 60 })
  id!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'The name in English.' })
  @Property({ type: 'string', length: 200 })
  nameEn!: string;

  @Field(() => String, { description: 'Common short name, e.g. Disdukcapil.' })
  @Property({ type: 'string', length: 60 })
  shortName!: string;

  @Field(() => AgencyKind)
  @Property({ type: 'string', length: 20 })
  kind!: AgencyKind;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  address!: string;

  @Field(() => String, { nullable: true, description: 'The address in English where it reads differently (street names stay as they are); null otherwise.' })
  @Property({ type: 'string', length: 300, nullable: true })
  addressEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Public office phone number.' })
  @Property({ type: 'string', length: 30, nullable: true })
  officePhone?: string | null;

  @Property({ type: 'string', length: 20, nullable: true })
  kecamatanId?: string | null;
}
