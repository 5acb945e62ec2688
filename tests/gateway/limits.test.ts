import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  getIntrospectionQuery,
  Kind,
  parse,
  specifiedRules,
  validate,
  type DocumentNode,
  type FragmentDefinitionNode,
  type OperationDefinitionNode,
} from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { MAX_ALIASES, MAX_COST, MAX_DEPTH, MAX_TOKENS, operationCost, operationLimitRules } from '@kendari/gateway/dist/limits';

/**
 * The gateway's operation limits on the composed graph, without running anything: what the gateway
 * validates (graphql-armor's rules + the introspection rule), the token limit of the parser, and the
 * list-size cost it checks once variables are known.
 */
const schema = Supergraph.build(readFileSync(path.resolve(__dirname, '../../schema/supergraph.graphql'), 'utf8'))
  .apiSchema()
  .toGraphQLJSSchema();

export function limitProblems(source: string, variables: Record<string, unknown> = {}): string[] {
  let doc: DocumentNode;
  try {
    doc = parse(source, { maxTokens: MAX_TOKENS });
  } catch (err) {
    return [(err as Error).message];
  }
  const problems = validate(schema, doc, [...specifiedRules, ...operationLimitRules()]).map((e) => e.message);
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
  for (const op of doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)) {
    const cost = operationCost(schema, op, fragments, variables);
    if (cost > MAX_COST) problems.push(`cost ${cost} over ${MAX_COST}`);
  }
  return problems;
}

const cyclic = (levels: number) => {
  // kecamatans { kelurahans { kecamatan { kelurahans { ... { id } } } } }: `levels` fields deep
  let sel = '{ id }';
  for (let depth = 2; depth < levels; depth += 2) sel = `{ kelurahans { kecamatan ${sel} } }`;
  return `{ kecamatans ${sel} }`;
};

describe('operation limits (graphql-armor + list-size cost)', () => {
  it('let every standard introspection query through', () => {
    for (const options of [
      undefined,
      { descriptions: true, inputValueDeprecation: true },
      { descriptions: true, specifiedByUrl: true, directiveIsRepeatable: true, schemaDescription: true, inputValueDeprecation: true },
    ]) {
      expect(limitProblems(getIntrospectionQuery(options)), JSON.stringify(options)).toEqual([]);
    }
  });

  it('refuse a depth-12 cyclic query up front by its cost, although it is within the depth limit', () => {
    const q = cyclic(12);
    const problems = limitProblems(q);
    expect(problems.some((p) => /levels deep/.test(p))).toBe(false);
    expect(problems.join()).toMatch(/cost \d+ over/);
    // a shallow use of the same cycle is fine
    expect(limitProblems(cyclic(4))).toEqual([]);
  });

  it('refuse depth past the limit, also through fragments', () => {
    expect(limitProblems(cyclic(MAX_DEPTH + 2)).join()).toMatch(new RegExp(`levels deep; the limit is ${MAX_DEPTH}`));
    const viaFragments = `query { kecamatans { ...A } } fragment A on Kecamatan { kelurahans { ...B } } fragment B on Kelurahan { kecamatan { ...C } }
      fragment C on Kecamatan { kelurahans { kecamatan { kelurahans { kecamatan { kelurahans { kecamatan { kelurahans { kecamatan { kelurahans { kecamatan { id } } } } } } } } } } }`;
    expect(limitProblems(viaFragments).join()).toMatch(/levels deep/);
  });

  it('count aliases inside fragments (200 and 5000)', () => {
    for (const n of [200, 5000]) {
      const frag = `fragment F on Query { ${Array.from({ length: n }, (_, i) => `a${i}: __typename k${i}: letterTypes { id }`)
        .slice(0, n / 2)
        .join(' ')} }`;
      const problems = limitProblems(`query { ...F } ${frag}`);
      expect(problems.length, String(n)).toBeGreaterThan(0);
      expect(problems.join(), String(n)).toMatch(n === 200 ? new RegExp(`aliases; the limit is ${MAX_ALIASES}`) : /aliases|tokens/);
    }
  });

  it('refuse too many directives and too many tokens', () => {
    expect(limitProblems(`{ letterTypes { id ${Array.from({ length: 60 }, () => '@include(if: true)').join(' ')} } }`).join()).toMatch(
      /directives; the limit is 50/,
    );
    expect(limitProblems(`{ letterTypes { ${Array.from({ length: MAX_TOKENS }, () => 'id').join(' ')} } }`).join()).toMatch(/more tha[nt] 5000 tokens/);
  });

  it('multiply by page sizes: first: 100 of a small selection passes, of a nested list does not', () => {
    expect(limitProblems('{ services(first: 100) { nodes { id name agency { name } } } }')).toEqual([]);
    expect(
      limitProblems('query($n: Int!) { services(first: $n) { nodes { agency { services { agency { services { id } } } } } } }', { n: 100 }).join(),
    ).toMatch(/cost/);
  });

  it('bound introspection nesting (the standard query needs 3 nested lists)', () => {
    expect(limitProblems('{ __schema { types { fields { type { fields { type { fields { name } } } } } } } }').join()).toMatch(
      /Introspection nests 4 lists; the limit is 3/,
    );
  });
});
