// Whole operations of the permits pages, typed from the graph (graphql/README.md).
import { graphql } from '@/graphql/generated';
import type { PermitFieldFieldsFragment, PermitLevyFieldsFragment } from '@/graphql/generated/graphql';
import type { ResultOf } from '@/lib/graphql';

graphql(`
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
`);

graphql(`
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
`);

graphql(`
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
`);

export const PERMIT_TYPES = graphql(`
  query PermitTypes {
    permitTypes {
      ...PermitTypeFields
    }
  }
`);

export const PERMIT_TYPE = graphql(`
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
`);

export const ESTIMATE = graphql(`
  query EstimateLevy($input: EstimatePermitLevyInput!) {
    estimatePermitLevy(input: $input) {
      ...PermitLevyFields
    }
  }
`);

export const MY_PERMITS = graphql(`
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
`);

graphql(`
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
`);

export const APPLICATION = graphql(`
  query PermitApplication($id: ID!) {
    permitApplication(id: $id) {
      ...PermitApplicationFields
    }
  }
`);

export const MY_UPLOADS = graphql(`
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
`);

export const CREATE = graphql(`
  mutation CreatePermitApplication($input: CreatePermitApplicationInput!) {
    createPermitApplication(input: $input) {
      created
      application {
        id
        status
      }
    }
  }
`);
export const UPDATE = graphql(`
  mutation UpdatePermitApplication($input: UpdatePermitApplicationInput!) {
    updatePermitApplication(input: $input) {
      application {
        id
        status
      }
    }
  }
`);
export const ATTACH = graphql(`
  mutation AttachPermitDocument($input: AttachPermitDocumentInput!) {
    attachPermitDocument(input: $input) {
      application {
        id
        status
      }
    }
  }
`);
export const DETACH = graphql(`
  mutation DetachPermitDocument($input: DetachPermitDocumentInput!) {
    detachPermitDocument(input: $input) {
      application {
        id
        status
      }
    }
  }
`);
export const SUBMIT = graphql(`
  mutation SubmitPermitApplication($input: SubmitPermitApplicationInput!) {
    submitPermitApplication(input: $input) {
      application {
        id
        status
      }
    }
  }
`);

export const QUEUE = graphql(`
  query PermitQueue($status: PermitStatus, $permitTypeId: ID, $kelurahanId: ID, $overdue: Boolean, $after: String) {
    permitQueue(status: $status, permitTypeId: $permitTypeId, kelurahanId: $kelurahanId, overdue: $overdue, first: 20, after: $after) {
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
`);

export const OFFICER_APPLICATION = graphql(`
  query OfficerPermitApplication($id: ID!) {
    permitApplication(id: $id) {
      ...PermitApplicationFields
    }
  }
`);

export const REGISTER = graphql(`
  query PermitRegister($search: String, $permitTypeId: ID, $status: PermitValidity, $after: String) {
    permitRegister(search: $search, permitTypeId: $permitTypeId, status: $status, first: 20, after: $after) {
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
`);

export const VERIFY = graphql(`
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
`);

export const STATS = graphql(`
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
`);

export type Field = PermitFieldFieldsFragment;
export type Levy = PermitLevyFieldsFragment;
/** A permit type as the list pages read it; the type page adds `fields` and `stageLimits` (PermitTypeDetail). */
export type PermitTypeInfo = ResultOf<typeof PERMIT_TYPES>['permitTypes'][number];
export type PermitTypeDetail = NonNullable<ResultOf<typeof PERMIT_TYPE>['permitType']>;
export type Application = NonNullable<ResultOf<typeof APPLICATION>['permitApplication']>;
