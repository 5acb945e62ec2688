import path from 'node:path';
import { defineConfig } from 'vitest/config';
import { kitVitestConfig } from '../subgraphs/kit/vitest.shared';

const base = kitVitestConfig();
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    // after the kit's setup (PostgreSQL): names the run's seeded template that startStack copies
    globalSetup: [...(base.test?.globalSetup as string[]), path.join(__dirname, 'src/global-setup.ts')],
    include: [
      'start/**/*.test.ts',
      'gateway/**/*.test.ts',
      'portal/**/*.test.ts',
      'fuzz/**/*.test.ts',
      'authz/**/*.test.ts',
      'audit/**/*.test.ts',
      'faults/**/*.test.ts',
    ],
    // each file starts the whole system: one at a time on two cores
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 240_000,
  },
});
