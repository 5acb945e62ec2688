import { randomUUID } from 'node:crypto';
import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root, type ClassType } from 'type-graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import {
  addWorkingDays,
  audited,
  idempotent,
  InputCheck,
  KELURAHAN,
  normaliseCode,
  PageArgs,
  pageWindow,
  randomCode,
  signedIn,
  toPage,
  transition,
  type RequestContext,
  type TransitionStep,
} from '@kendari/kit';
import { LetterRequest, LetterTimelineEntry } from '../entities/letter-request.entity';
import { LetterType } from '../entities/letter-type.entity';
import { Citizen, Kecamatan, Kelurahan, Service } from '../federation';
import { loaders } from '../loaders';
import { checkDetails } from '../details';
import { addMonths, letterNumber, officeOf, witaYearOf } from '../numbering';
import { holderOf, LetterHolder, letterWorkflow, LetterStatus, OPEN_STATUSES } from '../workflow';
import { letterScope, policy, queueLevelOf, stepAction, type LetterAction } from '../policy';
import {
  CancelLetterRequestInput,
  IssueLetterInput,
  RejectLetterRequestInput,
  SignLetterRequestInput,
  VerifyLetterRequestInput,
} from './inputs/letter-action.input';
import { RequestLetterInput } from './inputs/request-letter.input';
import { LetterRequestConnection } from './types';

@ObjectType('LetterDetail', { description: 'A type-specific field of a request, with its label.' })
export class LetterDetail {
  @Field(() => String)
  name!: string;

  @Field(() => String)
  label!: string;

  @Field(() => String)
  value!: string;
}

@ObjectType({ description: 'The result of requestLetter.' })
export class RequestLetterPayload {
  @Field(() => LetterRequest)
  request!: LetterRequest;

  @Field(() => Boolean, { description: 'False when the idempotency key matched an earlier request (nothing new was stored).' })
  created!: boolean;
}

function payloadType(name: string): ClassType<{ request: LetterRequest }> {
  @ObjectType(name)
  class Payload {
    @Field(() => LetterRequest)
    request!: LetterRequest;
  }
  return Payload;
}
export const CancelLetterRequestPayload = payloadType('CancelLetterRequestPayload');
export const VerifyLetterRequestPayload = payloadType('VerifyLetterRequestPayload');
export const RejectLetterRequestPayload = payloadType('RejectLetterRequestPayload');
export const SignLetterRequestPayload = payloadType('SignLetterRequestPayload');
export const IssueLetterPayload = payloadType('IssueLetterPayload');

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KELURAHAN_BY_ID = new Map(KELURAHAN.map((k) => [k.id, k]));

function checkId(v: InputCheck, field: string, id: string): void {
  v.check(UUID.test(id), field, `${field} must be a letter request id (UUID)`, 'Nomor permohonan tidak valid');
}

/** An officer's read of the applicant's data (name, purpose, details, account): in the audit log before it is answered. */
const readApplicant = <T>(ctx: RequestContext, r: LetterRequest, value: T): Promise<T> =>
  audited(ctx, { action: 'laika.letter.read-applicant', itemType: 'LetterRequest', itemId: r.id, subjectCitizenId: r.citizenId }, value);

export const isOverdue = (r: LetterRequest, now = new Date()) => OPEN_STATUSES.includes(r.status) && r.dueAt.getTime() < now.getTime();

/** The timeline row of one status change (who, role, when, from, to, why). */
const timelineEntry = (actor: { id: string; role: string }, reason: string | null) => ({
  entity: LetterTimelineEntry,
  entry: ({ row, from, to, at }: TransitionStep<LetterRequest, LetterStatus>) => ({
    id: randomUUID(),
    requestId: row.id,
    at,
    actorId: actor.id,
    actorRole: actor.role,
    fromStatus: from,
    toStatus: to,
    reason,
  }),
});

/**
 * An officer's step on one request, in a transaction with the row locked (two officers clicking at
 * once: the second sees the new status and gets CONFLICT). Out of area is NOT_FOUND (no hint that it
 * exists); wrong role for the step FORBIDDEN; illegal move CONFLICT.
 */
async function officerStep(
  ctx: RequestContext,
  id: string,
  action: LetterAction,
  to: LetterStatus,
  reason: string | null,
  extra?: (r: LetterRequest, tx: EntityManager, at: Date) => Promise<void>,
): Promise<LetterRequest> {
  const viewer = policy.must(ctx.viewer, 'letters.work');
  return transition(ctx.em, {
    entity: LetterRequest,
    id,
    workflow: letterWorkflow,
    to,
    label: { en: 'Letter request', id: 'Permohonan surat' },
    audit: { actor: ctx, action: `laika.letter.${action}`, itemType: 'LetterRequest', subjectCitizenId: (r) => r.citizenId },
    visible: (r) => policy.can(viewer, 'letter.read', letterScope(r)),
    check: (r) => void policy.must(viewer, stepAction(action, r.level)),
    apply: async ({ row, tx, at }) => {
      row.updatedAt = at;
      if (extra) await extra(row, tx, at);
    },
    timeline: timelineEntry(viewer, reason),
  });
}

@Resolver(() => LetterRequest)
export class LetterRequestResolver {
  // ---- citizens ------------------------------------------------------------------------------

  @Mutation(() => RequestLetterPayload, { description: 'A citizen requests a letter for themself. Free of charge. Retry with the same idempotencyKey safely.' })
  async requestLetter(@Arg('input', () => RequestLetterInput) input: RequestLetterInput, @Ctx() ctx: RequestContext): Promise<RequestLetterPayload> {
    const viewer = policy.must(ctx.viewer, 'letter.request');
    const v = new InputCheck('input');
    const type = typeof input.letterTypeId === 'string' && input.letterTypeId.length <= 80 ? await loaders(ctx).letterType.load(input.letterTypeId) : null;
    v.check(!!type, 'letterTypeId', 'letterTypeId is not a LAIKA letter type (see letterTypes)', 'Jenis surat tidak dikenal');
    // the kelurahan comes from the account (core puts it in the token); older tokens without it fall back to the input
    const kelurahanId = viewer.kelurahanId ?? input.kelurahanId ?? '';
    const kel = KELURAHAN_BY_ID.get(kelurahanId);
    v.check(
      !!kel,
      'kelurahanId',
      'kelurahanId is not a kelurahan of Kota Kendari (Kemendagri code such as 74.71.02.1009)',
      'Kelurahan tidak dikenal di Kota Kendari',
    );
    if (kel && input.kelurahanId && viewer.kelurahanId && input.kelurahanId !== viewer.kelurahanId) {
      v.fail(
        'kelurahanId',
        'Letters are issued by the kelurahan of your account; leave kelurahanId empty',
        'Surat diterbitkan oleh kelurahan sesuai akun Anda',
      );
    }
    const purpose = v.text('purpose', input.purpose, { min: 10, max: 500, label: 'Keperluan' });
    const details = type ? checkDetails(v, type.fields, input.details ?? []) : {};
    const key = v.idempotencyKey('idempotencyKey', input.idempotencyKey);
    v.done();

    let created = false;
    const request = await idempotent<LetterRequest>({
      key,
      find: (k) => ctx.em.findOne(LetterRequest, { citizenId: viewer.id, idempotencyKey: k }),
      sameRequest: (r) => r.letterTypeId === type!.id && r.purpose === purpose && r.kelurahanId === kel!.id,
      create: () =>
        ctx.em.transactional(async (tx) => {
          const now = new Date();
          const office = officeOf(type!.level, kel!.id);
          const r = tx.create(LetterRequest, {
            id: randomUUID(),
            citizenId: viewer.id,
            holderName: viewer.name.trim().slice(0, 100) || '(tanpa nama)',
            letterTypeId: type!.id,
            level: type!.level,
            kelurahanId: kel!.id,
            kecamatanId: kel!.kecamatanId,
            purpose: purpose!,
            details,
            status: LetterStatus.SUBMITTED,
            idempotencyKey: key ?? null,
            createdAt: now,
            updatedAt: now,
            dueAt: addWorkingDays(now, type!.timeLimitDays),
            officeName: office.name,
          });
          tx.create(LetterTimelineEntry, {
            id: randomUUID(),
            requestId: r.id,
            at: now,
            actorId: viewer.id,
            actorRole: 'CITIZEN',
            fromStatus: null,
            toStatus: LetterStatus.SUBMITTED,
            reason: null,
          });
          await tx.flush();
          created = true;
          return r;
        }),
    });
    return { request, created };
  }

  @Mutation(() => CancelLetterRequestPayload, { description: 'The applicant withdraws a request that has not been verified yet.' })
  async cancelLetterRequest(@Arg('input', () => CancelLetterRequestInput) input: CancelLetterRequestInput, @Ctx() ctx: RequestContext) {
    const viewer = policy.must(ctx.viewer, 'letter.request');
    const v = new InputCheck('input');
    checkId(v, 'id', input.id);
    const reason = v.text('reason', input.reason, { max: 500, required: false, label: 'Alasan' });
    v.done();
    const request = await transition(ctx.em, {
      entity: LetterRequest,
      id: input.id,
      workflow: letterWorkflow,
      to: LetterStatus.CANCELLED,
      label: { en: 'Letter request', id: 'Permohonan surat' },
      // the applicant's own step: not in the audit log (officers' steps are)
      audit: { actor: ctx, action: 'laika.letter.cancel', itemType: 'LetterRequest', subjectCitizenId: (r) => r.citizenId },
      visible: (r) => policy.can(viewer, 'letter.own', { ownerId: r.citizenId }),
      apply: ({ row, at }) => {
        row.updatedAt = at;
        row.closedAt = at;
      },
      timeline: timelineEntry({ id: viewer.id, role: 'CITIZEN' }, reason ?? null),
    });
    return { request };
  }

  @Query(() => LetterRequest, { description: 'One request: for its applicant, or an officer whose area covers it (else NOT_FOUND).' })
  async letterRequest(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<LetterRequest> {
    const viewer = signedIn(ctx.viewer);
    const v = new InputCheck();
    checkId(v, 'id', id);
    v.done();
    const r = await ctx.em.findOne(LetterRequest, { id });
    policy.must(viewer, 'letter.read', letterScope(r));
    return r!;
  }

  // ---- officers ------------------------------------------------------------------------------

  @Query(() => LetterRequestConnection, {
    description:
      "An officer's work queue, most urgent (earliest due) first. Kelurahan officer and lurah: their kelurahan (kelurahan and kecamatan letters of its residents). Camat: kecamatan-level letters of their kecamatan. Another area's kelurahanId is FORBIDDEN.",
  })
  async letterQueue(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => LetterStatus, { nullable: true }) status: LetterStatus | null,
    @Arg('open', () => Boolean, {
      nullable: true,
      description: 'true: only requests still in progress (SUBMITTED, VERIFIED, SIGNED), the default view of an officer.',
    })
    open: boolean | null,
    @Arg('letterTypeId', () => ID, { nullable: true }) letterTypeId: string | null,
    @Arg('overdue', () => Boolean, { nullable: true, description: 'true: only open requests past their due date; false: only the others.' })
    overdue: boolean | null,
    @Arg('kelurahanId', () => ID, { nullable: true, description: 'Narrow to one kelurahan of your area (camat, admin).' }) kelurahanId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<LetterRequestConnection> {
    const viewer = policy.must(ctx.viewer, 'letters.work');
    const v = new InputCheck();
    if (letterTypeId !== null && letterTypeId !== undefined)
      v.check(
        !!(letterTypeId.length <= 80 && (await loaders(ctx).letterType.load(letterTypeId))),
        'letterTypeId',
        'letterTypeId is not a LAIKA letter type',
        'Jenis surat tidak dikenal',
      );
    const kel = kelurahanId ? KELURAHAN_BY_ID.get(kelurahanId) : undefined;
    if (kelurahanId) v.check(!!kel, 'kelurahanId', 'kelurahanId is not a kelurahan of Kota Kendari', 'Kelurahan tidak dikenal di Kota Kendari');
    const window = pageWindow(page);
    v.done();
    const scope = policy.mustScopeOf(viewer, 'letters.list-area');
    if (kel) policy.must(viewer, 'letters.list-area', { kelurahanId: kel.id, kecamatanId: kel.kecamatanId });
    const where: Record<string, unknown> = { ...scope };
    const level = queueLevelOf(viewer);
    if (level) where.level = level;
    if (kel) where.kelurahanId = kel.id;
    if (status) where.status = status;
    else if (open) where.status = { $in: OPEN_STATUSES };
    if (letterTypeId) where.letterTypeId = letterTypeId;
    const now = new Date();
    if (overdue === true) where.$and = [{ status: { $in: OPEN_STATUSES } }, { dueAt: { $lt: now } }];
    if (overdue === false) where.$or = [{ status: { $nin: OPEN_STATUSES } }, { dueAt: { $gte: now } }];
    const [nodes, total] = await ctx.em.findAndCount(LetterRequest, where as never, {
      orderBy: { dueAt: 'asc', createdAt: 'asc', id: 'asc' },
      limit: window.limit,
      offset: window.offset,
    });
    return toPage(nodes, total, window) as LetterRequestConnection;
  }

  @Mutation(() => VerifyLetterRequestPayload, { description: 'Kelurahan officer (or camat, for kecamatan letters): the documents are complete and correct.' })
  async verifyLetterRequest(@Arg('input', () => VerifyLetterRequestInput) input: VerifyLetterRequestInput, @Ctx() ctx: RequestContext) {
    const v = new InputCheck('input');
    checkId(v, 'id', input.id);
    const note = v.text('note', input.note, { max: 500, required: false, label: 'Catatan' });
    v.done();
    return { request: await officerStep(ctx, input.id, 'verify', LetterStatus.VERIFIED, note ?? null) };
  }

  @Mutation(() => RejectLetterRequestPayload, { description: 'Refuse a submitted or verified request, with a reason the applicant sees.' })
  async rejectLetterRequest(@Arg('input', () => RejectLetterRequestInput) input: RejectLetterRequestInput, @Ctx() ctx: RequestContext) {
    const v = new InputCheck('input');
    checkId(v, 'id', input.id);
    const reason = v.text('reason', input.reason, { min: 5, max: 500, label: 'Alasan penolakan' });
    v.done();
    const request = await officerStep(ctx, input.id, 'reject', LetterStatus.REJECTED, reason!, async (r, _tx, at) => {
      r.rejectionReason = reason!;
      r.closedAt = at;
    });
    return { request };
  }

  @Mutation(() => SignLetterRequestPayload, { description: 'Lurah (kelurahan letters) or camat (kecamatan letters) signs a verified request.' })
  async signLetterRequest(@Arg('input', () => SignLetterRequestInput) input: SignLetterRequestInput, @Ctx() ctx: RequestContext) {
    const v = new InputCheck('input');
    checkId(v, 'id', input.id);
    const note = v.text('note', input.note, { max: 500, required: false, label: 'Catatan' });
    v.done();
    return { request: await officerStep(ctx, input.id, 'sign', LetterStatus.SIGNED, note ?? null) };
  }

  @Mutation(() => IssueLetterPayload, { description: 'Issue a signed letter: gives it its number (per office per year) and a verification code.' })
  async issueLetter(@Arg('input', () => IssueLetterInput) input: IssueLetterInput, @Ctx() ctx: RequestContext) {
    const v = new InputCheck('input');
    checkId(v, 'id', input.id);
    v.done();
    const request = await officerStep(ctx, input.id, 'issue', LetterStatus.ISSUED, null, async (r, tx, at) => {
      const type = await tx.findOneOrFail(LetterType, { id: r.letterTypeId });
      const office = officeOf(r.level, r.kelurahanId);
      // one atomic upsert per number: concurrent issues in one office never share a number
      const [row] = await tx.execute<Array<{ last: number }>>(
        `insert into "laika"."letter_number_sequence" ("office_id", "year", "last") values (?, ?, 1) on conflict ("office_id", "year") do update set "last" = "letter_number_sequence"."last" + 1 returning "last"`,
        [office.id, witaYearOf(at)],
      );
      const code = randomCode(10, 'LK');
      r.letterNumber = letterNumber(type.classification, Number(row.last), office.code, at);
      r.verificationCode = code;
      r.verificationKey = normaliseCode(code);
      r.issuedAt = at;
      r.officeName = office.name;
      r.validUntil = type.validityMonths > 0 ? addMonths(at, type.validityMonths) : null;
    });
    return { request };
  }

  // ---- fields --------------------------------------------------------------------------------

  @FieldResolver(() => LetterType)
  async letterType(@Root() r: LetterRequest, @Ctx() ctx: RequestContext) {
    return loaders(ctx).letterType.load(r.letterTypeId);
  }

  // core's entities are nullable here: an outage of core leaves the rest of a letter request standing
  @FieldResolver(() => Service, { nullable: true, description: 'The catalogue entry (requirements, time limit, fee) in core.' })
  service(@Root() r: LetterRequest): Service {
    return { id: r.letterTypeId };
  }

  @FieldResolver(() => Citizen, { nullable: true, description: 'The applicant.' })
  citizen(@Root() r: LetterRequest, @Ctx() ctx: RequestContext): Promise<Citizen> {
    return readApplicant(ctx, r, { id: r.citizenId });
  }

  @FieldResolver(() => String, { description: "The applicant's name as it was when they applied (printed on the letter)." })
  holderName(@Root() r: LetterRequest, @Ctx() ctx: RequestContext): Promise<string> {
    return readApplicant(ctx, r, r.holderName);
  }

  @FieldResolver(() => String, { description: 'What the letter is for (keperluan).' })
  purpose(@Root() r: LetterRequest, @Ctx() ctx: RequestContext): Promise<string> {
    return readApplicant(ctx, r, r.purpose);
  }

  @FieldResolver(() => Kelurahan, { nullable: true, description: "The applicant's kelurahan." })
  kelurahan(@Root() r: LetterRequest): Kelurahan {
    return { id: r.kelurahanId };
  }

  @FieldResolver(() => Kecamatan, { nullable: true })
  kecamatan(@Root() r: LetterRequest): Kecamatan {
    return { id: r.kecamatanId };
  }

  @FieldResolver(() => [LetterDetail])
  async details(@Root() r: LetterRequest, @Ctx() ctx: RequestContext): Promise<LetterDetail[]> {
    const type = await loaders(ctx).letterType.load(r.letterTypeId);
    const details = (type?.fields ?? [])
      .filter((f) => r.details[f.name] !== undefined)
      .map((f) => ({ name: f.name, label: f.label, value: r.details[f.name] }));
    return readApplicant(ctx, r, details);
  }

  @FieldResolver(() => Boolean, { description: 'Still open and past its due date.' })
  overdue(@Root() r: LetterRequest): boolean {
    return isOverdue(r);
  }

  @FieldResolver(() => LetterHolder, { nullable: true, description: 'The role that has to act next; null once rejected or cancelled.' })
  currentHolder(@Root() r: LetterRequest): LetterHolder | null {
    return holderOf(r.status, r.level);
  }

  @FieldResolver(() => [LetterStatus], { description: 'The statuses this request may move to next.' })
  nextStatuses(@Root() r: LetterRequest): LetterStatus[] {
    return Object.values(LetterStatus).filter((s) => letterWorkflow.can(r.status, s));
  }

  @FieldResolver(() => [LetterTimelineEntry], { description: 'Every status change, oldest first.' })
  timeline(@Root() r: LetterRequest, @Ctx() ctx: RequestContext) {
    return loaders(ctx).timelineOfRequest.load(r.id);
  }
}

@Resolver(() => LetterTimelineEntry)
export class LetterTimelineEntryResolver {
  @FieldResolver(() => ID, { nullable: true, description: 'The account that made the change: officers only (citizens see the role).' })
  actorId(@Root() e: LetterTimelineEntry, @Ctx() ctx: RequestContext): string | null {
    return policy.can(ctx.viewer, 'timeline.actor') ? e.actorId : null;
  }
}
