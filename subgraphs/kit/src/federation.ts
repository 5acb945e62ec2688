import { Directive, Field, ID, ObjectType, type ClassType } from 'type-graphql';
import type { ReferenceResolvers } from './schema';

/** An entity another subgraph (usually `core`) owns, known here by its key only. */
export interface KeyStub {
  id: string;
}

/**
 * Key-only stubs for entities another subgraph owns: this subgraph adds fields to them and needs
 * nothing but their `id`. One call gives the type-graphql classes (`@key(fields: "id")`, `id: ID!`)
 * and their `__resolveReference`, which returns the key without reading any table.
 *
 *   export const core = coreEntityStubs(['Citizen', 'Kelurahan']);
 *   export const { Citizen, Kelurahan } = core.types;
 *   export type Citizen = KeyStub;   // and in the subgraph definition: references: core.references
 */
export function coreEntityStubs<N extends string>(
  names: readonly N[],
  opts: {
    /** String fields this subgraph also answers (`@shareable`, non-null), e.g. a region's name from the reference data. */
    shareable?: Partial<Record<N, string[]>>;
    /**
     * The owner's String fields this subgraph reads through `@requires` (`@external`, nullable), e.g. JAKPA's
     * `Citizen.nik`: the gateway sends them in the representation and the reference passes them on.
     */
    external?: Partial<Record<N, string[]>>;
  } = {},
): { types: Record<N, ClassType<KeyStub>>; references: ReferenceResolvers } {
  const types = {} as Record<N, ClassType<KeyStub>>;
  for (const name of names) types[name] = keyStubClass(name, opts.shareable?.[name] ?? [], opts.external?.[name] ?? []);
  const references = keyOnlyReferences(names);
  for (const name of names) {
    const external = opts.external?.[name];
    if (!external?.length) continue;
    references[name] = {
      __resolveReference: (ref: Record<string, unknown> & { id: string }) => ({ id: ref.id, ...Object.fromEntries(external.map((f) => [f, ref[f] ?? null])) }),
    };
  }
  return { types, references };
}

/** `__resolveReference` that answers with the key (for a stub class declared by hand, e.g. with a @shareable field). */
export function keyOnlyReferences(names: readonly string[]): ReferenceResolvers {
  const keyOnly = { __resolveReference: (ref: { id: string }) => ({ id: ref.id }) };
  return Object.fromEntries(names.map((n) => [n, keyOnly]));
}

/** The value a field returns for an entity known by key: `{ id }`, or null without an id. */
export const entityRef = <T>(id: string | null | undefined): (T & KeyStub) | null => (id ? ({ id } as T & KeyStub) : null);

function keyStubClass(name: string, shareable: string[], external: string[]): ClassType<KeyStub> {
  // a fresh class per call: each subgraph builds its own schema from its own classes
  const Stub = { [name]: class {} }[name] as ClassType<KeyStub>;
  Field(() => ID)(Stub.prototype, 'id');
  for (const field of shareable) {
    Field(() => String)(Stub.prototype, field);
    Directive('@shareable')(Stub.prototype, field);
  }
  for (const field of external) {
    Field(() => String, { nullable: true })(Stub.prototype, field);
    Directive('@external')(Stub.prototype, field);
  }
  ObjectType(name)(Stub);
  Directive('@key(fields: "id")')(Stub);
  return Stub;
}
