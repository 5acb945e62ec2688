import { ensureTestServer } from './testing';

/** vitest globalSetup for every package: one PostgreSQL server for the whole run. */
export default async function setup() {
  const server = await ensureTestServer();
  return async () => server.stop();
}
