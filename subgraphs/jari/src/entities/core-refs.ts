import { Directive, Field, ID, ObjectType } from 'type-graphql';

// Entities owned by `core`: jari knows only their key and adds fields to them
// (Agency.serviceStatus, Agency.jariStats, Service.status, Citizen.jariReports).

@Directive('@key(fields: "id")')
@ObjectType('Agency')
export class Agency {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Service')
export class Service {
  @Field(() => ID)
  id!: string;
}

@Directive('@key(fields: "id")')
@ObjectType('Citizen')
export class Citizen {
  @Field(() => ID)
  id!: string;
}

export const ref = <T>(id: string | null | undefined): (T & { id: string }) | null => (id ? ({ id } as T & { id: string }) : null);
