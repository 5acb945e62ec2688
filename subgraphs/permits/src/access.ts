import { forbidden, OfficerRole, unauthenticated, type Viewer } from '@kendari/kit';
import type { PermitApplication } from './entities/permit.entity';

export const DPMPTSP = 'dpmptsp';
export type OfficerViewer = Extract<Viewer, { kind: 'officer' }>;

/** A DPMPTSP officer (agency officer of `dpmptsp`) or ADMIN. */
export const isPermitOfficer = (viewer: Viewer): viewer is OfficerViewer =>
  viewer.kind === 'officer' && (viewer.role === OfficerRole.ADMIN || (viewer.role === OfficerRole.AGENCY_OFFICER && viewer.agencyId === DPMPTSP));

export function requirePermitOfficer(viewer: Viewer): OfficerViewer {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (!isPermitOfficer(viewer)) throw forbidden('Only DPMPTSP officers handle permit applications', 'Hanya petugas DPMPTSP yang menangani permohonan izin');
  return viewer;
}

/** The applicant themself, or a DPMPTSP officer; a draft is the applicant's alone. */
export function mayRead(viewer: Viewer, a: PermitApplication): boolean {
  if (viewer.kind === 'citizen') return viewer.id === a.citizenId;
  return isPermitOfficer(viewer) && a.status !== 'DRAFT';
}
