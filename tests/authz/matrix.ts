/**
 * Authorization matrix (issue 12, "Suites that keep it so"): for every mutation of the composed API schema
 * and every personal-data field (subgraphs/* /src/personal-data.ts), the expected outcome per role, derived
 * from the subgraphs' access.ts and resolvers. matrix.test.ts fails when the schema gains a mutation or a
 * personal-data entry without a row here, and checks DENIED cells against the running system.
 */
export type Outcome = 'ALLOWED' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'NULL' | 'SCOPED';
export const DENIED: readonly Outcome[] = ['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'NULL'];

/** Seeded accounts (login identifiers) that the suite logs in as. */
export const OFFICERS = {
  petugasKelurahan: 'petugas.kandai',
  lurah: 'lurah.kandai',
  camat: 'camat.kendari',
  dispatcher: 'dispatcher.damkar',
  inspector: 'inspektur',
  disdukcapil: 'petugas.disdukcapil',
  dpmptsp: 'petugas.dpmptsp',
  puskesmas: 'petugas.puskesmas.kandai',
  bapenda: 'petugas.bapenda',
  admin: 'admin',
} as const;
export type OfficerKey = keyof typeof OFFICERS;
export type Role = 'anonymous' | 'citizen' | 'otherCitizen' | OfficerKey;
export const ROLES: readonly Role[] = ['anonymous', 'citizen', 'otherCitizen', ...(Object.keys(OFFICERS) as OfficerKey[])];

export type Row = Record<Role, Outcome>;
const officersAll = (o: Outcome) => Object.fromEntries(Object.keys(OFFICERS).map((k) => [k, o])) as Record<OfficerKey, Outcome>;

/** Anyone, logged in or not. */
const publicRow = (): Row => ({ anonymous: 'ALLOWED', citizen: 'ALLOWED', otherCitizen: 'ALLOWED', ...officersAll('ALLOWED') });
/** kit requireCitizen: anonymous UNAUTHENTICATED, officers FORBIDDEN; another citizen's object NOT_FOUND. */
const citizenRow = (): Row => ({ anonymous: 'UNAUTHENTICATED', citizen: 'ALLOWED', otherCitizen: 'NOT_FOUND', ...officersAll('FORBIDDEN') });
/** kit requireOfficer(roles) or a subgraph's require*: the listed officers (and ADMIN) may, scoped where marked. */
const officerRow = (allowed: Partial<Record<OfficerKey, Outcome>>): Row => ({
  anonymous: 'UNAUTHENTICATED',
  citizen: 'FORBIDDEN',
  otherCitizen: 'FORBIDDEN',
  ...officersAll('FORBIDDEN'),
  admin: 'ALLOWED',
  ...allowed,
});

const dispatcher = () => officerRow({ dispatcher: 'ALLOWED' }); // firebutton requireDispatcher: Damkar agency
const facilityStaff = () => officerRow({ puskesmas: 'SCOPED' }); // health requireFacilityStaff: own facility only
const bapenda = () => officerRow({ bapenda: 'ALLOWED' }); // jakpa requireBapenda: Bapenda agency
const inspector = () => officerRow({ inspector: 'ALLOWED' }); // jari inspector resolvers
// laika requireLaikaOfficer + the request's kelurahan/kecamatan
const laika = () => officerRow({ petugasKelurahan: 'SCOPED', lurah: 'SCOPED', camat: 'SCOPED' });
const laikaSign = () => officerRow({ lurah: 'SCOPED', camat: 'SCOPED' });
const permitOfficer = () => officerRow({ dpmptsp: 'ALLOWED' }); // permits requirePermitOfficer

export const MUTATIONS: Record<string, Row> = {
  // core (auth)
  registerCitizen: publicRow(),
  login: publicRow(),
  refreshSession: publicRow(), // the refresh token is the credential
  logout: publicRow(), // the refresh token is the credential
  // core (API keys): requireOfficer([ADMIN])
  createApiKey: officerRow({}),
  revokeApiKey: officerRow({}),
  // firebutton
  reportEmergency: publicRow(),
  reassignEmergency: dispatcher(),
  changeEmergencyStatus: dispatcher(),
  // health
  takeQueueNumber: citizenRow(),
  cancelQueueNumber: citizenRow(),
  setQueueCapacity: facilityStaff(),
  closeQueueSession: facilityStaff(),
  callNextQueueNumber: facilityStaff(),
  markQueueNumberServed: facilityStaff(),
  markQueueNumberNoShow: facilityStaff(),
  // jakpa
  registerTaxObject: bapenda(),
  assessTaxYear: bapenda(),
  recordCounterPayment: bapenda(),
  // jari
  submitJariReport: publicRow(),
  replyToJariReport: publicRow(), // tracking code + secret are the credential
  replyToMyJariReport: citizenRow(),
  verifyJariReport: inspector(),
  startJariInvestigation: inspector(),
  concludeJariReport: inspector(),
  rejectJariReport: inspector(),
  shareJariReportWithAgency: inspector(),
  sendJariMessage: inspector(),
  updateServiceStatus: officerRow({ disdukcapil: 'SCOPED', dpmptsp: 'SCOPED', bapenda: 'SCOPED' }), // AGENCY_OFFICER of that agency
  // laika
  requestLetter: citizenRow(),
  cancelLetterRequest: citizenRow(),
  verifyLetterRequest: laika(),
  rejectLetterRequest: laika(),
  signLetterRequest: laikaSign(),
  issueLetter: laika(),
  // permits
  createPermitApplication: citizenRow(),
  updatePermitApplication: citizenRow(),
  attachPermitDocument: citizenRow(),
  detachPermitDocument: citizenRow(),
  submitPermitApplication: citizenRow(),
  verifyPermitApplication: permitOfficer(),
  requestPermitRevision: permitOfficer(),
  approvePermitApplication: permitOfficer(),
  rejectPermitApplication: permitOfficer(),
  recordPermitPayment: permitOfficer(),
  issuePermit: permitOfficer(),
  revokePermit: permitOfficer(),
};

/**
 * Personal-data fields: the holder (own citizen) sees them, another citizen and anonymous never do; officers
 * see them only in their scope. NULL = the field (or the whole object) comes back null / not found.
 */
const ownerOnly = (officers: Partial<Record<OfficerKey, Outcome>>): Row => ({
  anonymous: 'NULL',
  citizen: 'ALLOWED',
  otherCitizen: 'NULL',
  ...officersAll('NULL'),
  admin: 'ALLOWED',
  ...officers,
});
// core citizen.resolver.ts: area roles within their area, inspectors/dispatchers city-wide, agency officers never
const area = { petugasKelurahan: 'SCOPED', lurah: 'SCOPED', camat: 'SCOPED' } as const;
const citizenData = () => ownerOnly({ ...area, puskesmas: 'SCOPED', inspector: 'ALLOWED', dispatcher: 'ALLOWED' }); // any officer, by scope
const citizenNik = () => ownerOnly({ ...area, inspector: 'ALLOWED' }); // NIK_ROLES
const citizenPhone = () => ownerOnly({ ...area, inspector: 'ALLOWED', dispatcher: 'ALLOWED' }); // PHONE_ROLES
const officerData = (): Row => ({ anonymous: 'NULL', citizen: 'NULL', otherCitizen: 'NULL', ...officersAll('ALLOWED') });
const emergency = () => ownerOnly({ dispatcher: 'ALLOWED' });
const health = () => ownerOnly({ puskesmas: 'SCOPED' });
const tax = () => ownerOnly({ bapenda: 'ALLOWED' });
const jari = () => ownerOnly({ inspector: 'ALLOWED' }); // shared agency officers never see the reporter
const letters = () => ownerOnly({ petugasKelurahan: 'SCOPED', lurah: 'SCOPED', camat: 'SCOPED' });
const permits = () => ownerOnly({ dpmptsp: 'ALLOWED' });
// core audit-log.resolver.ts: the resident's own data-access view (not even ADMIN: it reads the log itself), the log for ADMIN only
const ownView = (): Row => ({ anonymous: 'NULL', citizen: 'ALLOWED', otherCitizen: 'NULL', ...officersAll('NULL') });
const adminOnly = (): Row => ({ anonymous: 'NULL', citizen: 'NULL', otherCitizen: 'NULL', ...officersAll('NULL'), admin: 'ALLOWED' });

export const PERSONAL_FIELDS: Record<string, Row> = {
  Citizen: citizenData(),
  'Citizen.name': citizenData(),
  'Citizen.nik': citizenNik(),
  'Citizen.phone': citizenPhone(),
  'Citizen.kelurahan': citizenData(),
  'Citizen.createdAt': citizenData(),
  'Citizen.dataAccessLog': ownView(),
  AuditLogEntry: adminOnly(),
  Officer: officerData(),
  'Officer.name': officerData(),
  'Officer.username': officerData(),
  'ApiKey.contact': adminOnly(), // core api-key.resolver.ts: the holder office's email or phone
  'ApiKey.ownerAccountId': adminOnly(),
  EmergencyReport: emergency(),
  'EmergencyReport.latitude': emergency(),
  'EmergencyReport.longitude': emergency(),
  'EmergencyReport.addressText': emergency(),
  'EmergencyReport.description': emergency(),
  'EmergencyReport.callbackPhone': emergency(),
  'EmergencyReport.reporter': emergency(),
  'EmergencyReport.trackingCode': emergency(),
  'EmergencyTimelineEntry.actorName': emergency(),
  'EmergencyTimelineEntry.note': emergency(),
  'FireUnit.currentEmergency': emergency(),
  Appointment: health(),
  'Appointment.bookingCode': health(),
  'Appointment.timeline': health(),
  'QueueSession.appointments': health(),
  TaxObject: tax(),
  'TaxObject.ownerName': tax(),
  'TaxObject.address': tax(),
  'TaxObject.timeline': tax(),
  TaxPayment: tax(),
  'TaxPayment.reference': tax(),
  'TaxTimelineEntry.actorName': tax(),
  JariReport: jari(),
  'JariReport.reporter': jari(),
  'JariReport.description': jari(),
  'JariReport.place': jari(),
  'JariReport.trackingCode': jari(),
  'JariReport.evidence': jari(),
  'JariReport.messages': jari(),
  JariEvidenceFile: jari(),
  JariMessage: jari(),
  'JariMessage.body': jari(),
  'JariTimelineEntry.actorOfficerId': jari(),
  LetterRequest: letters(),
  'LetterRequest.holderName': letters(),
  'LetterRequest.purpose': letters(),
  'LetterRequest.citizen': letters(),
  'LetterRequest.details': letters(),
  'LetterDetail.value': letters(),
  'LetterTimelineEntry.actorId': letters(),
  PermitApplication: permits(),
  'PermitApplication.applicantName': permits(),
  'PermitApplication.latitude': permits(),
  'PermitApplication.longitude': permits(),
  'PermitApplication.citizen': permits(),
  'PermitApplication.fields': permits(),
  'PermitApplication.checklist': permits(),
  'PermitFieldValue.value': permits(),
  PermitUpload: permits(),
  'PermitUpload.displayName': permits(),
  'PermitTimelineEntry.actorName': permits(),
  'PermitPayment.reference': permits(),
};

/**
 * Mutations that look their object up (or validate input) before the role check, so an anonymous caller with
 * an unknown id gets NOT_FOUND / BAD_USER_INPUT instead of UNAUTHENTICATED. Nothing leaks (no data, same answer
 * as for anyone without access), so the suite accepts it for these only; a new entry needs a reason.
 */
export const CHECKED_AFTER_LOOKUP: Record<string, string> = {
  setQueueCapacity: 'health: loads the session to know its facility, then requireFacilityStaff(facility)',
  closeQueueSession: 'health: as setQueueCapacity',
  callNextQueueNumber: 'health: as setQueueCapacity',
  markQueueNumberServed: 'health: loads the appointment to know its facility, then requireFacilityStaff(facility)',
  markQueueNumberNoShow: 'health: as markQueueNumberServed',
  replyToMyJariReport: 'jari: visibleReport answers NOT_FOUND for any report the caller may not see (hides existence)',
};

/** Fields other subgraphs add to Citizen (all personal through the 'Citizen' row) that one more office may read, by design. */
export const CITIZEN_FIELD_ALSO_ALLOWED: Record<string, readonly OfficerKey[]> = {
  permitApplications: ['dpmptsp'], // permits: "the resident and DPMPTSP only"
  taxObjects: ['bapenda'], // jakpa: "the citizen themself and Bapenda officers only"
};
