/**
 * Fields of this subgraph that carry personal data (issue 17): "Type" for a whole type, "Type.field" for one
 * field. tests/gateway/contract.test.ts fails when the public contract (schema/public.graphql) reaches any
 * of them; keep it next to the entities and add to it with every new personal field.
 */
export const PERSONAL_DATA: readonly string[] = [
  // a report: the reporter's identity, what they saw and where, their evidence and messages
  'JariReport',
  'JariReport.reporter',
  'JariReport.description',
  'JariReport.place',
  'JariReport.trackingCode',
  'JariReport.evidence',
  'JariReport.messages',
  'JariEvidenceFile',
  'JariMessage',
  'JariMessage.body',
  'JariTimelineEntry.actorOfficerId',
];
