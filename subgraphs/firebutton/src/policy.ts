import { definePolicy, officer, OfficerRole, owner, type Viewer } from '@kendari/kit';

/** Who may do what in Fire Button: every access rule of this subgraph, in one place. */

export const DAMKAR_AGENCY = 'damkar';

/** A Damkar dispatcher (a dispatcher of another agency is not) or ADMIN. */
const damkarDispatcher = officer([OfficerRole.DISPATCHER], { agency: DAMKAR_AGENCY });

export const policy = definePolicy({
  /** The dispatch desk: open emergencies, reassign, change status; dispatchers' names and notes on a timeline. */
  'emergency.dispatch': {
    grants: [damkarDispatcher],
    outOfScope: { en: 'Only Damkar dispatchers can do this', id: 'Hanya operator Damkar yang dapat melakukan ini' },
  },
  /** A report's personal fields (exact position, description, callback phone, reporter): the reporter's own account, dispatchers. */
  'emergency.personal': {
    grants: [owner(), damkarDispatcher],
    denied: (_: Viewer, field?: string) => ({
      en: `EmergencyReport.${field} is visible only to the reporter's own account and to Damkar dispatchers`,
      id: 'Data pelapor hanya dapat dilihat oleh pelapor sendiri dan operator Damkar',
    }),
    anonymousDenied: true,
  },
  /** Citizen.fireReports: the citizen themself only. */
  'citizen.fire-reports': {
    grants: [owner()],
    denied: { en: 'Citizen.fireReports is visible only to the citizen themself', id: 'Laporan darurat hanya dapat dilihat oleh pelapor sendiri' },
    anonymousDenied: true,
  },
});
