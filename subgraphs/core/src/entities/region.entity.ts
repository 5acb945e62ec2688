import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A kecamatan (district) of Kota Kendari. `id` is its Kemendagri code, e.g. 74.71.02.' })
@Entity({ tableName: 'kecamatan' })
export class Kecamatan {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 20 })
  id!: string;

  // shareable: the names are the city's fixed reference data (kit/reference), so a subgraph that
  // returns a region can also answer its name and spare the gateway a hop to core
  @Directive('@shareable')
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;
}

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A kelurahan (urban village). `id` is its Kemendagri code, e.g. 74.71.02.1009.' })
@Entity({ tableName: 'kelurahan' })
export class Kelurahan {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 20 })
  id!: string;

  // shareable: the names are the city's fixed reference data (kit/reference), so a subgraph that
  // returns a region can also answer its name and spare the gateway a hop to core
  @Directive('@shareable')
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 20, index: true })
  kecamatanId!: string;
}
