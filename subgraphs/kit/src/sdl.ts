import { parse, print, visit } from 'graphql';

const HAS_NON_ASCII = /[^\x00-\x7f]/;
const NON_ASCII = /[^\x00-\x7f]/g;

/**
 * The same schema document, written in ASCII only: every string (descriptions included) becomes a
 * plain string with `\u` escapes for its non-ASCII characters, so each description reads exactly as
 * before once parsed.
 *
 * Why: V8 stores a string that holds one character past Latin-1 (a typographic apostrophe in one
 * description) with two bytes per character, and graphql-js's names are slices of the document. So
 * every type and field name the gateway parsed from the supergraph was a two-byte string, and any
 * answer that holds one was built two-byte: twice the bytes to write, flatten, copy and encode as
 * UTF-8 (bench/results/profile-notes.md section 11).
 */
export function asciiSdl(sdl: string): string {
  if (!HAS_NON_ASCII.test(sdl)) return oneByte(sdl);
  // block strings cannot hold escapes: print every string as a plain one
  const doc = visit(parse(sdl, { noLocation: true }), { StringValue: (node) => ({ ...node, block: false }) });
  const escaped = print(doc).replace(NON_ASCII, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  return oneByte(escaped);
}

/**
 * A one-byte copy of an ASCII string: a string built from two-byte parts (print() joins names sliced
 * from the two-byte original) stays two-byte in V8 even when every character is ASCII.
 */
const oneByte = (ascii: string): string => Buffer.from(ascii, 'latin1').toString('latin1');
