import { registerEnumType } from 'type-graphql';
import { Workflow } from '@kendari/kit';

export enum PermitStatus {
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
  NEEDS_REVISION = 'NEEDS_REVISION',
  VERIFIED = 'VERIFIED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
  ISSUED = 'ISSUED',
  REJECTED = 'REJECTED',
  REVOKED = 'REVOKED',
}
registerEnumType(PermitStatus, {
  name: 'PermitStatus',
  description:
    'DRAFT -> SUBMITTED -> (NEEDS_REVISION -> SUBMITTED)* -> VERIFIED -> APPROVED -> PAID -> ISSUED; free types go APPROVED -> ISSUED; SUBMITTED|VERIFIED -> REJECTED; ISSUED -> REVOKED.',
});

/** Statuses whose stage has a due date (the office's or the applicant's turn). */
export const STAGED: readonly PermitStatus[] = [
  PermitStatus.SUBMITTED,
  PermitStatus.NEEDS_REVISION,
  PermitStatus.VERIFIED,
  PermitStatus.APPROVED,
  PermitStatus.PAID,
];
/** Open on the office's side: what the queue shows by default. */
export const OFFICE_OPEN: readonly PermitStatus[] = [PermitStatus.SUBMITTED, PermitStatus.VERIFIED, PermitStatus.APPROVED, PermitStatus.PAID];

export const permitWorkflow = new Workflow<PermitStatus>('Permit application', {
  DRAFT: [PermitStatus.SUBMITTED],
  SUBMITTED: [PermitStatus.NEEDS_REVISION, PermitStatus.VERIFIED, PermitStatus.REJECTED],
  NEEDS_REVISION: [PermitStatus.SUBMITTED],
  VERIFIED: [PermitStatus.APPROVED, PermitStatus.REJECTED],
  // ISSUED straight from APPROVED only when the levy is zero (checked by issuePermit)
  APPROVED: [PermitStatus.PAID, PermitStatus.ISSUED],
  PAID: [PermitStatus.ISSUED],
  ISSUED: [PermitStatus.REVOKED],
  REJECTED: [],
  REVOKED: [],
});

/** Who acts next, for the applicant's page. */
export enum PermitHolder {
  APPLICANT = 'APPLICANT',
  DPMPTSP = 'DPMPTSP',
}
registerEnumType(PermitHolder, { name: 'PermitHolder', description: 'Whose turn it is: the applicant (draft, revision, payment) or DPMPTSP.' });

export function holderOf(status: PermitStatus, levy = 1): PermitHolder | null {
  if (status === PermitStatus.APPROVED && levy === 0) return PermitHolder.DPMPTSP;
  switch (status) {
    case PermitStatus.DRAFT:
    case PermitStatus.NEEDS_REVISION:
    case PermitStatus.APPROVED:
      return PermitHolder.APPLICANT;
    case PermitStatus.SUBMITTED:
    case PermitStatus.VERIFIED:
    case PermitStatus.PAID:
      return PermitHolder.DPMPTSP;
    default:
      return null;
  }
}
