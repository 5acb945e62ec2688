import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Stubs of the entities `core` owns: health knows their key and adds fields to them
// (Kelurahan.healthFacilities, Citizen.appointments).

@Directive('@key(fields: "id")')
@ObjectType()
export class Kelurahan {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType()
export class Citizen {
  @Field(() => ID)
  id!: string;
}

export const ref = <T>(id: string | null | undefined): T | null => (id ? ({ id } as T) : null);
