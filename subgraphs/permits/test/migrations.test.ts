import { describe, it } from 'vitest';
import { assertNoMigrationDrift } from '@kendari/kit/testing';
import { permits } from '../src/subgraph';
import { driftAllowed } from '../src/migrations/drift-allowed';

describe('permits migrations', () => {
  it('agree with the entities: on a fresh database the schema diff is only the SQL-only objects in drift-allowed.ts', async () => {
    await assertNoMigrationDrift(permits, driftAllowed);
  });
});
