// Contender (c): Hive Gateway from the npm registry, one process (--fork 1), defaults except
// passing the caller's token on to the subgraphs (which every contender must do).
import { defineConfig } from '@graphql-hive/gateway';

export const gatewayConfig = defineConfig({
  propagateHeaders: {
    fromClientToSubgraphs: ({ request }) => {
      const authorization = request.headers.get('authorization');
      return authorization ? { authorization } : {};
    },
  },
});
