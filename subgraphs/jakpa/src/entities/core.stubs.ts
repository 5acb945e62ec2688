import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { KELURAHAN } from '@kendari/kit';

// Stubs of the entities `core` owns: JAKPA knows their key (and, shareably, region names) and adds fields.

@Directive('@key(fields: "id")')
@ObjectType()
export class Kelurahan {
  @Field(() => ID)
  id!: string;

  @Directive('@shareable')
  @Field(() => String)
  name?: string;
}

@Directive('@key(fields: "id")')
@ObjectType()
export class Kecamatan {
  @Field(() => ID)
  id!: string;

  @Directive('@shareable')
  @Field(() => String)
  name?: string;
}

/**
 * core's Citizen. `nik` is core's (guarded there: only the resident and officers whose role needs it
 * read it): JAKPA asks the gateway for it with @requires, so `Citizen.taxObjects` matches Bapenda's
 * register by NIK without JAKPA ever storing who has which account.
 */
@Directive('@key(fields: "id")')
@ObjectType()
export class Citizen {
  @Field(() => ID)
  id!: string;

  @Directive('@external')
  @Field(() => String, { nullable: true })
  nik?: string | null;
}

const KELURAHAN_NAME = new Map(KELURAHAN.map((k) => [k.id, k.name]));
const KECAMATAN_NAME = new Map(KELURAHAN.map((k) => [k.kecamatanId, k.kecamatanName]));

export const kelurahanRef = (id: string): Kelurahan => ({ id, name: KELURAHAN_NAME.get(id) ?? id });
export const kecamatanRef = (id: string): Kecamatan => ({ id, name: KECAMATAN_NAME.get(id) ?? id });
