import { GraphQLError, Kind, type ASTVisitor, type FragmentDefinitionNode, type SelectionSetNode, type ValidationContext } from 'graphql';

/**
 * Limits on the shape of a public operation, checked before any subgraph is called. The graph has cycles
 * (kecamatan -> kelurahans -> kecamatan ...) and aliases multiply work, so a single request could ask for
 * millions of objects. The portal's deepest operation is 6 levels and uses a handful of aliases.
 */
export const MAX_DEPTH = 12;
export const MAX_ALIASES = 30;

function depthOf(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, seen: Set<string>): number {
  let max = 0;
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) max = Math.max(max, sel.selectionSet ? 1 + depthOf(sel.selectionSet, fragments, seen) : 1);
    else if (sel.kind === Kind.INLINE_FRAGMENT) max = Math.max(max, depthOf(sel.selectionSet, fragments, seen));
    else {
      const frag = fragments.get(sel.name.value);
      if (!frag || seen.has(sel.name.value)) continue; // unknown or cyclic: other rules report it
      max = Math.max(max, depthOf(frag.selectionSet, fragments, new Set(seen).add(sel.name.value)));
    }
  }
  return max;
}

export function operationLimits(ctx: ValidationContext): ASTVisitor {
  const doc = ctx.getDocument();
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  let aliases = 0;
  return {
    Field(node) {
      if (node.alias) aliases++;
    },
    OperationDefinition: {
      enter(op) {
        aliases = 0;
        const depth = depthOf(op.selectionSet, fragments, new Set());
        if (depth > MAX_DEPTH) {
          ctx.reportError(new GraphQLError(`Operation is ${depth} levels deep; the limit is ${MAX_DEPTH}`, { nodes: [op], extensions: { limit: MAX_DEPTH, depth } }));
        }
      },
      leave(op) {
        if (aliases > MAX_ALIASES) {
          ctx.reportError(new GraphQLError(`Operation uses ${aliases} aliases; the limit is ${MAX_ALIASES}`, { nodes: [op], extensions: { limit: MAX_ALIASES, aliases } }));
        }
      },
    },
  };
}
