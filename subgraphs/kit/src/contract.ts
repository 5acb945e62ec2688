import { Directive, getMetadataStorage, type ClassType } from 'type-graphql';

/**
 * The public contract (issue 17): the types and fields anonymous callers and other governments may see
 * are tagged `@tag(name: "public")` in each subgraph's src/contract.ts; `npm run compose` filters the
 * supergraph down to them and writes schema/public.graphql. Never tag a field listed in the
 * subgraph's src/personal-data.ts (tests/gateway/contract.test.ts fails on it).
 */
export const PUBLIC_TAG = '@tag(name: "public")';

/** Names of the fields, queries and field resolvers a class declares itself. */
export function declaredFields(target: ClassType): Set<string> {
  const s = getMetadataStorage();
  return new Set([
    ...s.fields.filter((f) => f.target === target).map((f) => f.name),
    ...s.queries.filter((q) => q.target === target).map((q) => q.methodName),
    ...s.mutations.filter((q) => q.target === target).map((q) => q.methodName),
    ...s.fieldResolvers.filter((q) => q.target === target).map((q) => q.methodName),
  ]);
}

/**
 * Tags a type (an @ObjectType class) public. With `fields`, only those become public (`'*'` = every
 * @Field the class declares itself, minus `except`); a tagged type without tagged fields publishes all
 * its fields (connection types). Fields other subgraphs or resolvers add stay out unless tagged there.
 */
export function publicType(target: ClassType, fields: '*' | readonly string[] = [], opts: { except?: readonly string[] } = {}): void {
  Directive(PUBLIC_TAG)(target);
  const own = declaredFields(target);
  const names = fields === '*' ? [...own].filter((n) => !opts.except?.includes(n)) : fields;
  publicFields(target, names);
  // a misspelt exception would silently publish the field it meant to hide
  const unknown = (opts.except ?? []).filter((n) => !own.has(n));
  if (unknown.length) throw new Error(`publicType(${target.name}): no field ${unknown.join(', ')}`);
}

/** Tags fields, queries or field resolvers of a class (a type or a @Resolver class) public, by name. */
export function publicFields(target: ClassType, names: readonly string[]): void {
  const own = declaredFields(target);
  const unknown = names.filter((n) => !own.has(n));
  if (unknown.length) throw new Error(`publicFields(${target.name}): no field ${unknown.join(', ')}`);
  for (const name of names) Directive(PUBLIC_TAG)(target.prototype, name);
}
