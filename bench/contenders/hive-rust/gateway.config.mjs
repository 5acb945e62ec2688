// Contender (d): Hive Gateway with the Hive Router runtime: the Rust query planner
// (@graphql-hive/router-query-planner, a prebuilt .node inside the npm package) and its executor,
// one process (--fork 1), otherwise the same defaults as (c). The handler is imported here rather
// than switched on with --hive-router-runtime, because the CLI falls back to the JavaScript planner
// with only a warning when the package does not load: here a missing or broken binary stops the start.
import { defineConfig } from '@graphql-hive/gateway';
import { unifiedGraphHandler } from '@graphql-hive/router-runtime';

export const gatewayConfig = defineConfig({
  unifiedGraphHandler,
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => {
      const authorization = request.headers.get('authorization');
      return authorization ? { authorization } : {};
    },
  },
});
