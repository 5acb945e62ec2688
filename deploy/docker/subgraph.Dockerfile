# syntax=docker/dockerfile:1
# One image per subgraph, from the repository root:
#   docker build -f deploy/docker/subgraph.Dockerfile --build-arg SUBGRAPH=core -t satu-kendari/subgraph-core:0.1.0 .
# Runs what `npm run cluster` runs for a subgraph replica: node subgraphs/<name>/dist/index.js.
# Not built on the development machines (no container engine there): see deploy/README.md.
ARG NODE_VERSION=20.20

# --- build: every dependency, then the kit and the subgraph compiled with tsc (turbo) ---
FROM node:${NODE_VERSION}-bookworm AS build
ARG SUBGRAPH
RUN test -n "$SUBGRAPH" || (echo "--build-arg SUBGRAPH=<name> is required" && exit 1)
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund \
 && npx turbo run build --filter=@kendari/subgraph-${SUBGRAPH}... --output-logs=errors-only

# --- deps: production dependencies of this subgraph's workspace only ---
FROM node:${NODE_VERSION}-bookworm AS deps
ARG SUBGRAPH
WORKDIR /app
COPY . .
RUN npm ci --omit=dev --no-audit --no-fund --workspace=@kendari/subgraph-${SUBGRAPH} --workspace=@kendari/kit \
 # a workspace keeps the dependencies it cannot share in its own node_modules: make sure both exist for COPY
 && mkdir -p subgraphs/kit/node_modules subgraphs/${SUBGRAPH}/node_modules

# --- runtime: slim, non-root, read-only friendly ---
FROM node:${NODE_VERSION}-bookworm-slim
ARG SUBGRAPH
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY --from=deps /app/node_modules node_modules
COPY --from=deps /app/subgraphs/kit/node_modules subgraphs/kit/node_modules
COPY --from=deps /app/subgraphs/${SUBGRAPH}/node_modules subgraphs/${SUBGRAPH}/node_modules
# repoRoot() looks for turbo.json; the subgraph list is subgraphs/manifest.json
COPY --from=build /app/package.json /app/turbo.json ./
COPY --from=build /app/subgraphs/manifest.json subgraphs/manifest.json
COPY --from=build /app/subgraphs/kit/package.json subgraphs/kit/package.json
COPY --from=build /app/subgraphs/kit/dist subgraphs/kit/dist
COPY --from=build /app/subgraphs/${SUBGRAPH}/package.json subgraphs/${SUBGRAPH}/package.json
COPY --from=build /app/subgraphs/${SUBGRAPH}/dist subgraphs/${SUBGRAPH}/dist
WORKDIR /app/subgraphs/${SUBGRAPH}
USER 10001:10001
# the subgraph's own port (PORT) is set by the Deployment; /health and /ready answer on it
CMD ["node", "dist/index.js"]
