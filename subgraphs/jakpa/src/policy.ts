import { definePolicy, officer, OfficerRole, owner } from '@kendari/kit';

/** Who may do what in JAKPA: every access rule of this subgraph, in one place. */

export const BAPENDA_AGENCY = 'bapenda';

/** A Bapenda officer (an agency officer of another agency is not), or ADMIN. */
const bapenda = officer([OfficerRole.AGENCY_OFFICER], { agency: BAPENDA_AGENCY });

export const policy = definePolicy({
  /** Bapenda's desk: search objects, register them, assess a year, record counter payments. */
  'tax.officer': {
    grants: [bapenda],
    outOfScope: { en: 'Only Bapenda officers can do this', id: 'Hanya petugas Bapenda yang dapat melakukan ini' },
  },
  /** Citizen.taxObjects: the taxpayer themself and Bapenda officers. */
  'citizen.tax-objects': {
    grants: [owner(), bapenda],
    denied: {
      en: 'Citizen.taxObjects is visible only to the citizen themself and Bapenda officers',
      id: 'Objek pajak hanya dapat dilihat oleh wajib pajak sendiri dan petugas Bapenda',
    },
    anonymousDenied: true,
  },
});
