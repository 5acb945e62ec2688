import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'graphql';
import { discoverSubgraphs } from '@kendari/kit';
// the compose script is not a package: its build output is read directly
const { nonNullContributedFields, nonNullEntityReferences } = require('../../schema/dist/compose') as typeof import('../../schema/src/compose');

/** Issue 12 item 4: composition refuses a non-null field that one subgraph adds to another's entity. */
const root = path.resolve(__dirname, '../..');
const sdl = (s: string) => parse(`extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@external", "@shareable"]) ${s}`);

describe("the compose rule for fields added to another subgraph's entity", () => {
  const owner = {
    name: 'core',
    typeDefs: sdl('type Service @key(fields: "id") { id: ID! name: String! agency: String! } type Query { services: [Service!]! }'),
  };

  it('names each non-null contributed field, and accepts nullable ones and shared fields', () => {
    // jari defines more fields of Service than core here: core still owns it (ENTITY_OWNERS)
    const jari = { name: 'jari', typeDefs: sdl('type Service @key(fields: "id") { id: ID! status: String! name: String! @shareable note: String }') };
    const problems = nonNullContributedFields([owner, jari]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^jari adds Service\.status: String! to core's entity Service: make it nullable \(String\)/);
    const fixed = { name: 'jari', typeDefs: sdl('type Service @key(fields: "id") { id: ID! status: String name: String! @shareable }') };
    expect(nonNullContributedFields([owner, fixed])).toEqual([]);
  });

  it('takes the subgraph defining most of an entity as its owner when none is declared', () => {
    const fire = { name: 'firebutton', typeDefs: sdl('type FireStation @key(fields: "id") { id: ID! name: String! units: Int! }') };
    const other = { name: 'health', typeDefs: sdl('type FireStation @key(fields: "id") { id: ID! nearestClinic: String! }') };
    expect(nonNullContributedFields([fire, other])).toEqual([
      expect.stringMatching(/^health adds FireStation\.nearestClinic: String! to firebutton's entity FireStation/),
    ]);
  });

  it('holds for the subgraphs as committed (their schema.graphql files)', () => {
    const subgraphs = discoverSubgraphs(root)
      .map((d) => ({ name: d.name, file: path.join(root, 'subgraphs', d.name, 'schema.graphql') }))
      .filter((s) => existsSync(s.file))
      .map((s) => ({ name: s.name, typeDefs: parse(readFileSync(s.file, 'utf8')) }));
    expect(subgraphs.length).toBeGreaterThanOrEqual(4);
    expect(nonNullContributedFields(subgraphs)).toEqual([]);
  });
});

/** Issue 12: a field of one subgraph whose type is another subgraph's entity is nullable too (a reference). */
describe("the compose rule for references to another subgraph's entity", () => {
  const core = {
    name: 'core',
    typeDefs: sdl('type Service @key(fields: "id") { id: ID! name: String! } type Kelurahan @key(fields: "id") { id: ID! name: String! parent: Service! }'),
  };

  it("names a non-null reference, and accepts a nullable one, a list of references and the owner's own fields", () => {
    const laika = {
      name: 'laika',
      typeDefs: sdl(
        'type Service @key(fields: "id", resolvable: false) { id: ID! } type LetterType { id: ID! service: Service! related: [Service!] } type Query { letterTypes: [LetterType!]! }',
      ),
    };
    expect(nonNullEntityReferences([core, laika])).toEqual([
      expect.stringMatching(/^laika declares LetterType\.service: Service!, a reference to core's entity Service: make it nullable \(Service\)/),
    ]);
    const fixed = {
      name: 'laika',
      typeDefs: sdl('type Service @key(fields: "id", resolvable: false) { id: ID! } type LetterType { id: ID! service: Service }'),
    };
    expect(nonNullEntityReferences([core, fixed])).toEqual([]);
  });

  it('holds for entities owned by other subgraphs than core, and for the subgraphs as committed', () => {
    const fire = { name: 'firebutton', typeDefs: sdl('type FireStation @key(fields: "id") { id: ID! name: String! units: Int! }') };
    const health = { name: 'health', typeDefs: sdl('type FireStation @key(fields: "id") { id: ID! } type Clinic { nearestStation: FireStation! }') };
    expect(nonNullEntityReferences([fire, health])).toEqual([
      expect.stringMatching(/^health declares Clinic\.nearestStation: FireStation!, a reference to firebutton's/),
    ]);
    const subgraphs = discoverSubgraphs(root)
      .map((d) => ({ name: d.name, file: path.join(root, 'subgraphs', d.name, 'schema.graphql') }))
      .filter((s) => existsSync(s.file))
      .map((s) => ({ name: s.name, typeDefs: parse(readFileSync(s.file, 'utf8')) }));
    expect(nonNullEntityReferences(subgraphs)).toEqual([]);
  });
});
