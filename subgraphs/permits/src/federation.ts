import { Directive, Field, ID, ObjectType } from 'type-graphql';

// core's entities that permits extends: only the key lives here (core resolves every other field)

@Directive('@key(fields: "id")')
@ObjectType()
export class Citizen {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType()
export class Kelurahan {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType()
export class Service {
  @Field(() => ID)
  id!: string;
}

export const keyOnly = (ref: { id: string }) => ({ id: ref.id });
export const ref = <T>(id: string | null | undefined): T | null => (id ? ({ id } as T) : null);
