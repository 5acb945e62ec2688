import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// the compose script is not a package: its build output is read directly
const { deprecationProblems } = require('../../schema/dist/deprecations') as typeof import('../../schema/src/deprecations');

/** Issue 17: the deprecation policy of schema/CHANGELOG.md, enforced by `npm run compose` and `compose:check`. */
const root = path.resolve(__dirname, '../..');
const contract = readFileSync(path.join(root, 'schema/public.graphql'), 'utf8');
const changelog = readFileSync(path.join(root, 'schema/CHANGELOG.md'), 'utf8');
const TODAY = '2026-12-01';

/** The contract with `Query.verifyLetter` deprecated for this reason. */
const deprecate = (reason: string) => {
  const out = contract.replace(/^( {2}verifyLetter\(code: String!\): LetterVerification!)$/m, `$1 @deprecated(reason: ${JSON.stringify(reason)})`);
  expect(out).not.toBe(contract);
  return out;
};
const withDeprecations = (lines: string) => changelog.replace(/^## Deprecations\s*\n\s*None\.\s*$/m, `## Deprecations\n\n${lines}\n`);
const codes = (problems: string[]) => problems.map((p) => /\[(\w+)\]/.exec(p)?.[1]);

describe('the deprecation policy', () => {
  it('passes the committed contract and changelog', () => {
    expect(deprecationProblems(contract, changelog, TODAY)).toEqual([]);
  });

  it('fails a deprecated public field without "Since" and "removed after" dates, naming it', () => {
    const problems = deprecationProblems(deprecate('Use verifyDocument'), changelog, TODAY);
    expect(codes(problems)).toEqual(['DEPRECATION_WITHOUT_DATES']);
    expect(problems[0]).toContain('`Query.verifyLetter`');
  });

  it('fails a removal date less than six months after the deprecation', () => {
    const sdl = deprecate('Since 2026-12-01: use `verifyDocument`; removed after 2027-05-31');
    const problems = deprecationProblems(sdl, withDeprecations('- `Query.verifyLetter`: use `verifyDocument`; removed after 2027-05-31.'), TODAY);
    expect(codes(problems)).toEqual(['DEPRECATION_TOO_SHORT']);
  });

  it('fails a dated deprecation that the changelog does not list, or lists with another date', () => {
    const sdl = deprecate('Since 2026-12-01: use `verifyDocument`; removed after 2027-06-01');
    expect(codes(deprecationProblems(sdl, changelog, TODAY))).toEqual(['DEPRECATION_NOT_LISTED']);
    expect(codes(deprecationProblems(sdl, withDeprecations('- `Query.verifyLetter`: removed after 2027-07-01.'), TODAY))).toEqual([
      'DEPRECATION_DATE_MISMATCH',
    ]);
  });

  it('passes a deprecation with both dates six months apart, listed with its date', () => {
    const sdl = deprecate('Since 2026-12-01: use `verifyDocument`; removed after 2027-06-01');
    expect(deprecationProblems(sdl, withDeprecations('- `Query.verifyLetter`: use `verifyDocument`; removed after 2027-06-01.'), TODAY)).toEqual([]);
  });

  it('fails a listed field removed from the contract before its date, and passes it after the date', () => {
    const listed = withDeprecations('- `Query.letterTypes`: use `services(application: LAIKA)`; removed after 2027-06-01.');
    const without = contract.replace(/^ {2}"""[^"]*"""\n {2}letterTypes: \[LetterType!\]!\n/m, '');
    expect(without).not.toBe(contract);
    const problems = deprecationProblems(without, listed, TODAY);
    expect(codes(problems)).toEqual(['REMOVED_BEFORE_DATE']);
    expect(problems[0]).toContain('`Query.letterTypes`');
    expect(deprecationProblems(without, listed, '2027-06-02')).toEqual([]);
  });

  it('checks deprecated arguments and enum values too', () => {
    const sdl = contract.replace(/^( {4}kecamatanId: ID)$/m, '$1 @deprecated(reason: "not needed")');
    expect(sdl).not.toBe(contract);
    const problems = deprecationProblems(sdl, changelog, TODAY);
    expect(codes(problems)).toEqual(['DEPRECATION_WITHOUT_DATES']);
    expect(problems[0]).toMatch(/`Query\.\w+\.kecamatanId`/);
  });
});
