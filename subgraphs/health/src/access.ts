import { OfficerRole, forbidden, isOfficer, requireOfficer, type Viewer } from '@kendari/kit';

export const DINKES_AGENCY = 'dinkes';

/** Staff of this facility, or an ADMIN: the only ones who act on its queue. */
export function requireFacilityStaff(viewer: Viewer, facilityId: string) {
  const officer = requireOfficer(viewer, [OfficerRole.FACILITY_STAFF]);
  if (officer.role !== OfficerRole.ADMIN && officer.facilityId !== facilityId) {
    throw forbidden('Facility staff act only on their own facility', 'Petugas hanya dapat mengelola antrean fasilitasnya sendiri');
  }
  return officer;
}

/** Who may read a facility's day (every number with its status): its staff, Dinkes officers, ADMIN. */
export function maySeeFacilityDay(viewer: Viewer, facilityId: string): boolean {
  if (!isOfficer(viewer)) return false;
  if (viewer.role === OfficerRole.ADMIN) return true;
  if (viewer.role === OfficerRole.FACILITY_STAFF) return viewer.facilityId === facilityId;
  return viewer.role === OfficerRole.AGENCY_OFFICER && viewer.agencyId === DINKES_AGENCY;
}
