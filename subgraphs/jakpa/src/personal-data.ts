/**
 * Fields of this subgraph that carry personal data (issue 17): "Type" for a whole type, "Type.field" for one
 * field. tests/gateway/contract.test.ts fails when the public contract (schema/public.graphql) reaches any
 * of them; keep it next to the entities and add to it with every new personal field.
 */
export const PERSONAL_DATA: readonly string[] = [
  // a tax object is a person's property: owner's full name and address (the public lookup masks the name)
  'TaxObject',
  'TaxObject.ownerName',
  'TaxObject.address',
  'TaxObject.timeline',
  // who paid what, when, with which reference
  'TaxPayment',
  'TaxPayment.reference',
  'TaxTimelineEntry.actorName',
];
