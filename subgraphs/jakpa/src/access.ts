import { OfficerRole, forbidden, isOfficer, requireOfficer, type Viewer } from '@kendari/kit';

export const BAPENDA_AGENCY = 'bapenda';

/** A Bapenda officer (an agency officer of another agency is not), or ADMIN. */
export function isBapenda(viewer: Viewer): viewer is Extract<Viewer, { kind: 'officer' }> {
  if (!isOfficer(viewer, [OfficerRole.AGENCY_OFFICER])) return false;
  return viewer.role === OfficerRole.ADMIN || viewer.agencyId === BAPENDA_AGENCY;
}

export function requireBapenda(viewer: Viewer) {
  const officer = requireOfficer(viewer, [OfficerRole.AGENCY_OFFICER]);
  if (!isBapenda(officer)) throw forbidden('Only Bapenda officers can do this', 'Hanya petugas Bapenda yang dapat melakukan ini');
  return officer;
}
