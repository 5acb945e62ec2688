import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serialize } from 'node:v8';
import { buildASTSchema, buildSchema, parse, printSchema, type ObjectTypeDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { asciiSdl } from '../src/platform';

/** V8's own serializer writes a one-byte string with tag '"' and a two-byte one with tag 'c' (after a 2-byte header). */
const isOneByte = (s: string) => String.fromCharCode(serialize(s)[2]) === '"';
const firstFieldName = (sdl: string) => (parse(sdl).definitions[0] as ObjectTypeDefinitionNode).fields![0].name.value;

const SDL = `type Query {
  """
  The holder’s office – days 1–366, "quoted" and a back\\slash,
  over two lines 😀 (é)
  """
  serviceStatusBoard(
    "how many (1–100)"
    first: Int = 10
  ): Int @deprecated(reason: "use – board")
}
`;

describe('asciiSdl', () => {
  it('writes the same schema in ASCII only, every description and argument kept', () => {
    const out = asciiSdl(SDL);
    expect(out).not.toMatch(/[^\x00-\x7f]/);
    expect(printSchema(buildSchema(out))).toBe(printSchema(buildSchema(SDL)));
    const field = buildSchema(out).getQueryType()!.getFields().serviceStatusBoard;
    expect(field.description).toContain('holder’s office – days 1–366, "quoted" and a back\\slash,\nover two lines 😀 (é)');
    expect(field.args[0].description).toBe('how many (1–100)');
    expect(field.deprecationReason).toBe('use – board');
  });

  it('gives one-byte names, where the document as written gives two-byte ones', () => {
    // the reason it exists: names sliced from a document holding one non-Latin-1 character are two-byte
    expect(isOneByte(firstFieldName(SDL))).toBe(false);
    expect(isOneByte(firstFieldName(asciiSdl(SDL)))).toBe(true);
    // an ASCII document that V8 holds two-byte (joined from two-byte parts) is copied one-byte too
    const twoByteAscii = `type Query { ${'serviceStatusBoard’'.slice(0, -1)}: Int }`;
    expect(isOneByte(twoByteAscii)).toBe(false);
    expect(isOneByte(firstFieldName(asciiSdl(twoByteAscii)))).toBe(true);
  });

  it('leaves the committed supergraph the same graph', () => {
    const file = path.join(__dirname, '../../../schema/supergraph.graphql');
    const sdl = readFileSync(file, 'utf8');
    expect(sdl).toMatch(/[^\x00-\x7f]/); // the case this is for: it has typographic apostrophes and dashes
    const build = (s: string) => printSchema(buildASTSchema(parse(s), { assumeValidSDL: true }));
    expect(build(asciiSdl(sdl))).toBe(build(sdl));
  });
});
