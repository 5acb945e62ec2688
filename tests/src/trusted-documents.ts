import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/**
 * Operations the suites send through the gateway without a token, registered with the stack's gateway
 * as trusted documents like the portal's own (tests/src/harness.ts). Mutations run for anyone in any
 * shape; TRACK_EMERGENCY asks for fields outside the public contract, so only this exact text runs
 * for a caller without a token (an edited copy is validated against the contract).
 */
export const LOGIN = `mutation Login($i: LoginInput!) { login(input: $i) { session { accessToken refreshToken } citizen { id } officer { id } } }`;
export const REGISTER_CITIZEN = `mutation RegisterCitizen($i: RegisterCitizenInput!) { registerCitizen(input: $i) { session { accessToken } citizen { id } } }`;

/** An anonymous emergency report (the portal's Fire Button sends its own), and one that needs no hop to core. */
export const REPORT_EMERGENCY = `mutation ReportEmergency($i: ReportEmergencyInput!) { reportEmergency(input: $i) { report { trackingCode status station { name } kelurahan { name kecamatan { name } } } } }`;
export const REPORT_EMERGENCY_NO_CORE = `mutation ReportEmergencyNoCore($i: ReportEmergencyInput!) { reportEmergency(input: $i) { report { trackingCode station { name } kelurahan { id name } kecamatan { name } } } }`;
/** Following a report by its code, asking for the reporter's fields too (which the subgraph refuses to anyone but the dispatcher). */
export const TRACK_EMERGENCY = `query TrackEmergency($c: String!) { emergencyReport(trackingCode: $c) { status kelurahan { name } callbackPhone latitude } }`;

export const TEST_DOCUMENTS: readonly string[] = [LOGIN, REGISTER_CITIZEN, REPORT_EMERGENCY, REPORT_EMERGENCY_NO_CORE, TRACK_EMERGENCY];

export const sha256Hex = (text: string) => createHash('sha256').update(text).digest('hex');

/** A manifest file `{ "<sha256>": "<document>" }` of these documents, in a fresh temporary folder. */
export function writeManifest(documents: readonly string[] = TEST_DOCUMENTS): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'trusted-documents-')), 'manifest.json');
  writeFileSync(file, JSON.stringify(Object.fromEntries(documents.map((d) => [sha256Hex(d), d])), null, 2));
  return file;
}
