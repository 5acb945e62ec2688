import { Directive, type ClassType } from 'type-graphql';
import { declaredFields } from './contract';

/**
 * Cacheability declared in the schema (issue 13.5): Apollo's `@cacheControl(maxAge, scope, inheritMaxAge)`
 * on the types and fields a subgraph defines, composed into the supergraph with `@composeDirective`
 * (schema.ts adds CACHE_CONTROL_SDL to every subgraph). The gateway reads the hints from the supergraph
 * and gives each anonymous or API-key operation the smallest max-age of the fields it selects, with
 * Apollo's defaults: a root field or a field returning an object type without a hint is not cacheable;
 * a scalar field without one inherits its parent's. Declare them next to the public tags (src/contract.ts).
 */

/** An identifier of the directive's definition (never fetched); the version changes if its arguments do. */
export const CACHE_CONTROL_SPEC = 'https://satu-kendari.id/specs/cache-control/v1.0';

/** Apollo Server's own definition of the directive, so Apollo tooling reads the hints as it would in a monolith. */
export const CACHE_CONTROL_SDL = `extend schema @link(url: "${CACHE_CONTROL_SPEC}", import: ["@cacheControl"]) @composeDirective(name: "@cacheControl")
enum CacheControlScope { PUBLIC PRIVATE }
directive @cacheControl(maxAge: Int, scope: CacheControlScope, inheritMaxAge: Boolean) on FIELD_DEFINITION | OBJECT | INTERFACE | UNION`;

export type CacheHint = { maxAge: number; scope?: 'PUBLIC' | 'PRIVATE' } | { inheritMaxAge: true; scope?: 'PUBLIC' | 'PRIVATE' };

/** The project's few policies: name the kind of data, not a number. */
export const CACHE = {
  /** Catalogue, regions, agencies, facility lists, letter and permit types: change a few times a year. */
  reference: { maxAge: 300 },
  /** Public statistics: counted over months, a minute late is fine. */
  statistics: { maxAge: 60 },
  /** Queue numbers and the service-status board: residents act on them, seconds matter. */
  board: { maxAge: 10 },
  /** Wrappers (connections, page info): as fresh as the field that returns them. */
  inherit: { inheritMaxAge: true },
} as const satisfies Record<string, CacheHint>;

function directiveOf(hint: CacheHint): string {
  const args = ['maxAge' in hint ? `maxAge: ${Math.max(0, Math.floor(hint.maxAge))}` : 'inheritMaxAge: true', ...(hint.scope ? [`scope: ${hint.scope}`] : [])];
  return `@cacheControl(${args.join(', ')})`;
}

/** Gives object types (classes with @ObjectType) a hint: every field returning them starts from it. */
export function cacheTypes(targets: readonly ClassType[], hint: CacheHint): void {
  for (const target of targets) Directive(directiveOf(hint))(target);
}

/**
 * Gives fields, queries or field resolvers of a class (a type or a @Resolver class) a hint, by name.
 * A field's own hint wins over its type's. A misspelt name throws (it would silently stay uncached).
 */
export function cacheFields(target: ClassType, names: readonly string[], hint: CacheHint): void {
  const own = declaredFields(target);
  const unknown = names.filter((n) => !own.has(n));
  if (unknown.length) throw new Error(`cacheFields(${target.name}): no field ${unknown.join(', ')}`);
  for (const name of names) Directive(directiveOf(hint))(target.prototype, name);
}
