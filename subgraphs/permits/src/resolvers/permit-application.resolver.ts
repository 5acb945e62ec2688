import { Arg, Args, Ctx, Field, FieldResolver, ID, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { audited, Connection, InputCheck, KELURAHAN, pagedLoader, PageArgs, pageWindow, RupiahScalar, signedIn, type RequestContext } from '@kendari/kit';
import { PermitApplication } from '../entities/permit.entity';
import { Citizen, Kelurahan, ref } from '../federation';
import { loaders } from '../loaders';
import { policy, readAction } from '../policy';
import * as app from '../application';
import { holderOf, OFFICE_OPEN, PermitHolder, permitWorkflow, PermitStatus, STAGED } from '../workflow';
import { toPermitType, toUpload } from './mapping';
import { windowInto } from '../queries';
import { LevyAssessmentType, PermitChecklistItem, PermitFieldValue, PermitPaymentType, PermitTimelineEntry, PermitTypeType } from './types';
import {
  AttachPermitDocumentInput,
  CreatePermitApplicationInput,
  DetachPermitDocumentInput,
  PermitReasonInput,
  PermitStepInput,
  RecordPermitPaymentInput,
  SubmitPermitApplicationInput,
  UpdatePermitApplicationInput,
} from './inputs/permit.input';

@ObjectType('PermitApplication', { description: 'An application for a permit: readable by the applicant and by DPMPTSP officers only.' })
export class PermitApplicationType {
  @Field(() => ID) id!: string;
  @Field(() => PermitStatus) status!: PermitStatus;
  @Field(() => String, { nullable: true }) businessName?: string | null;
  @Field(() => String, { description: "The applicant's name as it was when they applied." }) applicantName!: string;
  @Field(() => Number, { nullable: true }) latitude?: number | null;
  @Field(() => Number, { nullable: true }) longitude?: number | null;
  @Field(() => Date) createdAt!: Date;
  @Field(() => Date) updatedAt!: Date;
  @Field(() => Date, { nullable: true }) firstSubmittedAt?: Date | null;
  @Field(() => Date, { nullable: true, description: "First submission + the type's time limit (working days, WITA)." }) decisionDueAt?: Date | null;
  @Field(() => Date, { nullable: true, description: "Due date of the current stage, from the type's stage limits." }) stageDueAt?: Date | null;
  @Field(() => Date, { nullable: true }) decidedAt?: Date | null;
  @Field(() => String, { nullable: true, description: "The officer's note when a revision was asked for." }) revisionNote?: string | null;
  @Field(() => String, { nullable: true }) rejectionReason?: string | null;
  @Field(() => RupiahScalar, { nullable: true, description: 'The bill, fixed at approval.' }) levyAmount?: number | null;
  @Field(() => Date, { nullable: true }) paidAt?: Date | null;
  @Field(() => Date, { nullable: true }) issuedAt?: Date | null;
  @Field(() => String, { nullable: true, description: 'e.g. 503/PBG/0042/DPMPTSP/2026.' }) permitNumber?: string | null;
  @Field(() => Date, { nullable: true, description: 'Null: the permit does not expire.' }) validUntil?: Date | null;
  @Field(() => String, { nullable: true, description: 'Printed on the permit (and in its QR); anyone can check it with verifyPermit.' }) verificationCode?:
    string | null;
  @Field(() => Date, { nullable: true }) revokedAt?: Date | null;
  @Field(() => String, { nullable: true }) revocationReason?: string | null;
}

@ObjectType()
export class PermitApplicationConnection extends Connection(PermitApplicationType) {}

@ObjectType({ description: 'The result of createPermitApplication.' })
export class CreatePermitApplicationPayload {
  @Field(() => PermitApplicationType) application!: PermitApplication;
  @Field(() => Boolean, { description: 'False when the idempotency key matched an earlier draft.' }) created!: boolean;
}

@ObjectType({ description: 'The application after a change.' })
export class PermitApplicationPayload {
  @Field(() => PermitApplicationType) application!: PermitApplication;
}

/** An officer's read of the applicant's data (name, position, answers, documents): in the audit log before it is answered. */
const readApplicant = <T>(ctx: RequestContext, a: PermitApplication, value: T): Promise<T> =>
  audited(ctx, { action: 'permits.application.read-applicant', itemType: 'PermitApplication', itemId: a.id, subjectCitizenId: a.citizenId }, value);

const payload = async (p: Promise<PermitApplication>) => ({ application: await p });

function stepInput(input: { id: string; note?: string | null; reason?: string | null }, opts: { reason?: boolean; noteRequired?: boolean }) {
  const v = new InputCheck('input');
  app.checkUuid(v, 'id', input.id);
  const text = opts.reason
    ? v.text('reason', input.reason, { min: 5, max: 1000, label: 'Alasan' })
    : v.text('note', input.note, { min: opts.noteRequired ? 5 : undefined, max: 1000, required: !!opts.noteRequired, label: 'Catatan' });
  v.done();
  return text ?? null;
}

const KELURAHAN_IDS = new Set(KELURAHAN.map((k) => k.id));

@Resolver(() => PermitApplicationType)
export class PermitApplicationResolver {
  // ---- applicants ----------------------------------------------------------------------------

  @Mutation(() => CreatePermitApplicationPayload, { description: 'A resident starts a draft application. Retry with the same idempotencyKey safely.' })
  createPermitApplication(@Arg('input', () => CreatePermitApplicationInput) input: CreatePermitApplicationInput, @Ctx() ctx: RequestContext) {
    return app.createDraft(ctx, input);
  }

  @Mutation(() => PermitApplicationPayload, { description: 'Change a DRAFT or NEEDS_REVISION application (fields, business name, location).' })
  updatePermitApplication(@Arg('input', () => UpdatePermitApplicationInput) input: UpdatePermitApplicationInput, @Ctx() ctx: RequestContext) {
    return payload(app.updateDraft(ctx, input));
  }

  @Mutation(() => PermitApplicationPayload, {
    description: 'Attach an uploaded file for one checklist item (a file from an earlier application can be reused).',
  })
  attachPermitDocument(@Arg('input', () => AttachPermitDocumentInput) input: AttachPermitDocumentInput, @Ctx() ctx: RequestContext) {
    return payload(app.attachDocument(ctx, input));
  }

  @Mutation(() => PermitApplicationPayload)
  detachPermitDocument(@Arg('input', () => DetachPermitDocumentInput) input: DetachPermitDocumentInput, @Ctx() ctx: RequestContext) {
    return payload(app.detachDocument(ctx, input));
  }

  @Mutation(() => PermitApplicationPayload, {
    description: 'Submit (or resubmit after a revision). An incomplete application is BAD_USER_INPUT naming every missing item in extensions.fields.',
  })
  submitPermitApplication(@Arg('input', () => SubmitPermitApplicationInput) input: SubmitPermitApplicationInput, @Ctx() ctx: RequestContext) {
    return payload(app.submit(ctx, input));
  }

  @Query(() => PermitApplicationType, { description: 'One application: for its applicant, or a DPMPTSP officer (else NOT_FOUND).' })
  async permitApplication(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PermitApplication> {
    const viewer = signedIn(ctx.viewer);
    const v = new InputCheck();
    app.checkUuid(v, 'id', id);
    v.done();
    const a = await loaders(ctx).application.load(id);
    policy.must(viewer, a ? readAction(a) : 'application.read', a && { ownerId: a.citizenId });
    return a!;
  }

  // ---- officers ------------------------------------------------------------------------------

  @Query(() => PermitApplicationConnection, {
    description: "DPMPTSP's queue, most urgent (earliest stage due date) first. Default: everything open on the office's side.",
  })
  async permitQueue(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => PermitStatus, { nullable: true }) status: PermitStatus | null,
    @Arg('permitTypeId', () => ID, { nullable: true }) permitTypeId: string | null,
    @Arg('kelurahanId', () => ID, { nullable: true }) kelurahanId: string | null,
    @Arg('overdue', () => Boolean, { nullable: true, description: 'true: only applications whose stage is past its due date.' }) overdue: boolean | null,
    @Ctx() ctx: RequestContext,
  ) {
    policy.must(ctx.viewer, 'applications.work');
    const v = new InputCheck();
    if (permitTypeId)
      v.check(
        !!(permitTypeId.length <= 80 && (await loaders(ctx).permitType.load(permitTypeId))),
        'permitTypeId',
        'permitTypeId is not a permit type',
        'Jenis izin tidak dikenal',
      );
    if (kelurahanId)
      v.check(KELURAHAN_IDS.has(kelurahanId), 'kelurahanId', 'kelurahanId is not a kelurahan of Kota Kendari', 'Kelurahan tidak dikenal di Kota Kendari');
    v.check(status !== PermitStatus.DRAFT, 'status', 'drafts belong to their applicants', 'Draf hanya dapat dilihat pemohonnya');
    const window = windowInto(v, page);
    v.done();
    const conds: string[] = [];
    const params: unknown[] = [];
    if (!status) {
      conds.push(`t.status in (${OFFICE_OPEN.map(() => '?').join(', ')})`);
      params.push(...OFFICE_OPEN);
    } else conds.push(`t.status <> 'DRAFT'`);
    if (overdue === true) {
      conds.push(`t.status in (${STAGED.map(() => '?').join(', ')}) and t.stage_due_at < now()`);
      params.push(...STAGED);
    } else if (overdue === false) conds.push('(t.stage_due_at is null or t.stage_due_at >= now())');
    const pages = pagedLoader(ctx, {
      entity: PermitApplication,
      table: '"permits"."permit_application"',
      orderBy: 't.stage_due_at asc nulls last, t.created_at asc, t.id asc',
      equals: { status, permit_type_id: permitTypeId, kelurahan_id: kelurahanId },
      where: conds.join(' and '),
      params,
    });
    return pages.load(window);
  }

  @Mutation(() => PermitApplicationPayload, { description: 'Officer: documents checked and complete (SUBMITTED -> VERIFIED).' })
  verifyPermitApplication(@Arg('input', () => PermitStepInput) input: PermitStepInput, @Ctx() ctx: RequestContext) {
    return payload(app.officerStep(ctx, input.id, PermitStatus.VERIFIED, stepInput(input, {})));
  }

  @Mutation(() => PermitApplicationPayload, { description: 'Officer: send back to the applicant with a note of what to fix (SUBMITTED -> NEEDS_REVISION).' })
  requestPermitRevision(@Arg('input', () => PermitStepInput) input: PermitStepInput, @Ctx() ctx: RequestContext) {
    return payload(app.requestRevision(ctx, input.id, stepInput(input, { noteRequired: true })!));
  }

  @Mutation(() => PermitApplicationPayload, {
    description: "Officer: technical review passed; the levy is computed from the type's rule and fixed (VERIFIED -> APPROVED).",
  })
  approvePermitApplication(@Arg('input', () => PermitStepInput) input: PermitStepInput, @Ctx() ctx: RequestContext) {
    return payload(app.approve(ctx, input.id, stepInput(input, {})));
  }

  @Mutation(() => PermitApplicationPayload, { description: 'Officer: refuse, with a reason the applicant sees (SUBMITTED|VERIFIED -> REJECTED).' })
  rejectPermitApplication(@Arg('input', () => PermitReasonInput) input: PermitReasonInput, @Ctx() ctx: RequestContext) {
    return payload(app.reject(ctx, input.id, stepInput(input, { reason: true })!));
  }

  @Mutation(() => PermitApplicationPayload, { description: 'Officer: record the levy payment (APPROVED -> PAID). The same reference twice is one payment.' })
  recordPermitPayment(@Arg('input', () => RecordPermitPaymentInput) input: RecordPermitPaymentInput, @Ctx() ctx: RequestContext) {
    return payload(app.recordPayment(ctx, input));
  }

  @Mutation(() => PermitApplicationPayload, {
    description: 'Officer: issue the permit (PAID -> ISSUED, or APPROVED -> ISSUED when the levy is zero): number, validity, verification code.',
  })
  issuePermit(@Arg('input', () => PermitStepInput) input: PermitStepInput, @Ctx() ctx: RequestContext) {
    return payload(app.issue(ctx, input.id, stepInput(input, {})));
  }

  @Mutation(() => PermitApplicationPayload, {
    description: 'Officer: revoke an issued permit, with a reason (ISSUED -> REVOKED); the register shows it as revoked.',
  })
  revokePermit(@Arg('input', () => PermitReasonInput) input: PermitReasonInput, @Ctx() ctx: RequestContext) {
    return payload(app.revoke(ctx, input.id, stepInput(input, { reason: true })!));
  }

  // ---- fields --------------------------------------------------------------------------------

  @FieldResolver(() => PermitTypeType)
  async permitType(@Root() a: PermitApplication, @Ctx() ctx: RequestContext) {
    return toPermitType((await loaders(ctx).permitType.load(a.permitTypeId))!);
  }

  // core's entities are nullable here: an outage of core leaves the rest of an application standing
  @FieldResolver(() => Kelurahan, { nullable: true })
  kelurahan(@Root() a: PermitApplication) {
    return ref<Kelurahan>(a.kelurahanId);
  }

  @FieldResolver(() => Citizen, { nullable: true })
  citizen(@Root() a: PermitApplication, @Ctx() ctx: RequestContext) {
    return readApplicant(ctx, a, ref<Citizen>(a.citizenId));
  }

  @FieldResolver(() => String, { description: "The applicant's name as it was when they applied." })
  applicantName(@Root() a: PermitApplication, @Ctx() ctx: RequestContext) {
    return readApplicant(ctx, a, a.applicantName);
  }

  @FieldResolver(() => Number, { nullable: true })
  latitude(@Root() a: PermitApplication, @Ctx() ctx: RequestContext) {
    return readApplicant(ctx, a, a.latitude ?? null);
  }

  @FieldResolver(() => Number, { nullable: true })
  longitude(@Root() a: PermitApplication, @Ctx() ctx: RequestContext) {
    return readApplicant(ctx, a, a.longitude ?? null);
  }

  @FieldResolver(() => [PermitFieldValue], { description: "The type-specific fields, with labels, in the type's order." })
  async fields(@Root() a: PermitApplication, @Ctx() ctx: RequestContext): Promise<PermitFieldValue[]> {
    const type = (await loaders(ctx).permitType.load(a.permitTypeId))!;
    const values = type.fields
      .filter((f) => a.fields[f.name] !== undefined)
      .map((f) => {
        const value = a.fields[f.name];
        const displayValue = f.kind === 'SELECT' ? (f.options?.find((o) => o.value === value)?.label ?? value) : f.unit ? `${value} ${f.unit}` : value;
        return { name: f.name, label: f.label, value, displayValue };
      });
    return readApplicant(ctx, a, values);
  }

  @FieldResolver(() => [PermitChecklistItem], { description: "The type's document checklist with what is attached." })
  async checklist(@Root() a: PermitApplication, @Ctx() ctx: RequestContext): Promise<PermitChecklistItem[]> {
    const l = loaders(ctx);
    const [type, docs] = await Promise.all([l.permitType.load(a.permitTypeId), l.documentsOf.load(a.id)]);
    const uploads = await Promise.all(docs.map((d) => l.upload.load(d.uploadId)));
    const items = type!.documents.map((req) => {
      const i = docs.findIndex((d) => d.requirementKey === req.key);
      const u = i >= 0 ? uploads[i] : null;
      return { ...req, file: u ? toUpload(u) : null, attachedAt: i >= 0 ? docs[i].attachedAt : null };
    });
    return readApplicant(ctx, a, items);
  }

  @FieldResolver(() => [String], { description: 'What still keeps it from being submitted, in Bahasa Indonesia (empty when complete).' })
  async missingItems(@Root() a: PermitApplication, @Ctx() ctx: RequestContext): Promise<string[]> {
    const l = loaders(ctx);
    const [type, docs] = await Promise.all([l.permitType.load(a.permitTypeId), l.documentsOf.load(a.id)]);
    const out: string[] = [];
    if (type!.businessNameRequired && !a.businessName) out.push('Nama usaha');
    for (const f of type!.fields) if (f.required && !a.fields[f.name]) out.push(f.label);
    const attached = new Set(docs.map((d) => d.requirementKey));
    for (const d of type!.documents) if (d.required && !attached.has(d.key)) out.push(d.label);
    return out;
  }

  @FieldResolver(() => Boolean, { description: 'True when the current stage is past its due date.' })
  overdue(@Root() a: PermitApplication): boolean {
    return app.isOverdue(a);
  }

  @FieldResolver(() => PermitHolder, { nullable: true, description: 'Whose turn it is; null once final.' })
  holder(@Root() a: PermitApplication): PermitHolder | null {
    return holderOf(a.status, a.levyAmount ?? 1);
  }

  @FieldResolver(() => [PermitStatus], { description: 'The statuses this application may move to next.' })
  nextStatuses(@Root() a: PermitApplication): PermitStatus[] {
    return Object.values(PermitStatus).filter(
      (s) =>
        permitWorkflow.can(a.status, s) &&
        !(s === PermitStatus.ISSUED && a.status === PermitStatus.APPROVED && (a.levyAmount ?? 0) > 0) &&
        !(s === PermitStatus.PAID && a.levyAmount === 0),
    );
  }

  @FieldResolver(() => LevyAssessmentType, {
    description: 'The levy line by line: the bill fixed at approval, or before that an estimate from the current fields.',
  })
  async levy(@Root() a: PermitApplication, @Ctx() ctx: RequestContext): Promise<LevyAssessmentType> {
    const type = (await loaders(ctx).permitType.load(a.permitTypeId))!;
    if (a.levyLines && a.levyAmount !== null && a.levyAmount !== undefined) {
      return {
        lines: a.levyLines,
        total: a.levyAmount,
        free: a.levyAmount === 0 && type.levy.kind === 'FREE',
        basis: type.levy.basis,
        complete: true,
        missingFields: [],
      };
    }
    const est = app.assess(type, a.fields);
    return { ...est, complete: est.missingFields.length === 0 };
  }

  @FieldResolver(() => Boolean, { description: 'True once the levy is paid (or when there is none to pay after approval).' })
  paid(@Root() a: PermitApplication): boolean {
    return !!a.paidAt || (a.levyAmount === 0 && [PermitStatus.APPROVED, PermitStatus.ISSUED, PermitStatus.REVOKED].includes(a.status));
  }

  @FieldResolver(() => PermitPaymentType, { nullable: true })
  payment(@Root() a: PermitApplication, @Ctx() ctx: RequestContext) {
    return a.paidAt ? readApplicant(ctx, a, loaders(ctx).paymentOf.load(a.id)) : null;
  }

  @FieldResolver(() => [PermitTimelineEntry], { description: 'Every status change, oldest first.' })
  async timeline(@Root() a: PermitApplication, @Ctx() ctx: RequestContext): Promise<PermitTimelineEntry[]> {
    const rows = await loaders(ctx).timelineOf.load(a.id);
    return rows.map((e) => ({
      at: e.at,
      actorRole: e.actorRole,
      actorName: e.actorRole === 'CITIZEN' ? null : (e.actorName ?? null),
      fromStatus: e.fromStatus ?? null,
      toStatus: e.toStatus,
      note: e.note ?? null,
    }));
  }
}

@Resolver(() => Citizen)
export class CitizenPermitApplicationsResolver {
  @FieldResolver(() => PermitApplicationConnection, {
    nullable: true,
    description: "The resident's permit applications, newest first (the resident and DPMPTSP only).",
  })
  permitApplications(
    @Root() c: Citizen,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => PermitStatus, { nullable: true }) status: PermitStatus | null,
    @Ctx() ctx: RequestContext,
  ) {
    policy.must(ctx.viewer, 'citizen.permit-applications', { ownerId: c.id });
    // officers never see a resident's drafts
    const own = ctx.viewer.kind === 'citizen';
    const pages = pagedLoader(ctx, {
      entity: PermitApplication,
      table: '"permits"."permit_application"',
      parentColumn: 'citizen_id',
      parentType: 'uuid',
      orderBy: 't.created_at desc, t.id desc',
      equals: { status },
      where: own ? undefined : `t.status <> 'DRAFT'`,
    });
    return pages.load({ parent: c.id, ...pageWindow(page) });
  }
}
