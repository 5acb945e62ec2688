import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  getArgumentValues,
  getNamedType,
  getNullableType,
  GraphQLError,
  isListType,
  isObjectType,
  Kind,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLNamedType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Limits on a public operation, checked before any subgraph is asked. The graph has cycles
 * (kecamatan -> kelurahans -> kecamatan ...) and aliases and lists multiply work, so one request
 * could otherwise ask for millions of objects.
 *
 * - depth, aliases, directives: graphql-armor's rules (they follow fragments); introspection
 *   (`__schema`) does not count towards depth, so every standard client loads the schema
 * - tokens: graphql-js's parser option (`parseOptions.maxTokens`), checked while parsing
 * - cost: every field counts 1, times the size of each list above it: `first` of a paginated
 *   field (or its default), or the declared size of an unpaginated list (LIST_SIZES)
 * - introspection: at most INTROSPECTION_LIST_NESTING nested lists (the standard query needs 3)
 */
export const MAX_DEPTH = 12;
export const MAX_ALIASES = 30;
export const MAX_DIRECTIVES = 50;
export const MAX_TOKENS = 5_000;
export const MAX_COST = 25_000;
export const INTROSPECTION_LIST_NESTING = 3;
/** Largest answer the gateway sends (bytes of JSON). */
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/** Sizes of unpaginated lists as the data has them, with room (65 kelurahan, at most ~10 per kecamatan, ...). */
export const LIST_SIZES: Readonly<Record<string, number>> = {
  'Query.kecamatans': 11,
  'Query.kelurahans': 65,
  'Kecamatan.kelurahans': 12,
  'Query.agencies': 50,
  'Agency.services': 30,
  'Agency.serviceStatus': 20,
  'Query.fireStations': 15,
  'FireStation.units': 10,
  'Kelurahan.fireStations': 5,
  'Query.letterTypes': 30,
  'LetterType.fields': 20,
  'EmergencyStats.byKelurahan': 65,
  'EmergencyStats.byKind': 10,
  'JariStats.byCategory': 10,
  'JariStats.byOutcome': 10,
  // permits: the type catalogue and an application's parts are small, fixed-shape lists
  'Query.permitTypes': 10,
  'Query.permitStatistics': 10,
  'PermitType.fields': 10,
  'PermitType.documents': 10,
  'PermitType.stageLimits': 6,
  'PermitField.options': 10,
  'LevyRule.components': 3,
  'LevyComponent.factors': 6,
  'LevyFactor.lookup': 8,
  'LevyAssessment.lines': 5,
  'LevyAssessment.missingFields': 10,
  'PermitApplication.fields': 10,
  'PermitApplication.checklist': 10,
  'PermitApplication.timeline': 30,
  'PermitApplication.missingItems': 20,
  'PermitApplication.nextStatuses': 3,
  // health: a facility has a dozen services at most, two sessions a day, two quotas (JKN, UMUM)
  'HealthFacility.services': 12,
  'HealthFacility.openingHours': 7,
  'HealthFacility.openingExceptions': 10,
  'HealthFacility.statusBoardIds': 3,
  'HealthFacility.queue': 12,
  'OpeningDay.intervals': 3,
  'ServiceQueueStatus.sessions': 2,
  'QueueSession.quotas': 2,
  'QueueSession.appointments': 100,
  'Appointment.timeline': 5,
  'Kelurahan.healthFacilities': 10,
  'HealthQueueStats.busiest': 5,
  // monthly trends (issue 17): at most 24 months, times 11 kecamatan or ~10 permit types where split
  'Query.letterTrend': 24 * 11,
  'Query.permitTrend': 24 * 10,
  'Query.emergencyTrend': 24 * 11,
  'Query.taxCollectionTrend': 24 * 11,
  'Query.jariTrend': 24,
  'JariMonth.byCategory': 10,
  'Query.healthQueueTrend': 24,
  'Query.serviceStatusTrend': 24,
};
/** An unpaginated list nobody declared: assumed this long. */
export const DEFAULT_LIST_SIZE = 20;
/** A paginated field's page when `first` is not given and has no default. */
export const DEFAULT_PAGE_SIZE = 20;

const PAGE_ARGS = ['first', 'last', 'limit'];
const INTROSPECTION_LISTS = new Set(['types', 'fields', 'inputFields', 'args', 'interfaces', 'possibleTypes', 'enumValues', 'directives']);

const found = (message: string) => Number(/found (\d+)/.exec(message)?.[1] ?? NaN);

/** graphql-armor's depth, alias and directive rules, reporting our own errors (never throwing inside validate()). */
function armorRules(): ValidationRule[] {
  const report = (make: (n: number) => GraphQLError) => (ctx: ValidationContext | null, err: GraphQLError) => {
    ctx?.reportError(make(found(err.message)));
  };
  const armor = new ApolloArmor({
    maxDepth: {
      n: MAX_DEPTH,
      ignoreIntrospection: true,
      // a fragment is not a level: `{ a { ...F } }` is as deep as `{ a { b } }`
      flattenFragments: true,
      propagateOnRejection: false,
      onReject: [
        report((depth) => new GraphQLError(`Operation is ${depth} levels deep; the limit is ${MAX_DEPTH}`, { extensions: { limit: MAX_DEPTH, depth } })),
      ],
    },
    maxAliases: {
      n: MAX_ALIASES,
      propagateOnRejection: false,
      onReject: [
        report(
          (aliases) => new GraphQLError(`Operation uses ${aliases} aliases; the limit is ${MAX_ALIASES}`, { extensions: { limit: MAX_ALIASES, aliases } }),
        ),
      ],
    },
    maxDirectives: {
      n: MAX_DIRECTIVES,
      propagateOnRejection: false,
      onReject: [
        report(
          (directives) =>
            new GraphQLError(`Operation uses ${directives} directives; the limit is ${MAX_DIRECTIVES}`, { extensions: { limit: MAX_DIRECTIVES, directives } }),
        ),
      ],
    },
    // tokens: graphql-js's parser option (see parseOptions); cost: ours below (armor's ignores list sizes)
    maxTokens: { enabled: false },
    costLimit: { enabled: false },
    // the schema is public (introspection is on): suggestions give nothing away
    blockFieldSuggestion: { enabled: false },
  });
  return armor.protect().validationRules as ValidationRule[];
}

/** Introspection is allowed, but not nested list within list beyond what the standard query needs. */
export const introspectionNesting: ValidationRule = (ctx) => {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of ctx.getDocument().definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const walk = (set: SelectionSetNode, inside: boolean, lists: number, seen: Set<string>): number => {
    let max = lists;
    for (const sel of set.selections) {
      if (sel.kind === Kind.FIELD) {
        const name = sel.name.value;
        const intro = inside || name === '__schema' || name === '__type';
        const here = intro && INTROSPECTION_LISTS.has(name) ? lists + 1 : lists;
        max = Math.max(max, sel.selectionSet ? walk(sel.selectionSet, intro, here, seen) : here);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, walk(sel.selectionSet, inside, lists, seen));
      else {
        const f = fragments.get(sel.name.value);
        if (f && !seen.has(f.name.value)) max = Math.max(max, walk(f.selectionSet, inside, lists, new Set(seen).add(f.name.value)));
      }
    }
    return max;
  };
  return {
    OperationDefinition(op) {
      const nesting = walk(op.selectionSet, false, 0, new Set());
      if (nesting > INTROSPECTION_LIST_NESTING) {
        ctx.reportError(
          new GraphQLError(`Introspection nests ${nesting} lists; the limit is ${INTROSPECTION_LIST_NESTING}`, {
            nodes: [op],
            extensions: { limit: INTROSPECTION_LIST_NESTING, nesting },
          }),
        );
      }
    },
  };
};

/** Validation rules of the gateway (Apollo adds `code: GRAPHQL_VALIDATION_FAILED`). */
export const operationLimitRules = (): ValidationRule[] => [...armorRules(), introspectionNesting];

/** How many items a field can return: its page size, a declared list size, or 1. */
function multiplier(
  parent: GraphQLNamedType,
  field: GraphQLField<unknown, unknown>,
  node: FieldNode,
  variables: Record<string, unknown>,
  pageFromParent: number | null,
): { items: number; page: number | null } {
  const pageArg = field.args.find((a) => PAGE_ARGS.includes(a.name));
  if (pageArg) {
    let args: Record<string, unknown> = {};
    try {
      args = getArgumentValues(field, node, variables);
    } catch {
      /* bad arguments: validation or execution reports them */
    }
    const n = args[pageArg.name];
    return { items: 1, page: typeof n === 'number' && n >= 0 ? n : DEFAULT_PAGE_SIZE };
  }
  if (!isListType(getNullableType(field.type))) return { items: 1, page: null };
  // the list of a connection (`nodes`, `edges`) is as long as the page asked of the connection field
  if (pageFromParent !== null && parent.name.endsWith('Connection')) return { items: pageFromParent, page: null };
  return { items: LIST_SIZES[`${parent.name}.${field.name}`] ?? DEFAULT_LIST_SIZE, page: null };
}

/**
 * The cost of an operation with its variables: each field 1, times the items of every list above it.
 * Introspection costs nothing here (introspectionNesting bounds it). Stops counting past `cap`.
 */
export function operationCost(
  schema: GraphQLSchema,
  op: OperationDefinitionNode,
  fragments: Record<string, FragmentDefinitionNode>,
  variables: Record<string, unknown>,
  cap = Infinity,
): number {
  const root = op.operation === 'mutation' ? schema.getMutationType() : op.operation === 'subscription' ? schema.getSubscriptionType() : schema.getQueryType();
  if (!root) return 0;
  const costOf = (set: SelectionSetNode, type: GraphQLNamedType, page: number | null, seen: Set<string>): number => {
    if (!isObjectType(type) && !('getFields' in type)) return 0;
    let total = 0;
    for (const sel of set.selections) {
      if (total > cap) break;
      if (sel.kind === Kind.FIELD) {
        if (sel.name.value.startsWith('__')) continue;
        const field = (type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()[sel.name.value];
        if (!field) continue; // validation reports unknown fields
        const m = multiplier(type, field, sel, variables, page);
        const children = sel.selectionSet ? costOf(sel.selectionSet, getNamedType(field.type), m.page, seen) : 0;
        total += m.items * (1 + children);
      } else if (sel.kind === Kind.INLINE_FRAGMENT) {
        const t = sel.typeCondition ? schema.getType(sel.typeCondition.name.value) : type;
        total += costOf(sel.selectionSet, t ?? type, page, seen);
      } else {
        const f = fragments[sel.name.value];
        if (!f || seen.has(f.name.value)) continue;
        total += costOf(f.selectionSet, schema.getType(f.typeCondition.name.value) ?? type, page, new Set(seen).add(f.name.value));
      }
    }
    return total;
  };
  return costOf(op.selectionSet, root, null, new Set());
}

/**
 * Costs by operation (Apollo keeps one parsed document per query text, so the same node comes back)
 * and variables: the same few operations arrive again and again.
 */
const costs = new WeakMap<OperationDefinitionNode, Map<string, number>>();
function cachedCost(op: OperationDefinitionNode, variables: Record<string, unknown> | undefined, compute: () => number): number {
  const key = variables && Object.keys(variables).length ? JSON.stringify(variables) : '';
  if (key.length > 512) return compute();
  let byVars = costs.get(op);
  if (!byVars) costs.set(op, (byVars = new Map()));
  let cost = byVars.get(key);
  if (cost === undefined) {
    cost = compute();
    if (byVars.size >= 64) byVars.delete(byVars.keys().next().value as string);
    byVars.set(key, cost);
  }
  return cost;
}

/**
 * The cost limit, once the operation and its variables are known (before any subgraph is asked),
 * and the cap on the size of the answer.
 */
export function costLimitPlugin(maxCost = MAX_COST): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const fragments: Record<string, FragmentDefinitionNode> = {};
          for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
          const cost = cachedCost(operation, request.variables, () => operationCost(schema, operation, fragments, request.variables ?? {}, maxCost * 10));
          if (cost > maxCost) {
            throw new GraphQLError(
              `Operation costs ${cost > maxCost * 10 ? `over ${maxCost * 10}` : cost}; the limit is ${maxCost} (every field counts once per item of each list above it: ask smaller pages or fewer nested lists)`,
              {
                extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: maxCost, cost, http: { status: 400 } },
              },
            );
          }
        },
      };
    },
  };
}

/** The answer when it would be larger than the cap: an error instead of megabytes nobody should ask for. */
export function responseTooLarge(bytes: number, limit = MAX_RESPONSE_BYTES): string {
  return JSON.stringify({
    errors: [
      {
        message: `The answer is ${bytes} bytes; the limit is ${limit}. Ask fewer fields or smaller pages.`,
        extensions: { code: 'RESPONSE_TOO_LARGE', limit, messageId: 'Jawaban terlalu besar. Minta lebih sedikit data per permintaan.' },
      },
    ],
  });
}

/** A parse error from graphql-js's token limit, as a limit error like the others. */
export function tokenLimitError(message: string): { limit: number } | null {
  const m = /Document contains more tha[nt] (\d+) tokens/.exec(message);
  return m ? { limit: Number(m[1]) } : null;
}
