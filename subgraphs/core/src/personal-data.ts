/**
 * Fields of this subgraph that carry personal data (issue 17): "Type" for a whole type, "Type.field" for one
 * field. tests/gateway/contract.test.ts fails when the public contract (schema/public.graphql) reaches any
 * of them; keep it next to the entities and add to it with every new personal field.
 */
export const PERSONAL_DATA: readonly string[] = [
  // a resident's account: every field, including those other subgraphs add (their reports, queue numbers, letters...)
  'Citizen',
  'Citizen.name',
  'Citizen.nik',
  'Citizen.phone',
  'Citizen.kelurahan',
  'Citizen.createdAt',
  // who read a resident's data (their own view) and the whole audit log (administrators): officers' accounts, residents' ids
  'Citizen.dataAccessLog',
  'AuditLogEntry',
  // officers are private persons too: names and usernames
  'Officer',
  'Officer.name',
  'Officer.username',
  // an API key's holder is an office, but its contact may be a person's email or phone, and its owner is an account
  'ApiKey.contact',
  'ApiKey.ownerAccountId',
];
