import { Directive, Field, ID, ObjectType } from 'type-graphql';

/*
 * core's entities that laika extends. Only the key lives here: core resolves every other field,
 * so these never touch a table (their __resolveReference just returns the key).
 */

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
export class Kecamatan {
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
