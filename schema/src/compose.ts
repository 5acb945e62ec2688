/**
 * Composes the supergraph from the subgraphs' code (no running server needed):
 *   node schema/dist/compose.js          writes subgraphs/<name>/schema.graphql, schema/supergraph.graphql and
 *                                        schema/public.graphql (the public contract, ./contract.ts)
 *   node schema/dist/compose.js --check  fails when the committed files differ from the code (CI), or when the
 *                                        contract breaks schema/public.released.graphql without a CHANGELOG.md line
 *   node schema/dist/compose.js --only core,laika   composes just these, writes nothing
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { composeServices } from '@apollo/composition';
import {
  Kind,
  parse,
  print,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type ObjectTypeExtensionNode,
  type TypeNode,
} from 'graphql';
import { discoverSubgraphs, type DiscoveredSubgraph } from '@kendari/kit';
import { breakingChanges, contractSdl, unrecordedBreaking } from './contract';
import { deprecationGate } from './deprecations';

const root = path.resolve(__dirname, '../..');
const check = process.argv.includes('--check');
// --only core,laika: compose just these and write nothing (to try one subgraph while others are unfinished)
const onlyArg = process.argv.find((a) => a.startsWith('--only'));
const only = onlyArg ? (onlyArg.split('=')[1] ?? process.argv[process.argv.indexOf(onlyArg) + 1] ?? '').split(',') : null;

/** Every subgraph (kit's discovery), or only those named with --only. */
function discover(): DiscoveredSubgraph[] {
  return discoverSubgraphs(root).filter((d) => {
    if (only) return only.includes(d.name);
    // a subgraph listed in the manifest before its code exists is skipped (said so); once written, it is composed
    if (!existsSync(path.join(d.dir, 'src/subgraph.ts'))) {
      console.warn(`[compose] ${d.name}: in subgraphs/manifest.json but has no src/subgraph.ts yet; skipped`);
      return false;
    }
    return true;
  });
}

/**
 * A subgraph's SDL, printed from its code in a process of its own: type-graphql keeps its
 * metadata globally, so two subgraphs built in one process could see each other's types.
 */
function sdlOf(name: string): string {
  const script = `require('reflect-metadata');
    const def = require(${JSON.stringify(path.join(root, 'subgraphs', name, 'dist/subgraph.js'))})[${JSON.stringify(name)}];
    const { subgraphSdl } = require(${JSON.stringify(path.join(root, 'subgraphs/kit/dist'))});
    def.buildSchema().then((s) => process.stdout.write(subgraphSdl(s)), (e) => { console.error(e.message); process.exit(1); });`;
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', cwd: path.join(root, 'subgraphs', name) });
}

/**
 * Fields a subgraph adds to an entity another subgraph owns must be nullable: when the adding
 * subgraph is down (or past its deadline) the gateway answers null for its field, and a non-null
 * field would turn that null into a null parent, blanking the owner's part of the answer too.
 * The owner of an entity is the one ENTITY_OWNERS names (the architecture's shared entities), else the
 * subgraph that defines the most of its fields; a field only other subgraphs define (not @external) is
 * contributed. Returns one line per offending field.
 */
export const ENTITY_OWNERS: Readonly<Record<string, string>> = { Citizen: 'core', Kelurahan: 'core', Kecamatan: 'core', Agency: 'core', Service: 'core' };

export function nonNullContributedFields(
  subgraphs: Array<{ name: string; typeDefs: DocumentNode }>,
  owners: Readonly<Record<string, string>> = ENTITY_OWNERS,
): string[] {
  type Def = { subgraph: string; fields: Map<string, FieldDefinitionNode> };
  const entities = new Map<string, Def[]>();
  for (const { name, typeDefs } of subgraphs) {
    for (const d of typeDefs.definitions) {
      if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION) continue;
      const type = d as ObjectTypeDefinitionNode | ObjectTypeExtensionNode;
      if (!type.directives?.some((x) => x.name.value === 'key')) continue;
      const fields = new Map<string, FieldDefinitionNode>();
      for (const f of type.fields ?? []) if (!f.directives?.some((x) => x.name.value === 'external')) fields.set(f.name.value, f);
      const list = entities.get(type.name.value) ?? [];
      const same = list.find((x) => x.subgraph === name);
      if (same) for (const [k, v] of fields) same.fields.set(k, v);
      else list.push({ subgraph: name, fields });
      entities.set(type.name.value, list);
    }
  }
  const problems: string[] = [];
  for (const [type, defs] of entities) {
    if (defs.length < 2) continue;
    const owner =
      defs.find((d) => d.subgraph === owners[type]) ?? [...defs].sort((a, b) => b.fields.size - a.fields.size || a.subgraph.localeCompare(b.subgraph))[0];
    for (const def of defs) {
      if (def === owner) continue;
      for (const [field, node] of def.fields) {
        if (owner.fields.has(field) || node.type.kind !== Kind.NON_NULL_TYPE) continue;
        problems.push(
          `${def.subgraph} adds ${type}.${field}: ${print(node.type)} to ${owner.subgraph}'s entity ${type}: make it nullable (${print(node.type.type)}), so an outage of ${def.subgraph} leaves the rest of an answer standing`,
        );
      }
    }
  }
  return problems.sort();
}

/**
 * Fields whose type is an entity another subgraph owns (e.g. laika's `LetterType.service: Service`) must be
 * nullable too: the referenced entity's own fields come from its owner, and when the owner is down a null
 * inside it would climb through a non-null reference and blank the referring subgraph's answer. Owners as
 * in nonNullContributedFields. Returns one line per offending field.
 */
export function nonNullEntityReferences(
  subgraphs: Array<{ name: string; typeDefs: DocumentNode }>,
  owners: Readonly<Record<string, string>> = ENTITY_OWNERS,
): string[] {
  const sizes = new Map<string, Array<{ subgraph: string; fields: number }>>();
  for (const { name, typeDefs } of subgraphs)
    for (const d of typeDefs.definitions) {
      if ((d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION) || !d.directives?.some((x) => x.name.value === 'key')) continue;
      const own = (d.fields ?? []).filter((f) => !f.directives?.some((x) => x.name.value === 'external')).length;
      sizes.set(d.name.value, [...(sizes.get(d.name.value) ?? []), { subgraph: name, fields: own }]);
    }
  const ownerOf = (type: string) =>
    owners[type] ?? [...(sizes.get(type) ?? [])].sort((a, b) => b.fields - a.fields || a.subgraph.localeCompare(b.subgraph))[0]?.subgraph;
  const named = (t: TypeNode): string => (t.kind === Kind.NAMED_TYPE ? t.name.value : named(t.type));
  const problems: string[] = [];
  for (const { name, typeDefs } of subgraphs)
    for (const d of typeDefs.definitions) {
      if (d.kind !== Kind.OBJECT_TYPE_DEFINITION && d.kind !== Kind.OBJECT_TYPE_EXTENSION && d.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
      for (const f of d.fields ?? []) {
        const target = named(f.type);
        const owner = sizes.has(target) ? ownerOf(target) : undefined;
        if (!owner || owner === name || f.type.kind !== Kind.NON_NULL_TYPE || f.directives?.some((x) => x.name.value === 'external')) continue;
        problems.push(
          `${name} declares ${d.name.value}.${f.name.value}: ${print(f.type)}, a reference to ${owner}'s entity ${target}: make it nullable (${print(f.type.type)}), so an outage of ${owner} leaves the rest of ${name}'s answer standing`,
        );
      }
    }
  return problems.sort();
}

const HEADER = "# Generated by `npm run compose` from the subgraphs' code. Do not edit.\n";

async function main(): Promise<void> {
  const defs = discover();
  const subgraphs = [];
  const stale: string[] = [];
  for (const def of defs) {
    const sdl = `${HEADER}${sdlOf(def.name).trim()}\n`;
    const file = path.join(root, 'subgraphs', def.name, 'schema.graphql');
    if (only) {
      // dry run: nothing written
    } else if (check) {
      if (!existsSync(file) || readFileSync(file, 'utf8') !== sdl) stale.push(path.relative(root, file));
    } else writeFileSync(file, sdl);
    subgraphs.push({ name: def.name, url: `http://127.0.0.1:${def.defaultPort}/graphql`, typeDefs: parse(sdl) });
  }
  const nonNull = [
    ...nonNullContributedFields(subgraphs).map((p) => `[NON_NULL_CONTRIBUTED_FIELD] ${p}`),
    ...nonNullEntityReferences(subgraphs).map((p) => `[NON_NULL_ENTITY_REFERENCE] ${p}`),
  ];
  if (nonNull.length) {
    console.error(
      `Composition refused: ${nonNull.length} non-null field${nonNull.length > 1 ? 's' : ''} contributed to or referencing another subgraph's entity:`,
    );
    for (const p of nonNull) console.error(`\n  ${p}`);
    process.exit(1);
  }
  const result = composeServices(subgraphs);
  if (result.errors) {
    console.error(`Composition failed (${result.errors.length} error${result.errors.length > 1 ? 's' : ''}):`);
    for (const e of result.errors) {
      const code = (e.extensions?.code as string | undefined) ?? 'ERROR';
      console.error(`\n  [${code}] ${e.message.replace(/\n/g, '\n    ')}`);
    }
    process.exit(1);
  }
  for (const hint of result.hints) console.warn(`hint [${hint.definition.code}] ${hint.message}`);
  if (only) {
    console.log(`Composed ${defs.map((d) => d.name).join(', ')} cleanly (dry run: nothing written).`);
    return;
  }
  const supergraph = `${HEADER}${result.supergraphSdl.trim()}\n`;
  const superFile = path.join(root, 'schema/supergraph.graphql');
  const contract = `${HEADER}${contractSdl(result.supergraphSdl).trim()}\n`;
  const contractFile = path.join(root, 'schema/public.graphql');
  const gate = await contractGate(contract);
  // the deprecation policy holds in both modes: a deprecation without its dates is never written
  const deprecations = deprecationGate(contract, path.join(root, 'schema'));
  if (deprecations.length) {
    console.error(`The public contract breaks the deprecation policy (schema/CHANGELOG.md):\n${deprecations.join('\n')}`);
    process.exit(1);
  }
  if (check) {
    if (!existsSync(superFile) || readFileSync(superFile, 'utf8') !== supergraph) stale.push('schema/supergraph.graphql');
    if (!existsSync(contractFile) || readFileSync(contractFile, 'utf8') !== contract) stale.push('schema/public.graphql');
    if (stale.length) {
      console.error(
        `Schema drift: these committed files differ from the code:\n${stale.map((s) => `  ${s}`).join('\n')}\nRun \`npm run compose\` and commit the result.`,
      );
      process.exit(1);
    }
    if (gate.length) {
      console.error(
        `Breaking change${gate.length > 1 ? 's' : ''} to the public contract (schema/public.released.graphql -> schema/public.graphql) not recorded in schema/CHANGELOG.md:\n${gate.join('\n')}\n` +
          'Keep the field (deprecate it instead), or record the change as intended under "## Unreleased" with its path in backticks, e.g. "- BREAKING `Query.foo`: removed, because ...".',
      );
      process.exit(1);
    }
    console.log(
      `Schema check passed: ${defs.map((d) => d.name).join(', ')} compose cleanly and match the committed files; the public contract has no unrecorded breaking change.`,
    );
    return;
  }
  writeFileSync(superFile, supergraph);
  writeFileSync(contractFile, contract);
  for (const line of gate) console.warn(`warning: unrecorded breaking change to the public contract (compose --check will fail):${line}`);
  console.log(`Composed ${defs.map((d) => d.name).join(', ')} into schema/supergraph.graphql`);
}

/** Lines naming each BREAKING change from the released contract that CHANGELOG.md does not record. */
export async function contractGate(contract: string, dir = path.join(root, 'schema')): Promise<string[]> {
  const releasedFile = path.join(dir, 'public.released.graphql');
  if (!existsSync(releasedFile)) return ['  schema/public.released.graphql is missing: copy schema/public.graphql there when releasing'];
  const changelogFile = path.join(dir, 'CHANGELOG.md');
  const changelog = existsSync(changelogFile) ? readFileSync(changelogFile, 'utf8') : '';
  const breaking = await breakingChanges(readFileSync(releasedFile, 'utf8'), contract);
  return unrecordedBreaking(breaking, changelog).map((c) => `  [BREAKING] \`${c.path ?? '(schema)'}\`: ${c.message}`);
}

// run as a script; imported (tests), only the checks are used
if (require.main === module) {
  main().catch((err) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
