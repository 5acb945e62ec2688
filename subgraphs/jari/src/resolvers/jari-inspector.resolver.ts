import { randomUUID } from 'node:crypto';
import { Arg, Args, Ctx, Field, ID, InputType, Int, Mutation, Query, Resolver } from 'type-graphql';
import {
  conflict,
  InputCheck,
  notFound,
  OfficerRole,
  PageArgs,
  pageWindow,
  toPage,
  transition,
  type OfficerViewer,
  type RequestContext,
  type TransitionStep,
  recordAction,
} from '@kendari/kit';
import { policy } from '../policy';
import {
  JariActorRole,
  JariCategory,
  JariMessage,
  JariMessageAuthor,
  JariOutcome,
  JariReport,
  JariStatus,
  JariTimelineEntry,
  JariTimelineKind,
} from '../entities/jari-report.entity';
import { UUID_RE } from '../codes';
import { reportWorkflow } from '../workflow';
import { checkMessageBody } from '../messages';
import { JariReportConnection } from './types';

@InputType({ description: "Filters of the inspectors' queue; all optional." })
export class JariQueueFilter {
  @Field(() => [JariStatus], { nullable: true, description: 'Default: the open statuses (RECEIVED, VERIFIED, INVESTIGATING).' })
  status?: JariStatus[] | null;

  @Field(() => JariCategory, { nullable: true })
  category?: JariCategory | null;

  @Field(() => ID, { nullable: true })
  agencyId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Only reports received more than this many days ago (0-3650).' })
  olderThanDays?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Only reports not followed up within 5 working days.' })
  overdueOnly?: boolean | null;
}

@InputType()
export class ConcludeJariReportInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => JariOutcome)
  outcome!: JariOutcome;

  @Field(() => String, { description: 'Published with the statistics and shown to the reporter: no names (20-2000 characters).' })
  publicSummary!: string;

  @Field(() => String, { nullable: true, description: 'Internal note for the timeline.' })
  note?: string | null;
}

const actorRoleOf = (role: OfficerRole) => (role === OfficerRole.ADMIN ? JariActorRole.ADMIN : JariActorRole.INSPECTOR);

type Officer = OfficerViewer;

/** The report's timeline event for a step by an officer. */
const officerEvent = (officer: Officer, kind: JariTimelineKind, note: string | null) => ({
  entity: JariTimelineEntry,
  entry: ({ row, from, to, at }: TransitionStep<JariReport, JariStatus>) => ({
    id: randomUUID(),
    reportId: row.id,
    at,
    kind,
    actorRole: actorRoleOf(officer.role),
    actorOfficerId: officer.id,
    fromStatus: from,
    toStatus: to,
    note,
  }),
});

const REPORT = { en: 'Report', id: 'Laporan' };
/** The audit verb of each move an inspector makes (jari.report.<verb>). */
const MOVE_VERB: Partial<Record<JariStatus, string>> = {
  [JariStatus.VERIFIED]: 'verify',
  [JariStatus.INVESTIGATING]: 'investigate',
  [JariStatus.CONCLUDED]: 'conclude',
  [JariStatus.REJECTED]: 'reject',
};

/**
 * Moves a report along the workflow (the kit's transition: row locked, so a concurrent change
 * waits and then sees the new status (CONFLICT), never overwrites it silently).
 */
async function move(
  ctx: RequestContext,
  officer: Officer,
  reportId: string,
  to: JariStatus,
  note: string | null,
  apply: (r: JariReport, now: Date) => void = () => undefined,
): Promise<JariReport> {
  if (!UUID_RE.test(reportId ?? '')) throw notFound(REPORT.en, REPORT.id);
  return transition(ctx.em, {
    entity: JariReport,
    id: reportId.toLowerCase(),
    workflow: reportWorkflow,
    to,
    label: REPORT,
    audit: { actor: ctx, action: `jari.report.${MOVE_VERB[to]}`, itemType: 'JariReport', subjectCitizenId: (r) => r.reporterCitizenId },
    apply: ({ row, from, at }) => {
      row.updatedAt = at;
      if (from === JariStatus.RECEIVED) row.followedUpAt = at;
      apply(row, at);
    },
    timeline: officerEvent(officer, JariTimelineKind.STATUS_CHANGED, note),
  });
}

function optionalNote(v: InputCheck, note: string | null | undefined, field = 'note'): string | null {
  return v.text(field, note, { max: 2000, required: false, label: 'Catatan' }) ?? null;
}

const inspector = (ctx: RequestContext) => policy.must(ctx.viewer, 'reports.inspect');

@Resolver()
export class JariInspectorResolver {
  @Query(() => JariReportConnection, { description: "The Inspectorate's queue, oldest first. INSPECTOR (or ADMIN) only." })
  async jariQueue(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => JariQueueFilter, { nullable: true }) filter: JariQueueFilter | null,
    @Ctx() ctx: RequestContext,
  ): Promise<JariReportConnection> {
    inspector(ctx);
    const window = pageWindow(page);
    const v = new InputCheck('filter');
    const f = filter ?? {};
    if (f.olderThanDays !== null && f.olderThanDays !== undefined) v.number('olderThanDays', f.olderThanDays, { min: 0, max: 3650 });
    if (f.agencyId) v.check(f.agencyId.length <= 60, 'agencyId', 'agencyId is too long', 'Instansi tidak valid');
    v.done();
    const now = Date.now();
    const where: Record<string, unknown> = {
      status: { $in: f.status?.length ? f.status : [JariStatus.RECEIVED, JariStatus.VERIFIED, JariStatus.INVESTIGATING] },
    };
    if (f.category) where.category = f.category;
    if (f.agencyId) where.agencyId = f.agencyId;
    if (f.olderThanDays !== null && f.olderThanDays !== undefined) where.receivedAt = { $lt: new Date(now - f.olderThanDays * 86_400_000) };
    if (f.overdueOnly) Object.assign(where, { followedUpAt: null, followUpDueAt: { $lt: new Date(now) } });
    const [nodes, total] = await ctx.em.findAndCount(JariReport, where as never, {
      orderBy: { receivedAt: 'asc', id: 'asc' },
      limit: window.limit,
      offset: window.offset,
    });
    return toPage(nodes, total, window) as JariReportConnection;
  }

  @Query(() => JariReportConnection, {
    description: "Reports about your own agency that the Inspectorate shared with it, newest first; never with the reporter's identity. AGENCY_OFFICER only.",
  })
  async jariReportsSharedWithMyAgency(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => JariStatus, { nullable: true }) status: JariStatus | null,
    @Ctx() ctx: RequestContext,
  ): Promise<JariReportConnection> {
    const officer = policy.must(ctx.viewer, 'agencies.work');
    const window = pageWindow(page);
    if (!officer.agencyId) return toPage([], 0, window) as JariReportConnection;
    const where: Record<string, unknown> = { agencyId: officer.agencyId, sharedWithAgencyAt: { $ne: null } };
    if (status) where.status = status;
    const [nodes, total] = await ctx.em.findAndCount(JariReport, where as never, {
      orderBy: { sharedWithAgencyAt: 'desc', id: 'asc' },
      limit: window.limit,
      offset: window.offset,
    });
    return toPage(nodes, total, window) as JariReportConnection;
  }

  @Mutation(() => JariReport, { description: 'RECEIVED -> VERIFIED: the report is within scope and plausible.' })
  verifyJariReport(
    @Arg('reportId', () => ID) reportId: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    const officer = inspector(ctx);
    const v = new InputCheck();
    const n = optionalNote(v, note);
    v.done();
    return move(ctx, officer, reportId, JariStatus.VERIFIED, n);
  }

  @Mutation(() => JariReport, { description: 'VERIFIED -> INVESTIGATING.' })
  startJariInvestigation(
    @Arg('reportId', () => ID) reportId: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    const officer = inspector(ctx);
    const v = new InputCheck();
    const n = optionalNote(v, note);
    v.done();
    return move(ctx, officer, reportId, JariStatus.INVESTIGATING, n);
  }

  @Mutation(() => JariReport, { description: 'INVESTIGATING -> CONCLUDED with an outcome and a public summary.' })
  concludeJariReport(@Arg('input', () => ConcludeJariReportInput) input: ConcludeJariReportInput, @Ctx() ctx: RequestContext) {
    const officer = inspector(ctx);
    const v = new InputCheck('input');
    v.check(Object.values(JariOutcome).includes(input.outcome), 'outcome', 'outcome is required', 'Pilih hasil pemeriksaan');
    const summary = v.text('publicSummary', input.publicSummary, { min: 20, max: 2000, label: 'Ringkasan publik' });
    const n = optionalNote(v, input.note);
    v.done();
    return move(ctx, officer, input.reportId, JariStatus.CONCLUDED, n ?? `Outcome: ${input.outcome}`, (r, now) => {
      r.outcome = input.outcome;
      r.publicSummary = summary!;
      r.concludedAt = now;
    });
  }

  @Mutation(() => JariReport, { description: 'RECEIVED or VERIFIED -> REJECTED (out of scope), with the reason the reporter sees.' })
  rejectJariReport(@Arg('reportId', () => ID) reportId: string, @Arg('reason', () => String) reason: string, @Ctx() ctx: RequestContext) {
    const officer = inspector(ctx);
    const v = new InputCheck();
    const why = v.text('reason', reason, { min: 10, max: 1000, label: 'Alasan' });
    v.done();
    return move(ctx, officer, reportId, JariStatus.REJECTED, why!, (r) => {
      r.rejectionReason = why!;
    });
  }

  @Mutation(() => JariReport, {
    description: "Share the report with the agency concerned (its officers then see it, never the reporter's identity). Sharing twice changes nothing.",
  })
  async shareJariReportWithAgency(
    @Arg('reportId', () => ID) reportId: string,
    @Arg('note', () => String, { nullable: true }) note: string | null,
    @Ctx() ctx: RequestContext,
  ) {
    const officer = inspector(ctx);
    const v = new InputCheck();
    const n = optionalNote(v, note);
    v.done();
    if (!UUID_RE.test(reportId ?? '')) throw notFound('Report', 'Laporan');
    // not a status change: the report keeps its status, the sharing is recorded on the timeline
    return transition(ctx.em, {
      entity: JariReport,
      id: reportId.toLowerCase(),
      workflow: reportWorkflow,
      to: (r) => r.status,
      allowSame: true,
      label: REPORT,
      audit: { actor: ctx, action: 'jari.report.share', itemType: 'JariReport', subjectCitizenId: (r) => r.reporterCitizenId },
      check: (r) => {
        if (r.status === JariStatus.REJECTED || r.status === JariStatus.RECEIVED) {
          throw conflict(`A ${r.status} report cannot be shared: verify it first`, 'Laporan harus diverifikasi sebelum dibagikan ke instansi', {
            status: r.status,
          });
        }
      },
      unchanged: (r) => !!r.sharedWithAgencyAt,
      apply: ({ row, at }) => {
        row.sharedWithAgencyAt = at;
        row.updatedAt = at;
      },
      timeline: officerEvent(officer, JariTimelineKind.SHARED_WITH_AGENCY, n),
    });
  }

  @Mutation(() => JariMessage, { description: 'A message (usually a question) to the reporter, who reads it with the code and secret or their account.' })
  async sendJariMessage(@Arg('reportId', () => ID) reportId: string, @Arg('message', () => String) body: string, @Ctx() ctx: RequestContext) {
    const officer = inspector(ctx);
    const text = checkMessageBody(body);
    const report = UUID_RE.test(reportId ?? '') ? await ctx.em.findOne(JariReport, { id: reportId.toLowerCase() }) : null;
    if (!report) throw notFound('Report', 'Laporan');
    return ctx.em.fork().transactional(async (em) => {
      const message = em.create(JariMessage, {
        id: randomUUID(),
        reportId: report.id,
        at: new Date(),
        author: JariMessageAuthor.INSPECTOR,
        officerId: officer.id,
        body: text,
      });
      await recordAction(em, ctx, {
        action: 'jari.report.message',
        itemType: 'JariReport',
        itemId: report.id,
        subjectCitizenId: report.reporterCitizenId ?? null,
      });
      return message;
    });
  }
}
