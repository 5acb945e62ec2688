// Whole operations of the permits pages (tests/portal/operations.test.ts checks each against the graph).

export const PERMIT_TYPES = `query PermitTypes { permitTypes { id name shortName timeLimitDays validityMonths isFree businessNameRequired
  documents { key label labelEn required }
  levyRule { kind basis amount minimum components { label factors { kind name label field value unit money lookup { key value } } } } } }`;

export const PERMIT_TYPE = `query PermitType($id: ID!) { permitType(id: $id) { id name shortName timeLimitDays validityMonths isFree businessNameRequired
  fields { name label labelEn kind required min max decimals unit options { value label } }
  documents { key label labelEn required }
  stageLimits { status workingDays }
  levyRule { kind basis amount minimum components { label factors { kind name label field value unit money lookup { key value } } } } } }`;

export const ESTIMATE = `query EstimateLevy($input: EstimatePermitLevyInput!) { estimatePermitLevy(input: $input) { total free complete missingFields basis lines { label expression amount } } }`;

export const MY_PERMITS = `query MyPermits { me { id permitApplications(first: 50) { totalCount nodes { id status businessName createdAt stageDueAt overdue permitNumber permitType { id name } } } } }`;

const APPLICATION_FIELDS = `id status businessName applicantName createdAt firstSubmittedAt decisionDueAt stageDueAt decidedAt overdue holder nextStatuses
  revisionNote rejectionReason levyAmount paid issuedAt permitNumber validUntil verificationCode revokedAt revocationReason missingItems
  permitType { id name shortName businessNameRequired fields { name label kind required min max decimals unit options { value label } } }
  kelurahan { id name } fields { name label value displayValue }
  checklist { key label labelEn required attachedAt file { id displayName mediaType sizeBytes } }
  levy { total free complete missingFields basis lines { label expression amount } }
  payment { amount channel reference paidAt }
  timeline { at actorRole actorName fromStatus toStatus note }`;

export const APPLICATION = `query PermitApplication($id: ID!) { permitApplication(id: $id) { ${APPLICATION_FIELDS} } }`;

export const MY_UPLOADS = `query MyPermitUploads { myPermitUploads(first: 50) { nodes { id displayName mediaType sizeBytes createdAt } } }`;

export const CREATE = `mutation CreatePermitApplication($input: CreatePermitApplicationInput!) { createPermitApplication(input: $input) { created application { id status } } }`;
export const UPDATE = `mutation UpdatePermitApplication($input: UpdatePermitApplicationInput!) { updatePermitApplication(input: $input) { application { id status } } }`;
export const ATTACH = `mutation AttachPermitDocument($input: AttachPermitDocumentInput!) { attachPermitDocument(input: $input) { application { id status } } }`;
export const DETACH = `mutation DetachPermitDocument($input: DetachPermitDocumentInput!) { detachPermitDocument(input: $input) { application { id status } } }`;
export const SUBMIT = `mutation SubmitPermitApplication($input: SubmitPermitApplicationInput!) { submitPermitApplication(input: $input) { application { id status } } }`;

export const QUEUE = `query PermitQueue($status: PermitStatus, $permitTypeId: ID, $kelurahanId: ID, $overdue: Boolean, $after: String) {
  permitQueue(status: $status, permitTypeId: $permitTypeId, kelurahanId: $kelurahanId, overdue: $overdue, first: 20, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id status businessName applicantName firstSubmittedAt stageDueAt overdue levyAmount permitType { id shortName name } kelurahan { id name } } } }`;

export const OFFICER_APPLICATION = `query OfficerPermitApplication($id: ID!) { permitApplication(id: $id) { ${APPLICATION_FIELDS} } }`;

export const REGISTER = `query PermitRegister($search: String, $permitTypeId: ID, $status: PermitValidity, $after: String) {
  permitRegister(search: $search, permitTypeId: $permitTypeId, status: $status, first: 20, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { permitNumber businessName issuedAt validUntil status permitType { id name shortName } kelurahan { id name } } } }`;

export const VERIFY = `query VerifyPermit($code: String!) { verifyPermit(code: $code) { valid permitNumber permitTypeName businessName holderNameMasked issuedAt validUntil status revokedAt kelurahan { id name } } }`;

export const STATS = `query PermitStatistics($month: String) { permitStatistics(month: $month) { month applications decided medianProcessingDays decidedWithinLimitShare overdueNow permitType { id name shortName timeLimitDays } } }`;

export type Field = {
  name: string;
  label: string;
  labelEn?: string;
  kind: string;
  required: boolean;
  min: number | null;
  max: number | null;
  decimals: number | null;
  unit: string | null;
  options: { value: string; label: string }[] | null;
};
export type Levy = {
  total: number;
  free: boolean;
  complete: boolean;
  missingFields: string[];
  basis: string;
  lines: { label: string; expression: string; amount: number }[];
};
export type LevyRule = {
  kind: string;
  basis: string;
  amount: number | null;
  minimum: number | null;
  components: {
    label: string;
    factors: {
      kind: string;
      name: string | null;
      label: string;
      field: string | null;
      value: number | null;
      unit: string | null;
      money: boolean;
      lookup: { key: string; value: number }[] | null;
    }[];
  }[];
};
export type PermitTypeInfo = {
  id: string;
  name: string;
  shortName: string;
  timeLimitDays: number;
  validityMonths: number | null;
  isFree: boolean;
  businessNameRequired: boolean;
  fields?: Field[];
  documents: { key: string; label: string; labelEn: string; required: boolean }[];
  stageLimits?: { status: string; workingDays: number }[];
  levyRule: LevyRule;
};
export type Application = {
  id: string;
  status: string;
  businessName: string | null;
  applicantName: string;
  createdAt: string;
  firstSubmittedAt: string | null;
  decisionDueAt: string | null;
  stageDueAt: string | null;
  decidedAt: string | null;
  overdue: boolean;
  holder: string | null;
  nextStatuses: string[];
  revisionNote: string | null;
  rejectionReason: string | null;
  levyAmount: number | null;
  paid: boolean;
  issuedAt: string | null;
  permitNumber: string | null;
  validUntil: string | null;
  verificationCode: string | null;
  revokedAt: string | null;
  revocationReason: string | null;
  missingItems: string[];
  permitType: { id: string; name: string; shortName: string; businessNameRequired: boolean; fields: Field[] };
  kelurahan: { id: string; name: string };
  fields: { name: string; label: string; value: string; displayValue: string }[];
  checklist: {
    key: string;
    label: string;
    labelEn: string;
    required: boolean;
    attachedAt: string | null;
    file: { id: string; displayName: string; mediaType: string; sizeBytes: number } | null;
  }[];
  levy: Levy;
  payment: { amount: number; channel: string; reference: string; paidAt: string } | null;
  timeline: { at: string; actorRole: string; actorName: string | null; fromStatus: string | null; toStatus: string; note: string | null }[];
};
