import { FieldResolver, Resolver, Root } from 'type-graphql';
import { KELURAHAN } from '@kendari/kit';
import { Kecamatan, Kelurahan } from '../entities/core.stubs';

// Region names come from the city's reference data (the same file core seeds from), so an emergency
// report's answer needs no second hop to core just for "Kandai, Kendari": seconds matter here.
const KELURAHAN_NAME = new Map(KELURAHAN.map((k) => [k.id, k.name]));
const KECAMATAN_NAME = new Map(KELURAHAN.map((k) => [k.kecamatanId, k.kecamatanName]));

@Resolver(() => Kelurahan)
export class KelurahanNameResolver {
  @FieldResolver(() => String)
  name(@Root() k: Kelurahan): string {
    return KELURAHAN_NAME.get(k.id) ?? k.id;
  }
}

@Resolver(() => Kecamatan)
export class KecamatanNameResolver {
  @FieldResolver(() => String)
  name(@Root() k: Kecamatan): string {
    return KECAMATAN_NAME.get(k.id) ?? k.id;
  }
}
