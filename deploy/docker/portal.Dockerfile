# syntax=docker/dockerfile:1
# The portal (Next.js), from the repository root:
#   docker build -f deploy/docker/portal.Dockerfile -t satu-kendari/portal:0.1.0 .
# Runs what `npm run cluster` runs for a portal replica: next start. GATEWAY_URL is read at run time
# (server side), so one image serves every installation.
ARG NODE_VERSION=20.20

FROM node:${NODE_VERSION}-bookworm AS build
WORKDIR /app
COPY . .
ENV NEXT_TELEMETRY_DISABLED=1
RUN npm ci --no-audit --no-fund \
 && npx turbo run build --filter=@kendari/portal --output-logs=errors-only

FROM node:${NODE_VERSION}-bookworm AS deps
WORKDIR /app
COPY . .
RUN npm ci --omit=dev --no-audit --no-fund --workspace=@kendari/portal \
 && mkdir -p portal/node_modules

FROM node:${NODE_VERSION}-bookworm-slim
ENV NODE_ENV=production NEXT_TELEMETRY_DISABLED=1 PORT=3000
WORKDIR /app
COPY --from=deps /app/node_modules node_modules
# the portal's React 19 lives here (the gateway's playground keeps React 18 at the root)
COPY --from=deps /app/portal/node_modules portal/node_modules
COPY --from=build /app/package.json ./
COPY --from=build /app/portal/package.json /app/portal/next.config.ts portal/
COPY --from=build /app/portal/.next portal/.next
# the Next.js cache folder is an emptyDir in Kubernetes (the root file system is read-only)
RUN rm -rf portal/.next/cache && mkdir -p portal/.next/cache && chown 10001:10001 portal/.next/cache
WORKDIR /app/portal
USER 10001:10001
EXPOSE 3000
CMD ["sh", "-c", "exec node /app/node_modules/next/dist/bin/next start -p \"${PORT}\" -H 0.0.0.0"]
