import { createHash } from 'node:crypto';
import {
  getNamedType,
  isCompositeType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type OperationTypeNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * Cache policies declared in the schema (issue 13.5). Each subgraph gives its types and fields
 * Apollo's `@cacheControl(maxAge, scope, inheritMaxAge)` (kit cache-hints.ts); `@composeDirective`
 * carries them into the supergraph, where this module reads them. An operation's policy is computed
 * the way Apollo Server's cache-control plugin does it, but from the document alone (before any
 * subgraph is asked): the smallest max-age over the fields it selects, where a field's own hint wins
 * over its type's, a root field or a field returning an object type without a hint is not cacheable
 * (max-age 0), a field of an `inheritMaxAge` type or a scalar field without a hint adds nothing, and
 * one PRIVATE hint makes the whole answer private.
 */

export interface CacheHint {
  maxAge?: number;
  scope?: 'PUBLIC' | 'PRIVATE';
  inheritMaxAge?: boolean;
}

export interface CachePolicy {
  maxAge: number;
  scope: 'PUBLIC' | 'PRIVATE';
}

export interface CacheHints {
  types: ReadonlyMap<string, CacheHint>;
  /** by `Type.field` */
  fields: ReadonlyMap<string, CacheHint>;
}

/** The directive's name in a supergraph (the name its `@link` imports; `cacheControl` unless renamed). */
function directiveName(doc: DocumentNode): string | null {
  for (const d of doc.definitions) {
    if (d.kind !== Kind.SCHEMA_DEFINITION && d.kind !== Kind.SCHEMA_EXTENSION) continue;
    for (const link of d.directives ?? []) {
      if (link.name.value !== 'link') continue;
      const url = link.arguments?.find((a) => a.name.value === 'url')?.value;
      if (url?.kind !== Kind.STRING || !/\/cache-control\/v\d/.test(url.value)) continue;
      const imports = link.arguments?.find((a) => a.name.value === 'import')?.value;
      if (imports?.kind !== Kind.LIST) return 'cacheControl';
      for (const i of imports.values) {
        if (i.kind === Kind.STRING && i.value === '@cacheControl') return 'cacheControl';
        if (i.kind === Kind.OBJECT) {
          const name = i.fields.find((f) => f.name.value === 'name')?.value;
          const as = i.fields.find((f) => f.name.value === 'as')?.value;
          if (name?.kind === Kind.STRING && name.value === '@cacheControl') return as?.kind === Kind.STRING ? as.value.replace(/^@/, '') : 'cacheControl';
        }
      }
    }
  }
  return null;
}

function hintOf(directives: readonly ConstDirectiveNode[] | undefined, name: string): CacheHint | null {
  const d = directives?.find((x) => x.name.value === name);
  if (!d) return null;
  const hint: CacheHint = {};
  for (const a of d.arguments ?? []) {
    if (a.name.value === 'maxAge' && a.value.kind === Kind.INT) hint.maxAge = Number(a.value.value);
    if (a.name.value === 'scope' && a.value.kind === Kind.ENUM && (a.value.value === 'PUBLIC' || a.value.value === 'PRIVATE')) hint.scope = a.value.value;
    if (a.name.value === 'inheritMaxAge' && a.value.kind === Kind.BOOLEAN) hint.inheritMaxAge = a.value.value;
  }
  return hint;
}

/** Every `@cacheControl` of a supergraph, by type and by field. */
export function cacheHintsOf(supergraphSdl: string): CacheHints {
  const doc = parse(supergraphSdl, { noLocation: true });
  const types = new Map<string, CacheHint>();
  const fields = new Map<string, CacheHint>();
  const name = directiveName(doc);
  if (!name) return { types, fields };
  for (const d of doc.definitions) {
    if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.INTERFACE_TYPE_DEFINITION && d.kind !== Kind.UNION_TYPE_DEFINITION) continue;
    const own = hintOf(d.directives, name);
    if (own) types.set(d.name.value, own);
    if (d.kind === Kind.UNION_TYPE_DEFINITION) continue;
    for (const f of d.fields ?? []) {
      const h = hintOf(f.directives, name);
      if (h) fields.set(`${d.name.value}.${f.name.value}`, h);
    }
  }
  return { types, fields };
}

/**
 * The policy of the selected operation, or null when its answer may not be cached: not a query, an
 * unknown field (validation will refuse it), introspection, or a max-age of 0 anywhere.
 */
export function operationPolicy(schema: GraphQLSchema, hints: CacheHints, doc: DocumentNode, operationName: string | null): CachePolicy | null {
  const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
  if (!op || op.operation !== 'query') return null;
  const root = schema.getQueryType();
  if (!root) return null;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  let maxAge: number | undefined;
  let scope: 'PUBLIC' | 'PRIVATE' = 'PUBLIC';
  const restrict = (h: CacheHint) => {
    if (h.maxAge !== undefined && (maxAge === undefined || h.maxAge < maxAge)) maxAge = h.maxAge;
    if (h.scope === 'PRIVATE') scope = 'PRIVATE';
  };
  const NOT_CACHEABLE = Symbol('not cacheable');

  const visit = (set: SelectionSetNode, parent: GraphQLNamedType, atRoot: boolean, seen: ReadonlySet<string>): void => {
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        if (name === '__typename') continue;
        // introspection answers are not kept (they are computed by the gateway alone anyway)
        if (name.startsWith('__')) throw NOT_CACHEABLE;
        if (!isObjectType(parent) && !isInterfaceType(parent)) throw NOT_CACHEABLE;
        const field = parent.getFields()[name];
        if (!field) throw NOT_CACHEABLE;
        const target = getNamedType(field.type);
        const policy: CacheHint = {};
        let inherit = false;
        if (isCompositeType(target)) {
          const t = hints.types.get(target.name);
          if (t?.maxAge !== undefined) policy.maxAge = t.maxAge;
          if (t?.scope) policy.scope = t.scope;
          inherit = !!t?.inheritMaxAge;
        }
        const f = hints.fields.get(`${parent.name}.${name}`);
        if (f?.inheritMaxAge && policy.maxAge === undefined) {
          inherit = true;
          if (f.scope) policy.scope = f.scope;
        } else if (f) {
          if (f.maxAge !== undefined) policy.maxAge = f.maxAge;
          if (f.scope) policy.scope = f.scope;
        }
        if (policy.maxAge === undefined && ((isCompositeType(target) && !inherit) || atRoot)) policy.maxAge = 0;
        restrict(policy);
        if (maxAge === 0) throw NOT_CACHEABLE;
        if (sel.selectionSet) visit(sel.selectionSet, target, false, seen);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : parent;
        if (!t) throw NOT_CACHEABLE;
        visit(sel.selectionSet, t, atRoot, seen);
      } else {
        const f = fragments.get(sel.name.value);
        if (!f) throw NOT_CACHEABLE;
        if (seen.has(f.name.value)) continue; // a cycle: validation refuses it
        const t = schema.getType(f.typeCondition.name.value);
        if (!t) throw NOT_CACHEABLE;
        visit(f.selectionSet, t, atRoot, new Set(seen).add(f.name.value));
      }
    }
  };
  try {
    visit(op.selectionSet, root, true, new Set());
  } catch (e) {
    if (e === NOT_CACHEABLE) return null;
    throw e;
  }
  return maxAge !== undefined && maxAge > 0 ? { maxAge, scope } : null;
}

/** What the response cache needs to know about one document, computed once per document. */
export interface DocumentAnalysis {
  /** Hash of the printed (normalised) document: the same operation however it is formatted. */
  documentHash: string;
  policy: CachePolicy | null;
}

/**
 * Analyses documents once: per request the cost is one map lookup by (schema, operation name, query
 * hash). Bounded: the least recently used analysis goes first.
 */
export class DocumentAnalyser {
  private readonly analyses = new Map<string, DocumentAnalysis | null>();

  constructor(
    private readonly schemas: Readonly<Record<string, GraphQLSchema>>,
    private readonly hints: CacheHints,
    private readonly maxTokens: number,
    private readonly maxEntries = 2_000,
  ) {}

  private readonly operations = new Map<string, OperationTypeNode | null>();

  /**
   * The type of the operation a request runs (`operationName`, else the document's only operation);
   * null when the document does not parse or names no such operation. Kept per document like analyse().
   */
  operationOf(query: string, queryHash: string, operationName: string | null): OperationTypeNode | null {
    const key = `${operationName ?? ''}\0${queryHash}`;
    const hit = this.operations.get(key);
    if (hit !== undefined) return hit;
    let type: OperationTypeNode | null = null;
    try {
      const ops = parse(query, { noLocation: true, maxTokens: this.maxTokens }).definitions.filter(
        (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
      );
      const op = operationName ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
      type = op?.operation ?? null;
    } catch {
      type = null;
    }
    if (this.operations.size >= this.maxEntries) this.operations.delete(this.operations.keys().next().value as string);
    this.operations.set(key, type);
    return type;
  }

  /** Null when the document does not parse (Apollo answers with the syntax error). */
  analyse(schemaName: string, query: string, queryHash: string, operationName: string | null): DocumentAnalysis | null {
    const key = `${schemaName}\0${operationName ?? ''}\0${queryHash}`;
    const hit = this.analyses.get(key);
    if (hit !== undefined) {
      this.analyses.delete(key);
      this.analyses.set(key, hit);
      return hit;
    }
    let analysis: DocumentAnalysis | null = null;
    try {
      const doc = parse(query, { noLocation: true, maxTokens: this.maxTokens });
      analysis = {
        documentHash: createHash('sha256').update(print(doc)).digest('base64url'),
        policy: operationPolicy(this.schemas[schemaName], this.hints, doc, operationName),
      };
    } catch {
      analysis = null;
    }
    if (this.analyses.size >= this.maxEntries) this.analyses.delete(this.analyses.keys().next().value as string);
    this.analyses.set(key, analysis);
    return analysis;
  }
}
