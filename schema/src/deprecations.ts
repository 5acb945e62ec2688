/**
 * The deprecation policy of the public contract (schema/CHANGELOG.md): a deprecated public field, argument or
 * enum value says in its `deprecationReason` since when and until when ("Since 2026-12-01: use `x`; removed
 * after 2027-06-01"), at least six months apart, and is listed under "## Deprecations" with that removal date;
 * a listed element may leave the contract only after its date.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType, type GraphQLSchema } from 'graphql';

export const MIN_DEPRECATION_MONTHS = 6;

const SINCE = /\bsince (\d{4}-\d{2}-\d{2})\b/i;
const REMOVED_AFTER = /\bremoved after (\d{4}-\d{2}-\d{2})\b/i;

/** Every element of a schema by path (`Type.field`, `Type.field.arg`, `Input.field`, `Enum.VALUE`), with its deprecation reason. */
function elements(schema: GraphQLSchema): Map<string, string | null> {
  const out = new Map<string, string | null>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (type.name.startsWith('__')) continue;
    if (isObjectType(type) || isInterfaceType(type)) {
      for (const f of Object.values(type.getFields())) {
        out.set(`${type.name}.${f.name}`, f.deprecationReason ?? null);
        for (const a of f.args) out.set(`${type.name}.${f.name}.${a.name}`, a.deprecationReason ?? null);
      }
    } else if (isInputObjectType(type)) {
      for (const f of Object.values(type.getFields())) out.set(`${type.name}.${f.name}`, f.deprecationReason ?? null);
    } else if (isEnumType(type)) {
      for (const v of type.getValues()) out.set(`${type.name}.${v.name}`, v.deprecationReason ?? null);
    }
  }
  return out;
}

const validDate = (s: string): boolean => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

/** `date` plus `months` calendar months (YYYY-MM-DD). */
function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** The "## Deprecations" section's entries: the first backticked path of each list line, with its "removed after" date. */
export function listedDeprecations(changelog: string): Array<{ path: string; removedAfter: string | null; line: string }> {
  const section = /^## Deprecations\s*$([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog)?.[1] ?? '';
  return [...section.matchAll(/^\s*[-*]\s+(.*)$/gm)].flatMap((m) => {
    const p = /`([^`]+)`/.exec(m[1])?.[1];
    return p ? [{ path: p, removedAfter: REMOVED_AFTER.exec(m[1])?.[1] ?? null, line: m[1].trim() }] : [];
  });
}

/** One line per breach of the policy, between the contract's SDL and the changelog, as of `today` (YYYY-MM-DD). */
export function deprecationProblems(contractSdl: string, changelog: string, today = new Date().toISOString().slice(0, 10)): string[] {
  const contract = elements(buildSchema(contractSdl));
  const listed = listedDeprecations(changelog);
  const problems: string[] = [];
  for (const [p, reason] of contract) {
    if (reason === null) continue;
    const since = SINCE.exec(reason)?.[1];
    const removed = REMOVED_AFTER.exec(reason)?.[1];
    if (!since || !removed || !validDate(since) || !validDate(removed)) {
      problems.push(
        `  [DEPRECATION_WITHOUT_DATES] \`${p}\`: its deprecationReason must say "Since YYYY-MM-DD" and "removed after YYYY-MM-DD" (got "${reason}")`,
      );
      continue;
    }
    if (removed < addMonths(since, MIN_DEPRECATION_MONTHS))
      problems.push(
        `  [DEPRECATION_TOO_SHORT] \`${p}\`: removed after ${removed} is less than ${MIN_DEPRECATION_MONTHS} months after ${since} (at the earliest ${addMonths(since, MIN_DEPRECATION_MONTHS)})`,
      );
    const entry = listed.find((l) => l.path === p);
    if (!entry) problems.push(`  [DEPRECATION_NOT_LISTED] \`${p}\`: list it under "## Deprecations" in schema/CHANGELOG.md with "removed after ${removed}"`);
    else if (entry.removedAfter !== removed)
      problems.push(`  [DEPRECATION_DATE_MISMATCH] \`${p}\`: CHANGELOG.md says removed after ${entry.removedAfter ?? '(no date)'}, the schema says ${removed}`);
  }
  for (const l of listed) {
    if (contract.has(l.path)) continue;
    if (!l.removedAfter) problems.push(`  [DEPRECATION_WITHOUT_DATES] \`${l.path}\`: the "## Deprecations" line needs "removed after YYYY-MM-DD"`);
    else if (today <= l.removedAfter)
      problems.push(`  [REMOVED_BEFORE_DATE] \`${l.path}\`: listed under Deprecations until ${l.removedAfter}, but already gone from the contract`);
  }
  return problems;
}

/** The policy checked against schema/CHANGELOG.md in `dir`. */
export function deprecationGate(contractSdl: string, dir: string, today?: string): string[] {
  const file = path.join(dir, 'CHANGELOG.md');
  return deprecationProblems(contractSdl, existsSync(file) ? readFileSync(file, 'utf8') : '', today);
}
