import { OfficerRole, forbidden, requireOfficer, isOfficer, type Viewer } from '@kendari/kit';
import type { EmergencyReport } from './entities/emergency.entity';

export const DAMKAR_AGENCY = 'damkar';
export const DISPATCH_ROLES = [OfficerRole.DISPATCHER] as const;

/** A Damkar dispatcher (a dispatcher of another agency is not) or an ADMIN. */
export function isDispatcher(viewer: Viewer): boolean {
  if (!isOfficer(viewer, DISPATCH_ROLES)) return false;
  return viewer.role === OfficerRole.ADMIN || viewer.agencyId === DAMKAR_AGENCY;
}

export function requireDispatcher(viewer: Viewer) {
  const officer = requireOfficer(viewer, DISPATCH_ROLES);
  if (!isDispatcher(officer)) throw forbidden('Only Damkar dispatchers can do this', 'Hanya operator Damkar yang dapat melakukan ini');
  return officer;
}

/** The reporter's own account, or a dispatcher: the only ones who see personal fields of a report. */
export const maySeePersonal = (viewer: Viewer, r: EmergencyReport) =>
  (viewer.kind === 'citizen' && !!r.citizenId && viewer.id === r.citizenId) || isDispatcher(viewer);

export function guardPersonal<T>(viewer: Viewer, r: EmergencyReport, field: string, value: T): T {
  if (!maySeePersonal(viewer, r)) {
    throw forbidden(
      `EmergencyReport.${field} is visible only to the reporter's own account and to Damkar dispatchers`,
      'Data pelapor hanya dapat dilihat oleh pelapor sendiri dan operator Damkar',
    );
  }
  return value;
}
