import {
  buildSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isObjectType,
  Kind,
  parse,
  print,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  GraphQLError,
  type TypeNode,
  type ValidationRule,
} from 'graphql';

/**
 * The public contract (issue 17) as a supergraph of its own: the committed supergraph with every type,
 * field, enum value and input field that schema/public.graphql does not have marked `@inaccessible`
 * (how Apollo's own contracts are built). Its API schema is exactly the contract, while the query
 * planner still sees every key and join of the full supergraph. The gateway serves it to anonymous and
 * API-key callers: validation, "did you mean" suggestions and introspection then know the contract only.
 */
export function contractSupergraph(supergraphSdl: string, contractSdl: string): string {
  const contract = buildSchema(contractSdl);
  const doc = withoutComposedDirectives(parse(supergraphSdl));
  const hasInaccessible = /@link\(url: "https:\/\/specs\.apollo\.dev\/inaccessible\/v0\.\d"/.test(supergraphSdl);
  // types a directive definition uses (e.g. @cacheControl's CacheControlScope) must stay in the API schema
  const usedByDirectives = new Set<string>();
  const named = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));
  for (const d of doc.definitions) if (d.kind === Kind.DIRECTIVE_DEFINITION) for (const a of d.arguments ?? []) usedByDirectives.add(named(a.type));
  const roots = new Set([contract.getQueryType(), contract.getMutationType(), contract.getSubscriptionType()].flatMap((t) => (t ? [t.name] : [])));

  const definitions: DefinitionNode[] = [];
  for (const d of doc.definitions) {
    if (d.kind === Kind.SCHEMA_DEFINITION) {
      definitions.push({
        ...d,
        // a root type left without fields (Mutation) is no root of the contract
        operationTypes: d.operationTypes.filter((o) => roots.has(o.type.name.value)),
        directives: hasInaccessible ? d.directives : [...(d.directives ?? []), INACCESSIBLE_LINK],
      });
      continue;
    }
    if (d.kind === Kind.DIRECTIVE_DEFINITION || !('name' in d) || !d.name || isInternal(d.name.value) || usedByDirectives.has(d.name.value)) {
      definitions.push(d);
      continue;
    }
    const kept = contract.getType(d.name.value);
    if (!kept) {
      definitions.push(inaccessible(d as never) as DefinitionNode);
      continue;
    }
    if ((d.kind === Kind.OBJECT_TYPE_DEFINITION || d.kind === Kind.INTERFACE_TYPE_DEFINITION) && (isObjectType(kept) || isInterfaceType(kept))) {
      const fields = kept.getFields();
      definitions.push({ ...d, fields: d.fields?.map((f) => (f.name.value in fields ? f : inaccessible(f))) });
    } else if (d.kind === Kind.INPUT_OBJECT_TYPE_DEFINITION && isInputObjectType(kept)) {
      const fields = kept.getFields();
      definitions.push({ ...d, fields: d.fields?.map((f) => (f.name.value in fields ? f : inaccessible(f))) });
    } else if (d.kind === Kind.ENUM_TYPE_DEFINITION && isEnumType(kept)) {
      const values = new Set(kept.getValues().map((v) => v.name));
      definitions.push({ ...d, values: d.values?.map((v) => (values.has(v.name.value) ? v : inaccessible(v))) });
    } else definitions.push(d);
  }
  if (!hasInaccessible) definitions.push(INACCESSIBLE_DEFINITION);
  return print({ kind: Kind.DOCUMENT, definitions });
}

/**
 * An operation type the schema does not have (a mutation asked of the contract) is refused while
 * validating, like an unknown field, instead of failing at execution.
 */
export const knownOperationTypes: ValidationRule = (ctx) => ({
  OperationDefinition(node) {
    const schema = ctx.getSchema();
    const root =
      node.operation === 'mutation' ? schema.getMutationType() : node.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
    if (!root)
      ctx.reportError(
        new GraphQLError(`This graph has no ${node.operation}s: anonymous and API-key callers see the public contract (queries only); log in for the rest`, {
          nodes: [node],
        }),
      );
  },
});

/**
 * The supergraph without the directives the subgraphs composed in with @composeDirective (specs outside
 * specs.apollo.dev, e.g. @cacheControl): metadata the gateway reads from the full supergraph, and their
 * argument types (CacheControlScope) would otherwise stay in the contract's API schema.
 */
function withoutComposedDirectives(doc: DocumentNode): DocumentNode {
  const composed = new Set<string>();
  const isComposedLink = (d: ConstDirectiveNode) => {
    if (d.name.value !== 'link') return false;
    const url = d.arguments?.find((a) => a.name.value === 'url')?.value;
    if (url?.kind !== Kind.STRING || url.value.startsWith('https://specs.apollo.dev/')) return false;
    const imports = d.arguments?.find((a) => a.name.value === 'import')?.value;
    for (const i of imports?.kind === Kind.LIST ? imports.values : []) {
      if (i.kind === Kind.STRING) composed.add(i.value.replace(/^@/, ''));
      if (i.kind === Kind.OBJECT) {
        const name = i.fields.find((f) => f.name.value === 'as') ?? i.fields.find((f) => f.name.value === 'name');
        if (name?.value.kind === Kind.STRING) composed.add(name.value.value.replace(/^@/, ''));
      }
    }
    return true;
  };
  const schemaDefs = doc.definitions.map((d) =>
    d.kind === Kind.SCHEMA_DEFINITION || d.kind === Kind.SCHEMA_EXTENSION ? { ...d, directives: d.directives?.filter((x) => !isComposedLink(x)) } : d,
  );
  const strip = <T extends { directives?: readonly ConstDirectiveNode[] }>(n: T): T =>
    n.directives?.some((x) => composed.has(x.name.value)) ? { ...n, directives: n.directives.filter((x) => !composed.has(x.name.value)) } : n;
  const definitions = schemaDefs
    .filter((d) => !(d.kind === Kind.DIRECTIVE_DEFINITION && composed.has(d.name.value)))
    .map((d) => {
      const def = strip(d as { directives?: readonly ConstDirectiveNode[] }) as typeof d & {
        fields?: readonly { directives?: readonly ConstDirectiveNode[] }[];
      };
      return 'fields' in def && def.fields ? { ...def, fields: def.fields.map(strip) } : def;
    }) as DefinitionNode[];
  return { kind: Kind.DOCUMENT, definitions };
}

/** Federation's own types (join__, link__) are part of every supergraph, never of its API. */
const isInternal = (name: string) => /^(join__|link__)/.test(name);

const INACCESSIBLE: ConstDirectiveNode = { kind: Kind.DIRECTIVE, name: { kind: Kind.NAME, value: 'inaccessible' }, arguments: [] };
const INACCESSIBLE_LINK = (
  parse('extend schema @link(url: "https://specs.apollo.dev/inaccessible/v0.2", for: SECURITY)').definitions[0] as never as {
    directives: ConstDirectiveNode[];
  }
).directives[0];
const INACCESSIBLE_DEFINITION = parse(
  'directive @inaccessible on FIELD_DEFINITION | OBJECT | INTERFACE | UNION | ARGUMENT_DEFINITION | SCALAR | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION',
).definitions[0];

function inaccessible<T extends { directives?: readonly ConstDirectiveNode[] }>(node: T): T {
  return { ...node, directives: [...(node.directives ?? []), INACCESSIBLE] };
}
