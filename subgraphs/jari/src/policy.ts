import { definePolicy, officer, OfficerRole, owner, proof, type RequestContext, type Viewer } from '@kendari/kit';
import type { JariReport } from './entities/jari-report.entity';

/** Who may do what in JARI: every access rule of this subgraph, in one place. */

const REPORT = { en: 'Report', id: 'Laporan' };
/** The Inspectorate: INSPECTOR (or ADMIN), everything, the reporter's identity included. */
const inspectorate = officer([OfficerRole.INSPECTOR]);
/** The reporter: the logged-in reporter of a named report, or whoever proved its code and secret in this request. */
const reporter = [owner(), proof()] as const;
/** The agency concerned, once the Inspectorate shared the report (see reportScope); never the identity. */
const agencyConcerned = officer([OfficerRole.AGENCY_OFFICER], { scope: 'agency' });
const notInYourRole = (_: Viewer, field?: string) => ({
  en: `JariReport.${field} is not readable in your role`,
  id: 'Data laporan ini tidak dapat Anda lihat',
});

export const policy = definePolicy({
  /** The Inspectorate's queue and every step on a report (verify, investigate, conclude, reject, share, message). */
  'reports.inspect': { grants: [inspectorate] },
  /** Agency officers: the reports shared with their agency, their service points' status. */
  'agencies.work': { grants: [officer([OfficerRole.AGENCY_OFFICER])] },
  /** One report by id: anyone else gets NOT_FOUND, so ids reveal nothing. */
  'report.read': { grants: [inspectorate, ...reporter, agencyConcerned], hidden: REPORT, anonymousDenied: true },
  /** Fields the agency concerned sees too (evidence, timeline). */
  'report.shared': { grants: [inspectorate, ...reporter, agencyConcerned], denied: notInYourRole, anonymousDenied: true },
  /** Fields for the Inspectorate and the reporter only (tracking code, messages, ...). */
  'report.private': { grants: [inspectorate, ...reporter], denied: notInYourRole, anonymousDenied: true },
  /** Who reported: a code and secret prove the report, not the person, so only the account itself (and the Inspectorate). */
  'report.identity': { grants: [inspectorate, owner()], denied: notInYourRole, anonymousDenied: true },
  /** replyToMyJariReport: the reporter. */
  'report.reply-own': { grants: [...reporter], hidden: REPORT, anonymousDenied: true },
  /** Citizen.jariReports: the resident and the Inspectorate. */
  'citizen.jari-reports': {
    grants: [owner(), inspectorate],
    denied: { en: 'Citizen.jariReports is readable by the resident and inspectors only', id: 'Laporan ini hanya dapat dilihat oleh pelapor dan Inspektorat' },
    anonymousDenied: true,
  },
  /** Today's status of a service point: officers of the agency that runs it. */
  'service-status.update': {
    grants: [officer([OfficerRole.AGENCY_OFFICER], { scope: 'agency' })],
    denied: {
      en: 'Only officers of the agency that runs this service point can update it',
      id: 'Hanya petugas instansi pengelola yang dapat mengubah status layanan ini',
    },
  },
});

/** The proof a correct tracking code and secret (or a submission) leaves in its request. */
export const reportProof = (reportId: string) => `jari.report:${reportId}`;

/** A report as a policy resource: its reporter's account, the agency concerned once shared, a proof of its code in this request. */
export const reportScope = (ctx: RequestContext, r: JariReport | null) =>
  r && { ownerId: r.reporterCitizenId, agencyId: r.sharedWithAgencyAt ? r.agencyId : null, proven: ctx.proofs.has(reportProof(r.id)) };
