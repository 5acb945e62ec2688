/**
 * Every GraphQL operation the portal sends, checked against the composed graph without running anything:
 * a field or argument renamed in a subgraph fails here, not on a resident's phone.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Kind, parse, validate, type FragmentDefinitionNode } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { MAX_COST, MAX_TOKENS, operationCost, operationLimitRules } from '@kendari/gateway/dist/limits';

const ROOT = path.resolve(__dirname, '../..');
const PORTAL = path.join(ROOT, 'portal');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    if (statSync(p).isDirectory()) return name === 'node_modules' || name.startsWith('.') ? [] : sources(p);
    return /\.tsx?$/.test(name) ? [p] : [];
  });
}

const files = ['app', 'components', 'lib'].flatMap((d) => sources(path.join(PORTAL, d)));
const text = new Map(files.map((f) => [f, readFileSync(f, 'utf8')]));

// string constants that operations interpolate (e.g. SERVICE_FIELDS)
const constants = new Map<string, string>();
for (const src of text.values()) {
  for (const m of src.matchAll(/const (\w+) = (?:`([^`$]*)`|'([^']*)')/g)) constants.set(m[1], m[2] ?? m[3]);
}

/** Operations as written in the code: template or quoted strings that start with query/mutation. */
function operations(): { file: string; doc: string }[] {
  const out: { file: string; doc: string }[] = [];
  for (const [file, src] of text) {
    for (const m of src.matchAll(/`((?:query|mutation)\b[^`]*)`|'((?:query|mutation)\b[^']*)'/g)) {
      const doc = (m[1] ?? m[2]).replace(/\$\{(\w+)\}/g, (_, name: string) => {
        if (!constants.has(name)) throw new Error(`${path.relative(ROOT, file)}: cannot resolve \${${name}} in an operation`);
        return constants.get(name)!;
      });
      out.push({ file: path.relative(ROOT, file), doc });
    }
  }
  return out;
}

describe("the portal's operations", () => {
  const schema = Supergraph.build(readFileSync(path.join(ROOT, 'schema/supergraph.graphql'), 'utf8'))
    .apiSchema()
    .toGraphQLJSSchema();
  const ops = operations();

  it('are found in the portal code', () => {
    expect(ops.length).toBeGreaterThan(30);
  });

  it('are all valid against the composed graph', () => {
    const problems = ops.flatMap(({ file, doc }) => {
      try {
        return validate(schema, parse(doc)).map((e) => `${file}: ${e.message}`);
      } catch (err) {
        return [`${file}: ${(err as Error).message}\n${doc}`];
      }
    });
    expect(problems).toEqual([]);
  });

  it("all pass the gateway's operation limits (depth, aliases, directives, tokens, list-size cost)", () => {
    const problems = ops.flatMap(({ file, doc }) => {
      const parsed = parse(doc, { maxTokens: MAX_TOKENS });
      const errors = validate(schema, parsed, operationLimitRules()).map((e) => `${file}: ${e.message}`);
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const d of parsed.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
      for (const op of parsed.definitions) {
        if (op.kind !== Kind.OPERATION_DEFINITION) continue;
        // variables unknown here: pages default to their `first` default (the portal writes page sizes literally)
        const cost = operationCost(schema, op, fragments, {});
        if (cost > MAX_COST) errors.push(`${file}: ${op.name?.value ?? 'anonymous'} costs ${cost}, over ${MAX_COST}`);
      }
      return errors;
    });
    expect(problems).toEqual([]);
  });
});
