/**
 * Fields of this subgraph that carry personal data (issue 17): "Type" for a whole type, "Type.field" for one
 * field. tests/gateway/contract.test.ts fails when the public contract (schema/public.graphql) reaches any
 * of them; keep it next to the entities and add to it with every new personal field.
 */
export const PERSONAL_DATA: readonly string[] = [
  // a letter request: the holder's name, purpose and details (NIK, family, address...)
  'LetterRequest',
  'LetterRequest.holderName',
  'LetterRequest.purpose',
  'LetterRequest.citizen',
  'LetterRequest.details',
  'LetterDetail.value',
  'LetterTimelineEntry.actorId',
];
