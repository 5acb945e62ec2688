import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';

export enum FireUnitKind {
  ENGINE = 'ENGINE',
  RESCUE = 'RESCUE',
}
registerEnumType(FireUnitKind, { name: 'FireUnitKind', description: 'A fire engine or a rescue (evacuation) unit.' });

export enum FireUnitState {
  AVAILABLE = 'AVAILABLE',
  DISPATCHED = 'DISPATCHED',
  OUT_OF_SERVICE = 'OUT_OF_SERVICE',
}
registerEnumType(FireUnitState, { name: 'FireUnitState', description: 'Whether a unit can take the next emergency.' });

@Directive('@key(fields: "id")')
@ObjectType({ description: 'A Damkar (fire service) post. Positions are approximate: the city does not publish them.' })
@Entity({ tableName: 'fire_station' })
export class FireStation {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 40 })
  id!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 300 })
  address!: string;

  @Property({ type: 'string', length: 20 })
  kelurahanId!: string;

  @Field(() => Float)
  @Property({ type: 'double' })
  latitude!: number;

  @Field(() => Float)
  @Property({ type: 'double' })
  longitude!: number;
}

@ObjectType({ description: 'A fire engine or rescue unit of a post.' })
@Entity({ tableName: 'fire_unit' })
export class FireUnit {
  @Field(() => ID)
  @PrimaryKey({ type: 'string', length: 40 })
  id!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 60 })
  callSign!: string;

  @Field(() => FireUnitKind)
  @Property({ type: 'string', length: 10 })
  kind!: FireUnitKind;

  @Field(() => FireUnitState)
  @Property({ type: 'string', length: 16 })
  state!: FireUnitState;

  @Property({ type: 'string', length: 40, index: true })
  stationId!: string;

  /** The emergency the unit is out on (null when available). */
  @Property({ type: 'uuid', nullable: true })
  reportId?: string | null;
}

/** Approximate centre of a kelurahan (see geo.ts): for the GPS-less fallback, station ordering and statistics. */
@Entity({ tableName: 'kelurahan_centroid' })
export class KelurahanCentroid {
  @PrimaryKey({ type: 'string', length: 20 })
  id!: string;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 20 })
  kecamatanId!: string;

  @Property({ type: 'double' })
  latitude!: number;

  @Property({ type: 'double' })
  longitude!: number;
}
