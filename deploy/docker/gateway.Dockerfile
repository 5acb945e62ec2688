# syntax=docker/dockerfile:1
# The gateway, from the repository root:
#   docker build -f deploy/docker/gateway.Dockerfile -t satu-kendari/gateway:0.1.0 .
# Runs what `npm run cluster` runs for a gateway replica: node gateway/dist/index.js. The supergraph
# baked in (schema/supergraph.graphql) is the default; Kubernetes mounts the ConfigMap over SUPERGRAPH_PATH.
ARG NODE_VERSION=20.20

FROM node:${NODE_VERSION}-bookworm AS build
WORKDIR /app
COPY . .
RUN npm ci --no-audit --no-fund \
 && npx turbo run build --filter=@kendari/gateway... --output-logs=errors-only

FROM node:${NODE_VERSION}-bookworm AS deps
WORKDIR /app
COPY . .
RUN npm ci --omit=dev --no-audit --no-fund --workspace=@kendari/gateway --workspace=@kendari/kit \
 && mkdir -p subgraphs/kit/node_modules gateway/node_modules

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=deps /app/node_modules node_modules
COPY --from=deps /app/subgraphs/kit/node_modules subgraphs/kit/node_modules
COPY --from=deps /app/gateway/node_modules gateway/node_modules
COPY --from=build /app/package.json /app/turbo.json ./
COPY --from=build /app/subgraphs/manifest.json subgraphs/manifest.json
COPY --from=build /app/subgraphs/kit/package.json subgraphs/kit/package.json
COPY --from=build /app/subgraphs/kit/dist subgraphs/kit/dist
COPY --from=build /app/gateway/package.json gateway/package.json
COPY --from=build /app/gateway/dist gateway/dist
COPY --from=build /app/schema/supergraph.graphql schema/supergraph.graphql
# the public contract and the portal's trusted documents (CONTRACT_PATH, TRUSTED_DOCUMENTS_PATH defaults)
COPY --from=build /app/schema/public.graphql schema/public.graphql
COPY --from=build /app/portal/graphql/generated/ portal/graphql/generated/
USER 10001:10001
EXPOSE 4000
CMD ["node", "gateway/dist/index.js"]
