/**
 * Fields of this subgraph that carry personal data (issue 17): "Type" for a whole type, "Type.field" for one
 * field. tests/gateway/contract.test.ts fails when the public contract (schema/public.graphql) reaches any
 * of them; keep it next to the entities and add to it with every new personal field.
 */
export const PERSONAL_DATA: readonly string[] = [
  // a report ties a reporter to an exact place and time
  'EmergencyReport',
  'EmergencyReport.latitude',
  'EmergencyReport.longitude',
  'EmergencyReport.addressText',
  'EmergencyReport.description',
  'EmergencyReport.callbackPhone',
  'EmergencyReport.reporter',
  'EmergencyReport.trackingCode',
  'EmergencyTimelineEntry.actorName',
  'EmergencyTimelineEntry.note',
  // a unit's current emergency leads to the report
  'FireUnit.currentEmergency',
];
