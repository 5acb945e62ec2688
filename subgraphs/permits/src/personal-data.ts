/**
 * Fields of this subgraph that carry personal data (issue 17): "Type" for a whole type, "Type.field" for one
 * field. tests/gateway/contract.test.ts fails when the public contract (schema/public.graphql) reaches any
 * of them; keep it next to the entities and add to it with every new personal field.
 */
export const PERSONAL_DATA: readonly string[] = [
  // an application: the applicant's name, exact position, answers, documents and payment
  'PermitApplication',
  'PermitApplication.applicantName',
  'PermitApplication.latitude',
  'PermitApplication.longitude',
  'PermitApplication.citizen',
  'PermitApplication.fields',
  'PermitApplication.checklist',
  'PermitFieldValue.value',
  'PermitUpload',
  'PermitUpload.displayName',
  'PermitTimelineEntry.actorName',
  'PermitPayment.reference',
];
