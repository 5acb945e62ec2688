import { createRequire } from 'node:module';
import path from 'node:path';
import type { ViteUserConfig } from 'vitest/config';

const require = createRequire(__filename);

/** The vitest settings every package shares: one graphql realm, one PostgreSQL server per run. */
export function kitVitestConfig(): ViteUserConfig {
  return {
    resolve: {
      // one copy of graphql (CJS) for source and dependencies: two realms break `instanceof` checks
      alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
    },
    test: {
      globalSetup: [path.join(__dirname, 'dist/test-global-setup.js')],
      include: ['test/**/*.test.ts'],
      testTimeout: 30_000,
      hookTimeout: 60_000,
      pool: 'forks',
    },
  };
}
