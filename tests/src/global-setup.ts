import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { createTestDatabase, dropTestDatabase } from '@kendari/kit/testing';
import { buildSeededTemplate, portalBuilt, startStackOn, type SharedStackStatus, type Stack } from './harness';

/**
 * Names this run's seeded template database (built by whoever needs it first, see harness.ts) and starts
 * the run's shared stack on a copy of it in the background: sharedStack() in a test file waits for the
 * file written here. Both go at the end. Runs after the kit's global setup, which provides DATABASE_URL.
 */
export default function setup(project: TestProject) {
  const id = randomBytes(4).toString('hex');
  const template = `kt_stack_template_${id}`;
  const statusFile = path.join(os.tmpdir(), `kendari-shared-stack-${id}.json`);
  project.provide('stackTemplate', template);
  project.provide('sharedStackFile', statusFile);

  const write = (status: SharedStackStatus) => {
    writeFileSync(`${statusFile}.part`, JSON.stringify(status));
    renameSync(`${statusFile}.part`, statusFile); // a reader never sees half a file
  };
  const starting: Promise<Stack | null> = (async () => {
    await buildSeededTemplate(template);
    const stack = await startStackOn(await createTestDatabase('shared', { template }), { portal: portalBuilt() });
    write({ gatewayUrl: stack.gatewayUrl, portalUrl: stack.portalUrl, subgraphUrls: stack.subgraphUrls, databaseUrl: stack.databaseUrl });
    return stack;
  })().catch((err: unknown) => {
    write({ error: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    return null;
  });

  return async () => {
    await (await starting)?.stop();
    rmSync(statusFile, { force: true });
    await dropTestDatabase(template);
  };
}
