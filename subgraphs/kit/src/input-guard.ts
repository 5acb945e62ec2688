import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { visit, type DocumentNode } from 'graphql';
import { AppError, ErrorCode } from './errors';

const NUL = '\u0000';
const MAX_DEPTH = 64;

/** The path of the first string holding a NUL byte inside `value` (variables), or null. */
export function findNulByte(value: unknown, path = ''): string | null {
  const stack: Array<{ v: unknown; p: string; d: number }> = [{ v: value, p: path, d: 0 }];
  while (stack.length) {
    const { v, p, d } = stack.pop()!;
    if (typeof v === 'string') {
      if (v.includes(NUL)) return p;
    } else if (v && typeof v === 'object' && d < MAX_DEPTH) {
      for (const [k, child] of Object.entries(v)) {
        if (k.includes(NUL)) return p ? `${p}.${k.replace(/\0/g, '\\0')}` : k.replace(/\0/g, '\\0');
        stack.push({ v: child, p: Array.isArray(v) ? `${p}[${k}]` : p ? `${p}.${k}` : k, d: d + 1 });
      }
    }
  }
  return null;
}

// Apollo Server hands the same parsed document for the same query text: each is walked once
const checkedDocuments = new WeakMap<DocumentNode, boolean>();
function nulInDocument(document: DocumentNode): boolean {
  let found = checkedDocuments.get(document);
  if (found === undefined) {
    found = walkForNul(document);
    checkedDocuments.set(document, found);
  }
  return found;
}

function walkForNul(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    StringValue(node) {
      if (node.value.includes(NUL)) found = true;
    },
  });
  return found;
}

const nulError = (field: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, `${field}: text must not contain a NUL byte (\\u0000)`, 'Teks berisi karakter yang tidak diizinkan.', {
    field,
    fields: [{ field, message: 'text must not contain a NUL byte (\\u0000)', messageId: 'Teks berisi karakter yang tidak diizinkan.' }],
    http: { status: 400 },
  });

/**
 * PostgreSQL cannot store a NUL byte in text, so a string argument with one failed deep in a resolver
 * as INTERNAL_SERVER_ERROR. It is the caller's input: refused for the whole request, before any
 * resolver runs, as BAD_USER_INPUT naming the variable path.
 */
export function rejectNulBytes<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document }) {
          // JSON escapes a NUL as \u0000 (in keys too): only variables with one are searched for its path,
          // so the entity representations of a large hop are not walked object by object on every request
          const inVariables = request.variables && JSON.stringify(request.variables).includes('\\u0000') ? findNulByte(request.variables) : null;
          if (inVariables !== null) throw nulError(inVariables || 'variables');
          if (nulInDocument(document)) throw nulError('query');
        },
      };
    },
  };
}
