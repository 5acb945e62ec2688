import { forbidden, isOfficer, OfficerRole, type RequestContext } from '@kendari/kit';
import type { JariReport } from './entities/jari-report.entity';

/**
 * Who is looking at a report, decided per field:
 * - inspector: INSPECTOR or ADMIN, everything (the reporter's identity included);
 * - reporter: the logged-in reporter of a named report, or whoever proved the code and secret in this request;
 * - agency: an AGENCY_OFFICER of the agency concerned, once the Inspectorate shared the report; never identity.
 */
export type Audience = 'inspector' | 'reporter' | 'agency';

// reports whose code and secret were proven in this request (the context object lives as long as the request)
const grants = new WeakMap<RequestContext, Set<string>>();

export function grantReporter(ctx: RequestContext, reportId: string): void {
  let set = grants.get(ctx);
  if (!set) grants.set(ctx, (set = new Set()));
  set.add(reportId);
}

export const isInspector = (ctx: RequestContext) => isOfficer(ctx.viewer, [OfficerRole.INSPECTOR]);

export function audienceOf(ctx: RequestContext, r: JariReport): Audience | null {
  const v = ctx.viewer;
  if (v.kind === 'officer' && (v.role === OfficerRole.INSPECTOR || v.role === OfficerRole.ADMIN)) return 'inspector';
  if (grants.get(ctx)?.has(r.id)) return 'reporter';
  if (v.kind === 'citizen' && r.reporterCitizenId === v.id) return 'reporter';
  if (v.kind === 'officer' && v.role === OfficerRole.AGENCY_OFFICER && v.agencyId === r.agencyId && r.sharedWithAgencyAt) return 'agency';
  return null;
}

/** The audience, when it is one of `allowed`; FORBIDDEN naming the field otherwise. */
export function need(ctx: RequestContext, r: JariReport, allowed: readonly Audience[], field: string): Audience {
  const a = audienceOf(ctx, r);
  if (!a || !allowed.includes(a)) {
    throw forbidden(`JariReport.${field} is not readable in your role`, 'Data laporan ini tidak dapat Anda lihat');
  }
  return a;
}
