import { randomUUID } from 'node:crypto';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  addWorkingDays,
  audited,
  Connection,
  conflict,
  idempotent,
  InputCheck,
  notFound,
  PageArgs,
  pageWindow,
  sameSecret,
  sha256,
  startOfWitaDay,
  Upload,
  type RequestContext,
} from '@kendari/kit';
import { Agency, Citizen, ref, Service } from '../entities/core-refs';
import {
  JariActorRole,
  JariEvidenceFile,
  JariMessage,
  JariMessageAuthor,
  JariReport,
  JariStatus,
  JariTimelineEntry,
  JariTimelineKind,
} from '../entities/jari-report.entity';
import { policy, reportProof, reportScope } from '../policy';
import { canonicalTrackingCode, newTrackingCode, reportSecret, secretHashOf, UUID_RE } from '../codes';
import { loaders } from '../loaders';
import { evidenceDownloadPath } from '../uploads';
import { countFollowAttempt, limits } from '../throttle';
import { FOLLOW_UP_WORKING_DAYS, OPEN_STATUSES } from '../workflow';
import { checkSubmitJariReport, SubmitJariReportInput } from './inputs/submit-jari-report.input';
import { checkMessageBody } from '../messages';

@ObjectType()
export class JariMessageConnection extends Connection(JariMessage) {}

@ObjectType()
export class SubmitJariReportPayload {
  @Field(() => JariReport)
  report!: JariReport;

  @Field(() => String, { description: 'Keep it: with the secret it lets you follow the report, e.g. JR-7KQ9-MX4T-2P.' })
  trackingCode!: string;

  @Field(() => String, { description: 'Shown once and never stored (only its hash): write it down. The same idempotency key gives it again.' })
  secret!: string;
}

// one answer for an unknown code and a wrong secret, so guessing learns nothing
const notFoundByCode = () => notFound('Report with this tracking code and secret', 'Laporan dengan kode pelacakan dan kode rahasia ini');
const DUMMY_HASH = '0'.repeat(64);

/** The report a code and secret prove; throttled per (hashed) address against guessing. */
export async function reportByCode(ctx: RequestContext, code: string, secret: string): Promise<JariReport> {
  const canonical = canonicalTrackingCode(code);
  const giveBack = await countFollowAttempt(ctx.clientIp, canonical);
  const report = canonical ? await ctx.em.findOne(JariReport, { trackingCode: canonical }) : null;
  const ok = sameSecret(secretHashOf(secret ?? ''), report?.secretHash ?? DUMMY_HASH);
  if (!report || !ok) throw notFoundByCode(); // the attempt stays counted
  await giveBack();
  ctx.proofs.add(reportProof(report.id));
  return report;
}

/** An officer's read of a report's content (inspectors; the agency once shared): in the audit log before it is answered. */
const readReport = <T>(ctx: RequestContext, r: JariReport, value: T): Promise<T> =>
  audited(ctx, { action: 'jari.report.read', itemType: 'JariReport', itemId: r.id, subjectCitizenId: r.reporterCitizenId ?? null }, value);

/** A report by id for whoever may see it; NOT_FOUND (not FORBIDDEN) otherwise, so ids reveal nothing. */
export async function visibleReport(ctx: RequestContext, id: string): Promise<JariReport> {
  const report = UUID_RE.test(id ?? '') ? await loaders(ctx).report.load(id.toLowerCase()) : null;
  policy.must(ctx.viewer, 'report.read', reportScope(ctx, report));
  return report!;
}

async function addReporterMessage(ctx: RequestContext, report: JariReport, body: string): Promise<JariMessage> {
  const text = checkMessageBody(body);
  if (!OPEN_STATUSES.includes(report.status)) {
    throw conflict(`The report is ${report.status}: replies are closed`, 'Laporan sudah selesai diproses; balasan tidak dapat dikirim lagi', {
      status: report.status,
    });
  }
  const em = ctx.em.fork();
  const message = em.create(JariMessage, {
    id: randomUUID(),
    reportId: report.id,
    at: new Date(),
    author: JariMessageAuthor.REPORTER,
    officerId: null,
    body: text,
  });
  await em.flush();
  return message;
}

@Resolver(() => JariReport)
export class JariReportResolver {
  @Mutation(() => SubmitJariReportPayload, {
    description: 'Report pungli, bribery, gratification or a refused service. Anyone may report, logged in or not; anonymous reports store no identity at all.',
  })
  async submitJariReport(
    @Arg('input', () => SubmitJariReportInput) input: SubmitJariReportInput,
    @Ctx() ctx: RequestContext,
  ): Promise<SubmitJariReportPayload> {
    await limits.submit.consume(ctx.clientIp, { en: 'Too many reports from this network', id: 'Terlalu banyak laporan dari jaringan ini.' });
    const now = new Date();
    const r = await checkSubmitJariReport(input, ctx, now);
    // the identity is read only for a named report; an anonymous one never touches the viewer
    const citizenId = r.anonymous ? null : ctx.viewer.kind === 'citizen' ? ctx.viewer.id : null;
    const scope = r.anonymous ? 'anonymous' : `citizen:${citizenId}`;
    const keyHash = r.idempotencyKey ? sha256(`jari-idem:${scope}:${r.idempotencyKey}`) : undefined;
    const { idempotencyKey: _key, evidence, ...content } = r;
    const evidenceIds = evidence.map((u) => u.id);
    const requestHash = sha256(JSON.stringify({ ...content, evidence: evidenceIds, occurredAt: r.occurredAt.toISOString(), scope }));
    const secret = reportSecret(ctx.authSecret, keyHash);
    // an anonymous report keeps only the day it arrived: an exact time could be joined with any other
    // record of that moment (a session renewed, a log line) and name the reporter; the day is enough
    // for the 5-working-day follow-up, which counts whole days anyway
    const received = r.anonymous ? startOfWitaDay(now) : now;

    const report = await idempotent<JariReport>({
      key: keyHash,
      find: (k) => ctx.em.findOne(JariReport, { idempotencyKeyHash: k }),
      sameRequest: (existing) => existing.requestHash === requestHash,
      create: async () => {
        // a fork: a lost unique race must not leave a half-written report in the request's unit of work
        const em = ctx.em.fork();
        const id = randomUUID();
        const created = em.create(JariReport, {
          id,
          trackingCode: newTrackingCode(),
          secretHash: secretHashOf(secret),
          idempotencyKeyHash: keyHash ?? null,
          requestHash,
          category: r.category,
          agencyId: r.agencyId,
          serviceId: r.serviceId,
          occurredAt: r.occurredAt,
          place: r.place,
          description: r.description,
          amountAskedRupiah: r.amountAskedRupiah,
          amountPaidRupiah: r.amountPaidRupiah,
          anonymous: r.anonymous,
          reporterCitizenId: citizenId,
          contactAllowed: r.contactAllowed,
          status: JariStatus.RECEIVED,
          receivedAt: received,
          followUpDueAt: addWorkingDays(received, FOLLOW_UP_WORKING_DAYS),
          updatedAt: received,
        });
        if (evidenceIds.length) {
          // checked here, not before: an idempotent replay finds its report without coming this far
          const taken = await em.find(JariEvidenceFile, { uploadId: { $in: evidenceIds } }, { fields: ['uploadId'] });
          if (taken.length) {
            const v = new InputCheck('input');
            for (const t of taken)
              v.fail(
                `evidenceUploadIds[${evidenceIds.indexOf(t.uploadId!)}]`,
                'this upload is attached to another report',
                'Berkas ini sudah dilampirkan pada laporan lain; unggah ulang',
              );
            v.done();
          }
        }
        evidence.forEach((u, position) => {
          em.create(JariEvidenceFile, {
            id: randomUUID(),
            reportId: id,
            position,
            uploadId: u.id,
            mimeType: u.mediaType,
            sizeBytes: u.sizeBytes,
            sha256: u.sha256,
            metadataStripped: u.mediaType !== 'application/pdf',
          });
        });
        // the upload's exact time could be joined like a report's: an anonymous report's files keep its day only
        if (r.anonymous && evidenceIds.length) await em.nativeUpdate(Upload, { id: { $in: evidenceIds } }, { createdAt: received });
        em.create(JariTimelineEntry, {
          id: randomUUID(),
          reportId: id,
          at: received,
          kind: JariTimelineKind.SUBMITTED,
          actorRole: JariActorRole.REPORTER,
          toStatus: JariStatus.RECEIVED,
        });
        await em.flush();
        return created;
      },
    });
    // no log line names the caller: the request log carries only a request id
    ctx.proofs.add(reportProof(report.id));
    return { report, trackingCode: report.trackingCode, secret };
  }

  @Query(() => JariReport, {
    description: 'Follow a report with its tracking code and secret. An unknown code and a wrong secret give the same NOT_FOUND; guessing is throttled.',
  })
  jariReportByCode(@Arg('code', () => String) code: string, @Arg('secret', () => String) secret: string, @Ctx() ctx: RequestContext): Promise<JariReport> {
    return reportByCode(ctx, code, secret);
  }

  @Query(() => JariReport, {
    description: 'A report by id: for inspectors, the logged-in reporter of a named report, or an officer of the agency concerned once it is shared.',
  })
  jariReport(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<JariReport> {
    return visibleReport(ctx, id);
  }

  @Mutation(() => JariMessage, { description: 'Answer the inspector with the tracking code and secret (anonymous reporters).' })
  async replyToJariReport(
    @Arg('code', () => String) code: string,
    @Arg('secret', () => String) secret: string,
    @Arg('message', () => String) body: string,
    @Ctx() ctx: RequestContext,
  ): Promise<JariMessage> {
    const report = await reportByCode(ctx, code, secret);
    return addReporterMessage(ctx, report, body);
  }

  @Mutation(() => JariMessage, { description: 'Answer the inspector on a named report of your own account.' })
  async replyToMyJariReport(
    @Arg('reportId', () => ID) reportId: string,
    @Arg('message', () => String) body: string,
    @Ctx() ctx: RequestContext,
  ): Promise<JariMessage> {
    const report = await visibleReport(ctx, reportId);
    policy.must(ctx.viewer, 'report.reply-own', reportScope(ctx, report));
    return addReporterMessage(ctx, report, body);
  }

  @FieldResolver(() => String, { description: 'Inspectors and the reporter only.' })
  trackingCode(@Root() r: JariReport, @Ctx() ctx: RequestContext) {
    policy.must(ctx.viewer, 'report.private', reportScope(ctx, r), 'trackingCode');
    return readReport(ctx, r, r.trackingCode);
  }

  @FieldResolver(() => Boolean, { description: 'Inspectors and the reporter only.' })
  anonymous(@Root() r: JariReport, @Ctx() ctx: RequestContext) {
    policy.must(ctx.viewer, 'report.private', reportScope(ctx, r), 'anonymous');
    return r.anonymous;
  }

  @FieldResolver(() => Boolean, { description: 'Whether the reporter agreed to be contacted. Inspectors and the reporter only.' })
  contactAllowed(@Root() r: JariReport, @Ctx() ctx: RequestContext) {
    policy.must(ctx.viewer, 'report.private', reportScope(ctx, r), 'contactAllowed');
    return r.contactAllowed;
  }

  @FieldResolver(() => Citizen, {
    nullable: true,
    description:
      'Who reported a named report (null when anonymous: nothing is stored). Inspectors and the reporter themself only; FORBIDDEN to everyone else, the agency concerned included.',
  })
  reporter(@Root() r: JariReport, @Ctx() ctx: RequestContext) {
    policy.must(ctx.viewer, 'report.private', reportScope(ctx, r), 'reporter');
    if (!r.reporterCitizenId) return null;
    // a code and secret prove the report, not the person: only the account itself sees its identity
    policy.must(ctx.viewer, 'report.identity', reportScope(ctx, r), 'reporter');
    // the reporter's identity: every officer read is in the audit log (and the reporter's data-access view) first
    return audited(
      ctx,
      { action: 'jari.report.read-reporter', itemType: 'JariReport', itemId: r.id, subjectCitizenId: r.reporterCitizenId },
      ref<Citizen>(r.reporterCitizenId),
    );
  }

  @FieldResolver(() => String, { description: 'Where it happened, e.g. "loket 3, kantor Disdukcapil".' })
  place(@Root() r: JariReport, @Ctx() ctx: RequestContext) {
    return readReport(ctx, r, r.place);
  }

  @FieldResolver(() => String, { description: "What happened, in the reporter's words." })
  description(@Root() r: JariReport, @Ctx() ctx: RequestContext) {
    return readReport(ctx, r, r.description);
  }

  // nullable: an outage of core leaves the rest of the report standing
  @FieldResolver(() => Agency, { nullable: true, description: 'The agency the report is about.' })
  agency(@Root() r: JariReport) {
    return ref<Agency>(r.agencyId);
  }

  @FieldResolver(() => Service, { nullable: true })
  service(@Root() r: JariReport) {
    return ref<Service>(r.serviceId);
  }

  @FieldResolver(() => Boolean, { description: 'Not followed up (verified or rejected) within 5 working days of receipt.' })
  overdue(@Root() r: JariReport) {
    return !r.followedUpAt && Date.now() > r.followUpDueAt.getTime();
  }

  @FieldResolver(() => [JariEvidenceFile], { description: 'Evidence files (hashes are hidden from the agency concerned; inspectors get a download path).' })
  async evidence(@Root() r: JariReport, @Ctx() ctx: RequestContext) {
    const scope = reportScope(ctx, r);
    policy.must(ctx.viewer, 'report.shared', scope, 'evidence');
    // the agency concerned sees no hashes; the Inspectorate gets a download path
    const withHashes = policy.can(ctx.viewer, 'report.private', scope);
    const inspector = policy.can(ctx.viewer, 'reports.inspect');
    const files = await readReport(ctx, r, await loaders(ctx).evidenceOfReport.load(r.id));
    return files.map((f) => ({
      ...f,
      sha256: withHashes ? f.sha256 : null,
      downloadPath: inspector && f.uploadId ? evidenceDownloadPath(f.uploadId) : null,
    }));
  }

  @FieldResolver(() => [JariTimelineEntry], { description: 'Every change, oldest first (bounded: one entry per status change and share).' })
  async timeline(@Root() r: JariReport, @Ctx() ctx: RequestContext) {
    policy.must(ctx.viewer, 'report.shared', reportScope(ctx, r), 'timeline');
    const entries = await loaders(ctx).timelineOfReport.load(r.id);
    return policy.can(ctx.viewer, 'reports.inspect') ? entries : entries.map((e) => ({ ...e, actorOfficerId: null }));
  }

  @FieldResolver(() => JariMessageConnection, {
    description: 'Messages between the Inspectorate and the reporter, oldest first. Inspectors and the reporter only.',
  })
  messages(@Root() r: JariReport, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    policy.must(ctx.viewer, 'report.private', reportScope(ctx, r), 'messages');
    return readReport(ctx, r, loaders(ctx).messagesOfReport.load({ parent: r.id, ...pageWindow(page) }));
  }
}
