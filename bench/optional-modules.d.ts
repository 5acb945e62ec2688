// bench's own dependencies are installed on first `npm run bench` (bench/package.json), not with the
// workspace: typed loosely here so `npm run typecheck` works on a fresh clone too
declare module 'autocannon';
declare module '@graphql-hive/gateway';
declare module '@graphql-hive/router-runtime';
