import { createGateway } from './gateway';
import { loadGatewayEnv, subgraphTimeouts, subgraphUrlOverrides } from './env';

async function main() {
  const env = loadGatewayEnv();
  const gw = await createGateway({
    supergraphPath: env.SUPERGRAPH_PATH,
    authSecret: env.AUTH_SECRET,
    corsOrigins: env.CORS_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    maxBodyBytes: env.MAX_BODY_BYTES,
    subgraphUrls: subgraphUrlOverrides(),
    logLevel: env.LOG_LEVEL,
    responseCacheTtl: env.RESPONSE_CACHE_TTL,
    passthroughMaxBodyBytes: env.PASSTHROUGH_MAX_BODY_BYTES,
    passthroughTimeoutMs: env.PASSTHROUGH_TIMEOUT_MS,
    subgraphTimeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    subgraphTimeouts: subgraphTimeouts(),
    trustedProxies: env.TRUSTED_PROXIES,
  });
  const running = await gw.listen(env.PORT, env.HOST);
  let stopping = false;
  const stop = () => {
    if (stopping) return;
    stopping = true;
    running.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(`[gateway] failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
