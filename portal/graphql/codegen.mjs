// GraphQL Code Generator for the portal: every operation the portal sends is a `graphql(`...`)` document,
// typed against the graph's API schema, and listed in a persisted-documents manifest (sha256 → text) that
// the gateway loads. `npm run codegen -w portal` writes graphql/generated/; `codegen:check` fails on drift.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { printSchema } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';

const PORTAL = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const GENERATED_DIR = 'graphql/generated/';

/**
 * The API schema clients see (what the gateway serves at /graphql/sdl): the composed supergraph without the
 * federation machinery and without @inaccessible fields, so a document using those fails here too.
 */
export function apiSchemaSdl() {
  const supergraph = readFileSync(path.join(PORTAL, '../schema/supergraph.graphql'), 'utf8');
  return printSchema(Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema());
}

/** @param {string} out where the files go (a folder ending in "/", relative to portal/) */
export function codegenConfig(out = GENERATED_DIR) {
  return {
    schema: apiSchemaSdl(),
    documents: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}', 'proxy.ts'],
    // only `graphql(...)` calls are documents (the client function `gql` takes those, not strings)
    pluckConfig: { globalGqlIdentifierName: ['graphql'], modules: [{ name: '@/graphql/generated', identifier: 'graphql' }] },
    errorsOnly: true,
    generates: {
      [out]: {
        preset: 'client',
        presetConfig: {
          // shared selections are plain fragments whose fields appear in the result type (no masking to undo)
          fragmentMasking: false,
          // keys are the bare sha256 hex of the text: the `sha256Hash` of Apollo's persisted-query protocol
          persistedDocuments: { hashAlgorithm: (text) => createHash('sha256').update(text).digest('hex') },
        },
        config: {
          // documents are strings (no graphql-js AST in the server bundle); the client sends the hash
          documentMode: 'string',
          enumType: 'string-literal',
          useTypeImports: true,
          // the graph's own scalars as they arrive in JSON; a new scalar must be named here (strictScalars)
          scalars: { DateTimeISO: 'string', Rupiah: 'number' },
          strictScalars: true,
          avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: true },
        },
      },
    },
  };
}

export default { ...codegenConfig(), cwd: PORTAL };
