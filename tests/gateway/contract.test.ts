import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildSchema, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';
import { Supergraph } from '@apollo/federation-internals';
import { discoverSubgraphs } from '@kendari/kit';
// the compose script is not a package: its build output is read directly
const { contractGate } = require('../../schema/dist/compose') as typeof import('../../schema/src/compose');
const { contractSdl } = require('../../schema/dist/contract') as typeof import('../../schema/src/contract');

/** Issue 17: the public contract (schema/public.graphql), its personal-data guard and its breaking-change gate. */
const root = path.resolve(__dirname, '../..');
const read = (f: string) => readFileSync(path.join(root, f), 'utf8');
const supergraphSdl = read('schema/supergraph.graphql');
const contract = read('schema/public.graphql');
const api = Supergraph.build(supergraphSdl).apiSchema().toGraphQLJSSchema();

/** Every subgraph's src/personal-data.ts, with the subgraph that keeps each entry. */
async function personalData(): Promise<Array<{ subgraph: string; entry: string }>> {
  const out = [];
  for (const d of discoverSubgraphs(root)) {
    const mod = (await import(path.join(d.dir, 'src/personal-data.ts'))) as { PERSONAL_DATA: readonly string[] };
    for (const entry of mod.PERSONAL_DATA) out.push({ subgraph: d.name, entry });
  }
  return out;
}

/** Entries ("Type" or "Type.field") a schema exposes. */
function exposed(schema: GraphQLSchema, entries: readonly string[]): string[] {
  return entries.filter((e) => {
    const [type, field] = e.split('.');
    const t = schema.getType(type);
    if (!t) return false;
    if (!field) return true;
    return (isObjectType(t) || isInterfaceType(t)) && field in t.getFields();
  });
}

describe('the public contract', () => {
  it('every subgraph keeps a personal-data list, and each entry names a type or field of the graph', async () => {
    const list = await personalData();
    expect(new Set(list.map((l) => l.subgraph))).toEqual(new Set(discoverSubgraphs(root).map((d) => d.name)));
    // a misspelt or stale entry would guard nothing
    expect(list.filter((l) => exposed(api, [l.entry]).length === 0).map((l) => `${l.subgraph}: ${l.entry}`)).toEqual([]);
    expect(list.length).toBeGreaterThan(30);
  });

  it('carries no personal-data field or type', async () => {
    const entries = (await personalData()).map((l) => l.entry);
    expect(exposed(buildSchema(contract), entries)).toEqual([]);
  });

  it('the guard would catch a personal field tagged public by mistake', async () => {
    const entries = (await personalData()).map((l) => l.entry);
    const tagged = supergraphSdl
      .replace(/^( {2}nik: String @join__field\(graph: CORE\).*)$/m, '$1 @tag(name: "public")')
      .replace(/^( {2}me: Citizen! @join__field\(graph: CORE\).*)$/m, '$1 @tag(name: "public")');
    expect(tagged).not.toBe(supergraphSdl);
    const leaked = buildSchema(contractSdl(tagged));
    expect(exposed(leaked, entries)).toEqual(expect.arrayContaining(['Citizen', 'Citizen.nik']));
    // and only the tagged field of Citizen came along, not the rest of the type
    expect(Object.keys((leaked.getType('Citizen') as never as { getFields(): object }).getFields())).toEqual(['nik']);
  });

  it('is the tagged part of the supergraph: public queries in, login-only queries and every mutation out', () => {
    expect(contractSdl(supergraphSdl).trim()).toBe(contract.replace(/^#.*\n/, '').trim());
    const schema = buildSchema(contract);
    const queries = Object.keys(schema.getQueryType()!.getFields());
    for (const q of [
      'services',
      'agencies',
      'kecamatans',
      'serviceStatusBoard',
      'verifyLetter',
      'verifyPermit',
      'permitRegister',
      'healthFacilities',
      'healthQueue',
      'taxBill',
      'taxCollectionStats',
    ])
      expect(queries).toContain(q);
    for (const q of [
      'me',
      'letterQueue',
      'permitQueue',
      'jariQueue',
      'jariReportByCode',
      'emergencyReport',
      'appointment',
      'bapendaTaxObjects',
      'openEmergencies',
    ])
      expect(queries).not.toContain(q);
    expect(schema.getMutationType()).toBeUndefined();
    // fields other subgraphs add to a public type stay out unless tagged there
    expect(Object.keys((schema.getType('Kelurahan') as never as { getFields(): object }).getFields())).not.toContain('fireStations');
    const types = Object.keys(schema.getTypeMap()).filter((t) => !t.startsWith('__')).length;
    const all = Object.keys(api.getTypeMap()).filter((t) => !t.startsWith('__')).length;
    console.log(`[contract] ${types} of ${all} types, ${queries.length} of ${Object.keys(api.getQueryType()!.getFields()).length} queries`);
  });
});

describe('the breaking-change gate', () => {
  // Each case changes today's contract and releases today's contract beside it, so the gate sees only the
  // case's own change (not what the repository's Unreleased section already records).
  const dir = (changelog: string): string => {
    const d = mkdtempSync(path.join(tmpdir(), 'contract-'));
    writeFileSync(path.join(d, 'public.released.graphql'), contract);
    writeFileSync(path.join(d, 'CHANGELOG.md'), changelog);
    return d;
  };
  const base = '# Public contract changelog\n\n## Unreleased\n\n';
  const withoutVerifyPermit = contract.replace(/^ {2}"""[^"]*"""\n {2}verifyPermit\(code: String!\): PermitVerification!\n/m, '');

  it('passes the committed contract against the released one', async () => {
    expect(await contractGate(contract, path.join(root, 'schema'))).toEqual([]);
  });

  it('fails a removed public field that the changelog does not record, naming its path', async () => {
    expect(withoutVerifyPermit).not.toBe(contract);
    const problems = await contractGate(
      withoutVerifyPermit,
      dir(`${base}- Added nothing.\n\n## 2026-12-01\n\n- BREAKING \`Query.verifyPermit\`: an old release\n`),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/\[BREAKING\] `Query\.verifyPermit`/);
  });

  it('passes the same change once the Unreleased section records it as intended', async () => {
    expect(await contractGate(withoutVerifyPermit, dir(`${base}- BREAKING \`Query.verifyPermit\`: replaced by verifyDocument.\n`))).toEqual([]);
  });

  it('passes an added field (not breaking) and fails a new required argument', async () => {
    const added = contract.replace(/^type Query \{\n/m, 'type Query {\n  somethingNew: Int\n');
    expect(await contractGate(added, dir(base))).toEqual([]);
    const argument = contract.replace('verifyPermit(code: String!)', 'verifyPermit(code: String!, nik: String!)');
    expect(argument).not.toBe(contract);
    expect((await contractGate(argument, dir(base))).join('\n')).toMatch(/Query\.verifyPermit\.nik/);
  });
});
