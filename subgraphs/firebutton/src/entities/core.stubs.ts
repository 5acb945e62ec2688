import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Stubs of the entities `core` owns: firebutton knows their key (and region names) and adds fields to them
// (KelurahanFireStationsResolver, KecamatanEmergencyStatsResolver, CitizenFireReportsResolver).

@Directive('@key(fields: "id")')
@ObjectType()
export class Kelurahan {
  @Field(() => ID)
  id!: string;

  /** Shareable with core: answered from the reference data (KelurahanNameResolver). */
  @Directive('@shareable')
  @Field(() => String)
  name?: string;
}

@Directive('@key(fields: "id")')
@ObjectType()
export class Kecamatan {
  @Field(() => ID)
  id!: string;

  /** Shareable with core: answered from the reference data (KecamatanNameResolver). */
  @Directive('@shareable')
  @Field(() => String)
  name?: string;
}

@Directive('@key(fields: "id")')
@ObjectType()
export class Citizen {
  @Field(() => ID)
  id!: string;
}

export const ref = <T>(id: string | null | undefined): T | null => (id ? ({ id } as T) : null);
