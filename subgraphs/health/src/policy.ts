import { citizen, definePolicy, officer, OfficerRole, owner } from '@kendari/kit';

/** Who may do what in health: every access rule of this subgraph, in one place. */

export const DINKES_AGENCY = 'dinkes';

/** Staff of the facility concerned (or ADMIN). */
const staffHere = officer([OfficerRole.FACILITY_STAFF], { scope: 'facility' });
/** Who reads a facility's day (every number with its status): its staff, Dinkes officers, ADMIN. */
const facilityDay = [staffHere, officer([OfficerRole.AGENCY_OFFICER], { agency: DINKES_AGENCY })] as const;
const NOT_YOUR_NUMBER = { en: 'Only the resident who took a number can cancel it', id: 'Hanya pemilik nomor antrean yang dapat membatalkannya' };

export const policy = definePolicy({
  /** Acting on a facility's queue (capacity, close a session, call, served, no-show): its own staff only. */
  'queue.staff': {
    grants: [staffHere],
    outOfScope: { en: 'Facility staff act only on their own facility', id: 'Petugas hanya dapat mengelola antrean fasilitasnya sendiri' },
  },
  /** Every number of a session. */
  'facility.day': {
    grants: [...facilityDay],
    denied: { en: "Only the facility's staff see its numbers", id: 'Hanya petugas fasilitas ini yang dapat melihat daftar nomor antrean' },
    anonymousDenied: true,
  },
  /** One queue number: its holder, or who reads its facility's day. */
  'appointment.read': {
    grants: [owner(), ...facilityDay],
    denied: {
      en: 'A queue number is visible to its holder and the facility staff only',
      id: 'Nomor antrean hanya dapat dilihat oleh pemiliknya dan petugas fasilitas',
    },
  },
  /** Taking (and cancelling) a number: resident accounts. */
  'appointment.take': { grants: [citizen()] },
  /** Cancelling: the holder only. */
  'appointment.cancel': { grants: [owner()], denied: NOT_YOUR_NUMBER, anonymousDenied: true },
  /** Citizen.appointments: the resident themself only. */
  'citizen.appointments': {
    grants: [owner()],
    denied: { en: 'Citizen.appointments is visible only to the citizen themself', id: 'Nomor antrean hanya dapat dilihat oleh pemiliknya' },
    anonymousDenied: true,
  },
  /** The facility a FACILITY_STAFF account works at (myHealthFacility). */
  'facility.workplace': { grants: [officer([OfficerRole.FACILITY_STAFF], { scope: 'facility', admin: false })] },
});
