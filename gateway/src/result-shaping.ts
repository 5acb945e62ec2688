/**
 * A faster `computeResponse` for @apollo/gateway 2.14.4: the step that copies the subgraphs' merged
 * answer into the shape of the client's operation (aliases, fragments, @skip/@include, null
 * bubbling, leaf checks). In the profile of scenario 3 (a few hundred items with entity hops) it
 * was the largest cost of the gateway, about a quarter of its CPU: for every value of every item it
 * re-read the operation's directives (`appliedDirectivesOf` + a schema lookup), went through the
 * re-export getters of `@apollo/federation-internals` (~10 % of the CPU on their own) and
 * allocated a result object, which the garbage collector then had to collect.
 *
 * This is the same algorithm, line for line in what it decides (see resultShaping.js of
 * @apollo/gateway 2.14.4), with three changes of cost only: each selection set's directives and
 * names are read once per request (WeakMap by selection set), the library functions are bound
 * once, and the flags of a value (invalid / has errors) travel in a variable instead of an object.
 * tests/gateway/result-shaping.test.ts compares both on the same inputs, including every error
 * path. `installResultShaping` replaces Apollo's function only on the exact version it was written
 * against; on any other version the gateway keeps Apollo's own and says so.
 */
import * as fi from '@apollo/federation-internals';
import type { CompositeType, Operation, Schema, SelectionSet, Type, FieldSelection, FragmentSelection } from '@apollo/federation-internals';

// bound once: every `fi.x` read goes through a re-export getter
const assert: (condition: unknown, message: string | (() => string)) => asserts condition = fi.assert;
const { isSubtype, isValidLeafValue, ERRORS, Variable, typenameFieldName } = fi;

export const SHAPED_FOR_VERSION = '2.14.4';

type Vars = Record<string, unknown>;
/** `if:` of @skip/@include: absent, a literal, or a variable's name. */
type Condition = null | boolean | { variable: string; text: string };

interface CompiledField {
  kind: 0;
  selection: FieldSelection;
  responseName: string;
  isTypename: boolean;
  isIntrospection: boolean;
  type: Type;
  selectionSet: SelectionSet | undefined;
  skip: Condition;
  include: Condition;
}
interface CompiledFragment {
  kind: 1;
  typeCondition: CompositeType | undefined;
  selectionSet: SelectionSet;
  skip: Condition;
  include: Condition;
  /** typeConditionApplies per runtime type name ('' = none given) */
  applies: Map<string, boolean>;
}
type Compiled = CompiledField | CompiledFragment;

interface Parameters {
  schema: Schema;
  variables: Vars;
  errors: unknown[];
  introspectionHandling: (selection: FieldSelection) => unknown;
  compiled: WeakMap<SelectionSet, Compiled[]>;
}

function conditionOf(
  element: { appliedDirectivesOf(name: string): Array<{ arguments(): Record<string, unknown>; toString(): string }> },
  name: 'skip' | 'include',
): Condition {
  const directive = element.appliedDirectivesOf(name)[0];
  if (!directive) return null;
  const arg = directive.arguments().if;
  if (arg instanceof Variable) return { variable: arg.name, text: String(directive) };
  return arg as boolean;
}

function conditionValue(c: Exclude<Condition, null>, variables: Vars): boolean {
  if (typeof c !== 'object') return c;
  const value = variables[c.variable];
  assert(value !== undefined && typeof value === 'boolean', () => `Unexpected value ${value} for variable $${c.variable} of ${c.text}`);
  return value as boolean;
}

function shouldSkip(c: Compiled, variables: Vars): boolean {
  return (c.skip !== null && conditionValue(c.skip, variables)) || (c.include !== null && !conditionValue(c.include, variables));
}

function compile(selectionSet: SelectionSet, parameters: Parameters): Compiled[] {
  let out = parameters.compiled.get(selectionSet);
  if (out) return out;
  out = selectionSet.selections().map((selection): Compiled => {
    if (selection.kind === 'FieldSelection') {
      const field = selection.element;
      return {
        kind: 0,
        selection,
        responseName: field.responseName(),
        isTypename: field.name === typenameFieldName,
        isIntrospection: field.definition.isSchemaIntrospectionField(),
        type: field.definition.type!,
        selectionSet: selection.selectionSet,
        skip: conditionOf(field as never, 'skip'),
        include: conditionOf(field as never, 'include'),
      };
    }
    const fragment = (selection as FragmentSelection).element;
    return {
      kind: 1,
      typeCondition: fragment.typeCondition,
      selectionSet: selection.selectionSet,
      skip: conditionOf(fragment as never, 'skip'),
      include: conditionOf(fragment as never, 'include'),
      applies: new Map(),
    };
  });
  parameters.compiled.set(selectionSet, out);
  return out;
}

const OK = 0;
const NULL_BUBBLE_UP = 1;
// flags of the value updateOutputValue returned last (read right after each call)
const INVALID = 1;
const HAS_ERRORS = 2;
let flags = 0;

const hasOwn = Object.prototype.hasOwnProperty;
const isComposite = (t: Type) => t.kind === 'ObjectType' || t.kind === 'InterfaceType' || t.kind === 'UnionType';

export function computeResponse({
  operation,
  variables,
  input,
  introspectionHandling,
}: {
  operation: Operation;
  variables?: Vars;
  input: Record<string, unknown> | null | undefined;
  introspectionHandling: (selection: FieldSelection) => unknown;
}): { data: unknown; errors: unknown[] } {
  if (!input) return { data: input, errors: [] };
  const parameters: Parameters = {
    schema: operation.schema(),
    variables: { __proto__: null, ...operation.collectDefaultedVariableValues(), ...variables } as Vars,
    errors: [],
    introspectionHandling,
    compiled: new WeakMap(),
  };
  const data = Object.create(null) as Record<string, unknown>;
  const res = applySelectionSet(input, operation.selectionSet, data, parameters, [], operation.schema().schemaDefinition.rootType(operation.rootKind)!);
  return { data: res === NULL_BUBBLE_UP ? null : data, errors: parameters.errors };
}

function typeConditionApplies(c: CompiledFragment, schema: Schema, typename: string | undefined, parentType: CompositeType): boolean {
  if (!c.typeCondition) return true;
  if (!typename) return isSubtype(c.typeCondition, parentType);
  let applies = c.applies.get(typename);
  if (applies === undefined) {
    const type = schema.type(typename);
    applies = !!type && isSubtype(c.typeCondition, type as never);
    c.applies.set(typename, applies);
  }
  return applies;
}

function applySelectionSet(
  input: Record<string, unknown>,
  selectionSet: SelectionSet,
  output: Record<string, unknown>,
  parameters: Parameters,
  path: Array<string | number>,
  parentType: CompositeType,
): number {
  const selections = compile(selectionSet, parameters);
  for (let i = 0; i < selections.length; i++) {
    const c = selections[i];
    if ((c.skip !== null || c.include !== null) && shouldSkip(c, parameters.variables)) continue;
    if (c.kind === 0) {
      const responseName = c.responseName;
      const outputValue = output[responseName];
      if (c.isIntrospection) {
        if (outputValue === undefined) output[responseName] = parameters.introspectionHandling(c.selection);
        continue;
      }
      let inputValue = (hasOwn.call(input, responseName) ? input[responseName] : undefined) ?? null;
      if (c.isTypename) {
        if (outputValue === undefined) {
          if (inputValue === null && responseName !== typenameFieldName) inputValue = input[typenameFieldName] ?? null;
          const type = inputValue !== null && typeof inputValue === 'string' ? (parameters.schema.type(inputValue) ?? parentType) : parentType;
          if (type.kind !== 'ObjectType') return NULL_BUBBLE_UP;
          output[responseName] = type.name;
        }
        continue;
      }
      path.push(responseName);
      const updated = updateOutputValue(outputValue, c.type, inputValue, c.selectionSet, path, parameters, parentType);
      output[responseName] = updated;
      path.pop();
      if (flags & INVALID) return NULL_BUBBLE_UP;
    } else {
      const typename = input[typenameFieldName];
      assert(!typename || typeof typename === 'string', () => `Got unexpected value for __typename: ${typename}`);
      if (typeConditionApplies(c, parameters.schema, typename as string | undefined, parentType)) {
        const res = applySelectionSet(input, c.selectionSet, output, parameters, path, c.typeCondition ?? parentType);
        if (res === NULL_BUBBLE_UP) return NULL_BUBBLE_UP;
      }
    }
  }
  return OK;
}

function pathLastElementDescription(path: Array<string | number>, currentType: Type, parentType: CompositeType): string {
  const element = path[path.length - 1];
  assert(element !== undefined, 'Should not have been called on an empty path');
  return typeof element === 'string' ? `field ${parentType}.${element}` : `array element of type ${currentType} at index ${element}`;
}

/** Returns the updated value; its INVALID / HAS_ERRORS flags are left in `flags`. */
function updateOutputValue(
  outputValue: unknown,
  type: Type,
  inputValue: unknown,
  selectionSet: SelectionSet | undefined,
  path: Array<string | number>,
  parameters: Parameters,
  parentType: CompositeType,
): unknown {
  assert(inputValue !== undefined, 'Should not pass undefined for `inputValue` to this method');
  if (outputValue === null || (outputValue !== undefined && !selectionSet)) {
    flags = 0;
    return outputValue;
  }
  switch (type.kind) {
    case 'NonNullType': {
      const updated = updateOutputValue(outputValue, type.ofType, inputValue, selectionSet, path, parameters, parentType);
      if (updated === null) {
        if (!(flags & HAS_ERRORS))
          parameters.errors.push(
            ERRORS.INVALID_GRAPHQL.err(`Cannot return null for non-nullable ${pathLastElementDescription(path, type.ofType, parentType)}.`, {
              path: Array.from(path),
            }),
          );
        flags = INVALID | HAS_ERRORS;
        return updated;
      }
      // Apollo's returns `{ updated }` here: has-errors of a non-null value does not travel up
      flags = 0;
      return updated;
    }
    case 'ListType': {
      if (inputValue === null) {
        flags = 0;
        return null;
      }
      assert(Array.isArray(inputValue), () => `Invalid non-list value ${inputValue} returned by subgraph for list type ${type}`);
      assert(outputValue === undefined || Array.isArray(outputValue), () => `Invalid non-list value ${outputValue} returned by subgraph for list type ${type}`);
      const input = inputValue as unknown[];
      const outputList = outputValue === undefined ? new Array<unknown>(input.length).fill(undefined) : (outputValue as unknown[]);
      assert(input.length === outputList.length, () => `[${input}].length (${input.length}) !== [${outputList}].length (${outputList.length})`);
      let shouldNullify = false;
      let hasErrors = false;
      const updated = new Array<unknown>(outputList.length);
      for (let idx = 0; idx < outputList.length; idx++) {
        path.push(idx);
        updated[idx] = updateOutputValue(outputList[idx], type.ofType, input[idx], selectionSet, path, parameters, parentType);
        path.pop();
        shouldNullify ||= (flags & INVALID) !== 0;
        hasErrors ||= (flags & HAS_ERRORS) !== 0;
      }
      flags = hasErrors ? HAS_ERRORS : 0;
      return shouldNullify ? null : updated;
    }
    default:
      break;
  }
  if (inputValue === null) {
    flags = 0;
    return null;
  }
  if (isComposite(type)) {
    assert(selectionSet, () => `Invalid empty selection set for composite type ${type}`);
    assert(typeof inputValue === 'object', () => `Invalid non-object value ${inputValue} returned by subgraph for composite type ${type}`);
    assert(
      outputValue === undefined || typeof outputValue === 'object',
      () => `Invalid non-object value ${inputValue} returned by subgraph for composite type ${type}`,
    );
    const inputObject = inputValue as Record<string, unknown>;
    const inputTypename = inputObject[typenameFieldName];
    assert(inputTypename === undefined || typeof inputTypename === 'string', () => `Invalid non-string value ${inputTypename} for __typename at ${path}`);
    let objType = type as CompositeType;
    if (inputTypename) {
      const typenameType = parameters.schema.type(inputTypename as string);
      if (!typenameType || !isComposite(typenameType)) {
        parameters.errors.push(
          ERRORS.INVALID_GRAPHQL.err(`Invalid __typename found for object at ${pathLastElementDescription(path, type, parentType)}.`, {
            path: Array.from(path),
          }),
        );
        flags = HAS_ERRORS;
        return null;
      }
      objType = typenameType as CompositeType;
    }
    const outputObject = outputValue === undefined ? (Object.create(null) as Record<string, unknown>) : (outputValue as Record<string, unknown>);
    const res = applySelectionSet(inputObject, selectionSet!, outputObject, parameters, path, objType);
    flags = res === NULL_BUBBLE_UP ? HAS_ERRORS : 0;
    return res === NULL_BUBBLE_UP ? null : outputObject;
  }
  assert(outputValue === undefined, () => `Excepted output to be undefined but got ${type} for type ${type}`);
  const isValidValue = isValidLeafValue(parameters.schema, inputValue, type as never);
  if (!isValidValue)
    parameters.errors.push(
      ERRORS.INVALID_GRAPHQL.err(`Invalid value found for ${pathLastElementDescription(path, type, parentType)}.`, { path: Array.from(path) }),
    );
  flags = isValidValue ? 0 : HAS_ERRORS;
  return isValidValue ? inputValue : null;
}

/**
 * Puts computeResponse in place of Apollo's (executeQueryPlan reads `resultShaping.computeResponse`
 * at each call). Returns false, changing nothing, on any other @apollo/gateway version.
 */
export function installResultShaping(): { installed: boolean; version: string } {
  const version = (require('@apollo/gateway/package.json') as { version: string }).version;
  if (version !== SHAPED_FOR_VERSION) return { installed: false, version };
  const shaping = require('@apollo/gateway/dist/resultShaping') as { computeResponse: unknown };
  if (typeof shaping.computeResponse !== 'function') return { installed: false, version };
  shaping.computeResponse = computeResponse;
  return { installed: true, version };
}
