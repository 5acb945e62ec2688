import { citizen, definePolicy, officer, OfficerRole, owner } from '@kendari/kit';
import type { PermitApplication } from './entities/permit.entity';
import { PermitStatus } from './workflow';

/** Who may do what in permits: every access rule of this subgraph, in one place. */

export const DPMPTSP = 'dpmptsp';

/** A DPMPTSP officer (agency officer of `dpmptsp`) or ADMIN. */
const dpmptsp = officer([OfficerRole.AGENCY_OFFICER], { agency: DPMPTSP });
const APPLICATION = { en: 'Permit application', id: 'Permohonan izin' };

export const policy = definePolicy({
  /** A resident applies: drafts, documents, uploads, submission. */
  'application.apply': { grants: [citizen()] },
  /** The applicant's own application (to change or submit it); anyone else NOT_FOUND. */
  'application.own': { grants: [owner()], hidden: APPLICATION },
  /** DPMPTSP's desk: the queue and every officer step. */
  'applications.work': {
    grants: [dpmptsp],
    denied: { en: 'Only DPMPTSP officers handle permit applications', id: 'Hanya petugas DPMPTSP yang menangani permohonan izin' },
  },
  /** One submitted application: its applicant or DPMPTSP; anyone else NOT_FOUND. */
  'application.read': { grants: [owner(), dpmptsp], hidden: APPLICATION },
  /** A draft is the applicant's alone. */
  'draft.read': { grants: [owner()], hidden: APPLICATION },
  /** Citizen.permitApplications: the resident themself and DPMPTSP. */
  'citizen.permit-applications': {
    grants: [owner(), dpmptsp],
    denied: {
      en: "A resident's permit applications are visible to that resident and DPMPTSP only",
      id: 'Permohonan izin hanya dapat dilihat oleh pemohonnya dan petugas DPMPTSP',
    },
  },
  /** An uploaded file: its owner (DPMPTSP reads it once attached to a submitted application, see uploads.ts). */
  'upload.own': { grants: [owner()] },
});

/** Reading an application: a draft is the applicant's alone, later ones DPMPTSP's too. */
export const readAction = (a: PermitApplication) => (a.status === PermitStatus.DRAFT ? 'draft.read' : 'application.read');
