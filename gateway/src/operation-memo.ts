import path from 'node:path';
import type { DocumentNode } from 'graphql';

/** The @apollo/gateway version whose executeQueryPlan this was written against (and measured with). */
const MEMO_FOR_VERSION = '2.14.4';

type OperationFromDocument = ((schema: object, document: DocumentNode, options?: { validate?: boolean; operationName?: string }) => unknown) & {
  memoised?: boolean;
};

/**
 * Apollo Gateway 2.14.4's `executeQueryPlan` turns the request's operation into federation-internals'
 * `Operation` on every request (`operationFromDocument(apiSchema, { operation, fragments }, { validate:
 * false })`): 5.4 % of the gateway's CPU on scenario 7 (profile of 2026-12-02). That object depends
 * only on the schema and the parsed operation, and Apollo Server keeps one parsed document per query
 * text, so it is kept per (schema, operation node) in weak maps: a new supergraph or an evicted
 * document takes its entries with it. Every other call (the planner's, with validation) is Apollo's own.
 * Only on the exact version it was written for; on any other nothing changes.
 */
export function installOperationMemo(): { installed: boolean; version: string } {
  const version = (require('@apollo/gateway/package.json') as { version: string }).version;
  if (version !== MEMO_FOR_VERSION) return { installed: false, version };
  // the copy of federation-internals @apollo/gateway itself loads (its index re-exports this module's binding live)
  const gatewayDir = path.dirname(require.resolve('@apollo/gateway/package.json'));
  const operations = require(require.resolve('@apollo/federation-internals/dist/operations', { paths: [gatewayDir] })) as {
    operationFromDocument: OperationFromDocument;
  };
  const original = operations.operationFromDocument;
  if (original.memoised) return { installed: true, version };
  const bySchema = new WeakMap<object, WeakMap<object, unknown>>();
  const memoised: OperationFromDocument = (schema, document, options) => {
    const op = document.definitions[0];
    if (options?.validate !== false || options.operationName !== undefined || op?.kind !== 'OperationDefinition') return original(schema, document, options);
    let byOperation = bySchema.get(schema);
    if (!byOperation) bySchema.set(schema, (byOperation = new WeakMap()));
    let operation = byOperation.get(op);
    if (operation === undefined) {
      operation = original(schema, document, options);
      byOperation.set(op, operation);
    }
    return operation;
  };
  memoised.memoised = true;
  operations.operationFromDocument = memoised;
  return { installed: true, version };
}
