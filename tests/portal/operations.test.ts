/**
 * Every GraphQL operation the portal sends, checked against the composed graph without running anything:
 * a field or argument renamed in a subgraph fails here, not on a resident's phone. The list is the portal's
 * build artefact, the persisted-documents manifest (portal/graphql/generated/persisted-documents.json, made by
 * GraphQL Code Generator from every `graphql(`...`)` document), which is also what the gateway accepts.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Kind, parse, validate, type FragmentDefinitionNode } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { MAX_COST, MAX_TOKENS, operationCost, operationLimitRules } from '@kendari/gateway/dist/limits';

const ROOT = path.resolve(__dirname, '../..');
const MANIFEST = path.join(ROOT, 'portal/graphql/generated/persisted-documents.json');

/** The manifest's documents: sha256 hex of the text → the text. */
function operations(): { hash: string; name: string; doc: string }[] {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as Record<string, string>;
  return Object.entries(manifest).map(([hash, doc]) => {
    const op = parse(doc).definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
    return { hash, name: op?.name?.value ?? `anonymous ${hash.slice(0, 8)}`, doc };
  });
}

describe("the portal's operations", () => {
  const schema = Supergraph.build(readFileSync(path.join(ROOT, 'schema/supergraph.graphql'), 'utf8'))
    .apiSchema()
    .toGraphQLJSSchema();
  const ops = operations();

  it('are listed in the manifest, each under the sha256 of its text', () => {
    expect(ops.length).toBeGreaterThan(90);
    for (const { hash, doc } of ops) expect(createHash('sha256').update(doc).digest('hex')).toBe(hash);
    // one operation per document, each named (the gateway's per-operation figures and limits use the name)
    expect(ops.filter((o) => o.name.startsWith('anonymous'))).toEqual([]);
  });

  it('are all valid against the composed graph', () => {
    const problems = ops.flatMap(({ name, doc }) => {
      try {
        return validate(schema, parse(doc)).map((e) => `${name}: ${e.message}`);
      } catch (err) {
        return [`${name}: ${(err as Error).message}\n${doc}`];
      }
    });
    expect(problems).toEqual([]);
  });

  it("all pass the gateway's operation limits (depth, aliases, directives, tokens, list-size cost)", () => {
    const problems = ops.flatMap(({ name, doc }) => {
      const parsed = parse(doc, { maxTokens: MAX_TOKENS });
      const errors = validate(schema, parsed, operationLimitRules()).map((e) => `${name}: ${e.message}`);
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const d of parsed.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments[d.name.value] = d;
      for (const op of parsed.definitions) {
        if (op.kind !== Kind.OPERATION_DEFINITION) continue;
        // variables unknown here: pages default to their `first` default (the portal writes page sizes literally)
        const cost = operationCost(schema, op, fragments, {});
        if (cost > MAX_COST) errors.push(`${name} costs ${cost}, over ${MAX_COST}`);
      }
      return errors;
    });
    expect(problems).toEqual([]);
  });
});
