/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
export type AccountKind =
  | 'CITIZEN'
  | 'OFFICER';

export type AppointmentActorKind =
  | 'CITIZEN'
  | 'STAFF'
  | 'SYSTEM';

/** BOOKED -> CALLED -> SERVED or NO_SHOW; BOOKED -> CANCELLED (by the resident, or when the facility closes the session). */
export type AppointmentStatus =
  | 'BOOKED'
  | 'CALLED'
  | 'CANCELLED'
  | 'NO_SHOW'
  | 'SERVED';

export type AttachPermitDocumentInput = {
  applicationId: string | number;
  /** The checklist item, e.g. ktp. */
  requirementKey: string;
  /** From `POST /api/permits/uploads` or `myPermitUploads` (a file given earlier). */
  uploadId: string | number;
};

/** ACTION: an officer changed something (approved, signed, called a number...); READ: an officer saw personal data. */
export type AuditKind =
  | 'ACTION'
  | 'READ';

/** Which kind of office the officer works at; CITY: city-wide (no one office). */
export type AuditOfficeKind =
  | 'AGENCY'
  | 'CITY'
  | 'FACILITY'
  | 'KECAMATAN'
  | 'KELURAHAN';

export type CancelLetterRequestInput = {
  id: string | number;
  /** Optional, up to 500 characters. */
  reason?: string | null | undefined;
};

export type ChangeEmergencyStatusInput = {
  /** Why (max 500); required for FALSE_ALARM. */
  note?: string | null | undefined;
  reportId: string | number;
  status: EmergencyStatus;
};

export type CloseQueueSessionInput = {
  /** Why (5-300 characters); every resident holding a number sees it. */
  reason: string;
  sessionId: string | number;
};

export type ConcludeJariReportInput = {
  /** Internal note for the timeline. */
  note?: string | null | undefined;
  outcome: JariOutcome;
  /** Published with the statistics and shown to the reporter: no names (20-2000 characters). */
  publicSummary: string;
  reportId: string | number;
};

export type CreateApiKeyInput = {
  /** Browser origins that may use the key (https://host[:port]); none: any. */
  allowedOrigins?: Array<string> | null | undefined;
  /** Email or phone of the holder’s office (seen by admins only). */
  contact: string;
  /** The office or organisation that will hold the key, e.g. "Pemkab Konawe". */
  holder: string;
  /** A Satu Kendari account that may see the key’s use (myApiKeys). */
  ownerAccountId?: string | number | null | undefined;
  /** Requests per day (at least quotaPerMinute, at most 100000000). */
  quotaPerDay: number;
  /** Requests per minute (1–100000). */
  quotaPerMinute: number;
};

/** Start a draft: the type, the location and whatever fields are known; the rest can follow. */
export type CreatePermitApplicationInput = {
  /** The business the permit is for; empty when applying as yourself. */
  businessName?: string | null | undefined;
  fields?: Array<PermitFieldInput> | null | undefined;
  /** Retry with the same key: the same draft, never a second one. */
  idempotencyKey?: string | null | undefined;
  /** Kelurahan of the building, business or practice. */
  kelurahanId: string | number;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
  permitTypeId: string | number;
};

export type DetachPermitDocumentInput = {
  applicationId: string | number;
  requirementKey: string;
};

/** What happened in a timeline entry. */
export type EmergencyAction =
  | 'ASSIGNED'
  | 'REASSIGNED'
  | 'REPORTED'
  | 'STATUS_CHANGED'
  | 'WAITING_FOR_UNIT';

/** Who made a timeline entry. */
export type EmergencyActorKind =
  | 'DISPATCHER'
  | 'REPORTER'
  | 'SYSTEM';

/** Whether a unit was sent at once, or every unit is out and the nearest post will send the next free one. */
export type EmergencyAssignment =
  | 'UNIT_DISPATCHED'
  | 'WAITING_FOR_UNIT';

/** Fire, rescue (people or animals trapped, evacuation) or another emergency for Damkar. */
export type EmergencyKind =
  | 'FIRE'
  | 'OTHER'
  | 'RESCUE';

/** GPS from the phone, or the approximate centre of a kelurahan the reporter picked. */
export type EmergencyPositionSource =
  | 'GPS'
  | 'KELURAHAN';

/** RECEIVED -> DISPATCHED -> ON_SCENE -> RESOLVED; FALSE_ALARM from any open state. */
export type EmergencyStatus =
  | 'DISPATCHED'
  | 'FALSE_ALARM'
  | 'ON_SCENE'
  | 'RECEIVED'
  | 'RESOLVED';

export type EstimatePermitLevyInput = {
  fields: Array<PermitFieldInput>;
  permitTypeId: string | number;
};

/** What a resident owes for a service: nothing, a fixed fee, a local levy computed by rule (retribusi), or a local tax (pajak). */
export type FeeKind =
  /** A fixed official fee: `feeRupiah`. */
  | 'FIXED'
  /** Nothing is owed (Gratis). */
  | 'FREE'
  /** A local levy (retribusi daerah) computed by a rule, e.g. PBG by floor area and building function; see `feeNote`. */
  | 'LEVY'
  /** A local tax (pajak daerah) assessed on the resident, e.g. PBB, PBJT, billboard tax; see `feeNote`. */
  | 'TAX';

/** A fire engine or a rescue (evacuation) unit. */
export type FireUnitKind =
  | 'ENGINE'
  | 'RESCUE';

/** Whether a unit can take the next emergency. */
export type FireUnitState =
  | 'AVAILABLE'
  | 'DISPATCHED'
  | 'OUT_OF_SERVICE';

/** A position (WGS84), e.g. from the phone. */
export type GeoPointInput = {
  latitude: number;
  longitude: number;
};

/** Puskesmas (community health centre), hospital, clinic or pharmacy. */
export type HealthFacilityType =
  | 'CLINIC'
  | 'HOSPITAL'
  | 'PHARMACY'
  | 'PUSKESMAS';

export type IssueLetterInput = {
  id: string | number;
};

/** Who made a change, by role (a reporter is never named). */
export type JariActorRole =
  | 'ADMIN'
  | 'AGENCY_OFFICER'
  | 'INSPECTOR'
  | 'REPORTER'
  | 'SYSTEM';

/** What the report is about: pungli (illegal levies), suap (bribery), gratifikasi (gifts to officials), a slow or refused service, or something else. */
export type JariCategory =
  | 'GRATIFIKASI'
  | 'OTHER'
  | 'PUNGLI'
  | 'SLOW_OR_REFUSED_SERVICE'
  | 'SUAP';

export type JariMessageAuthor =
  | 'INSPECTOR'
  | 'REPORTER';

/** The conclusion of an investigation. */
export type JariOutcome =
  | 'NOT_SUBSTANTIATED'
  | 'SUBSTANTIATED';

/** Filters of the inspectors' queue; all optional. */
export type JariQueueFilter = {
  agencyId?: string | number | null | undefined;
  category?: JariCategory | null | undefined;
  /** Only reports received more than this many days ago (0-3650). */
  olderThanDays?: number | null | undefined;
  /** Only reports not followed up within 5 working days. */
  overdueOnly?: boolean | null | undefined;
  /** Default: the open statuses (RECEIVED, VERIFIED, INVESTIGATING). */
  status?: Array<JariStatus> | null | undefined;
};

/** RECEIVED -> VERIFIED -> INVESTIGATING -> CONCLUDED; RECEIVED or VERIFIED -> REJECTED (out of scope). */
export type JariStatus =
  | 'CONCLUDED'
  | 'INVESTIGATING'
  | 'RECEIVED'
  | 'REJECTED'
  | 'VERIFIED';

export type JariTimelineKind =
  | 'SHARED_WITH_AGENCY'
  | 'STATUS_CHANGED'
  | 'SUBMITTED';

/** One type-specific field (see LetterType.fields), e.g. { name: "businessName", value: "Warung Sari Laut" }. */
export type LetterDetailInput = {
  name: string;
  value: string;
};

/** How a type-specific field is written: TEXT, DATE (YYYY-MM-DD) or RUPIAH (whole rupiah). */
export type LetterFieldKind =
  | 'DATE'
  | 'RUPIAH'
  | 'TEXT';

/** The role that holds a request now; APPLICANT once the letter is issued. */
export type LetterHolder =
  | 'APPLICANT'
  | 'CAMAT'
  | 'KECAMATAN_OFFICE'
  | 'KELURAHAN_OFFICER'
  | 'LURAH';

/** Which office handles the letter: the kelurahan, or the kecamatan of the applicant's kelurahan. */
export type LetterLevel =
  | 'KECAMATAN'
  | 'KELURAHAN';

/** SUBMITTED -> VERIFIED -> SIGNED -> ISSUED; SUBMITTED|VERIFIED -> REJECTED; SUBMITTED -> CANCELLED. */
export type LetterStatus =
  | 'CANCELLED'
  | 'ISSUED'
  | 'REJECTED'
  | 'SIGNED'
  | 'SUBMITTED'
  | 'VERIFIED';

/** FIELD: a number the applicant fills in; CONSTANT: a coefficient; LOOKUP: a coefficient chosen by a SELECT field. */
export type LevyFactorKind =
  | 'CONSTANT'
  | 'FIELD'
  | 'LOOKUP';

/** FREE (no levy), FIXED (one amount) or FORMULA (lines, each a product of named factors over the application's fields). */
export type LevyRuleKind =
  | 'FIXED'
  | 'FORMULA'
  | 'FREE';

export type LoginInput = {
  /** A resident logs in with their NIK, an officer with their username. */
  identifier: string;
  password: string;
};

/** What an officer may do, within the scope of their kelurahan, kecamatan, agency or the city. */
export type OfficerRole =
  | 'ADMIN'
  | 'AGENCY_OFFICER'
  | 'CAMAT'
  | 'DISPATCHER'
  | 'FACILITY_STAFF'
  | 'INSPECTOR'
  | 'KELURAHAN_OFFICER'
  | 'LURAH';

/** Where a levy was paid into the city treasury (never to an officer). */
export type PaymentChannel =
  | 'BANK_SULTRA'
  | 'QRIS'
  | 'TELLER_KAS_DAERAH'
  | 'VIRTUAL_ACCOUNT';

export type PermitFieldInput = {
  name: string;
  value: string;
};

/** How a field is written: TEXT, NUMBER (dot or comma decimals), SELECT (one of `options`), DATE (YYYY-MM-DD). */
export type PermitFieldKind =
  | 'DATE'
  | 'NUMBER'
  | 'SELECT'
  | 'TEXT';

/** Whose turn it is: the applicant (draft, revision, payment) or DPMPTSP. */
export type PermitHolder =
  | 'APPLICANT'
  | 'DPMPTSP';

/** An officer step that needs a reason the applicant sees. */
export type PermitReasonInput = {
  id: string | number;
  reason: string;
};

/** DRAFT -> SUBMITTED -> (NEEDS_REVISION -> SUBMITTED)* -> VERIFIED -> APPROVED -> PAID -> ISSUED; free types go APPROVED -> ISSUED; SUBMITTED|VERIFIED -> REJECTED; ISSUED -> REVOKED. */
export type PermitStatus =
  | 'APPROVED'
  | 'DRAFT'
  | 'ISSUED'
  | 'NEEDS_REVISION'
  | 'PAID'
  | 'REJECTED'
  | 'REVOKED'
  | 'SUBMITTED'
  | 'VERIFIED';

/** An officer step with an optional note. */
export type PermitStepInput = {
  id: string | number;
  note?: string | null | undefined;
};

/** An issued permit: VALID, EXPIRED (past validUntil) or REVOKED. */
export type PermitValidity =
  | 'EXPIRED'
  | 'REVOKED'
  | 'VALID';

/** JKN (BPJS Kesehatan) or UMUM (paying patients): each has its own quota, as in the national online queue. */
export type QueuePayer =
  | 'JKN'
  | 'UMUM';

/** Morning (PAGI) or afternoon (SIANG) session of a service. */
export type QueueSessionLabel =
  | 'PAGI'
  | 'SIANG';

export type QueueSessionStatus =
  | 'CLOSED'
  | 'OPEN';

/** Send another post and/or unit. On a RECEIVED report, giving a unit also dispatches it. */
export type ReassignEmergencyInput = {
  /** Why (max 500). */
  note?: string | null | undefined;
  reportId: string | number;
  stationId: string | number;
  /** An AVAILABLE unit of that station (required once the report is DISPATCHED). */
  unitId?: string | number | null | undefined;
};

export type RecordCounterPaymentInput = {
  amount: number;
  /** Required: a retried submit records one payment. */
  idempotencyKey: string;
  nop: string;
  year: number;
};

export type RecordPermitPaymentInput = {
  /** Must equal the levy. */
  amount: number;
  channel: PaymentChannel;
  id: string | number;
  /** The bank or QRIS reference; the same reference twice is one payment. */
  reference: string;
};

export type RegisterCitizenInput = {
  /** Kelurahan where the resident lives (Kemendagri code). */
  kelurahanId: string | number;
  name: string;
  /** 16-digit NIK from the KTP. */
  nik: string;
  /** At least 8 characters, with a letter and a digit. */
  password: string;
  /** Indonesian phone number, e.g. 081234567890. */
  phone: string;
};

export type RejectLetterRequestInput = {
  id: string | number;
  /** Why, in words the applicant understands (5-500 characters). Shown to them. */
  reason: string;
};

/** A one-tap emergency report. Give latitude/longitude, or (no GPS) a kelurahanId. */
export type ReportEmergencyInput = {
  /** Street, landmark (max 300). */
  addressText?: string | null | undefined;
  /** Phone number Damkar can call back; required when not logged in. */
  callbackPhone?: string | null | undefined;
  /** What is happening (max 1000). */
  description?: string | null | undefined;
  /** Chosen by the app per report (8-100 characters): the same key again returns the same report. */
  idempotencyKey?: string | null | undefined;
  /** Without GPS: the kelurahan; its approximate centre is used. */
  kelurahanId?: string | number | null | undefined;
  kind: EmergencyKind;
  /** GPS latitude (WGS84); must be inside Kota Kendari. */
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
};

export type RequestLetterInput = {
  /** The fields this letter type needs. */
  details?: Array<LetterDetailInput> | null | undefined;
  /** Chosen by the client; sending the same key again returns the same request. */
  idempotencyKey?: string | null | undefined;
  /** Leave empty: the letter goes to the kelurahan of the applicant's account (a kecamatan-level letter to its kecamatan). If given, it must be that kelurahan. */
  kelurahanId?: string | number | null | undefined;
  /** The letter type = core service id, e.g. laika-sku. */
  letterTypeId: string | number;
  /** What the letter is for (keperluan), 10-500 characters. */
  purpose: string;
};

/** Which application handles requests for a service. */
export type ServiceApplication =
  | 'CIVIL_REGISTRY'
  | 'FIREBUTTON'
  | 'HEALTH'
  | 'JAKPA'
  | 'JARI'
  | 'LAIKA'
  | 'PERMITS';

/** Whether a service point can serve today. */
export type ServiceAvailability =
  | 'AVAILABLE'
  | 'LIMITED'
  | 'UNAVAILABLE';

/** Where a request for the service is handled. */
export type ServiceLevel =
  | 'AGENCY'
  | 'KECAMATAN'
  | 'KELURAHAN';

export type SetQueueCapacityInput = {
  capacity: number;
  payer: QueuePayer;
  sessionId: string | number;
};

export type SignLetterRequestInput = {
  id: string | number;
  note?: string | null | undefined;
};

export type SubmitJariReportInput = {
  /** The agency concerned, e.g. disdukcapil. */
  agencyId: string | number;
  /** Amount asked for, in whole rupiah (0 to 10 000 000 000). */
  amountAskedRupiah?: number | null | undefined;
  /** Amount paid, in whole rupiah (0 to 10 000 000 000). */
  amountPaidRupiah?: number | null | undefined;
  /** True (the default): nothing about the reporter is stored, not the account, not a phone, not an address. False needs a resident login; the name is then shown to inspectors only. */
  anonymous: boolean;
  category: JariCategory;
  /** Whether the Inspectorate may contact the reporter (through messages, or the account's phone for a named report). */
  contactAllowed: boolean;
  /** What happened (30-5000 characters). */
  description: string;
  /** Evidence: at most 5 ids answered by `POST /api/jari/uploads` (no login needed). Each upload can be attached to one report only, within 24 hours. */
  evidenceUploadIds?: Array<string | number> | null | undefined;
  /** Chosen by the client; the same key again gives the same report (stored only as a hash). */
  idempotencyKey?: string | null | undefined;
  /** When it happened; not in the future. */
  occurredAt: string;
  /** Where it happened (3-200 characters). */
  place: string;
  /** The service concerned, e.g. capil-ktp-el. */
  serviceId?: string | number | null | undefined;
};

export type SubmitPermitApplicationInput = {
  id: string | number;
  /** Retry with the same key: the same answer, one submission. */
  idempotencyKey?: string | null | undefined;
};

/** Take a queue number for a service, a day (today to 7 days ahead, WITA) and a session. */
export type TakeQueueNumberInput = {
  /** YYYY-MM-DD (WITA). */
  date: string;
  /** Chosen by the app per booking (8-100 characters): the same key again returns the same number. */
  idempotencyKey?: string | null | undefined;
  payer: QueuePayer;
  /** FacilityService id, e.g. puskesmas-kandai.POLI_UMUM. */
  serviceId: string | number;
  session: QueueSessionLabel;
};

/** Derived from the payment rows: PAID (nothing owed), PARTLY_PAID (some paid, rest owed; see isOverdue), OVERDUE (nothing paid after the due date), UNPAID (before the due date). */
export type TaxBillStatus =
  | 'OVERDUE'
  | 'PAID'
  | 'PARTLY_PAID'
  | 'UNPAID';

/** Bank (teller, ATM, mobile banking), QRIS, e-wallet, or the Bapenda counter. */
export type TaxPaymentChannelKind =
  | 'BANK'
  | 'COUNTER'
  | 'EWALLET'
  | 'QRIS';

/** Change a DRAFT or NEEDS_REVISION application; omitted values stay as they are. */
export type UpdatePermitApplicationInput = {
  businessName?: string | null | undefined;
  /** The full set of type fields (replaces the earlier values). */
  fields?: Array<PermitFieldInput> | null | undefined;
  id: string | number;
  kelurahanId?: string | number | null | undefined;
  latitude?: number | null | undefined;
  longitude?: number | null | undefined;
};

export type UpdateServiceStatusInput = {
  /** Required unless AVAILABLE (3-300 characters), e.g. "Blanko KTP-el habis, kiriman dari Kemendagri dijadwalkan Kamis". */
  reason?: string | null | undefined;
  /** The reason in English (optional, 3-300 characters); without it English readers see the Indonesian reason. */
  reasonEn?: string | null | undefined;
  servicePointId: string | number;
  status: ServiceAvailability;
  /** New stock count (0-1 000 000), only for points with a stock counter; omit to keep it. */
  stockRemaining?: number | null | undefined;
};

export type VerifyLetterRequestInput = {
  id: string | number;
  /** Optional note for the timeline, up to 500 characters. */
  note?: string | null | undefined;
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;


export type LoginMutation = { login: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, accountKind: AccountKind } } };

export type RegisterMutationVariables = Exact<{
  input: RegisterCitizenInput;
}>;


export type RegisterMutation = { registerCitizen: { session: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, accountKind: AccountKind } } };

export type LogoutMutationVariables = Exact<{
  t: string;
}>;


export type LogoutMutation = { logout: boolean };

export type MyAccountQueryVariables = Exact<{ [key: string]: never; }>;


export type MyAccountQuery = { me: { id: string, name: string | null, nik: string | null, phone: string | null, kelurahan: { id: string, name: string, kecamatan: { id: string, name: string } } | null } };

export type FollowEmergencyQueryVariables = Exact<{
  code: string;
}>;


export type FollowEmergencyQuery = { emergencyReport: { trackingCode: string, kind: EmergencyKind, status: EmergencyStatus, createdAt: string, dispatchedAt: string | null, onSceneAt: string | null, closedAt: string | null, stationDistanceMetres: number, station: { id: string, name: string, address: string }, unit: { id: string, callSign: string } | null, kelurahan: { id: string, name: string } | null, kecamatan: { id: string, name: string } | null, timeline: Array<{ at: string, action: EmergencyAction, toStatus: EmergencyStatus, actorKind: EmergencyActorKind, note: string | null, station: { id: string, name: string } | null, unit: { id: string, callSign: string } | null }> } | null };

export type SubmitJariMutationVariables = Exact<{
  input: SubmitJariReportInput;
}>;


export type SubmitJariMutation = { submitJariReport: { trackingCode: string, secret: string, report: { id: string, status: JariStatus, followUpDueAt: string } } };

export type CheckQueryVariables = Exact<{
  code: string;
  secret: string;
}>;


export type CheckQuery = { jariReportByCode: { id: string } };

export type ReplyMutationVariables = Exact<{
  code: string;
  secret: string;
  message: string;
}>;


export type ReplyMutation = { replyToJariReport: { id: string } };

export type ReplyMineMutationVariables = Exact<{
  id: string | number;
  message: string;
}>;


export type ReplyMineMutation = { replyToMyJariReport: { id: string } };

export type JariFollowFieldsFragment = { id: string, trackingCode: string, category: JariCategory, status: JariStatus, outcome: JariOutcome | null, publicSummary: string | null, rejectionReason: string | null, receivedAt: string, followUpDueAt: string, overdue: boolean, anonymous: boolean, occurredAt: string, place: string, description: string, amountAskedRupiah: number | null, amountPaidRupiah: number | null, agency: { id: string, shortName: string } | null, service: { id: string, name: string, nameEn: string } | null, timeline: Array<{ at: string, kind: JariTimelineKind, actorRole: JariActorRole, toStatus: JariStatus | null, note: string | null }>, messages: { nodes: Array<{ id: string, at: string, author: JariMessageAuthor, body: string }> } };

export type FollowQueryVariables = Exact<{
  code: string;
  secret: string;
}>;


export type FollowQuery = { jariReportByCode: { id: string, trackingCode: string, category: JariCategory, status: JariStatus, outcome: JariOutcome | null, publicSummary: string | null, rejectionReason: string | null, receivedAt: string, followUpDueAt: string, overdue: boolean, anonymous: boolean, occurredAt: string, place: string, description: string, amountAskedRupiah: number | null, amountPaidRupiah: number | null, agency: { id: string, shortName: string } | null, service: { id: string, name: string, nameEn: string } | null, timeline: Array<{ at: string, kind: JariTimelineKind, actorRole: JariActorRole, toStatus: JariStatus | null, note: string | null }>, messages: { nodes: Array<{ id: string, at: string, author: JariMessageAuthor, body: string }> } } };

export type MineQueryVariables = Exact<{
  id: string | number;
}>;


export type MineQuery = { jariReport: { id: string, trackingCode: string, category: JariCategory, status: JariStatus, outcome: JariOutcome | null, publicSummary: string | null, rejectionReason: string | null, receivedAt: string, followUpDueAt: string, overdue: boolean, anonymous: boolean, occurredAt: string, place: string, description: string, amountAskedRupiah: number | null, amountPaidRupiah: number | null, agency: { id: string, shortName: string } | null, service: { id: string, name: string, nameEn: string } | null, timeline: Array<{ at: string, kind: JariTimelineKind, actorRole: JariActorRole, toStatus: JariStatus | null, note: string | null }>, messages: { nodes: Array<{ id: string, at: string, author: JariMessageAuthor, body: string }> } } };

export type JariChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type JariChoicesQuery = { agencies: Array<{ id: string, name: string, nameEn: string, shortName: string, services: Array<{ id: string, name: string, nameEn: string }> }> };

export type TakeQueueNumberMutationVariables = Exact<{
  input: TakeQueueNumberInput;
}>;


export type TakeQueueNumberMutation = { takeQueueNumber: { appointment: { id: string, number: number } } };

export type CancelQueueNumberMutationVariables = Exact<{
  id: string | number;
}>;


export type CancelQueueNumberMutation = { cancelQueueNumber: { id: string, status: AppointmentStatus } };

export type AppointmentQueryVariables = Exact<{
  id: string | number;
}>;


export type AppointmentQuery = { appointment: { id: string, bookingCode: string, number: number, payer: QueuePayer, status: AppointmentStatus, date: string, numbersAhead: number | null, estimatedServiceAt: string | null, facility: { id: string, name: string, address: string }, service: { id: string, name: string }, session: { label: QueueSessionLabel, nowServing: number, status: QueueSessionStatus, closedReason: string | null, startsAt: string }, timeline: Array<{ at: string, toStatus: AppointmentStatus, actorKind: AppointmentActorKind, note: string | null }> } | null };

export type HealthFacilityQueryVariables = Exact<{
  id: string | number;
}>;


export type HealthFacilityQuery = { healthFacility: { id: string, name: string, type: HealthFacilityType, address: string, phone: string | null, openNow: boolean, osmOpeningHours: string, statusBoardIds: Array<string>, openingHours: Array<{ weekday: number, intervals: Array<string> }>, openingExceptions: Array<{ date: string, closed: boolean, hours: string | null, reason: string }>, services: Array<{ id: string, code: string, name: string, bookable: boolean, minutesPerPatient: number }>, queue: Array<{ nowServing: number, remaining: number, estimatedWaitMinutes: number, placesLeft: number, numbersAvailable: boolean, service: { id: string, name: string, minutesPerPatient: number }, sessions: Array<{ id: string, label: QueueSessionLabel, startsAt: string, endsAt: string, status: QueueSessionStatus, closedReason: string | null, over: boolean, placesLeft: number }> }> } | null };

export type FacilityNoticeQueryVariables = Exact<{
  id: string | number;
}>;


export type FacilityNoticeQuery = { servicePointStatus: { status: ServiceAvailability, reason: string | null, service: { name: string } | null } | null };

export type QueueDisplayDataQueryVariables = Exact<{
  id: string | number;
}>;


export type QueueDisplayDataQuery = { healthQueue: { nowServing: number, remaining: number, estimatedWaitMinutes: number, sessions: Array<{ nextNumber: number | null }> } | null };

export type QueueDisplayPageQueryVariables = Exact<{
  id: string | number;
}>;


export type QueueDisplayPageQuery = { healthQueue: { nowServing: number, remaining: number, estimatedWaitMinutes: number, sessions: Array<{ nextNumber: number | null }>, service: { name: string }, facility: { id: string, name: string } } | null };

export type HealthFacilitiesQueryVariables = Exact<{
  search?: string | null | undefined;
  type?: HealthFacilityType | null | undefined;
  kelurahanId?: string | number | null | undefined;
  openNow?: boolean | null | undefined;
  near?: GeoPointInput | null | undefined;
}>;


export type HealthFacilitiesQuery = { healthFacilities: { totalCount: number, nodes: Array<{ id: string, name: string, type: HealthFacilityType, address: string, phone: string | null, latitude: number, longitude: number, distanceMetres: number | null, openNow: boolean, osmOpeningHours: string, services: Array<{ code: string, name: string, bookable: boolean }> }> } };

export type ServiceTitleQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceTitleQuery = { service: { name: string, nameEn: string } | null };

export type ServiceQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceQuery = { service: { id: string, name: string, nameEn: string, application: ServiceApplication, level: ServiceLevel, description: string, descriptionEn: string, requirements: Array<string>, requirementsEn: Array<string>, steps: Array<string>, stepsEn: Array<string>, timeLimitDays: number, timeLimitText: string, timeLimitTextEn: string, feeKind: FeeKind, feeRupiah: number, isFree: boolean, feeNote: string | null, feeNoteEn: string | null, feeLegalBasis: string, product: string, productEn: string, complaintChannel: string, complaintChannelEn: string, legalBasis: string, agency: { id: string, name: string, nameEn: string, shortName: string, address: string, addressEn: string | null, officePhone: string | null } } | null };

export type CatalogueQueryVariables = Exact<{
  search?: string | null | undefined;
  application?: ServiceApplication | null | undefined;
  after?: string | null | undefined;
}>;


export type CatalogueQuery = { services: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, name: string, nameEn: string, application: ServiceApplication, level: ServiceLevel, description: string, timeLimitText: string, timeLimitTextEn: string, timeLimitDays: number, feeKind: FeeKind, feeRupiah: number, isFree: boolean, agency: { id: string, shortName: string, name: string, nameEn: string } }> } };

export type WhoOfficerQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoOfficerQuery = { currentOfficer: { id: string, name: string, username: string, role: OfficerRole } };

export type WhoCitizenQueryVariables = Exact<{ [key: string]: never; }>;


export type WhoCitizenQuery = { me: { id: string, name: string | null } };

export type HomeSearchQueryVariables = Exact<{
  search?: string | null | undefined;
}>;


export type HomeSearchQuery = { services: { totalCount: number, nodes: Array<{ id: string, name: string, nameEn: string, application: ServiceApplication, level: ServiceLevel, description: string, timeLimitText: string, timeLimitTextEn: string, timeLimitDays: number, feeKind: FeeKind, feeRupiah: number, isFree: boolean, agency: { id: string, shortName: string, name: string, nameEn: string } }> } };

export type HomeGreetingQueryVariables = Exact<{ [key: string]: never; }>;


export type HomeGreetingQuery = { me: { id: string, name: string | null } };

export type TaxBillLookupQueryVariables = Exact<{
  nop: string;
  year?: number | null | undefined;
}>;


export type TaxBillLookupQuery = { taxBill: { year: number, years: Array<number>, ownerNameMasked: string, landArea: number, buildingArea: number, njop: number, amount: number, dueDate: string, nop: { digits: string, formatted: string, province: string, city: string, kecamatanCode: string, kelurahanCode: string, block: string, number: string, special: string, kelurahan: { id: string, name: string } | null, kecamatan: { id: string, name: string } | null }, today: { status: TaxBillStatus, isOverdue: boolean, monthsLate: number, penalty: number, paidAmount: number, totalDue: number, asOf: string } } };

export type MyTaxesQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTaxesQuery = { me: { id: string, taxObjects: { totalCount: number, nodes: Array<{ id: string, address: string, ownerName: string, landArea: number, buildingArea: number, nop: { digits: string, formatted: string, kelurahan: { id: string, name: string } | null, kecamatan: { id: string, name: string } | null }, bills: { nodes: Array<{ id: string, year: number, njop: number, amount: number, dueDate: string, today: { status: TaxBillStatus, isOverdue: boolean, monthsLate: number, penalty: number, paidAmount: number, totalDue: number, asOf: string }, payments: { nodes: Array<{ id: string, amount: number, paidAt: string, reference: string, channel: { id: string, name: string } }> } }> } }> } | null } };

export type MyApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type MyApiKeysQuery = { myApiKeys: Array<{ id: string, prefix: string, holder: string, quotaPerMinute: number, quotaPerDay: number, allowedOrigins: Array<string>, createdAt: string, revokedAt: string | null, usage: Array<{ day: string, calls: number, rejected: number }> }> };

export type ReassignMutationVariables = Exact<{
  input: ReassignEmergencyInput;
}>;


export type ReassignMutation = { reassignEmergency: { report: { id: string, status: EmergencyStatus } } };

export type ChangeStatusMutationVariables = Exact<{
  input: ChangeEmergencyStatusInput;
}>;


export type ChangeStatusMutation = { changeEmergencyStatus: { report: { id: string, status: EmergencyStatus } } };

export type OpenQueryVariables = Exact<{ [key: string]: never; }>;


export type OpenQuery = { openEmergencies: { totalCount: number, nodes: Array<{ id: string, trackingCode: string, kind: EmergencyKind, status: EmergencyStatus, createdAt: string, positionSource: EmergencyPositionSource, latitude: number | null, longitude: number | null, addressText: string | null, description: string | null, callbackPhone: string | null, kelurahan: { id: string, name: string, kecamatan: { id: string, name: string } } | null, station: { id: string, name: string }, unit: { id: string, callSign: string, state: FireUnitState } | null }> } };

export type StationsQueryVariables = Exact<{ [key: string]: never; }>;


export type StationsQuery = { fireStations: Array<{ id: string, name: string, units: Array<{ id: string, callSign: string, kind: FireUnitKind, state: FireUnitState }> }> };

export type VerifyPermitApplicationMutationVariables = Exact<{
  input: PermitStepInput;
}>;


export type VerifyPermitApplicationMutation = { verifyPermitApplication: { application: { id: string, status: PermitStatus } } };

export type RequestPermitRevisionMutationVariables = Exact<{
  input: PermitStepInput;
}>;


export type RequestPermitRevisionMutation = { requestPermitRevision: { application: { id: string, status: PermitStatus } } };

export type ApprovePermitApplicationMutationVariables = Exact<{
  input: PermitStepInput;
}>;


export type ApprovePermitApplicationMutation = { approvePermitApplication: { application: { id: string, status: PermitStatus, levyAmount: number | null } } };

export type RejectPermitApplicationMutationVariables = Exact<{
  input: PermitReasonInput;
}>;


export type RejectPermitApplicationMutation = { rejectPermitApplication: { application: { id: string, status: PermitStatus } } };

export type RecordPermitPaymentMutationVariables = Exact<{
  input: RecordPermitPaymentInput;
}>;


export type RecordPermitPaymentMutation = { recordPermitPayment: { application: { id: string, status: PermitStatus } } };

export type IssuePermitMutationVariables = Exact<{
  input: PermitStepInput;
}>;


export type IssuePermitMutation = { issuePermit: { application: { id: string, status: PermitStatus, permitNumber: string | null } } };

export type RevokePermitMutationVariables = Exact<{
  input: PermitReasonInput;
}>;


export type RevokePermitMutation = { revokePermit: { application: { id: string, status: PermitStatus } } };

export type VerifyJariReportMutationVariables = Exact<{
  reportId: string | number;
  note?: string | null | undefined;
}>;


export type VerifyJariReportMutation = { verifyJariReport: { id: string, status: JariStatus } };

export type StartJariInvestigationMutationVariables = Exact<{
  reportId: string | number;
  note?: string | null | undefined;
}>;


export type StartJariInvestigationMutation = { startJariInvestigation: { id: string, status: JariStatus } };

export type ShareJariReportWithAgencyMutationVariables = Exact<{
  reportId: string | number;
  note?: string | null | undefined;
}>;


export type ShareJariReportWithAgencyMutation = { shareJariReportWithAgency: { id: string } };

export type RejectJariReportMutationVariables = Exact<{
  reportId: string | number;
  reason: string;
}>;


export type RejectJariReportMutation = { rejectJariReport: { id: string, status: JariStatus } };

export type SendJariMessageMutationVariables = Exact<{
  reportId: string | number;
  message: string;
}>;


export type SendJariMessageMutation = { sendJariMessage: { id: string } };

export type ConcludeJariReportMutationVariables = Exact<{
  input: ConcludeJariReportInput;
}>;


export type ConcludeJariReportMutation = { concludeJariReport: { id: string, status: JariStatus } };

export type JariQueueQueryVariables = Exact<{
  filter?: JariQueueFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type JariQueueQuery = { jariQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, trackingCode: string, category: JariCategory, status: JariStatus, receivedAt: string, followUpDueAt: string, overdue: boolean, anonymous: boolean, place: string, description: string, amountAskedRupiah: number | null, sharedWithAgencyAt: string | null, agency: { id: string, shortName: string } | null, service: { id: string, name: string, nameEn: string } | null, reporter: { id: string, name: string | null, phone: string | null } | null, messages: { totalCount: number, nodes: Array<{ at: string, author: JariMessageAuthor, body: string }> } }> } };

export type InspectorAgenciesQueryVariables = Exact<{ [key: string]: never; }>;


export type InspectorAgenciesQuery = { agencies: Array<{ id: string, shortName: string }> };

export type CallNextMutationVariables = Exact<{
  s: string | number;
}>;


export type CallNextMutation = { callNextQueueNumber: { id: string, number: number } | null };

export type ServedMutationVariables = Exact<{
  id: string | number;
}>;


export type ServedMutation = { markQueueNumberServed: { id: string, status: AppointmentStatus } };

export type NoShowMutationVariables = Exact<{
  id: string | number;
}>;


export type NoShowMutation = { markQueueNumberNoShow: { id: string, status: AppointmentStatus } };

export type CapacityMutationVariables = Exact<{
  input: SetQueueCapacityInput;
}>;


export type CapacityMutation = { setQueueCapacity: { id: string } };

export type CloseQueueSessionMutationVariables = Exact<{
  input: CloseQueueSessionInput;
}>;


export type CloseQueueSessionMutation = { closeQueueSession: { cancelledCount: number } };

export type StaffDayQueryVariables = Exact<{
  id: string | number;
  date?: string | null | undefined;
}>;


export type StaffDayQuery = { healthFacility: { id: string, name: string, queue: Array<{ service: { id: string, name: string }, sessions: Array<{ id: string, label: QueueSessionLabel, status: QueueSessionStatus, closedReason: string | null, startsAt: string, endsAt: string, nowServing: number, waiting: number, nextNumber: number | null, quotas: Array<{ payer: QueuePayer, capacity: number, taken: number }>, appointments: Array<{ id: string, number: number, status: AppointmentStatus, payer: QueuePayer, bookingCode: string }> }> }> } | null };

export type MyStaffDayQueryVariables = Exact<{
  date?: string | null | undefined;
}>;


export type MyStaffDayQuery = { myHealthFacility: { id: string, name: string, queue: Array<{ service: { id: string, name: string }, sessions: Array<{ id: string, label: QueueSessionLabel, status: QueueSessionStatus, closedReason: string | null, startsAt: string, endsAt: string, nowServing: number, waiting: number, nextNumber: number | null, quotas: Array<{ payer: QueuePayer, capacity: number, taken: number }>, appointments: Array<{ id: string, number: number, status: AppointmentStatus, payer: QueuePayer, bookingCode: string }> }> }> } | null };

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;


export type CreateApiKeyMutation = { createApiKey: { key: string, apiKey: { id: string, prefix: string, holder: string } } };

export type RevokeApiKeyMutationVariables = Exact<{
  id: string | number;
}>;


export type RevokeApiKeyMutation = { revokeApiKey: { id: string, revokedAt: string | null } };

export type ApiKeysQueryVariables = Exact<{ [key: string]: never; }>;


export type ApiKeysQuery = { apiKeys: { totalCount: number, nodes: Array<{ id: string, prefix: string, holder: string, contact: string | null, quotaPerMinute: number, quotaPerDay: number, allowedOrigins: Array<string>, createdAt: string, revokedAt: string | null, usage: Array<{ calls: number, rejected: number }> }> } };

export type SharedWithMyAgencyQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type SharedWithMyAgencyQuery = { jariReportsSharedWithMyAgency: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, category: JariCategory, status: JariStatus, outcome: JariOutcome | null, publicSummary: string | null, receivedAt: string, sharedWithAgencyAt: string | null, occurredAt: string, place: string, description: string, amountAskedRupiah: number | null, service: { id: string, name: string, nameEn: string } | null }> } };

export type RecordCounterPaymentMutationVariables = Exact<{
  input: RecordCounterPaymentInput;
}>;


export type RecordCounterPaymentMutation = { recordCounterPayment: { replayed: boolean, payment: { id: string, amount: number, paidAt: string, channel: { id: string, name: string } }, bill: { id: string, year: number }, billToday: { status: TaxBillStatus, paidAmount: number, totalDue: number } } };

export type BapendaSearchQueryVariables = Exact<{
  ownerNik?: string | null | undefined;
  nop?: string | null | undefined;
}>;


export type BapendaSearchQuery = { bapendaTaxObjects: { totalCount: number, nodes: Array<{ id: string, ownerName: string, address: string, nop: { digits: string, formatted: string, kelurahan: { id: string, name: string } | null }, bills: { nodes: Array<{ id: string, year: number, amount: number, today: { status: TaxBillStatus, isOverdue: boolean, monthsLate: number, penalty: number, paidAmount: number, totalDue: number, asOf: string } }> } }> } };

export type UpdateMutationVariables = Exact<{
  input: UpdateServiceStatusInput;
}>;


export type UpdateMutation = { updateServiceStatus: { id: string, status: ServiceAvailability } };

export type BoardQueryVariables = Exact<{
  agencyId?: string | number | null | undefined;
}>;


export type BoardQuery = { serviceStatusBoard: { nodes: Array<{ id: string, place: string, placeEn: string, status: ServiceAvailability, reason: string | null, reasonEn: string | null, stockLabel: string | null, stockLabelEn: string | null, stockRemaining: number | null, lastUpdatedAt: string, agency: { id: string, shortName: string } | null, service: { id: string, name: string, nameEn: string } | null }> } };

export type VerifyLetterRequestMutationVariables = Exact<{
  input: VerifyLetterRequestInput;
}>;


export type VerifyLetterRequestMutation = { verifyLetterRequest: { request: { id: string, status: LetterStatus } } };

export type SignLetterMutationVariables = Exact<{
  input: SignLetterRequestInput;
}>;


export type SignLetterMutation = { signLetterRequest: { request: { id: string, status: LetterStatus } } };

export type IssueLetterMutationVariables = Exact<{
  input: IssueLetterInput;
}>;


export type IssueLetterMutation = { issueLetter: { request: { id: string, status: LetterStatus } } };

export type RejectLetterMutationVariables = Exact<{
  input: RejectLetterRequestInput;
}>;


export type RejectLetterMutation = { rejectLetterRequest: { request: { id: string, status: LetterStatus } } };

export type LetterQueueQueryVariables = Exact<{
  status?: LetterStatus | null | undefined;
  open?: boolean | null | undefined;
  letterTypeId?: string | number | null | undefined;
  overdue?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type LetterQueueQuery = { letterQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, holderName: string, purpose: string, status: LetterStatus, level: LetterLevel, createdAt: string, dueAt: string, overdue: boolean, letterNumber: string | null, verificationCode: string | null, nextStatuses: Array<LetterStatus>, currentHolder: LetterHolder | null, letterType: { id: string, name: string }, kelurahan: { id: string, name: string } | null, details: Array<{ name: string, label: string, value: string }> }> } };

export type OfficerLetterTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type OfficerLetterTypesQuery = { letterTypes: Array<{ id: string, name: string }> };

export type LetterQueryVariables = Exact<{
  id: string | number;
}>;


export type LetterQuery = { letterRequest: { id: string, holderName: string, purpose: string, status: LetterStatus, createdAt: string, dueAt: string, issuedAt: string | null, rejectionReason: string | null, letterNumber: string | null, verificationCode: string | null, officeName: string | null, validUntil: string | null, overdue: boolean, currentHolder: LetterHolder | null, letterType: { id: string, name: string, service: { id: string, nameEn: string } | null }, details: Array<{ name: string, label: string, value: string }>, timeline: Array<{ at: string, actorRole: string, toStatus: LetterStatus, reason: string | null }> } };

export type MyKelurahanQueryVariables = Exact<{ [key: string]: never; }>;


export type MyKelurahanQuery = { me: { id: string, kelurahan: { id: string } | null } };

export type RequestLetterMutationVariables = Exact<{
  input: RequestLetterInput;
}>;


export type RequestLetterMutation = { requestLetter: { created: boolean, request: { id: string, status: LetterStatus } } };

export type CancelMutationVariables = Exact<{
  input: CancelLetterRequestInput;
}>;


export type CancelMutation = { cancelLetterRequest: { request: { id: string, status: LetterStatus } } };

export type MyLetterListQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLetterListQuery = { me: { id: string, letterRequests: { nodes: Array<{ id: string, status: LetterStatus, createdAt: string, dueAt: string, overdue: boolean, letterType: { id: string, name: string, service: { id: string, nameEn: string } | null } }> } | null } };

export type LetterTypesToRequestQueryVariables = Exact<{ [key: string]: never; }>;


export type LetterTypesToRequestQuery = { letterTypes: Array<{ id: string, name: string, level: LetterLevel, timeLimitDays: number, feeRupiah: number, service: { id: string, nameEn: string } | null, fields: Array<{ name: string, label: string, kind: LetterFieldKind, required: boolean, maxLength: number }> }> };

export type TransparencyLettersOfMonthQueryVariables = Exact<{
  month: string;
}>;


export type TransparencyLettersOfMonthQuery = { letterTrend: Array<{ hasData: boolean, issuedCount: number, withinTimeLimitShare: number | null, medianProcessingHours: number | null, kecamatan: { id: string, name: string } | null }> };

export type TransparencyEmergenciesOfMonthQueryVariables = Exact<{
  month: string;
}>;


export type TransparencyEmergenciesOfMonthQuery = { emergencyTrend: Array<{ hasData: boolean, totalIncidents: number, onSceneWithinTargetShare: number | null, medianMinutesToArrival: number | null, kecamatan: { id: string, name: string } | null }> };

export type VerifyLetterQueryVariables = Exact<{
  code: string;
}>;


export type VerifyLetterQuery = { verifyLetter: { valid: boolean, letterTypeName: string | null, letterNumber: string | null, issuedAt: string | null, issuingOffice: string | null, validUntil: string | null, expired: boolean | null, holderNameMasked: string | null } };

export type MyDataAccessQueryVariables = Exact<{
  first: number;
}>;


export type MyDataAccessQuery = { me: { id: string, dataAccessLog: { totalCount: number, nodes: Array<{ at: string, kind: AuditKind, actorRole: OfficerRole, subgraph: string, action: string, itemType: string, itemId: string, office: { kind: AuditOfficeKind, kelurahan: { name: string } | null, kecamatan: { name: string } | null, agency: { name: string, nameEn: string } | null, facility: { name: string } | null } }> } | null } };

export type JariStatsQueryVariables = Exact<{
  month: string;
}>;


export type JariStatsQuery = { jariStats: { month: string, received: number, open: number, concluded: number, rejected: number, followUpOverdue: number, medianDaysToConclusion: number | null, byCategory: Array<{ category: JariCategory, count: number }>, byOutcome: Array<{ outcome: JariOutcome, count: number }> } };

export type ServiceStatusQueryVariables = Exact<{
  id: string | number;
}>;


export type ServiceStatusQuery = { service: { id: string, status: { availability: ServiceAvailability | null, points: Array<{ id: string, place: string, placeEn: string, status: ServiceAvailability, reason: string | null, reasonEn: string | null, stockLabel: string | null, stockLabelEn: string | null, stockRemaining: number | null, lastUpdatedAt: string }> } | null } | null };

export type StatusBoardQueryVariables = Exact<{ [key: string]: never; }>;


export type StatusBoardQuery = { serviceStatusBoard: { totalCount: number, nodes: Array<{ id: string, place: string, placeEn: string, status: ServiceAvailability, reason: string | null, reasonEn: string | null, stockLabel: string | null, stockLabelEn: string | null, stockRemaining: number | null, lastUpdatedAt: string, agency: { id: string, shortName: string } | null, service: { id: string, name: string, nameEn: string } | null }> } };

export type HealthQueueStatsQueryVariables = Exact<{
  month: string;
}>;


export type HealthQueueStatsQuery = { healthQueueStats: { numbersTaken: number, served: number, noShow: number, cancelledByResident: number, cancelledByFacility: number, sessionsClosed: number, busiest: Array<{ numbersTaken: number, facility: { id: string, name: string } }> } };

export type TaxPaymentChannelsQueryVariables = Exact<{ [key: string]: never; }>;


export type TaxPaymentChannelsQuery = { paymentChannels: Array<{ id: string, name: string, kind: TaxPaymentChannelKind, instructions: string }> };

export type TaxCollectionQueryVariables = Exact<{
  year: number;
}>;


export type TaxCollectionQuery = { taxCollectionStats: Array<{ billCount: number, paidCount: number, paidShare: number, amountBilled: number, amountCollected: number, kecamatan: { id: string, name: string } | null }> };

export type BillTodayFieldsFragment = { status: TaxBillStatus, isOverdue: boolean, monthsLate: number, penalty: number, paidAmount: number, totalDue: number, asOf: string };

export type OpenDataLetterTrendQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type OpenDataLetterTrendQuery = { letterTrend: Array<{ month: string, hasData: boolean, submittedCount: number, issuedCount: number, issuedOnTimeCount: number, withinTimeLimitShare: number | null, medianProcessingHours: number | null }> };

export type OpenDataLetterTrendByKecamatanQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type OpenDataLetterTrendByKecamatanQuery = { letterTrend: Array<{ month: string, hasData: boolean, submittedCount: number, issuedCount: number, issuedOnTimeCount: number, withinTimeLimitShare: number | null, medianProcessingHours: number | null, kecamatan: { id: string, name: string } | null }> };

export type OpenDataPermitTrendQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type OpenDataPermitTrendQuery = { permitTrend: Array<{ month: string, hasData: boolean, applications: number, decided: number, decidedWithinLimit: number, decidedWithinLimitShare: number | null, medianProcessingDays: number | null }> };

export type OpenDataPermitTrendByTypeQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type OpenDataPermitTrendByTypeQuery = { permitTrend: Array<{ month: string, hasData: boolean, applications: number, decided: number, decidedWithinLimit: number, decidedWithinLimitShare: number | null, medianProcessingDays: number | null, permitType: { id: string, name: string, timeLimitDays: number } | null }> };

export type OpenDataEmergencyTrendQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type OpenDataEmergencyTrendQuery = { emergencyTrend: Array<{ month: string, hasData: boolean, totalIncidents: number, falseAlarms: number, arrivedCount: number, onSceneWithin15Minutes: number, onSceneWithinTargetShare: number | null, medianMinutesToDispatch: number | null, medianMinutesToArrival: number | null }> };

export type OpenDataEmergencyTrendByKecamatanQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type OpenDataEmergencyTrendByKecamatanQuery = { emergencyTrend: Array<{ month: string, hasData: boolean, totalIncidents: number, falseAlarms: number, arrivedCount: number, onSceneWithin15Minutes: number, onSceneWithinTargetShare: number | null, medianMinutesToDispatch: number | null, medianMinutesToArrival: number | null, kecamatan: { id: string, name: string } | null }> };

export type OpenDataJariTrendQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type OpenDataJariTrendQuery = { jariTrend: Array<{ month: string, hasData: boolean, received: number, open: number, concluded: number, rejected: number, followUpOverdue: number, medianDaysToConclusion: number | null, byCategory: Array<{ category: JariCategory, count: number }> }> };

export type OpenDataTaxCollectionTrendQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type OpenDataTaxCollectionTrendQuery = { taxCollectionTrend: Array<{ month: string, hasData: boolean, paymentCount: number, billsPaid: number, amountCollected: number }> };

export type OpenDataTaxCollectionTrendByKecamatanQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type OpenDataTaxCollectionTrendByKecamatanQuery = { taxCollectionTrend: Array<{ month: string, hasData: boolean, paymentCount: number, billsPaid: number, amountCollected: number, kecamatan: { id: string, name: string } | null }> };

export type OpenDataServiceStatusTrendQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type OpenDataServiceStatusTrendQuery = { serviceStatusTrend: Array<{ month: string, hasData: boolean, servicePoints: number, changes: number, hoursRecorded: number, hoursAvailable: number, hoursLimited: number, hoursUnavailable: number, availableShare: number | null }> };

export type OpenDataHealthQueueTrendQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type OpenDataHealthQueueTrendQuery = { healthQueueTrend: Array<{ month: string, hasData: boolean, numbersTaken: number, served: number, noShow: number, cancelledByResident: number, cancelledByFacility: number, sessionsClosed: number }> };

export type PermitFieldFieldsFragment = { name: string, label: string, labelEn: string, kind: PermitFieldKind, required: boolean, min: number | null, max: number | null, decimals: number | null, unit: string | null, options: Array<{ value: string, label: string }> | null };

export type PermitLevyFieldsFragment = { total: number, free: boolean, complete: boolean, missingFields: Array<string>, basis: string, lines: Array<{ label: string, expression: string, amount: number }> };

export type PermitTypeFieldsFragment = { id: string, name: string, shortName: string, timeLimitDays: number, validityMonths: number | null, isFree: boolean, businessNameRequired: boolean, documents: Array<{ key: string, label: string, labelEn: string, required: boolean }>, levyRule: { kind: LevyRuleKind, basis: string, amount: number | null, minimum: number | null, components: Array<{ label: string, factors: Array<{ kind: LevyFactorKind, name: string | null, label: string, field: string | null, value: number | null, unit: string | null, money: boolean, lookup: Array<{ key: string, value: number }> | null }> }> } };

export type PermitTypesQueryVariables = Exact<{ [key: string]: never; }>;


export type PermitTypesQuery = { permitTypes: Array<{ id: string, name: string, shortName: string, timeLimitDays: number, validityMonths: number | null, isFree: boolean, businessNameRequired: boolean, documents: Array<{ key: string, label: string, labelEn: string, required: boolean }>, levyRule: { kind: LevyRuleKind, basis: string, amount: number | null, minimum: number | null, components: Array<{ label: string, factors: Array<{ kind: LevyFactorKind, name: string | null, label: string, field: string | null, value: number | null, unit: string | null, money: boolean, lookup: Array<{ key: string, value: number }> | null }> }> } }> };

export type PermitTypeQueryVariables = Exact<{
  id: string | number;
}>;


export type PermitTypeQuery = { permitType: { id: string, name: string, shortName: string, timeLimitDays: number, validityMonths: number | null, isFree: boolean, businessNameRequired: boolean, fields: Array<{ name: string, label: string, labelEn: string, kind: PermitFieldKind, required: boolean, min: number | null, max: number | null, decimals: number | null, unit: string | null, options: Array<{ value: string, label: string }> | null }>, stageLimits: Array<{ status: PermitStatus, workingDays: number }>, documents: Array<{ key: string, label: string, labelEn: string, required: boolean }>, levyRule: { kind: LevyRuleKind, basis: string, amount: number | null, minimum: number | null, components: Array<{ label: string, factors: Array<{ kind: LevyFactorKind, name: string | null, label: string, field: string | null, value: number | null, unit: string | null, money: boolean, lookup: Array<{ key: string, value: number }> | null }> }> } } | null };

export type EstimateLevyQueryVariables = Exact<{
  input: EstimatePermitLevyInput;
}>;


export type EstimateLevyQuery = { estimatePermitLevy: { total: number, free: boolean, complete: boolean, missingFields: Array<string>, basis: string, lines: Array<{ label: string, expression: string, amount: number }> } };

export type MyPermitsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPermitsQuery = { me: { id: string, permitApplications: { totalCount: number, nodes: Array<{ id: string, status: PermitStatus, businessName: string | null, createdAt: string, stageDueAt: string | null, overdue: boolean, permitNumber: string | null, permitType: { id: string, name: string } }> } | null } };

export type PermitApplicationFieldsFragment = { id: string, status: PermitStatus, businessName: string | null, applicantName: string, createdAt: string, firstSubmittedAt: string | null, decisionDueAt: string | null, stageDueAt: string | null, decidedAt: string | null, overdue: boolean, holder: PermitHolder | null, nextStatuses: Array<PermitStatus>, revisionNote: string | null, rejectionReason: string | null, levyAmount: number | null, paid: boolean, issuedAt: string | null, permitNumber: string | null, validUntil: string | null, verificationCode: string | null, revokedAt: string | null, revocationReason: string | null, missingItems: Array<string>, permitType: { id: string, name: string, shortName: string, businessNameRequired: boolean, fields: Array<{ name: string, label: string, labelEn: string, kind: PermitFieldKind, required: boolean, min: number | null, max: number | null, decimals: number | null, unit: string | null, options: Array<{ value: string, label: string }> | null }> }, kelurahan: { id: string, name: string } | null, fields: Array<{ name: string, label: string, value: string, displayValue: string }>, checklist: Array<{ key: string, label: string, labelEn: string, required: boolean, attachedAt: string | null, file: { id: string, displayName: string, mediaType: string, sizeBytes: number } | null }>, levy: { total: number, free: boolean, complete: boolean, missingFields: Array<string>, basis: string, lines: Array<{ label: string, expression: string, amount: number }> }, payment: { amount: number, channel: string, reference: string, paidAt: string } | null, timeline: Array<{ at: string, actorRole: string, actorName: string | null, fromStatus: PermitStatus | null, toStatus: PermitStatus, note: string | null }> };

export type PermitApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type PermitApplicationQuery = { permitApplication: { id: string, status: PermitStatus, businessName: string | null, applicantName: string, createdAt: string, firstSubmittedAt: string | null, decisionDueAt: string | null, stageDueAt: string | null, decidedAt: string | null, overdue: boolean, holder: PermitHolder | null, nextStatuses: Array<PermitStatus>, revisionNote: string | null, rejectionReason: string | null, levyAmount: number | null, paid: boolean, issuedAt: string | null, permitNumber: string | null, validUntil: string | null, verificationCode: string | null, revokedAt: string | null, revocationReason: string | null, missingItems: Array<string>, permitType: { id: string, name: string, shortName: string, businessNameRequired: boolean, fields: Array<{ name: string, label: string, labelEn: string, kind: PermitFieldKind, required: boolean, min: number | null, max: number | null, decimals: number | null, unit: string | null, options: Array<{ value: string, label: string }> | null }> }, kelurahan: { id: string, name: string } | null, fields: Array<{ name: string, label: string, value: string, displayValue: string }>, checklist: Array<{ key: string, label: string, labelEn: string, required: boolean, attachedAt: string | null, file: { id: string, displayName: string, mediaType: string, sizeBytes: number } | null }>, levy: { total: number, free: boolean, complete: boolean, missingFields: Array<string>, basis: string, lines: Array<{ label: string, expression: string, amount: number }> }, payment: { amount: number, channel: string, reference: string, paidAt: string } | null, timeline: Array<{ at: string, actorRole: string, actorName: string | null, fromStatus: PermitStatus | null, toStatus: PermitStatus, note: string | null }> } };

export type MyPermitUploadsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPermitUploadsQuery = { myPermitUploads: { nodes: Array<{ id: string, displayName: string, mediaType: string, sizeBytes: number, createdAt: string }> } };

export type CreatePermitApplicationMutationVariables = Exact<{
  input: CreatePermitApplicationInput;
}>;


export type CreatePermitApplicationMutation = { createPermitApplication: { created: boolean, application: { id: string, status: PermitStatus } } };

export type UpdatePermitApplicationMutationVariables = Exact<{
  input: UpdatePermitApplicationInput;
}>;


export type UpdatePermitApplicationMutation = { updatePermitApplication: { application: { id: string, status: PermitStatus } } };

export type AttachPermitDocumentMutationVariables = Exact<{
  input: AttachPermitDocumentInput;
}>;


export type AttachPermitDocumentMutation = { attachPermitDocument: { application: { id: string, status: PermitStatus } } };

export type DetachPermitDocumentMutationVariables = Exact<{
  input: DetachPermitDocumentInput;
}>;


export type DetachPermitDocumentMutation = { detachPermitDocument: { application: { id: string, status: PermitStatus } } };

export type SubmitPermitApplicationMutationVariables = Exact<{
  input: SubmitPermitApplicationInput;
}>;


export type SubmitPermitApplicationMutation = { submitPermitApplication: { application: { id: string, status: PermitStatus } } };

export type PermitQueueQueryVariables = Exact<{
  status?: PermitStatus | null | undefined;
  permitTypeId?: string | number | null | undefined;
  kelurahanId?: string | number | null | undefined;
  overdue?: boolean | null | undefined;
  after?: string | null | undefined;
}>;


export type PermitQueueQuery = { permitQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: PermitStatus, businessName: string | null, applicantName: string, firstSubmittedAt: string | null, stageDueAt: string | null, overdue: boolean, levyAmount: number | null, permitType: { id: string, shortName: string, name: string }, kelurahan: { id: string, name: string } | null }> } };

export type OfficerPermitApplicationQueryVariables = Exact<{
  id: string | number;
}>;


export type OfficerPermitApplicationQuery = { permitApplication: { id: string, status: PermitStatus, businessName: string | null, applicantName: string, createdAt: string, firstSubmittedAt: string | null, decisionDueAt: string | null, stageDueAt: string | null, decidedAt: string | null, overdue: boolean, holder: PermitHolder | null, nextStatuses: Array<PermitStatus>, revisionNote: string | null, rejectionReason: string | null, levyAmount: number | null, paid: boolean, issuedAt: string | null, permitNumber: string | null, validUntil: string | null, verificationCode: string | null, revokedAt: string | null, revocationReason: string | null, missingItems: Array<string>, permitType: { id: string, name: string, shortName: string, businessNameRequired: boolean, fields: Array<{ name: string, label: string, labelEn: string, kind: PermitFieldKind, required: boolean, min: number | null, max: number | null, decimals: number | null, unit: string | null, options: Array<{ value: string, label: string }> | null }> }, kelurahan: { id: string, name: string } | null, fields: Array<{ name: string, label: string, value: string, displayValue: string }>, checklist: Array<{ key: string, label: string, labelEn: string, required: boolean, attachedAt: string | null, file: { id: string, displayName: string, mediaType: string, sizeBytes: number } | null }>, levy: { total: number, free: boolean, complete: boolean, missingFields: Array<string>, basis: string, lines: Array<{ label: string, expression: string, amount: number }> }, payment: { amount: number, channel: string, reference: string, paidAt: string } | null, timeline: Array<{ at: string, actorRole: string, actorName: string | null, fromStatus: PermitStatus | null, toStatus: PermitStatus, note: string | null }> } };

export type PermitRegisterQueryVariables = Exact<{
  search?: string | null | undefined;
  permitTypeId?: string | number | null | undefined;
  status?: PermitValidity | null | undefined;
  after?: string | null | undefined;
}>;


export type PermitRegisterQuery = { permitRegister: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ permitNumber: string, businessName: string | null, issuedAt: string, validUntil: string | null, status: PermitValidity, permitType: { id: string, name: string, shortName: string }, kelurahan: { id: string, name: string } | null }> } };

export type VerifyPermitQueryVariables = Exact<{
  code: string;
}>;


export type VerifyPermitQuery = { verifyPermit: { valid: boolean, permitNumber: string | null, permitTypeName: string | null, businessName: string | null, holderNameMasked: string | null, issuedAt: string | null, validUntil: string | null, status: PermitValidity | null, revokedAt: string | null, kelurahan: { id: string, name: string } | null } };

export type PermitStatisticsQueryVariables = Exact<{
  month?: string | null | undefined;
}>;


export type PermitStatisticsQuery = { permitStatistics: Array<{ month: string, applications: number, decided: number, medianProcessingDays: number | null, decidedWithinLimitShare: number | null, overdueNow: number, permitType: { id: string, name: string, shortName: string, timeLimitDays: number } }> };

export type ServiceCardFieldsFragment = { id: string, name: string, nameEn: string, application: ServiceApplication, level: ServiceLevel, description: string, timeLimitText: string, timeLimitTextEn: string, timeLimitDays: number, feeKind: FeeKind, feeRupiah: number, isFree: boolean, agency: { id: string, shortName: string, name: string, nameEn: string } };

export type ReportEmergencyMutationVariables = Exact<{
  input: ReportEmergencyInput;
}>;


export type ReportEmergencyMutation = { reportEmergency: { assignment: EmergencyAssignment, replayed: boolean, report: { id: string, trackingCode: string } } };

export type CurrentOfficerQueryVariables = Exact<{ [key: string]: never; }>;


export type CurrentOfficerQuery = { currentOfficer: { id: string, username: string, name: string, role: OfficerRole, kelurahan: { id: string, name: string } | null, kecamatan: { id: string, name: string } | null, agency: { id: string, name: string, shortName: string } | null } };

export type RegionsQueryVariables = Exact<{ [key: string]: never; }>;


export type RegionsQuery = { kecamatans: Array<{ id: string, name: string, kelurahans: Array<{ id: string, name: string }> }> };

export type SessionFieldsFragment = { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, accountKind: AccountKind };

export type RefreshMutationVariables = Exact<{
  t: string;
}>;


export type RefreshMutation = { refreshSession: { accessToken: string, accessTokenExpiresAt: string, refreshToken: string, refreshTokenExpiresAt: string, accountKind: AccountKind } };

export type MyTaxBillsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyTaxBillsQuery = { me: { id: string, taxObjects: { nodes: Array<{ id: string, nop: { digits: string, formatted: string }, bills: { nodes: Array<{ id: string, year: number, issuedAt: string, dueDate: string, today: { status: TaxBillStatus, isOverdue: boolean } }> } }> } | null } };

export type MyQueueNumbersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyQueueNumbersQuery = { me: { id: string, appointments: { nodes: Array<{ id: string, number: number, status: AppointmentStatus, date: string, createdAt: string, bookingCode: string, facility: { id: string, name: string }, service: { id: string, name: string } }> } | null } };

export type MyPermitApplicationsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyPermitApplicationsQuery = { me: { id: string, permitApplications: { nodes: Array<{ id: string, status: PermitStatus, createdAt: string, stageDueAt: string | null, overdue: boolean, businessName: string | null, verificationCode: string | null, permitType: { id: string, name: string } }> } | null } };

export type MyLettersQueryVariables = Exact<{ [key: string]: never; }>;


export type MyLettersQuery = { me: { id: string, letterRequests: { nodes: Array<{ id: string, status: LetterStatus, createdAt: string, dueAt: string, issuedAt: string | null, overdue: boolean, verificationCode: string | null, letterType: { id: string, name: string, service: { id: string, nameEn: string } | null } }> } | null } };

export type MyFireReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyFireReportsQuery = { me: { id: string, fireReports: { nodes: Array<{ id: string, trackingCode: string, kind: EmergencyKind, status: EmergencyStatus, createdAt: string, station: { id: string, name: string }, timeline: Array<{ actorKind: EmergencyActorKind }> }> } | null } };

export type MyJariReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyJariReportsQuery = { me: { id: string, jariReports: { nodes: Array<{ id: string, trackingCode: string, category: JariCategory, status: JariStatus, receivedAt: string, followUpDueAt: string, followedUpAt: string | null, overdue: boolean }> } | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const JariFollowFieldsFragmentDoc = new TypedDocumentString(`
    fragment JariFollowFields on JariReport {
  id
  trackingCode
  category
  status
  outcome
  publicSummary
  rejectionReason
  receivedAt
  followUpDueAt
  overdue
  anonymous
  occurredAt
  place
  description
  amountAskedRupiah
  amountPaidRupiah
  agency {
    id
    shortName
  }
  service {
    id
    name
    nameEn
  }
  timeline {
    at
    kind
    actorRole
    toStatus
    note
  }
  messages(first: 50) {
    nodes {
      id
      at
      author
      body
    }
  }
}
    `, {"fragmentName":"JariFollowFields"}) as unknown as TypedDocumentString<JariFollowFieldsFragment, unknown>;
export const BillTodayFieldsFragmentDoc = new TypedDocumentString(`
    fragment BillTodayFields on TaxBillAmounts {
  status
  isOverdue
  monthsLate
  penalty
  paidAmount
  totalDue
  asOf
}
    `, {"fragmentName":"BillTodayFields"}) as unknown as TypedDocumentString<BillTodayFieldsFragment, unknown>;
export const PermitTypeFieldsFragmentDoc = new TypedDocumentString(`
    fragment PermitTypeFields on PermitType {
  id
  name
  shortName
  timeLimitDays
  validityMonths
  isFree
  businessNameRequired
  documents {
    key
    label
    labelEn
    required
  }
  levyRule {
    kind
    basis
    amount
    minimum
    components {
      label
      factors {
        kind
        name
        label
        field
        value
        unit
        money
        lookup {
          key
          value
        }
      }
    }
  }
}
    `, {"fragmentName":"PermitTypeFields"}) as unknown as TypedDocumentString<PermitTypeFieldsFragment, unknown>;
export const PermitFieldFieldsFragmentDoc = new TypedDocumentString(`
    fragment PermitFieldFields on PermitField {
  name
  label
  labelEn
  kind
  required
  min
  max
  decimals
  unit
  options {
    value
    label
  }
}
    `, {"fragmentName":"PermitFieldFields"}) as unknown as TypedDocumentString<PermitFieldFieldsFragment, unknown>;
export const PermitLevyFieldsFragmentDoc = new TypedDocumentString(`
    fragment PermitLevyFields on LevyAssessment {
  total
  free
  complete
  missingFields
  basis
  lines {
    label
    expression
    amount
  }
}
    `, {"fragmentName":"PermitLevyFields"}) as unknown as TypedDocumentString<PermitLevyFieldsFragment, unknown>;
export const PermitApplicationFieldsFragmentDoc = new TypedDocumentString(`
    fragment PermitApplicationFields on PermitApplication {
  id
  status
  businessName
  applicantName
  createdAt
  firstSubmittedAt
  decisionDueAt
  stageDueAt
  decidedAt
  overdue
  holder
  nextStatuses
  revisionNote
  rejectionReason
  levyAmount
  paid
  issuedAt
  permitNumber
  validUntil
  verificationCode
  revokedAt
  revocationReason
  missingItems
  permitType {
    id
    name
    shortName
    businessNameRequired
    fields {
      ...PermitFieldFields
    }
  }
  kelurahan {
    id
    name
  }
  fields {
    name
    label
    value
    displayValue
  }
  checklist {
    key
    label
    labelEn
    required
    attachedAt
    file {
      id
      displayName
      mediaType
      sizeBytes
    }
  }
  levy {
    ...PermitLevyFields
  }
  payment {
    amount
    channel
    reference
    paidAt
  }
  timeline {
    at
    actorRole
    actorName
    fromStatus
    toStatus
    note
  }
}
    fragment PermitFieldFields on PermitField {
  name
  label
  labelEn
  kind
  required
  min
  max
  decimals
  unit
  options {
    value
    label
  }
}
fragment PermitLevyFields on LevyAssessment {
  total
  free
  complete
  missingFields
  basis
  lines {
    label
    expression
    amount
  }
}`, {"fragmentName":"PermitApplicationFields"}) as unknown as TypedDocumentString<PermitApplicationFieldsFragment, unknown>;
export const ServiceCardFieldsFragmentDoc = new TypedDocumentString(`
    fragment ServiceCardFields on Service {
  id
  name
  nameEn
  application
  level
  description
  timeLimitText
  timeLimitTextEn
  timeLimitDays
  feeKind
  feeRupiah
  isFree
  agency {
    id
    shortName
    name
    nameEn
  }
}
    `, {"fragmentName":"ServiceCardFields"}) as unknown as TypedDocumentString<ServiceCardFieldsFragment, unknown>;
export const SessionFieldsFragmentDoc = new TypedDocumentString(`
    fragment SessionFields on AuthSession {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  accountKind
}
    `, {"fragmentName":"SessionFields"}) as unknown as TypedDocumentString<SessionFieldsFragment, unknown>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($input: LoginInput!) {
  login(input: $input) {
    session {
      ...SessionFields
    }
  }
}
    fragment SessionFields on AuthSession {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  accountKind
}`, {"hash":"31987960e4f49e45b5879c64b95b3e04367eb7ee0866d21fad05bf3ba0aa7c91"}) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const RegisterDocument = new TypedDocumentString(`
    mutation Register($input: RegisterCitizenInput!) {
  registerCitizen(input: $input) {
    session {
      ...SessionFields
    }
  }
}
    fragment SessionFields on AuthSession {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  accountKind
}`, {"hash":"cb7327d4e9f386c44168bfb7499fa0c1c11f94625d0c0c6945261e49b8563777"}) as unknown as TypedDocumentString<RegisterMutation, RegisterMutationVariables>;
export const LogoutDocument = new TypedDocumentString(`
    mutation Logout($t: String!) {
  logout(refreshToken: $t)
}
    `, {"hash":"955e58e3d66c4a63d60a9e8e791c60ca6eaa16e7450a54a1142541723b27632a"}) as unknown as TypedDocumentString<LogoutMutation, LogoutMutationVariables>;
export const MyAccountDocument = new TypedDocumentString(`
    query MyAccount {
  me {
    id
    name
    nik
    phone
    kelurahan {
      id
      name
      kecamatan {
        id
        name
      }
    }
  }
}
    `, {"hash":"7167c4b56090712abb792cd6cfd557b5b1dbf86e6f00119148d7c2ad6babcedc"}) as unknown as TypedDocumentString<MyAccountQuery, MyAccountQueryVariables>;
export const FollowEmergencyDocument = new TypedDocumentString(`
    query FollowEmergency($code: String!) {
  emergencyReport(trackingCode: $code) {
    trackingCode
    kind
    status
    createdAt
    dispatchedAt
    onSceneAt
    closedAt
    stationDistanceMetres
    station {
      id
      name
      address
    }
    unit {
      id
      callSign
    }
    kelurahan {
      id
      name
    }
    kecamatan {
      id
      name
    }
    timeline {
      at
      action
      toStatus
      actorKind
      note
      station {
        id
        name
      }
      unit {
        id
        callSign
      }
    }
  }
}
    `, {"hash":"df27d510566203fda0843ef80530c0e988595bb1b9f62f441e5542a63c350007"}) as unknown as TypedDocumentString<FollowEmergencyQuery, FollowEmergencyQueryVariables>;
export const SubmitJariDocument = new TypedDocumentString(`
    mutation SubmitJari($input: SubmitJariReportInput!) {
  submitJariReport(input: $input) {
    trackingCode
    secret
    report {
      id
      status
      followUpDueAt
    }
  }
}
    `, {"hash":"f0e0b3fa73e1ee61f236e5eca23828b1e30b89b21c9e2708203ee481b153654e"}) as unknown as TypedDocumentString<SubmitJariMutation, SubmitJariMutationVariables>;
export const CheckDocument = new TypedDocumentString(`
    query Check($code: String!, $secret: String!) {
  jariReportByCode(code: $code, secret: $secret) {
    id
  }
}
    `, {"hash":"8e03ceef572e6297a1a475c702b2e75c4fc634045776f1edeb004d7cad4b0dc7"}) as unknown as TypedDocumentString<CheckQuery, CheckQueryVariables>;
export const ReplyDocument = new TypedDocumentString(`
    mutation Reply($code: String!, $secret: String!, $message: String!) {
  replyToJariReport(code: $code, secret: $secret, message: $message) {
    id
  }
}
    `, {"hash":"b0800f85375b86f3c4f530eaac1ab0b010394c3f5ae82c6bb06cea314662451a"}) as unknown as TypedDocumentString<ReplyMutation, ReplyMutationVariables>;
export const ReplyMineDocument = new TypedDocumentString(`
    mutation ReplyMine($id: ID!, $message: String!) {
  replyToMyJariReport(reportId: $id, message: $message) {
    id
  }
}
    `, {"hash":"ad13ea28e09ef8d1412ebec9a1f51d457619cf1bfa7744ae2f32cbf010039981"}) as unknown as TypedDocumentString<ReplyMineMutation, ReplyMineMutationVariables>;
export const FollowDocument = new TypedDocumentString(`
    query Follow($code: String!, $secret: String!) {
  jariReportByCode(code: $code, secret: $secret) {
    ...JariFollowFields
  }
}
    fragment JariFollowFields on JariReport {
  id
  trackingCode
  category
  status
  outcome
  publicSummary
  rejectionReason
  receivedAt
  followUpDueAt
  overdue
  anonymous
  occurredAt
  place
  description
  amountAskedRupiah
  amountPaidRupiah
  agency {
    id
    shortName
  }
  service {
    id
    name
    nameEn
  }
  timeline {
    at
    kind
    actorRole
    toStatus
    note
  }
  messages(first: 50) {
    nodes {
      id
      at
      author
      body
    }
  }
}`, {"hash":"8db84f1bce441cacefa255acee9bf393fa02d5d9e2f77b483897f98e3a3484fb"}) as unknown as TypedDocumentString<FollowQuery, FollowQueryVariables>;
export const MineDocument = new TypedDocumentString(`
    query Mine($id: ID!) {
  jariReport(id: $id) {
    ...JariFollowFields
  }
}
    fragment JariFollowFields on JariReport {
  id
  trackingCode
  category
  status
  outcome
  publicSummary
  rejectionReason
  receivedAt
  followUpDueAt
  overdue
  anonymous
  occurredAt
  place
  description
  amountAskedRupiah
  amountPaidRupiah
  agency {
    id
    shortName
  }
  service {
    id
    name
    nameEn
  }
  timeline {
    at
    kind
    actorRole
    toStatus
    note
  }
  messages(first: 50) {
    nodes {
      id
      at
      author
      body
    }
  }
}`, {"hash":"d7b727405db32aabe6cb44f0e19fa83d49e403f550c441a80ed13cd346c64157"}) as unknown as TypedDocumentString<MineQuery, MineQueryVariables>;
export const JariChoicesDocument = new TypedDocumentString(`
    query JariChoices {
  agencies {
    id
    name
    nameEn
    shortName
    services {
      id
      name
      nameEn
    }
  }
}
    `, {"hash":"19a0a940487e99a3e3120cdc5cfa302537240c8ac34a8073f6b7f0f41f315af9"}) as unknown as TypedDocumentString<JariChoicesQuery, JariChoicesQueryVariables>;
export const TakeQueueNumberDocument = new TypedDocumentString(`
    mutation TakeQueueNumber($input: TakeQueueNumberInput!) {
  takeQueueNumber(input: $input) {
    appointment {
      id
      number
    }
  }
}
    `, {"hash":"d500d53c934d3e6da9702fd171d0e7f7899bddfeabd44f763cf541c2ea674567"}) as unknown as TypedDocumentString<TakeQueueNumberMutation, TakeQueueNumberMutationVariables>;
export const CancelQueueNumberDocument = new TypedDocumentString(`
    mutation CancelQueueNumber($id: ID!) {
  cancelQueueNumber(id: $id) {
    id
    status
  }
}
    `, {"hash":"0fa9429aef6a5a9a213854dade491ba8a416308803f8c4798ea747fbdab0e825"}) as unknown as TypedDocumentString<CancelQueueNumberMutation, CancelQueueNumberMutationVariables>;
export const AppointmentDocument = new TypedDocumentString(`
    query Appointment($id: ID!) {
  appointment(id: $id) {
    id
    bookingCode
    number
    payer
    status
    date
    numbersAhead
    estimatedServiceAt
    facility {
      id
      name
      address
    }
    service {
      id
      name
    }
    session {
      label
      nowServing
      status
      closedReason
      startsAt
    }
    timeline {
      at
      toStatus
      actorKind
      note
    }
  }
}
    `, {"hash":"b3e7030f05f8c25ceea56af557e938f5514ea1b8ec973605a8620e1acc7d2643"}) as unknown as TypedDocumentString<AppointmentQuery, AppointmentQueryVariables>;
export const HealthFacilityDocument = new TypedDocumentString(`
    query HealthFacility($id: ID!) {
  healthFacility(id: $id) {
    id
    name
    type
    address
    phone
    openNow
    osmOpeningHours
    statusBoardIds
    openingHours {
      weekday
      intervals
    }
    openingExceptions {
      date
      closed
      hours
      reason
    }
    services {
      id
      code
      name
      bookable
      minutesPerPatient
    }
    queue {
      service {
        id
        name
        minutesPerPatient
      }
      nowServing
      remaining
      estimatedWaitMinutes
      placesLeft
      numbersAvailable
      sessions {
        id
        label
        startsAt
        endsAt
        status
        closedReason
        over
        placesLeft
      }
    }
  }
}
    `, {"hash":"5e350cb179810091474bbb000ad12ee357b6badcf2f82c258f833eceb004eb76"}) as unknown as TypedDocumentString<HealthFacilityQuery, HealthFacilityQueryVariables>;
export const FacilityNoticeDocument = new TypedDocumentString(`
    query FacilityNotice($id: ID!) {
  servicePointStatus(id: $id) {
    status
    reason
    service {
      name
    }
  }
}
    `, {"hash":"cfd28eefad05da357ec845d573019dca6ed96fe97a9be39a2aa6cbff626b0fe9"}) as unknown as TypedDocumentString<FacilityNoticeQuery, FacilityNoticeQueryVariables>;
export const QueueDisplayDataDocument = new TypedDocumentString(`
    query QueueDisplayData($id: ID!) {
  healthQueue(serviceId: $id) {
    nowServing
    remaining
    estimatedWaitMinutes
    sessions {
      nextNumber
    }
  }
}
    `, {"hash":"f4a24185f4f154418d7686abeee704072faa19cbc191c30ec9f06c54c895f0d4"}) as unknown as TypedDocumentString<QueueDisplayDataQuery, QueueDisplayDataQueryVariables>;
export const QueueDisplayPageDocument = new TypedDocumentString(`
    query QueueDisplayPage($id: ID!) {
  healthQueue(serviceId: $id) {
    nowServing
    remaining
    estimatedWaitMinutes
    sessions {
      nextNumber
    }
    service {
      name
    }
    facility {
      id
      name
    }
  }
}
    `, {"hash":"c92885724f3e7498803b67b1b11dc83977e27c09e7b73ce58baa8b556a453172"}) as unknown as TypedDocumentString<QueueDisplayPageQuery, QueueDisplayPageQueryVariables>;
export const HealthFacilitiesDocument = new TypedDocumentString(`
    query HealthFacilities($search: String, $type: HealthFacilityType, $kelurahanId: ID, $openNow: Boolean, $near: GeoPointInput) {
  healthFacilities(
    search: $search
    type: $type
    kelurahanId: $kelurahanId
    openNow: $openNow
    near: $near
    first: 100
  ) {
    totalCount
    nodes {
      id
      name
      type
      address
      phone
      latitude
      longitude
      distanceMetres
      openNow
      osmOpeningHours
      services {
        code
        name
        bookable
      }
    }
  }
}
    `, {"hash":"d5a5e5adc50c2e0555da38410b216142c4b7223e2f61894ebce3050fbc9a6935"}) as unknown as TypedDocumentString<HealthFacilitiesQuery, HealthFacilitiesQueryVariables>;
export const ServiceTitleDocument = new TypedDocumentString(`
    query ServiceTitle($id: ID!) {
  service(id: $id) {
    name
    nameEn
  }
}
    `, {"hash":"f33575876b04e082de4899d927b4dc0c239c13f7466ab5cff60723d8d7bd43c8"}) as unknown as TypedDocumentString<ServiceTitleQuery, ServiceTitleQueryVariables>;
export const ServiceDocument = new TypedDocumentString(`
    query Service($id: ID!) {
  service(id: $id) {
    id
    name
    nameEn
    application
    level
    description
    descriptionEn
    requirements
    requirementsEn
    steps
    stepsEn
    timeLimitDays
    timeLimitText
    timeLimitTextEn
    feeKind
    feeRupiah
    isFree
    feeNote
    feeNoteEn
    feeLegalBasis
    product
    productEn
    complaintChannel
    complaintChannelEn
    legalBasis
    agency {
      id
      name
      nameEn
      shortName
      address
      addressEn
      officePhone
    }
  }
}
    `, {"hash":"50c75ec71ed140aedbf58daf850ebd5833caa957264403b2b921fefaf50ababe"}) as unknown as TypedDocumentString<ServiceQuery, ServiceQueryVariables>;
export const CatalogueDocument = new TypedDocumentString(`
    query Catalogue($search: String, $application: ServiceApplication, $after: String) {
  services(first: 20, search: $search, application: $application, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...ServiceCardFields
    }
  }
}
    fragment ServiceCardFields on Service {
  id
  name
  nameEn
  application
  level
  description
  timeLimitText
  timeLimitTextEn
  timeLimitDays
  feeKind
  feeRupiah
  isFree
  agency {
    id
    shortName
    name
    nameEn
  }
}`, {"hash":"c441b7812b8a356733dc1e340eab5a720f20c8ff04c7f55858c999d20cc94e28"}) as unknown as TypedDocumentString<CatalogueQuery, CatalogueQueryVariables>;
export const WhoOfficerDocument = new TypedDocumentString(`
    query WhoOfficer {
  currentOfficer {
    id
    name
    username
    role
  }
}
    `, {"hash":"eb29f33c77857b815fbd49ee1209b2b3064e37ed78241820e48ddba9ed331253"}) as unknown as TypedDocumentString<WhoOfficerQuery, WhoOfficerQueryVariables>;
export const WhoCitizenDocument = new TypedDocumentString(`
    query WhoCitizen {
  me {
    id
    name
  }
}
    `, {"hash":"b17c2584c2db81710170b1d69b41e300012c1d9ab81b626cd71b9bee3e6c93ed"}) as unknown as TypedDocumentString<WhoCitizenQuery, WhoCitizenQueryVariables>;
export const HomeSearchDocument = new TypedDocumentString(`
    query HomeSearch($search: String) {
  services(first: 8, search: $search) {
    totalCount
    nodes {
      ...ServiceCardFields
    }
  }
}
    fragment ServiceCardFields on Service {
  id
  name
  nameEn
  application
  level
  description
  timeLimitText
  timeLimitTextEn
  timeLimitDays
  feeKind
  feeRupiah
  isFree
  agency {
    id
    shortName
    name
    nameEn
  }
}`, {"hash":"135e9c11382073a594091aa735e08c774b49a775b3487b2564c9ede60b901917"}) as unknown as TypedDocumentString<HomeSearchQuery, HomeSearchQueryVariables>;
export const HomeGreetingDocument = new TypedDocumentString(`
    query HomeGreeting {
  me {
    id
    name
  }
}
    `, {"hash":"fae161e0010584269cc271ee5af19152bef7be15667dfd89bdb376911c75b9fc"}) as unknown as TypedDocumentString<HomeGreetingQuery, HomeGreetingQueryVariables>;
export const TaxBillLookupDocument = new TypedDocumentString(`
    query TaxBillLookup($nop: String!, $year: Int) {
  taxBill(nop: $nop, year: $year) {
    nop {
      digits
      formatted
      province
      city
      kecamatanCode
      kelurahanCode
      block
      number
      special
      kelurahan {
        id
        name
      }
      kecamatan {
        id
        name
      }
    }
    year
    years
    ownerNameMasked
    landArea
    buildingArea
    njop
    amount
    dueDate
    today {
      ...BillTodayFields
    }
  }
}
    fragment BillTodayFields on TaxBillAmounts {
  status
  isOverdue
  monthsLate
  penalty
  paidAmount
  totalDue
  asOf
}`, {"hash":"89ba4a833f9032f0dc31af0064fe04ae9e52559b60ccf136e7cfdaff1a2338ff"}) as unknown as TypedDocumentString<TaxBillLookupQuery, TaxBillLookupQueryVariables>;
export const MyTaxesDocument = new TypedDocumentString(`
    query MyTaxes {
  me {
    id
    taxObjects(first: 20) {
      totalCount
      nodes {
        id
        address
        ownerName
        landArea
        buildingArea
        nop {
          digits
          formatted
          kelurahan {
            id
            name
          }
          kecamatan {
            id
            name
          }
        }
        bills(first: 6) {
          nodes {
            id
            year
            njop
            amount
            dueDate
            today {
              ...BillTodayFields
            }
            payments(first: 5) {
              nodes {
                id
                amount
                paidAt
                reference
                channel {
                  id
                  name
                }
              }
            }
          }
        }
      }
    }
  }
}
    fragment BillTodayFields on TaxBillAmounts {
  status
  isOverdue
  monthsLate
  penalty
  paidAmount
  totalDue
  asOf
}`, {"hash":"0fca2ef6c8a23449b30d833f1acfe318e1ede82081e4c3af80428a184c49a011"}) as unknown as TypedDocumentString<MyTaxesQuery, MyTaxesQueryVariables>;
export const MyApiKeysDocument = new TypedDocumentString(`
    query MyApiKeys {
  myApiKeys {
    id
    prefix
    holder
    quotaPerMinute
    quotaPerDay
    allowedOrigins
    createdAt
    revokedAt
    usage(days: 30) {
      day
      calls
      rejected
    }
  }
}
    `, {"hash":"f3bb06f9fd0899941ac5b2f683fd1a35d5f41aa06ac2e904307870271cb47b98"}) as unknown as TypedDocumentString<MyApiKeysQuery, MyApiKeysQueryVariables>;
export const ReassignDocument = new TypedDocumentString(`
    mutation Reassign($input: ReassignEmergencyInput!) {
  reassignEmergency(input: $input) {
    report {
      id
      status
    }
  }
}
    `, {"hash":"a3f307f6d257a23fb6622fc5bba96312b1ce7206129ebd5bdb6f78399f3d7a5a"}) as unknown as TypedDocumentString<ReassignMutation, ReassignMutationVariables>;
export const ChangeStatusDocument = new TypedDocumentString(`
    mutation ChangeStatus($input: ChangeEmergencyStatusInput!) {
  changeEmergencyStatus(input: $input) {
    report {
      id
      status
    }
  }
}
    `, {"hash":"d69f2af21b28c25f718fe6f0cfc1191a4955b921e7bfc972657293d41a812b76"}) as unknown as TypedDocumentString<ChangeStatusMutation, ChangeStatusMutationVariables>;
export const OpenDocument = new TypedDocumentString(`
    query Open {
  openEmergencies(first: 50) {
    totalCount
    nodes {
      id
      trackingCode
      kind
      status
      createdAt
      positionSource
      latitude
      longitude
      addressText
      description
      callbackPhone
      kelurahan {
        id
        name
        kecamatan {
          id
          name
        }
      }
      station {
        id
        name
      }
      unit {
        id
        callSign
        state
      }
    }
  }
}
    `, {"hash":"ecc9dad08b2d292158e1fc2b7ed43ba2dc676d54fae79749a7a224cb3d1d9d76"}) as unknown as TypedDocumentString<OpenQuery, OpenQueryVariables>;
export const StationsDocument = new TypedDocumentString(`
    query Stations {
  fireStations {
    id
    name
    units {
      id
      callSign
      kind
      state
    }
  }
}
    `, {"hash":"51a8b3139dd4fdd4e9bdd308b734e6885c450f1a17746daa5f92e86b3057b421"}) as unknown as TypedDocumentString<StationsQuery, StationsQueryVariables>;
export const VerifyPermitApplicationDocument = new TypedDocumentString(`
    mutation VerifyPermitApplication($input: PermitStepInput!) {
  verifyPermitApplication(input: $input) {
    application {
      id
      status
    }
  }
}
    `, {"hash":"3412a676bff35f8416557cb4e23e7f2bf1ecfbf20f1d27efbd54707dedd98034"}) as unknown as TypedDocumentString<VerifyPermitApplicationMutation, VerifyPermitApplicationMutationVariables>;
export const RequestPermitRevisionDocument = new TypedDocumentString(`
    mutation RequestPermitRevision($input: PermitStepInput!) {
  requestPermitRevision(input: $input) {
    application {
      id
      status
    }
  }
}
    `, {"hash":"808d67c78344150f93767d232c9fb11e98dc32e51e13db6355ce46fff8f4d2b7"}) as unknown as TypedDocumentString<RequestPermitRevisionMutation, RequestPermitRevisionMutationVariables>;
export const ApprovePermitApplicationDocument = new TypedDocumentString(`
    mutation ApprovePermitApplication($input: PermitStepInput!) {
  approvePermitApplication(input: $input) {
    application {
      id
      status
      levyAmount
    }
  }
}
    `, {"hash":"96c8259ad8c3efd01a01e724a46e6634ce579a42eec219008d78bf1892a9c88d"}) as unknown as TypedDocumentString<ApprovePermitApplicationMutation, ApprovePermitApplicationMutationVariables>;
export const RejectPermitApplicationDocument = new TypedDocumentString(`
    mutation RejectPermitApplication($input: PermitReasonInput!) {
  rejectPermitApplication(input: $input) {
    application {
      id
      status
    }
  }
}
    `, {"hash":"2a8a4e4b9315f56999b155e61868906cf787c162cbcbc7bf1270e579d1d2bebb"}) as unknown as TypedDocumentString<RejectPermitApplicationMutation, RejectPermitApplicationMutationVariables>;
export const RecordPermitPaymentDocument = new TypedDocumentString(`
    mutation RecordPermitPayment($input: RecordPermitPaymentInput!) {
  recordPermitPayment(input: $input) {
    application {
      id
      status
    }
  }
}
    `, {"hash":"d6061100ae7b2ced4a95fd71d83aecb8af9e5b497d0b90ba452bd4d45562d42a"}) as unknown as TypedDocumentString<RecordPermitPaymentMutation, RecordPermitPaymentMutationVariables>;
export const IssuePermitDocument = new TypedDocumentString(`
    mutation IssuePermit($input: PermitStepInput!) {
  issuePermit(input: $input) {
    application {
      id
      status
      permitNumber
    }
  }
}
    `, {"hash":"e88847da0920d46ff8422b03ea1bef067e67feef4a2bd8ec68490c6f7046f9d4"}) as unknown as TypedDocumentString<IssuePermitMutation, IssuePermitMutationVariables>;
export const RevokePermitDocument = new TypedDocumentString(`
    mutation RevokePermit($input: PermitReasonInput!) {
  revokePermit(input: $input) {
    application {
      id
      status
    }
  }
}
    `, {"hash":"81ad71bfbb60b7c01ed6e92fc73612c38ffbfda4016d7a426d60cd7996bfb872"}) as unknown as TypedDocumentString<RevokePermitMutation, RevokePermitMutationVariables>;
export const VerifyJariReportDocument = new TypedDocumentString(`
    mutation VerifyJariReport($reportId: ID!, $note: String) {
  verifyJariReport(reportId: $reportId, note: $note) {
    id
    status
  }
}
    `, {"hash":"63d7503a915b0e19d76b5571ec7400be174f03b097e77a5eaaf0176c7349dba8"}) as unknown as TypedDocumentString<VerifyJariReportMutation, VerifyJariReportMutationVariables>;
export const StartJariInvestigationDocument = new TypedDocumentString(`
    mutation StartJariInvestigation($reportId: ID!, $note: String) {
  startJariInvestigation(reportId: $reportId, note: $note) {
    id
    status
  }
}
    `, {"hash":"edad2873600b6c7e41fb9ca0eb619bea797596937cee75e9242881f78343dfce"}) as unknown as TypedDocumentString<StartJariInvestigationMutation, StartJariInvestigationMutationVariables>;
export const ShareJariReportWithAgencyDocument = new TypedDocumentString(`
    mutation ShareJariReportWithAgency($reportId: ID!, $note: String) {
  shareJariReportWithAgency(reportId: $reportId, note: $note) {
    id
  }
}
    `, {"hash":"4a96027401a73e7042953f592f3e2a630bfa17fe3e70c88c8a3ca5c682a17615"}) as unknown as TypedDocumentString<ShareJariReportWithAgencyMutation, ShareJariReportWithAgencyMutationVariables>;
export const RejectJariReportDocument = new TypedDocumentString(`
    mutation RejectJariReport($reportId: ID!, $reason: String!) {
  rejectJariReport(reportId: $reportId, reason: $reason) {
    id
    status
  }
}
    `, {"hash":"3c40b80eb4c3de43ebd39d9387a657c73099180195fbe7735a6aff3457764474"}) as unknown as TypedDocumentString<RejectJariReportMutation, RejectJariReportMutationVariables>;
export const SendJariMessageDocument = new TypedDocumentString(`
    mutation SendJariMessage($reportId: ID!, $message: String!) {
  sendJariMessage(reportId: $reportId, message: $message) {
    id
  }
}
    `, {"hash":"fe096466be934041a8af609be4318521943a15e5c65fc954e35d27bd17b78006"}) as unknown as TypedDocumentString<SendJariMessageMutation, SendJariMessageMutationVariables>;
export const ConcludeJariReportDocument = new TypedDocumentString(`
    mutation ConcludeJariReport($input: ConcludeJariReportInput!) {
  concludeJariReport(input: $input) {
    id
    status
  }
}
    `, {"hash":"d75e7404527bc659d33904d5fa02b8f53a1de328a01b54c0af16ce0e5c7343b9"}) as unknown as TypedDocumentString<ConcludeJariReportMutation, ConcludeJariReportMutationVariables>;
export const JariQueueDocument = new TypedDocumentString(`
    query JariQueue($filter: JariQueueFilter, $after: String) {
  jariQueue(first: 30, filter: $filter, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      trackingCode
      category
      status
      receivedAt
      followUpDueAt
      overdue
      anonymous
      place
      description
      amountAskedRupiah
      sharedWithAgencyAt
      agency {
        id
        shortName
      }
      service {
        id
        name
        nameEn
      }
      reporter {
        id
        name
        phone
      }
      messages(first: 10) {
        totalCount
        nodes {
          at
          author
          body
        }
      }
    }
  }
}
    `, {"hash":"e7b2cb793421ebecd7ddcae6e4f7317c874d661874be52ee2f6b8a277a86a201"}) as unknown as TypedDocumentString<JariQueueQuery, JariQueueQueryVariables>;
export const InspectorAgenciesDocument = new TypedDocumentString(`
    query InspectorAgencies {
  agencies {
    id
    shortName
  }
}
    `, {"hash":"e47df1116f99372088986929aee1cadcd88e7d50400bd5cd29603d1487f085fc"}) as unknown as TypedDocumentString<InspectorAgenciesQuery, InspectorAgenciesQueryVariables>;
export const CallNextDocument = new TypedDocumentString(`
    mutation CallNext($s: ID!) {
  callNextQueueNumber(sessionId: $s) {
    id
    number
  }
}
    `, {"hash":"7ee07d4276f5f91426eb1f30261f5466abf6d64b9758055d983ea402822550ad"}) as unknown as TypedDocumentString<CallNextMutation, CallNextMutationVariables>;
export const ServedDocument = new TypedDocumentString(`
    mutation Served($id: ID!) {
  markQueueNumberServed(id: $id) {
    id
    status
  }
}
    `, {"hash":"7d2dc4b8b0967688370ac9377433a5a2489f4e3216aa7029c75c3e20f6c88ded"}) as unknown as TypedDocumentString<ServedMutation, ServedMutationVariables>;
export const NoShowDocument = new TypedDocumentString(`
    mutation NoShow($id: ID!) {
  markQueueNumberNoShow(id: $id) {
    id
    status
  }
}
    `, {"hash":"f80fa276ad9c08876b7df9b41cc206020cba9b3ec966d55c0a9b7e67f88dc3c0"}) as unknown as TypedDocumentString<NoShowMutation, NoShowMutationVariables>;
export const CapacityDocument = new TypedDocumentString(`
    mutation Capacity($input: SetQueueCapacityInput!) {
  setQueueCapacity(input: $input) {
    id
  }
}
    `, {"hash":"caf0cbcec59fbbbf99647a1fcdb8bc7e2b1df459e501a888df2eba1e7cddbec9"}) as unknown as TypedDocumentString<CapacityMutation, CapacityMutationVariables>;
export const CloseQueueSessionDocument = new TypedDocumentString(`
    mutation CloseQueueSession($input: CloseQueueSessionInput!) {
  closeQueueSession(input: $input) {
    cancelledCount
  }
}
    `, {"hash":"95af974120277f2f63b076c22822a1391c83bd42b444429d26a767302a1a94b5"}) as unknown as TypedDocumentString<CloseQueueSessionMutation, CloseQueueSessionMutationVariables>;
export const StaffDayDocument = new TypedDocumentString(`
    query StaffDay($id: ID!, $date: String) {
  healthFacility(id: $id) {
    id
    name
    queue(date: $date) {
      service {
        id
        name
      }
      sessions {
        id
        label
        status
        closedReason
        startsAt
        endsAt
        nowServing
        waiting
        nextNumber
        quotas {
          payer
          capacity
          taken
        }
        appointments {
          id
          number
          status
          payer
          bookingCode
        }
      }
    }
  }
}
    `, {"hash":"ecb13569b6d76100e7f8d9d7e9a0cb8d1416dec2354f526a9eef47fe0ad3f8f5"}) as unknown as TypedDocumentString<StaffDayQuery, StaffDayQueryVariables>;
export const MyStaffDayDocument = new TypedDocumentString(`
    query MyStaffDay($date: String) {
  myHealthFacility {
    id
    name
    queue(date: $date) {
      service {
        id
        name
      }
      sessions {
        id
        label
        status
        closedReason
        startsAt
        endsAt
        nowServing
        waiting
        nextNumber
        quotas {
          payer
          capacity
          taken
        }
        appointments {
          id
          number
          status
          payer
          bookingCode
        }
      }
    }
  }
}
    `, {"hash":"76e7d336671381ea12f40b6387a42621956b35eedf56560e2faf39a8cd8b8742"}) as unknown as TypedDocumentString<MyStaffDayQuery, MyStaffDayQueryVariables>;
export const CreateApiKeyDocument = new TypedDocumentString(`
    mutation CreateApiKey($input: CreateApiKeyInput!) {
  createApiKey(input: $input) {
    key
    apiKey {
      id
      prefix
      holder
    }
  }
}
    `, {"hash":"25206740f48a94a3f34f4c60a447b85a1df6a3d0ddc65f58f6397e2aa61e1167"}) as unknown as TypedDocumentString<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const RevokeApiKeyDocument = new TypedDocumentString(`
    mutation RevokeApiKey($id: ID!) {
  revokeApiKey(id: $id) {
    id
    revokedAt
  }
}
    `, {"hash":"c33b9c21076e9e331f7d8fa987f33c785a0e3f5fc987fc72cf21529cd18bd340"}) as unknown as TypedDocumentString<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const ApiKeysDocument = new TypedDocumentString(`
    query ApiKeys {
  apiKeys(first: 100) {
    totalCount
    nodes {
      id
      prefix
      holder
      contact
      quotaPerMinute
      quotaPerDay
      allowedOrigins
      createdAt
      revokedAt
      usage(days: 30) {
        calls
        rejected
      }
    }
  }
}
    `, {"hash":"c76c5b67228e2662202213d13cdb4da6d9707f09c92872458b569f683a13e1af"}) as unknown as TypedDocumentString<ApiKeysQuery, ApiKeysQueryVariables>;
export const SharedWithMyAgencyDocument = new TypedDocumentString(`
    query SharedWithMyAgency($after: String) {
  jariReportsSharedWithMyAgency(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      category
      status
      outcome
      publicSummary
      receivedAt
      sharedWithAgencyAt
      occurredAt
      place
      description
      amountAskedRupiah
      service {
        id
        name
        nameEn
      }
    }
  }
}
    `, {"hash":"e3b91d16ed26fa4480a10c4cf8481a5a2a658f383ba09c7e047e94f158520905"}) as unknown as TypedDocumentString<SharedWithMyAgencyQuery, SharedWithMyAgencyQueryVariables>;
export const RecordCounterPaymentDocument = new TypedDocumentString(`
    mutation RecordCounterPayment($input: RecordCounterPaymentInput!) {
  recordCounterPayment(input: $input) {
    replayed
    payment {
      id
      amount
      paidAt
      channel {
        id
        name
      }
    }
    bill {
      id
      year
    }
    billToday {
      status
      paidAmount
      totalDue
    }
  }
}
    `, {"hash":"a91c6175f310d9c83a3db37dc80c0808c0378cf6408211c1cfb991bf27733240"}) as unknown as TypedDocumentString<RecordCounterPaymentMutation, RecordCounterPaymentMutationVariables>;
export const BapendaSearchDocument = new TypedDocumentString(`
    query BapendaSearch($ownerNik: String, $nop: String) {
  bapendaTaxObjects(first: 20, ownerNik: $ownerNik, nop: $nop) {
    totalCount
    nodes {
      id
      ownerName
      address
      nop {
        digits
        formatted
        kelurahan {
          id
          name
        }
      }
      bills(first: 6) {
        nodes {
          id
          year
          amount
          today {
            ...BillTodayFields
          }
        }
      }
    }
  }
}
    fragment BillTodayFields on TaxBillAmounts {
  status
  isOverdue
  monthsLate
  penalty
  paidAmount
  totalDue
  asOf
}`, {"hash":"5f27a27856dd9d6adf1b8821b4f334e2e3abca024c0cffa61c43c52f162346e3"}) as unknown as TypedDocumentString<BapendaSearchQuery, BapendaSearchQueryVariables>;
export const UpdateDocument = new TypedDocumentString(`
    mutation Update($input: UpdateServiceStatusInput!) {
  updateServiceStatus(input: $input) {
    id
    status
  }
}
    `, {"hash":"a7b3c90e06109d945cfd73d2905aee860eb9bf56fec400e91ba09c6b6146b239"}) as unknown as TypedDocumentString<UpdateMutation, UpdateMutationVariables>;
export const BoardDocument = new TypedDocumentString(`
    query Board($agencyId: ID) {
  serviceStatusBoard(first: 100, agencyId: $agencyId) {
    nodes {
      id
      place
      placeEn
      status
      reason
      reasonEn
      stockLabel
      stockLabelEn
      stockRemaining
      lastUpdatedAt
      agency {
        id
        shortName
      }
      service {
        id
        name
        nameEn
      }
    }
  }
}
    `, {"hash":"d58c00e5b0d6f2dd07a287a88511774a012f444acc59d911d45d746d2e2b1d94"}) as unknown as TypedDocumentString<BoardQuery, BoardQueryVariables>;
export const VerifyLetterRequestDocument = new TypedDocumentString(`
    mutation VerifyLetterRequest($input: VerifyLetterRequestInput!) {
  verifyLetterRequest(input: $input) {
    request {
      id
      status
    }
  }
}
    `, {"hash":"51c18edf9e3f7cecc35cd864577b16be142aa2ad869a2d01e0af7962c6a342d2"}) as unknown as TypedDocumentString<VerifyLetterRequestMutation, VerifyLetterRequestMutationVariables>;
export const SignLetterDocument = new TypedDocumentString(`
    mutation SignLetter($input: SignLetterRequestInput!) {
  signLetterRequest(input: $input) {
    request {
      id
      status
    }
  }
}
    `, {"hash":"76269199360819ba67796a41379f5b3e0c7107e56f678ba62ac3416253482e0c"}) as unknown as TypedDocumentString<SignLetterMutation, SignLetterMutationVariables>;
export const IssueLetterDocument = new TypedDocumentString(`
    mutation IssueLetter($input: IssueLetterInput!) {
  issueLetter(input: $input) {
    request {
      id
      status
    }
  }
}
    `, {"hash":"2c14b740fddbbb1ff0d41f73dfa9481d9e6cf204461f979a39465be03bd8f9df"}) as unknown as TypedDocumentString<IssueLetterMutation, IssueLetterMutationVariables>;
export const RejectLetterDocument = new TypedDocumentString(`
    mutation RejectLetter($input: RejectLetterRequestInput!) {
  rejectLetterRequest(input: $input) {
    request {
      id
      status
    }
  }
}
    `, {"hash":"687d4f13b5f7cf2402f9ff99f53db09c21555c6faae3642fef87396876061aff"}) as unknown as TypedDocumentString<RejectLetterMutation, RejectLetterMutationVariables>;
export const LetterQueueDocument = new TypedDocumentString(`
    query LetterQueue($status: LetterStatus, $open: Boolean, $letterTypeId: ID, $overdue: Boolean, $after: String) {
  letterQueue(
    status: $status
    open: $open
    letterTypeId: $letterTypeId
    overdue: $overdue
    first: 20
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      holderName
      purpose
      status
      level
      createdAt
      dueAt
      overdue
      letterNumber
      verificationCode
      nextStatuses
      currentHolder
      letterType {
        id
        name
      }
      kelurahan {
        id
        name
      }
      details {
        name
        label
        value
      }
    }
  }
}
    `, {"hash":"f9a71060c2f2016f5bf6e4c79b2456a3b76c8f6b1752c4777494600817b22ddb"}) as unknown as TypedDocumentString<LetterQueueQuery, LetterQueueQueryVariables>;
export const OfficerLetterTypesDocument = new TypedDocumentString(`
    query OfficerLetterTypes {
  letterTypes {
    id
    name
  }
}
    `, {"hash":"b68b05f9c1403a8f089a3c7ef212da7f2687265a5aa9486e1ff03bdd06ad543c"}) as unknown as TypedDocumentString<OfficerLetterTypesQuery, OfficerLetterTypesQueryVariables>;
export const LetterDocument = new TypedDocumentString(`
    query Letter($id: ID!) {
  letterRequest(id: $id) {
    id
    holderName
    purpose
    status
    createdAt
    dueAt
    issuedAt
    rejectionReason
    letterNumber
    verificationCode
    officeName
    validUntil
    overdue
    currentHolder
    letterType {
      id
      name
      service {
        id
        nameEn
      }
    }
    details {
      name
      label
      value
    }
    timeline {
      at
      actorRole
      toStatus
      reason
    }
  }
}
    `, {"hash":"d614e1e40efe2214ba5fe0ab26a8c9682e435470b9c2d55d8da1b3425e37f586"}) as unknown as TypedDocumentString<LetterQuery, LetterQueryVariables>;
export const MyKelurahanDocument = new TypedDocumentString(`
    query MyKelurahan {
  me {
    id
    kelurahan {
      id
    }
  }
}
    `, {"hash":"f3ed49b82c484cb110e87a2eae990dc48b14ed6db6b3ce741a1cabf1caf82c27"}) as unknown as TypedDocumentString<MyKelurahanQuery, MyKelurahanQueryVariables>;
export const RequestLetterDocument = new TypedDocumentString(`
    mutation RequestLetter($input: RequestLetterInput!) {
  requestLetter(input: $input) {
    created
    request {
      id
      status
    }
  }
}
    `, {"hash":"85a6ca949b3626427a42d37a9ad9ae6184391081229a33a05317b39931ed5eff"}) as unknown as TypedDocumentString<RequestLetterMutation, RequestLetterMutationVariables>;
export const CancelDocument = new TypedDocumentString(`
    mutation Cancel($input: CancelLetterRequestInput!) {
  cancelLetterRequest(input: $input) {
    request {
      id
      status
    }
  }
}
    `, {"hash":"c12552078f790914ab0777ff023f57497abe05d2a52c6030a09f5ef9b2b749a1"}) as unknown as TypedDocumentString<CancelMutation, CancelMutationVariables>;
export const MyLetterListDocument = new TypedDocumentString(`
    query MyLetterList {
  me {
    id
    letterRequests(first: 50) {
      nodes {
        id
        status
        createdAt
        dueAt
        overdue
        letterType {
          id
          name
          service {
            id
            nameEn
          }
        }
      }
    }
  }
}
    `, {"hash":"9db85005ec1b302b5c05428b9cd15f63b5738774dd7125dac1c38ba490fedffd"}) as unknown as TypedDocumentString<MyLetterListQuery, MyLetterListQueryVariables>;
export const LetterTypesToRequestDocument = new TypedDocumentString(`
    query LetterTypesToRequest {
  letterTypes {
    id
    name
    service {
      id
      nameEn
    }
    level
    timeLimitDays
    feeRupiah
    fields {
      name
      label
      kind
      required
      maxLength
    }
  }
}
    `, {"hash":"80d921aec4cba7a9b6709c55bf89f06551585d2e4a6642e93d7ed17413397080"}) as unknown as TypedDocumentString<LetterTypesToRequestQuery, LetterTypesToRequestQueryVariables>;
export const TransparencyLettersOfMonthDocument = new TypedDocumentString(`
    query TransparencyLettersOfMonth($month: String!) {
  letterTrend(from: $month, to: $month, byKecamatan: true) {
    kecamatan {
      id
      name
    }
    hasData
    issuedCount
    withinTimeLimitShare
    medianProcessingHours
  }
}
    `, {"hash":"68377044f44275d5df6f897ff1e9f448420866fb48c57da96a42367528c87c55"}) as unknown as TypedDocumentString<TransparencyLettersOfMonthQuery, TransparencyLettersOfMonthQueryVariables>;
export const TransparencyEmergenciesOfMonthDocument = new TypedDocumentString(`
    query TransparencyEmergenciesOfMonth($month: String!) {
  emergencyTrend(from: $month, to: $month, byKecamatan: true) {
    kecamatan {
      id
      name
    }
    hasData
    totalIncidents
    onSceneWithinTargetShare
    medianMinutesToArrival
  }
}
    `, {"hash":"2445b90f3e755220f71f0d989bc0f66298b7afe855dd553daeaf8064dbf4b552"}) as unknown as TypedDocumentString<TransparencyEmergenciesOfMonthQuery, TransparencyEmergenciesOfMonthQueryVariables>;
export const VerifyLetterDocument = new TypedDocumentString(`
    query VerifyLetter($code: String!) {
  verifyLetter(code: $code) {
    valid
    letterTypeName
    letterNumber
    issuedAt
    issuingOffice
    validUntil
    expired
    holderNameMasked
  }
}
    `, {"hash":"8020040be7d461fea9cf06ef90f68f7856e55f3464505e7b121824f16fc64924"}) as unknown as TypedDocumentString<VerifyLetterQuery, VerifyLetterQueryVariables>;
export const MyDataAccessDocument = new TypedDocumentString(`
    query MyDataAccess($first: Int!) {
  me {
    id
    dataAccessLog(first: $first) {
      totalCount
      nodes {
        at
        kind
        actorRole
        subgraph
        action
        itemType
        itemId
        office {
          kind
          kelurahan {
            name
          }
          kecamatan {
            name
          }
          agency {
            name
            nameEn
          }
          facility {
            name
          }
        }
      }
    }
  }
}
    `, {"hash":"3910be4158998f6b1a43aacbecd679ab071fbc52d3014643db7f3ae7b54b8469"}) as unknown as TypedDocumentString<MyDataAccessQuery, MyDataAccessQueryVariables>;
export const JariStatsDocument = new TypedDocumentString(`
    query JariStats($month: String!) {
  jariStats(month: $month) {
    month
    received
    open
    concluded
    rejected
    followUpOverdue
    medianDaysToConclusion
    byCategory {
      category
      count
    }
    byOutcome {
      outcome
      count
    }
  }
}
    `, {"hash":"280d21b0f15e9c2e4130da0f7ccc60c218604a73470f6bfe56d05fcaffdab68c"}) as unknown as TypedDocumentString<JariStatsQuery, JariStatsQueryVariables>;
export const ServiceStatusDocument = new TypedDocumentString(`
    query ServiceStatus($id: ID!) {
  service(id: $id) {
    id
    status {
      availability
      points {
        id
        place
        placeEn
        status
        reason
        reasonEn
        stockLabel
        stockLabelEn
        stockRemaining
        lastUpdatedAt
      }
    }
  }
}
    `, {"hash":"8d23e333f344b315b49685067ceed2ae37c7b090460b4e76ae2b33fa0ea4445f"}) as unknown as TypedDocumentString<ServiceStatusQuery, ServiceStatusQueryVariables>;
export const StatusBoardDocument = new TypedDocumentString(`
    query StatusBoard {
  serviceStatusBoard(first: 50) {
    totalCount
    nodes {
      id
      place
      placeEn
      status
      reason
      reasonEn
      stockLabel
      stockLabelEn
      stockRemaining
      lastUpdatedAt
      agency {
        id
        shortName
      }
      service {
        id
        name
        nameEn
      }
    }
  }
}
    `, {"hash":"4f8aed01926770a73f508aba69a127a432055a801d70241bc548acc409dcd64f"}) as unknown as TypedDocumentString<StatusBoardQuery, StatusBoardQueryVariables>;
export const HealthQueueStatsDocument = new TypedDocumentString(`
    query HealthQueueStats($month: String!) {
  healthQueueStats(month: $month) {
    numbersTaken
    served
    noShow
    cancelledByResident
    cancelledByFacility
    sessionsClosed
    busiest {
      numbersTaken
      facility {
        id
        name
      }
    }
  }
}
    `, {"hash":"b74fd26eae881bb8f0e6aa79d3b71edf9ca088b0f321af2e007775fccc63490c"}) as unknown as TypedDocumentString<HealthQueueStatsQuery, HealthQueueStatsQueryVariables>;
export const TaxPaymentChannelsDocument = new TypedDocumentString(`
    query TaxPaymentChannels {
  paymentChannels {
    id
    name
    kind
    instructions
  }
}
    `, {"hash":"df3d2c5ed7f7bb20aca4b7282c1cb1c038921f305d6d1235c4602131efe07de1"}) as unknown as TypedDocumentString<TaxPaymentChannelsQuery, TaxPaymentChannelsQueryVariables>;
export const TaxCollectionDocument = new TypedDocumentString(`
    query TaxCollection($year: Int!) {
  taxCollectionStats(year: $year) {
    kecamatan {
      id
      name
    }
    billCount
    paidCount
    paidShare
    amountBilled
    amountCollected
  }
}
    `, {"hash":"d405c946f18212b160818ead165a407df48d8d9fdb22d6c6b1e3d27b4458041e"}) as unknown as TypedDocumentString<TaxCollectionQuery, TaxCollectionQueryVariables>;
export const OpenDataLetterTrendDocument = new TypedDocumentString(`
    query OpenDataLetterTrend($from: String, $to: String) {
  letterTrend(from: $from, to: $to) {
    month
    hasData
    submittedCount
    issuedCount
    issuedOnTimeCount
    withinTimeLimitShare
    medianProcessingHours
  }
}
    `, {"hash":"003c31382093432e88d0dfee0b8ca9ea7ce9b9fde411df10feca07a02cdee51c"}) as unknown as TypedDocumentString<OpenDataLetterTrendQuery, OpenDataLetterTrendQueryVariables>;
export const OpenDataLetterTrendByKecamatanDocument = new TypedDocumentString(`
    query OpenDataLetterTrendByKecamatan($from: String, $to: String) {
  letterTrend(from: $from, to: $to, byKecamatan: true) {
    month
    kecamatan {
      id
      name
    }
    hasData
    submittedCount
    issuedCount
    issuedOnTimeCount
    withinTimeLimitShare
    medianProcessingHours
  }
}
    `, {"hash":"ef3670d982abbd20bdbb65884a2f0775375551de4d6cf91290752a790517465a"}) as unknown as TypedDocumentString<OpenDataLetterTrendByKecamatanQuery, OpenDataLetterTrendByKecamatanQueryVariables>;
export const OpenDataPermitTrendDocument = new TypedDocumentString(`
    query OpenDataPermitTrend($from: String, $to: String) {
  permitTrend(from: $from, to: $to) {
    month
    hasData
    applications
    decided
    decidedWithinLimit
    decidedWithinLimitShare
    medianProcessingDays
  }
}
    `, {"hash":"97690072ba4ef2d18afb19211ffec9bcfd9ca61b483cf15f5940fac0c0a985e1"}) as unknown as TypedDocumentString<OpenDataPermitTrendQuery, OpenDataPermitTrendQueryVariables>;
export const OpenDataPermitTrendByTypeDocument = new TypedDocumentString(`
    query OpenDataPermitTrendByType($from: String, $to: String) {
  permitTrend(from: $from, to: $to, byPermitType: true) {
    month
    permitType {
      id
      name
      timeLimitDays
    }
    hasData
    applications
    decided
    decidedWithinLimit
    decidedWithinLimitShare
    medianProcessingDays
  }
}
    `, {"hash":"d6a9921bfa5414112ef2abd3b72ecf17f85c24d7d3f6ef42a3b1b5cc77fc84bb"}) as unknown as TypedDocumentString<OpenDataPermitTrendByTypeQuery, OpenDataPermitTrendByTypeQueryVariables>;
export const OpenDataEmergencyTrendDocument = new TypedDocumentString(`
    query OpenDataEmergencyTrend($from: String, $to: String) {
  emergencyTrend(from: $from, to: $to) {
    month
    hasData
    totalIncidents
    falseAlarms
    arrivedCount
    onSceneWithin15Minutes
    onSceneWithinTargetShare
    medianMinutesToDispatch
    medianMinutesToArrival
  }
}
    `, {"hash":"9ed5df9888407ac83870c9b7ae66168ccfe55c4a20fcc5616d0c89a93f4e96cd"}) as unknown as TypedDocumentString<OpenDataEmergencyTrendQuery, OpenDataEmergencyTrendQueryVariables>;
export const OpenDataEmergencyTrendByKecamatanDocument = new TypedDocumentString(`
    query OpenDataEmergencyTrendByKecamatan($from: String, $to: String) {
  emergencyTrend(from: $from, to: $to, byKecamatan: true) {
    month
    kecamatan {
      id
      name
    }
    hasData
    totalIncidents
    falseAlarms
    arrivedCount
    onSceneWithin15Minutes
    onSceneWithinTargetShare
    medianMinutesToDispatch
    medianMinutesToArrival
  }
}
    `, {"hash":"3a21418396d029347918f9f772f2327765467386e088466495b4da4dc9ed93ca"}) as unknown as TypedDocumentString<OpenDataEmergencyTrendByKecamatanQuery, OpenDataEmergencyTrendByKecamatanQueryVariables>;
export const OpenDataJariTrendDocument = new TypedDocumentString(`
    query OpenDataJariTrend($from: String, $to: String) {
  jariTrend(from: $from, to: $to) {
    month
    hasData
    received
    open
    concluded
    rejected
    followUpOverdue
    medianDaysToConclusion
    byCategory {
      category
      count
    }
  }
}
    `, {"hash":"9fa6b8b89b1200c6d8a2fbeba6f3d94a726ba1acf49594c6a80fc33e0f16275f"}) as unknown as TypedDocumentString<OpenDataJariTrendQuery, OpenDataJariTrendQueryVariables>;
export const OpenDataTaxCollectionTrendDocument = new TypedDocumentString(`
    query OpenDataTaxCollectionTrend($from: String, $to: String) {
  taxCollectionTrend(from: $from, to: $to) {
    month
    hasData
    paymentCount
    billsPaid
    amountCollected
  }
}
    `, {"hash":"20aa968119465afc2afcc2d819266cbd931d918daee1ae8f064d1a97e76ce87f"}) as unknown as TypedDocumentString<OpenDataTaxCollectionTrendQuery, OpenDataTaxCollectionTrendQueryVariables>;
export const OpenDataTaxCollectionTrendByKecamatanDocument = new TypedDocumentString(`
    query OpenDataTaxCollectionTrendByKecamatan($from: String, $to: String) {
  taxCollectionTrend(from: $from, to: $to, byKecamatan: true) {
    month
    kecamatan {
      id
      name
    }
    hasData
    paymentCount
    billsPaid
    amountCollected
  }
}
    `, {"hash":"ca2888d58ac49d22169af69085d0a274c5060769c2c2c142b576ce7b49957e8c"}) as unknown as TypedDocumentString<OpenDataTaxCollectionTrendByKecamatanQuery, OpenDataTaxCollectionTrendByKecamatanQueryVariables>;
export const OpenDataServiceStatusTrendDocument = new TypedDocumentString(`
    query OpenDataServiceStatusTrend($from: String, $to: String) {
  serviceStatusTrend(from: $from, to: $to) {
    month
    hasData
    servicePoints
    changes
    hoursRecorded
    hoursAvailable
    hoursLimited
    hoursUnavailable
    availableShare
  }
}
    `, {"hash":"a42fc8fd0117cb93f8ed279b90cba37ff63b64b45763ef1d43da00efbd44b688"}) as unknown as TypedDocumentString<OpenDataServiceStatusTrendQuery, OpenDataServiceStatusTrendQueryVariables>;
export const OpenDataHealthQueueTrendDocument = new TypedDocumentString(`
    query OpenDataHealthQueueTrend($from: String, $to: String) {
  healthQueueTrend(from: $from, to: $to) {
    month
    hasData
    numbersTaken
    served
    noShow
    cancelledByResident
    cancelledByFacility
    sessionsClosed
  }
}
    `, {"hash":"a4c064308a4c77a077f5ca6c5083e717be9aaf5a27538e6f06f1cfef8be8fae1"}) as unknown as TypedDocumentString<OpenDataHealthQueueTrendQuery, OpenDataHealthQueueTrendQueryVariables>;
export const PermitTypesDocument = new TypedDocumentString(`
    query PermitTypes {
  permitTypes {
    ...PermitTypeFields
  }
}
    fragment PermitTypeFields on PermitType {
  id
  name
  shortName
  timeLimitDays
  validityMonths
  isFree
  businessNameRequired
  documents {
    key
    label
    labelEn
    required
  }
  levyRule {
    kind
    basis
    amount
    minimum
    components {
      label
      factors {
        kind
        name
        label
        field
        value
        unit
        money
        lookup {
          key
          value
        }
      }
    }
  }
}`, {"hash":"4e4e96ad10bcdb0a20daaa7b00111d26cdfa05fe8fcb1446ad9599f9b78ec955"}) as unknown as TypedDocumentString<PermitTypesQuery, PermitTypesQueryVariables>;
export const PermitTypeDocument = new TypedDocumentString(`
    query PermitType($id: ID!) {
  permitType(id: $id) {
    ...PermitTypeFields
    fields {
      ...PermitFieldFields
    }
    stageLimits {
      status
      workingDays
    }
  }
}
    fragment PermitFieldFields on PermitField {
  name
  label
  labelEn
  kind
  required
  min
  max
  decimals
  unit
  options {
    value
    label
  }
}
fragment PermitTypeFields on PermitType {
  id
  name
  shortName
  timeLimitDays
  validityMonths
  isFree
  businessNameRequired
  documents {
    key
    label
    labelEn
    required
  }
  levyRule {
    kind
    basis
    amount
    minimum
    components {
      label
      factors {
        kind
        name
        label
        field
        value
        unit
        money
        lookup {
          key
          value
        }
      }
    }
  }
}`, {"hash":"89bb2b94bde989312cbeaed0ae4857e8835ed4449ef51d7ea3cd439c0c1dcdc7"}) as unknown as TypedDocumentString<PermitTypeQuery, PermitTypeQueryVariables>;
export const EstimateLevyDocument = new TypedDocumentString(`
    query EstimateLevy($input: EstimatePermitLevyInput!) {
  estimatePermitLevy(input: $input) {
    ...PermitLevyFields
  }
}
    fragment PermitLevyFields on LevyAssessment {
  total
  free
  complete
  missingFields
  basis
  lines {
    label
    expression
    amount
  }
}`, {"hash":"59991426fd725e2a2f9f3495e56f0115e0e8a383cb3691667e424ce1272b16ea"}) as unknown as TypedDocumentString<EstimateLevyQuery, EstimateLevyQueryVariables>;
export const MyPermitsDocument = new TypedDocumentString(`
    query MyPermits {
  me {
    id
    permitApplications(first: 50) {
      totalCount
      nodes {
        id
        status
        businessName
        createdAt
        stageDueAt
        overdue
        permitNumber
        permitType {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"e300911ea93702ea7eedaa096f7f4ef8417a6d59bf820265ebc2e536b0d20e25"}) as unknown as TypedDocumentString<MyPermitsQuery, MyPermitsQueryVariables>;
export const PermitApplicationDocument = new TypedDocumentString(`
    query PermitApplication($id: ID!) {
  permitApplication(id: $id) {
    ...PermitApplicationFields
  }
}
    fragment PermitFieldFields on PermitField {
  name
  label
  labelEn
  kind
  required
  min
  max
  decimals
  unit
  options {
    value
    label
  }
}
fragment PermitLevyFields on LevyAssessment {
  total
  free
  complete
  missingFields
  basis
  lines {
    label
    expression
    amount
  }
}
fragment PermitApplicationFields on PermitApplication {
  id
  status
  businessName
  applicantName
  createdAt
  firstSubmittedAt
  decisionDueAt
  stageDueAt
  decidedAt
  overdue
  holder
  nextStatuses
  revisionNote
  rejectionReason
  levyAmount
  paid
  issuedAt
  permitNumber
  validUntil
  verificationCode
  revokedAt
  revocationReason
  missingItems
  permitType {
    id
    name
    shortName
    businessNameRequired
    fields {
      ...PermitFieldFields
    }
  }
  kelurahan {
    id
    name
  }
  fields {
    name
    label
    value
    displayValue
  }
  checklist {
    key
    label
    labelEn
    required
    attachedAt
    file {
      id
      displayName
      mediaType
      sizeBytes
    }
  }
  levy {
    ...PermitLevyFields
  }
  payment {
    amount
    channel
    reference
    paidAt
  }
  timeline {
    at
    actorRole
    actorName
    fromStatus
    toStatus
    note
  }
}`, {"hash":"0f5a623b6ec391c8700b037501bf7ca7c0bacb90acd9d2c524dcb47e2667dd94"}) as unknown as TypedDocumentString<PermitApplicationQuery, PermitApplicationQueryVariables>;
export const MyPermitUploadsDocument = new TypedDocumentString(`
    query MyPermitUploads {
  myPermitUploads(first: 50) {
    nodes {
      id
      displayName
      mediaType
      sizeBytes
      createdAt
    }
  }
}
    `, {"hash":"794066c3fbc1e7e8962933acbe198f8434ab26b23239fac442d01a4980c265a4"}) as unknown as TypedDocumentString<MyPermitUploadsQuery, MyPermitUploadsQueryVariables>;
export const CreatePermitApplicationDocument = new TypedDocumentString(`
    mutation CreatePermitApplication($input: CreatePermitApplicationInput!) {
  createPermitApplication(input: $input) {
    created
    application {
      id
      status
    }
  }
}
    `, {"hash":"080380b9e87f778b0a10a6e31cfd84db9d9baa1548637b50f9455609c8150b93"}) as unknown as TypedDocumentString<CreatePermitApplicationMutation, CreatePermitApplicationMutationVariables>;
export const UpdatePermitApplicationDocument = new TypedDocumentString(`
    mutation UpdatePermitApplication($input: UpdatePermitApplicationInput!) {
  updatePermitApplication(input: $input) {
    application {
      id
      status
    }
  }
}
    `, {"hash":"efd8bea3343164516a83fc66e6208babdc4108e11a5bacbd39b9f91b3db1b00a"}) as unknown as TypedDocumentString<UpdatePermitApplicationMutation, UpdatePermitApplicationMutationVariables>;
export const AttachPermitDocumentDocument = new TypedDocumentString(`
    mutation AttachPermitDocument($input: AttachPermitDocumentInput!) {
  attachPermitDocument(input: $input) {
    application {
      id
      status
    }
  }
}
    `, {"hash":"17b484d85ab81b218dc6cbce24827ab2140239cf1fb2b7fc6725c03cc731252f"}) as unknown as TypedDocumentString<AttachPermitDocumentMutation, AttachPermitDocumentMutationVariables>;
export const DetachPermitDocumentDocument = new TypedDocumentString(`
    mutation DetachPermitDocument($input: DetachPermitDocumentInput!) {
  detachPermitDocument(input: $input) {
    application {
      id
      status
    }
  }
}
    `, {"hash":"2d5705a0f041588b45dc7e658bd1b75e1a29e1c519175f22359064b93538f8d4"}) as unknown as TypedDocumentString<DetachPermitDocumentMutation, DetachPermitDocumentMutationVariables>;
export const SubmitPermitApplicationDocument = new TypedDocumentString(`
    mutation SubmitPermitApplication($input: SubmitPermitApplicationInput!) {
  submitPermitApplication(input: $input) {
    application {
      id
      status
    }
  }
}
    `, {"hash":"09a5553439969e309058bf0adbd2774a86a488e7f42e9530fff21e1e74551f38"}) as unknown as TypedDocumentString<SubmitPermitApplicationMutation, SubmitPermitApplicationMutationVariables>;
export const PermitQueueDocument = new TypedDocumentString(`
    query PermitQueue($status: PermitStatus, $permitTypeId: ID, $kelurahanId: ID, $overdue: Boolean, $after: String) {
  permitQueue(
    status: $status
    permitTypeId: $permitTypeId
    kelurahanId: $kelurahanId
    overdue: $overdue
    first: 20
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      status
      businessName
      applicantName
      firstSubmittedAt
      stageDueAt
      overdue
      levyAmount
      permitType {
        id
        shortName
        name
      }
      kelurahan {
        id
        name
      }
    }
  }
}
    `, {"hash":"c7c53d83390d40258cc6cd8352b57e1564b962d23857f038b7d280e757345c25"}) as unknown as TypedDocumentString<PermitQueueQuery, PermitQueueQueryVariables>;
export const OfficerPermitApplicationDocument = new TypedDocumentString(`
    query OfficerPermitApplication($id: ID!) {
  permitApplication(id: $id) {
    ...PermitApplicationFields
  }
}
    fragment PermitFieldFields on PermitField {
  name
  label
  labelEn
  kind
  required
  min
  max
  decimals
  unit
  options {
    value
    label
  }
}
fragment PermitLevyFields on LevyAssessment {
  total
  free
  complete
  missingFields
  basis
  lines {
    label
    expression
    amount
  }
}
fragment PermitApplicationFields on PermitApplication {
  id
  status
  businessName
  applicantName
  createdAt
  firstSubmittedAt
  decisionDueAt
  stageDueAt
  decidedAt
  overdue
  holder
  nextStatuses
  revisionNote
  rejectionReason
  levyAmount
  paid
  issuedAt
  permitNumber
  validUntil
  verificationCode
  revokedAt
  revocationReason
  missingItems
  permitType {
    id
    name
    shortName
    businessNameRequired
    fields {
      ...PermitFieldFields
    }
  }
  kelurahan {
    id
    name
  }
  fields {
    name
    label
    value
    displayValue
  }
  checklist {
    key
    label
    labelEn
    required
    attachedAt
    file {
      id
      displayName
      mediaType
      sizeBytes
    }
  }
  levy {
    ...PermitLevyFields
  }
  payment {
    amount
    channel
    reference
    paidAt
  }
  timeline {
    at
    actorRole
    actorName
    fromStatus
    toStatus
    note
  }
}`, {"hash":"4a0a2060b0664ec7318e6f5d43b85005e9a6d53be7eb6e2e3f3bdd430148fb9d"}) as unknown as TypedDocumentString<OfficerPermitApplicationQuery, OfficerPermitApplicationQueryVariables>;
export const PermitRegisterDocument = new TypedDocumentString(`
    query PermitRegister($search: String, $permitTypeId: ID, $status: PermitValidity, $after: String) {
  permitRegister(
    search: $search
    permitTypeId: $permitTypeId
    status: $status
    first: 20
    after: $after
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      permitNumber
      businessName
      issuedAt
      validUntil
      status
      permitType {
        id
        name
        shortName
      }
      kelurahan {
        id
        name
      }
    }
  }
}
    `, {"hash":"7bb4f952017ae0dc4caead1ea6b7eab2240fa8392cbe3640fa4f4032ee3f0797"}) as unknown as TypedDocumentString<PermitRegisterQuery, PermitRegisterQueryVariables>;
export const VerifyPermitDocument = new TypedDocumentString(`
    query VerifyPermit($code: String!) {
  verifyPermit(code: $code) {
    valid
    permitNumber
    permitTypeName
    businessName
    holderNameMasked
    issuedAt
    validUntil
    status
    revokedAt
    kelurahan {
      id
      name
    }
  }
}
    `, {"hash":"f05c7ef2e4aa46c2e13288356bae186c90c65a1442297e3b76fd2c7094e5e4db"}) as unknown as TypedDocumentString<VerifyPermitQuery, VerifyPermitQueryVariables>;
export const PermitStatisticsDocument = new TypedDocumentString(`
    query PermitStatistics($month: String) {
  permitStatistics(month: $month) {
    month
    applications
    decided
    medianProcessingDays
    decidedWithinLimitShare
    overdueNow
    permitType {
      id
      name
      shortName
      timeLimitDays
    }
  }
}
    `, {"hash":"fa431bd0e874f0e5a1673497ac1e92486c508d67c9a1830de5faf3a83d1c1198"}) as unknown as TypedDocumentString<PermitStatisticsQuery, PermitStatisticsQueryVariables>;
export const ReportEmergencyDocument = new TypedDocumentString(`
    mutation ReportEmergency($input: ReportEmergencyInput!) {
  reportEmergency(input: $input) {
    assignment
    replayed
    report {
      id
      trackingCode
    }
  }
}
    `, {"hash":"83e1cddbd19dbc60fd355f06d1f8d3c37f725cd590232175fa831ee73bc339c0"}) as unknown as TypedDocumentString<ReportEmergencyMutation, ReportEmergencyMutationVariables>;
export const CurrentOfficerDocument = new TypedDocumentString(`
    query CurrentOfficer {
  currentOfficer {
    id
    username
    name
    role
    kelurahan {
      id
      name
    }
    kecamatan {
      id
      name
    }
    agency {
      id
      name
      shortName
    }
  }
}
    `, {"hash":"51171cfd40509c2fc7e87653da4cb682ab80986d604a6788165fb358455e00c6"}) as unknown as TypedDocumentString<CurrentOfficerQuery, CurrentOfficerQueryVariables>;
export const RegionsDocument = new TypedDocumentString(`
    query Regions {
  kecamatans {
    id
    name
    kelurahans {
      id
      name
    }
  }
}
    `, {"hash":"9ada4b6ef7e830b0e0ce1b85d553256957ae810bbba4bc1a75fc1b64ff1c72c8"}) as unknown as TypedDocumentString<RegionsQuery, RegionsQueryVariables>;
export const RefreshDocument = new TypedDocumentString(`
    mutation Refresh($t: String!) {
  refreshSession(refreshToken: $t) {
    ...SessionFields
  }
}
    fragment SessionFields on AuthSession {
  accessToken
  accessTokenExpiresAt
  refreshToken
  refreshTokenExpiresAt
  accountKind
}`, {"hash":"7f9c3454d3251942ca26d5ddab43f7e1fd10ff65f587629848215deebc80767f"}) as unknown as TypedDocumentString<RefreshMutation, RefreshMutationVariables>;
export const MyTaxBillsDocument = new TypedDocumentString(`
    query MyTaxBills {
  me {
    id
    taxObjects(first: 50) {
      nodes {
        id
        nop {
          digits
          formatted
        }
        bills(first: 6) {
          nodes {
            id
            year
            issuedAt
            dueDate
            today {
              status
              isOverdue
            }
          }
        }
      }
    }
  }
}
    `, {"hash":"7a7979fffe95117b44ad43a17c19492531173b26534c22e61599bc08ad519b0a"}) as unknown as TypedDocumentString<MyTaxBillsQuery, MyTaxBillsQueryVariables>;
export const MyQueueNumbersDocument = new TypedDocumentString(`
    query MyQueueNumbers {
  me {
    id
    appointments(first: 20) {
      nodes {
        id
        number
        status
        date
        createdAt
        bookingCode
        facility {
          id
          name
        }
        service {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"d3dfef0297f029f541822e8e945d80a75001f317221db6f27956e39fda80e06c"}) as unknown as TypedDocumentString<MyQueueNumbersQuery, MyQueueNumbersQueryVariables>;
export const MyPermitApplicationsDocument = new TypedDocumentString(`
    query MyPermitApplications {
  me {
    id
    permitApplications(first: 50) {
      nodes {
        id
        status
        createdAt
        stageDueAt
        overdue
        businessName
        verificationCode
        permitType {
          id
          name
        }
      }
    }
  }
}
    `, {"hash":"754c0d1a8c0213403d261c227bbed130862cacaa41d35577fdfdf84fce4b6d7e"}) as unknown as TypedDocumentString<MyPermitApplicationsQuery, MyPermitApplicationsQueryVariables>;
export const MyLettersDocument = new TypedDocumentString(`
    query MyLetters {
  me {
    id
    letterRequests(first: 50) {
      nodes {
        id
        status
        createdAt
        dueAt
        issuedAt
        overdue
        verificationCode
        letterType {
          id
          name
          service {
            id
            nameEn
          }
        }
      }
    }
  }
}
    `, {"hash":"8c66a23b78bb766b6ea142b96b4917db85b35bde704e5a522107b5bcd2b842b6"}) as unknown as TypedDocumentString<MyLettersQuery, MyLettersQueryVariables>;
export const MyFireReportsDocument = new TypedDocumentString(`
    query MyFireReports {
  me {
    id
    fireReports(first: 20) {
      nodes {
        id
        trackingCode
        kind
        status
        createdAt
        station {
          id
          name
        }
        timeline {
          actorKind
        }
      }
    }
  }
}
    `, {"hash":"d2364a609dc818f6719f9484ea192dd4a09d61299c3999cd45cc587794aa4846"}) as unknown as TypedDocumentString<MyFireReportsQuery, MyFireReportsQueryVariables>;
export const MyJariReportsDocument = new TypedDocumentString(`
    query MyJariReports {
  me {
    id
    jariReports(first: 20) {
      nodes {
        id
        trackingCode
        category
        status
        receivedAt
        followUpDueAt
        followedUpAt
        overdue
      }
    }
  }
}
    `, {"hash":"682e0a794cd3405911dea53148719145e71d076214e1810b76ab71df8d4b6680"}) as unknown as TypedDocumentString<MyJariReportsQuery, MyJariReportsQueryVariables>;