import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { execute, parse, validate } from 'graphql';
import { Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { buildFederatedSchema, coreEntityStubs, entityRef, subgraphSdl, type KeyStub } from '../src';

describe('coreEntityStubs', () => {
  const core = coreEntityStubs(['Citizen', 'Kelurahan'], { shareable: { Kelurahan: ['name'] } });
  const { Citizen, Kelurahan } = core.types;
  type Citizen = KeyStub;

  @ObjectType()
  class Parcel {
    @Field(() => Int)
    size!: number;
    owner?: string;
  }
  @Resolver(() => Citizen)
  class CitizenParcelsResolver {
    @FieldResolver(() => Int)
    parcelCount(@Root() c: Citizen) {
      return c.id.length;
    }
  }
  @Resolver(() => Parcel)
  class ParcelResolver {
    @Query(() => Parcel)
    parcel(): Parcel {
      return { size: 3, owner: 'c1' };
    }
    @FieldResolver(() => Citizen, { nullable: true })
    owner(@Root() p: Parcel) {
      return entityRef<Citizen>(p.owner);
    }
    @FieldResolver(() => Kelurahan, { nullable: true })
    kelurahan() {
      return { id: '74.71.02.1009', name: 'Kandai' };
    }
  }

  it('gives key-only entity types and references that answer without any lookup', async () => {
    const schema = await buildFederatedSchema({ resolvers: [CitizenParcelsResolver, ParcelResolver], references: core.references });
    const sdl = subgraphSdl(schema);
    expect(sdl).toMatch(/type Citizen\s+@key\(fields: "id"\)\s*\{\s*id: ID!\s*parcelCount: Int!\s*\}/);
    expect(sdl).toMatch(/type Kelurahan\s+@key\(fields: "id"\)\s*\{\s*id: ID!\s*name: String! @shareable\s*\}/);
    const doc = parse(`{ _entities(representations: [{__typename: "Citizen", id: "abcd"}]) { ... on Citizen { id parcelCount } } parcel { owner { id } } }`);
    expect(validate(schema, doc)).toEqual([]);
    const r = await execute({ schema, document: doc, contextValue: {} });
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({ _entities: [{ id: 'abcd', parcelCount: 4 }], parcel: { owner: { id: 'c1' } } });
  });

  it('makes a fresh class per call (each subgraph its own types)', () => {
    expect(coreEntityStubs(['Citizen']).types.Citizen).not.toBe(Citizen);
    expect(entityRef(null)).toBeNull();
  });
});
