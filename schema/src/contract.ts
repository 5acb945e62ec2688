/**
 * The public contract (issue 17): the supergraph's API schema filtered down to what the subgraphs tag
 * `@tag(name: "public")`, and the breaking-change gate between the released contract and this one.
 */
import { Supergraph } from '@apollo/federation-internals';
import { diff, CriticalityLevel, type Change } from '@graphql-inspector/core';
import {
  buildASTSchema,
  Kind,
  lexicographicSortSchema,
  parse,
  printSchema,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type InputValueDefinitionNode,
  type TypeNode,
} from 'graphql';

export const PUBLIC_TAG = 'public';

const namedType = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : namedType(t.type));
const hasPublicTag = (dirs: readonly ConstDirectiveNode[] | undefined): boolean =>
  !!dirs?.some(
    (d) => d.name.value === 'tag' && d.arguments?.some((a) => a.name.value === 'name' && a.value.kind === Kind.STRING && a.value.value === PUBLIC_TAG),
  );

type Fielded = { kind: Kind; name: { value: string }; fields?: readonly (FieldDefinitionNode | InputValueDefinitionNode)[] };

/** Tagged types and fields, read from the supergraph (the API schema drops the tags). */
function taggedElements(supergraph: DocumentNode): { types: Set<string>; fields: Set<string> } {
  const types = new Set<string>();
  const fields = new Set<string>();
  for (const d of supergraph.definitions) {
    if (!('name' in d) || !d.name) continue;
    const def = d as Fielded & { directives?: readonly ConstDirectiveNode[] };
    if (hasPublicTag(def.directives)) types.add(def.name.value);
    for (const f of def.fields ?? []) if (hasPublicTag(f.directives)) fields.add(`${def.name.value}.${f.name.value}`);
  }
  return { types, fields };
}

/**
 * The contract's SDL. Rules: a root field is public only when tagged; an object type is public when
 * tagged or when one of its fields is; of a public type, the tagged fields are published, or all of them
 * when none is tagged (connections, PageInfo). A public field whose type is not public is dropped (and a
 * type left without fields with it); enums, scalars and inputs follow the public fields that use them.
 */
export function contractSdl(supergraphSdl: string): string {
  const tagged = taggedElements(parse(supergraphSdl));
  const api = parse(printSchema(Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema()));
  const objects = new Map<string, Fielded & { fields: readonly FieldDefinitionNode[] }>();
  for (const d of api.definitions)
    if (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.INTERFACE_TYPE_DEFINITION) objects.set(d.name.value, d as never);

  const roots = new Set(['Query', 'Mutation', 'Subscription']);
  const kept = new Map<string, Set<string>>();
  for (const [name, def] of objects) {
    const taggedFields = def.fields.filter((f) => tagged.fields.has(`${name}.${f.name.value}`)).map((f) => f.name.value);
    if (taggedFields.length) kept.set(name, new Set(taggedFields));
    else if (tagged.types.has(name) && !roots.has(name)) kept.set(name, new Set(def.fields.map((f) => f.name.value)));
  }
  // drop fields pointing at non-public object types, then emptied types, until nothing changes
  for (let changed = true; changed;) {
    changed = false;
    for (const [name, fields] of kept) {
      for (const f of objects.get(name)!.fields) {
        const target = namedType(f.type);
        if (fields.has(f.name.value) && objects.has(target) && !kept.has(target)) {
          fields.delete(f.name.value);
          changed = true;
        }
      }
      if (!fields.size) {
        kept.delete(name);
        changed = true;
      }
    }
  }
  // everything else a public field reaches: arguments, inputs, enums, scalars
  const byName = new Map<string, DefinitionNode>();
  for (const d of api.definitions) if ('name' in d && d.name && d.kind !== Kind.DIRECTIVE_DEFINITION) byName.set(d.name.value, d);
  const reached = new Set<string>();
  const visit = (name: string): void => {
    if (reached.has(name)) return;
    const def = byName.get(name) as (Fielded & { fields?: readonly (FieldDefinitionNode | InputValueDefinitionNode)[] }) | undefined;
    if (!def) return; // built-in scalar
    if (objects.has(name) && !kept.has(name)) return;
    reached.add(name);
    for (const f of def.fields ?? []) {
      if (objects.has(name) && !kept.get(name)!.has(f.name.value)) continue;
      visit(namedType(f.type));
      for (const a of (f as FieldDefinitionNode).arguments ?? []) visit(namedType(a.type));
    }
  };
  if (!kept.has('Query')) throw new Error('the contract has no public Query field: tag some with publicFields()');
  visit('Query');

  const definitions: DefinitionNode[] = [];
  for (const d of api.definitions) {
    if (d.kind === Kind.DIRECTIVE_DEFINITION) definitions.push(d);
    if (d.kind === Kind.SCHEMA_DEFINITION || !('name' in d) || !d.name || !reached.has(d.name.value)) continue;
    if (d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.INTERFACE_TYPE_DEFINITION) {
      const fields = kept.get(d.name.value)!;
      definitions.push({
        ...d,
        fields: d.fields?.filter((f) => fields.has(f.name.value)),
        interfaces: d.interfaces?.filter((i) => reached.has(i.name.value)),
      });
    } else if (d.kind === Kind.UNION_TYPE_DEFINITION) {
      definitions.push({ ...d, types: d.types?.filter((t) => reached.has(t.name.value)) });
    } else definitions.push(d);
  }
  return printSchema(lexicographicSortSchema(buildASTSchema({ kind: Kind.DOCUMENT, definitions })));
}

/** BREAKING changes (graphql-inspector) from the released contract to the current one. */
export async function breakingChanges(releasedSdl: string, currentSdl: string): Promise<Change[]> {
  const changes = await diff(buildASTSchema(parse(releasedSdl)), buildASTSchema(parse(currentSdl)));
  return changes.filter((c) => c.criticality.level === CriticalityLevel.Breaking);
}

/**
 * Breaking changes the changelog does not record as intended. A change is recorded when a line of
 * schema/CHANGELOG.md's "Unreleased" section names its path in backticks, e.g. "- BREAKING `Query.foo`: removed, ...".
 */
export function unrecordedBreaking(changes: Change[], changelog: string): Change[] {
  const unreleased = /^## Unreleased\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog)?.[1] ?? '';
  const recorded = new Set([...unreleased.matchAll(/^\s*[-*].*?BREAKING.*$/gm)].flatMap((l) => [...l[0].matchAll(/`([^`]+)`/g)].map((m) => m[1])));
  return changes.filter((c) => !(c.path && recorded.has(c.path)));
}
