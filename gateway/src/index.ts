import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { asciiSdl, createLogger } from '@kendari/kit/platform';
import { createCallers } from './callers';
import { createGateway } from './gateway';
import { loadGatewayEnv, subgraphTimeouts, subgraphUrlOverrides } from './env';
import { routingUrls } from './passthrough';

async function main() {
  const env = loadGatewayEnv();
  // read by V8 at every full collection, so setting it here, before any load, is enough (see env.ts)
  if (env.GATEWAY_HEAP_GROWING_PERCENT > 0) setFlagsFromString(`--heap-growing-percent=${env.GATEWAY_HEAP_GROWING_PERCENT}`);
  // API keys (checked with core) and quotas (in Redis when REDIS_URL is set): callers.ts
  const callers = await createCallers({
    authSecret: env.AUTH_SECRET,
    coreUrl: routingUrls(asciiSdl(readFileSync(env.SUPERGRAPH_PATH, 'utf8')), subgraphUrlOverrides()).core,
    redisUrl: env.REDIS_URL,
    quotaKeyPrefix: env.QUOTA_KEY_PREFIX,
    anonymousQuota: { perMinute: env.ANONYMOUS_QUOTA_PER_MINUTE, perDay: Math.max(env.ANONYMOUS_QUOTA_PER_DAY, env.ANONYMOUS_QUOTA_PER_MINUTE) },
    keyCacheSeconds: env.API_KEY_CACHE_SECONDS,
    usageFlushSeconds: env.API_KEY_USAGE_FLUSH_SECONDS,
    log: createLogger('gateway', env.LOG_LEVEL),
  });
  const gw = await createGateway({
    callers,
    supergraphPath: env.SUPERGRAPH_PATH,
    authSecret: env.AUTH_SECRET,
    corsOrigins: env.CORS_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    maxBodyBytes: env.MAX_BODY_BYTES,
    subgraphUrls: subgraphUrlOverrides(),
    logLevel: env.LOG_LEVEL,
    responseCacheTtl: env.RESPONSE_CACHE_TTL,
    redisUrl: env.REDIS_URL,
    responseCacheKeyPrefix: env.RESPONSE_CACHE_KEY_PREFIX,
    contractPath: env.CONTRACT_PATH,
    trustedDocumentsPaths: env.TRUSTED_DOCUMENTS_PATH.split(',')
      .map((p) => p.trim())
      .filter(Boolean),
    trustedDocuments: env.TRUSTED_DOCUMENTS,
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
    // DRAIN_SECONDS of `/ready` 503 while still serving, so a load balancer moves away before the listener closes
    running
      .close({ drainMs: env.DRAIN_SECONDS * 1000 })
      .then(() => callers.close()) // the usage counted since the last flush goes to core
      .then(
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
