import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { dropTestDatabase } from '@kendari/kit/testing';

/**
 * Names this run's seeded template database (built lazily by the first startStack, see harness.ts)
 * and drops it at the end. Runs after the kit's global setup, which provides DATABASE_URL.
 */
export default function setup(project: TestProject) {
  const name = `kt_stack_template_${randomBytes(4).toString('hex')}`;
  project.provide('stackTemplate', name);
  return async () => dropTestDatabase(name);
}
