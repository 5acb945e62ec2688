// Contender (b): Apollo Gateway + Apollo Server with default settings, as a new user writes it.
// Usage: node bench/contenders/stock-apollo.mjs <supergraph.graphql> <port>
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

// resolved from the gateway package: the same @apollo/* versions as ours
const require = createRequire(path.join(path.dirname(fileURLToPath(import.meta.url)), '../../gateway/package.json'));
const { ApolloGateway, RemoteGraphQLDataSource } = require('@apollo/gateway');
const { ApolloServer } = require('@apollo/server');
const { startStandaloneServer } = require('@apollo/server/standalone');

const [supergraphPath, port] = process.argv.slice(2);
const gateway = new ApolloGateway({
  supergraphSdl: readFileSync(supergraphPath, 'utf8'),
  // the one thing a user must add: pass the caller's token on to the subgraphs
  buildService: ({ url }) =>
    new RemoteGraphQLDataSource({
      url,
      willSendRequest({ request, context }) {
        if (context.authorization) request.http.headers.set('authorization', context.authorization);
      },
    }),
});
const server = new ApolloServer({ gateway });
const { url } = await startStandaloneServer(server, {
  listen: { port: Number(port), host: '127.0.0.1' },
  context: async ({ req }) => ({ authorization: req.headers.authorization }),
});
console.log(`stock Apollo Gateway ready at ${url}`);
