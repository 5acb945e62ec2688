import 'reflect-metadata';

// the subgraph audience: the platform part (also `@kendari/kit/platform`) plus ORM, schema, server, data helpers
export * from './platform';
export * from './context';
export * from './can';
export * from './database';
export * from './loaders';
export * from './held';
export * from './orm';
export * from './pagination';
export * from './paged';
export * from './prepared';
export * from './schema';
export * from './server';
export * from './subgraph';
// test helpers are not here: tests import them from `@kendari/kit/testing` (node:assert, pg)
export * from './validation';
export * from './reference';
export * from './idempotency';
export * from './throttle';
export * from './input-guard';
export * from './workflow';
export * from './transition';
export * from './audit';
export * from './federation';
export * from './uploads';
export * from './rupiah';
export * from './contract';
export * from './cache-hints';
export * from './month-span';
