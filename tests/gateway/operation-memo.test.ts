import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse, type DocumentNode } from 'graphql';
import { installOperationMemo } from '@kendari/gateway/dist/operation-memo';

const require = createRequire(__filename);
// the federation-internals @apollo/gateway itself loads: what its executeQueryPlan calls
const internals = require(require.resolve('@apollo/federation-internals', { paths: [require.resolve('@apollo/gateway')] })) as {
  Supergraph: { build(sdl: string): { apiSchema(): object } };
  operationFromDocument(schema: object, doc: DocumentNode, opts?: { validate?: boolean }): { toString(): string };
};
const apiSchema = internals.Supergraph.build(readFileSync(path.join(__dirname, '../../schema/supergraph.graphql'), 'utf8')).apiSchema();
const QUERY = `query Board($first: Int) { serviceStatusBoard(first: $first) { nodes { ...Item } } } fragment Item on ServicePointStatus { id status }`;
// as executeQueryPlan builds it per request: a new document object around the same parsed nodes
// identities are compared as booleans: a failing toBe would print these large object graphs
const asExecuteQueryPlan = (doc: DocumentNode): DocumentNode => ({ kind: doc.kind, definitions: [...doc.definitions] });

describe("the request's operation is built once per parsed document (operation-memo.ts)", () => {
  it('is installed on the gateway version it was written for, and is what executeQueryPlan calls', () => {
    const before = internals.operationFromDocument;
    expect(installOperationMemo().installed).toBe(true);
    expect(internals.operationFromDocument === before).toBe(false);
    expect(installOperationMemo().installed).toBe(true); // a second install keeps the first wrapper
  });

  it('gives the same Operation for the same parsed operation, and a new one for another parse or schema', () => {
    const doc = parse(QUERY);
    const a = internals.operationFromDocument(apiSchema, asExecuteQueryPlan(doc), { validate: false });
    const b = internals.operationFromDocument(apiSchema, asExecuteQueryPlan(doc), { validate: false });
    expect(b === a).toBe(true);
    const other = internals.operationFromDocument(apiSchema, asExecuteQueryPlan(parse(QUERY)), { validate: false });
    expect(other === a).toBe(false);
    expect(other.toString()).toBe(a.toString());
    const otherSchema = internals.Supergraph.build(readFileSync(path.join(__dirname, '../../schema/supergraph.graphql'), 'utf8')).apiSchema();
    expect(internals.operationFromDocument(otherSchema, asExecuteQueryPlan(doc), { validate: false }) === a).toBe(false);
  });

  it("leaves the planner's validating calls to Apollo (a new Operation each time, errors thrown)", () => {
    const doc = parse(QUERY);
    expect(internals.operationFromDocument(apiSchema, doc) === internals.operationFromDocument(apiSchema, doc)).toBe(false);
    expect(() => internals.operationFromDocument(apiSchema, parse('{ noSuchField }'))).toThrow(/noSuchField/);
  });
});
