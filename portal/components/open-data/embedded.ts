/**
 * The public contract's SDL and its changelog, embedded into the portal's build (Turbopack's
 * `with { type: 'bytes' }`, next.config.ts `turbopackImportTypeBytes`): /pengembang shows the contract of the
 * build it belongs to, and a deployed portal needs no schema/ folder beside it.
 */
import contractBytes from '../../../schema/public.graphql' with { type: 'bytes' };
import changelogBytes from '../../../schema/CHANGELOG.md' with { type: 'bytes' };

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

export const CONTRACT_SDL = text(contractBytes);
export const CHANGELOG_MD = text(changelogBytes);
