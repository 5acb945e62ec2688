import { randomUUID } from 'node:crypto';
import { LockMode, UniqueConstraintViolationException, type EntityManager } from '@mikro-orm/postgresql';
import {
  addMonths,
  addWorkingDays,
  badInput,
  badField,
  conflict,
  idempotent,
  InputCheck,
  insideKendari,
  KELURAHAN,
  normaliseCode,
  randomCode,
  transition,
  Upload,
  witaYearOf,
  type CitizenViewer,
  type FieldProblem,
  type RequestContext,
  type TransitionStep,
} from '@kendari/kit';
import { PermitApplication, PermitDocument, PermitEvent, PermitPayment, PermitTypeRow } from './entities/permit.entity';
import { checkFields, missingFields } from './fields';
import { assessLevy, formatRupiah, type LevyAssessment } from './levy';
import { loaders } from './loaders';
import { policy, readAction } from './policy';
import { permitWorkflow, PermitStatus as S, STAGED } from './workflow';

/** Largest total of the files attached to one application. */
export const MAX_APPLICATION_BYTES = 40 * 1024 * 1024;
export const KELURAHAN_BY_ID = new Map(KELURAHAN.map((k) => [k.id, k]));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EDITABLE: readonly S[] = [S.DRAFT, S.NEEDS_REVISION];

export interface Actor {
  id: string;
  role: string;
  name: string | null;
}

export function checkUuid(v: InputCheck, field: string, id: string | null | undefined, what = 'Nomor permohonan'): void {
  v.check(typeof id === 'string' && UUID.test(id), field, `${field} must be an id (UUID)`, `${what} tidak valid`);
}

export const isOverdue = (a: PermitApplication, now = new Date()) => STAGED.includes(a.status) && !!a.stageDueAt && a.stageDueAt.getTime() < now.getTime();

/** Fields the levy may lack (optional in the type): their line is then left out. */
const optionalFieldsOf = (type: PermitTypeRow) => new Set(type.fields.filter((f) => !f.required).map((f) => f.name));
export const assess = (type: PermitTypeRow, fields: Record<string, string>): LevyAssessment => assessLevy(type.levy, fields, optionalFieldsOf(type));

const APPLICATION = { en: 'Permit application', id: 'Permohonan izin' };
/** The audit verb of each move (`permits.application.<verb>`). */
const VERB: Record<S, string> = {
  DRAFT: 'create',
  SUBMITTED: 'submit',
  NEEDS_REVISION: 'request-revision',
  VERIFIED: 'verify',
  APPROVED: 'approve',
  PAID: 'record-payment',
  ISSUED: 'issue',
  REJECTED: 'reject',
  REVOKED: 'revoke',
};

/** The stage an application enters: its due date comes from the type's data. */
function enterStage(a: PermitApplication, type: PermitTypeRow, to: S, at: Date): void {
  a.updatedAt = at;
  if (STAGED.includes(to)) {
    a.stageStartedAt = at;
    a.stageDueAt = addWorkingDays(at, type.stageLimits[to as keyof typeof type.stageLimits]);
  } else {
    a.stageStartedAt = null;
    a.stageDueAt = null;
  }
}

interface StepSpec {
  id: string;
  to: S;
  actor: Actor;
  note: string | null;
  visible: (a: PermitApplication) => boolean;
  check?: (a: PermitApplication, tx: EntityManager) => void | Promise<void>;
  unchanged?: (a: PermitApplication) => boolean;
  /** Writes that go with the move, after the state machine allowed it (`from`: the status it leaves). */
  apply?: (a: PermitApplication, type: PermitTypeRow, tx: EntityManager, at: Date, from: S) => void | Promise<void>;
}

/**
 * One step of an application through the kit's transition(): the row locked (the second of two clicks sees
 * the new status and gets CONFLICT), the state machine checked, the timeline entry and the audit row written
 * in the same transaction.
 */
function step(ctx: RequestContext, em: EntityManager, spec: StepSpec): Promise<PermitApplication> {
  return transition(em, {
    entity: PermitApplication,
    id: spec.id,
    workflow: permitWorkflow,
    to: spec.to,
    label: APPLICATION,
    visible: spec.visible,
    check: spec.check,
    unchanged: spec.unchanged,
    apply: async ({ tx, row, from, at }) => {
      const type = (await tx.findOne(PermitTypeRow, { id: row.permitTypeId }))!;
      if (spec.apply) await spec.apply(row, type, tx, at, from);
      enterStage(row, type, spec.to, at);
    },
    timeline: {
      entity: PermitEvent,
      entry: ({ row, from, to, at }: TransitionStep<PermitApplication, S>) =>
        ({
          applicationId: row.id,
          at,
          actorRole: spec.actor.role,
          actorId: spec.actor.id,
          actorName: spec.actor.name,
          fromStatus: from,
          toStatus: to,
          note: spec.note,
        }) as never,
    },
    audit: { actor: ctx, action: `permits.application.${VERB[spec.to]}`, itemType: 'PermitApplication', subjectCitizenId: (a) => a.citizenId },
  });
}

const officerActor = (officer: { id: string; role: string; name: string }): Actor => ({
  id: officer.id,
  role: officer.role,
  name: officer.name.slice(0, 100) || null,
});

async function typeOf(ctx: RequestContext, id: string): Promise<PermitTypeRow | null> {
  return typeof id === 'string' && id.length <= 80 ? loaders(ctx).permitType.load(id) : null;
}

export interface ApplicationFieldsInput {
  businessName?: string | null;
  kelurahanId?: string | null;
  latitude?: number | null;
  longitude?: number | null;
  fields?: Array<{ name: string; value: string }> | null;
}

/** Checks the common and type-specific fields (drafts may be incomplete); returns the cleaned values. */
function checkCommon(v: InputCheck, type: PermitTypeRow | null, input: ApplicationFieldsInput, current?: PermitApplication) {
  const businessName =
    input.businessName === undefined
      ? current?.businessName
      : v.text('businessName', input.businessName, { min: 3, max: 150, required: false, label: 'Nama usaha' });
  const kelurahanId = input.kelurahanId === undefined || input.kelurahanId === null ? current?.kelurahanId : input.kelurahanId;
  const kel = kelurahanId ? KELURAHAN_BY_ID.get(kelurahanId) : undefined;
  v.check(
    !!kel,
    'kelurahanId',
    'kelurahanId is not a kelurahan of Kota Kendari (Kemendagri code such as 74.71.02.1009)',
    'Kelurahan lokasi wajib dipilih dari daftar Kota Kendari',
  );
  let latitude = current?.latitude ?? null;
  let longitude = current?.longitude ?? null;
  if (input.latitude !== undefined || input.longitude !== undefined) {
    latitude = input.latitude ?? null;
    longitude = input.longitude ?? null;
    if ((latitude === null) !== (longitude === null))
      v.fail('latitude', 'give both latitude and longitude, or neither', 'Isi lintang dan bujur sekaligus, atau kosongkan keduanya');
    else if (latitude !== null && longitude !== null) {
      v.check(
        Number.isFinite(latitude) && Number.isFinite(longitude) && insideKendari(latitude, longitude, 2),
        'latitude',
        'the position must be inside Kota Kendari',
        'Titik lokasi harus berada di Kota Kendari',
      );
    }
  }
  const fields = type
    ? input.fields === undefined || input.fields === null
      ? (current?.fields ?? {})
      : checkFields(v, type.fields, input.fields, { complete: false })
    : {};
  return { businessName: businessName ?? null, kel, latitude, longitude, fields };
}

export interface CreateInput extends ApplicationFieldsInput {
  permitTypeId: string;
  idempotencyKey?: string | null;
}

/** A resident starts a draft. Retried with the same key: the same draft, one row. */
export async function createDraft(ctx: RequestContext, input: CreateInput): Promise<{ application: PermitApplication; created: boolean }> {
  const viewer = policy.must(ctx.viewer, 'application.apply');
  const v = new InputCheck('input');
  const type = await typeOf(ctx, input.permitTypeId);
  v.check(!!type, 'permitTypeId', 'permitTypeId is not a permit type (see permitTypes)', 'Jenis izin tidak dikenal');
  const common = checkCommon(v, type, input);
  const key = v.idempotencyKey('idempotencyKey', input.idempotencyKey);
  v.done();
  let created = false;
  const application = await idempotent<PermitApplication>({
    key,
    find: (k) => ctx.em.fork().findOne(PermitApplication, { citizenId: viewer.id, idempotencyKey: k }),
    sameRequest: (a) => a.permitTypeId === type!.id,
    create: async () => {
      const now = new Date();
      const em = ctx.em.fork();
      const a = em.create(PermitApplication, {
        id: randomUUID(),
        citizenId: viewer.id,
        applicantName: viewer.name.trim().slice(0, 100) || '(tanpa nama)',
        permitTypeId: type!.id,
        businessName: common.businessName,
        kelurahanId: common.kel!.id,
        kecamatanId: common.kel!.kecamatanId,
        latitude: common.latitude,
        longitude: common.longitude,
        fields: common.fields,
        status: S.DRAFT,
        idempotencyKey: key ?? null,
        createdAt: now,
        updatedAt: now,
      });
      await em.flush();
      created = true;
      return a;
    },
  });
  return { application, created };
}

/** Loads an application of the calling resident, locked (anyone else's is NOT_FOUND). */
async function ownLocked(tx: EntityManager, viewer: CitizenViewer, id: string): Promise<PermitApplication> {
  const a = await tx.findOne(PermitApplication, { id }, { lockMode: LockMode.PESSIMISTIC_WRITE });
  policy.must(viewer, 'application.own', a && { ownerId: a.citizenId });
  return a!;
}

function assertEditable(a: PermitApplication): void {
  if (!EDITABLE.includes(a.status)) {
    throw conflict(
      `The application is ${a.status}: only a DRAFT or NEEDS_REVISION application can be changed`,
      `Permohonan berstatus ${a.status} dan tidak dapat diubah`,
      { status: a.status },
    );
  }
}

export async function updateDraft(ctx: RequestContext, input: ApplicationFieldsInput & { id: string }): Promise<PermitApplication> {
  const viewer = policy.must(ctx.viewer, 'application.apply');
  const pre = new InputCheck('input');
  checkUuid(pre, 'id', input.id);
  pre.done();
  return ctx.em.transactional(async (tx) => {
    const a = await ownLocked(tx, viewer, input.id);
    assertEditable(a);
    const type = (await tx.findOne(PermitTypeRow, { id: a.permitTypeId }))!;
    const v = new InputCheck('input');
    const common = checkCommon(v, type, input, a);
    v.done();
    a.businessName = common.businessName;
    a.kelurahanId = common.kel!.id;
    a.kecamatanId = common.kel!.kecamatanId;
    a.latitude = common.latitude;
    a.longitude = common.longitude;
    a.fields = common.fields;
    a.updatedAt = new Date();
    return a;
  });
}

/**
 * Attaches one of the resident's uploads (new, or given in an earlier application: "once only") for
 * one checklist item; replaces what was attached for that item. The application's total is capped.
 */
export async function attachDocument(
  ctx: RequestContext,
  input: { applicationId: string; requirementKey: string; uploadId: string },
): Promise<PermitApplication> {
  const viewer = policy.must(ctx.viewer, 'application.apply');
  const pre = new InputCheck('input');
  checkUuid(pre, 'applicationId', input.applicationId);
  checkUuid(pre, 'uploadId', input.uploadId, 'Berkas');
  pre.done();
  return ctx.em.transactional(async (tx) => {
    const a = await ownLocked(tx, viewer, input.applicationId);
    assertEditable(a);
    const type = (await tx.findOne(PermitTypeRow, { id: a.permitTypeId }))!;
    const v = new InputCheck('input');
    const req = type.documents.find((d) => d.key === input.requirementKey);
    v.check(
      !!req,
      'requirementKey',
      `requirementKey must be one of ${type.documents.map((d) => d.key).join(', ')}`,
      'Jenis dokumen tidak ada dalam daftar persyaratan',
    );
    const upload = await tx.findOne(Upload, { id: input.uploadId });
    // someone else's file is "not found": no hint that it exists
    v.check(!!upload && upload.ownerId === viewer.id, 'uploadId', 'uploadId is not a file you uploaded', 'Berkas tidak ditemukan; unggah ulang');
    v.done();
    const docs = await tx.find(PermitDocument, { applicationId: a.id });
    const others = docs.filter((d) => d.requirementKey !== req!.key);
    const otherUploads = others.length ? await tx.find(Upload, { id: { $in: others.map((d) => d.uploadId) } }) : [];
    const total = otherUploads.reduce((s, u) => s + u.sizeBytes, 0) + upload!.sizeBytes;
    if (total > MAX_APPLICATION_BYTES) {
      throw badField(
        'input.uploadId',
        `the files of one application may total at most ${MAX_APPLICATION_BYTES / 1024 / 1024} MB`,
        `Total berkas satu permohonan maksimal ${MAX_APPLICATION_BYTES / 1024 / 1024} MB`,
      );
    }
    const existing = docs.find((d) => d.requirementKey === req!.key);
    const now = new Date();
    if (existing) {
      existing.uploadId = upload!.id;
      existing.attachedAt = now;
    } else tx.create(PermitDocument, { id: randomUUID(), applicationId: a.id, requirementKey: req!.key, uploadId: upload!.id, attachedAt: now });
    a.updatedAt = now;
    return a;
  });
}

export async function detachDocument(ctx: RequestContext, input: { applicationId: string; requirementKey: string }): Promise<PermitApplication> {
  const viewer = policy.must(ctx.viewer, 'application.apply');
  const pre = new InputCheck('input');
  checkUuid(pre, 'applicationId', input.applicationId);
  pre.done();
  return ctx.em.transactional(async (tx) => {
    const a = await ownLocked(tx, viewer, input.applicationId);
    assertEditable(a);
    await tx.nativeDelete(PermitDocument, { applicationId: a.id, requirementKey: String(input.requirementKey ?? '').slice(0, 40) });
    a.updatedAt = new Date();
    return a;
  });
}

/** Every missing item of an application, each as an input problem (field, document, business name). */
export async function completenessProblems(em: EntityManager, a: PermitApplication, type: PermitTypeRow): Promise<FieldProblem[]> {
  const problems: FieldProblem[] = [];
  if (type.businessNameRequired && !a.businessName)
    problems.push({ field: 'input.businessName', message: 'businessName is required for this permit type', messageId: 'Nama usaha wajib diisi' });
  for (const name of missingFields(type.fields, a.fields)) {
    const spec = type.fields.find((f) => f.name === name)!;
    problems.push({ field: `input.fields.${name}`, message: `${name} is required`, messageId: `${spec.label} wajib diisi` });
  }
  const attached = new Set((await em.find(PermitDocument, { applicationId: a.id })).map((d) => d.requirementKey));
  for (const d of type.documents) {
    if (d.required && !attached.has(d.key))
      problems.push({ field: `input.documents.${d.key}`, message: `document ${d.key} is missing`, messageId: `Dokumen "${d.label}" belum dilampirkan` });
  }
  return problems;
}

/**
 * Submits (or resubmits after a revision). Complete or refused naming every missing item. The row
 * is locked, so of 50 simultaneous submits one moves it; a retry with the same key gets the same answer.
 */
export async function submit(ctx: RequestContext, input: { id: string; idempotencyKey?: string | null }): Promise<PermitApplication> {
  const viewer = policy.must(ctx.viewer, 'application.apply');
  const v = new InputCheck('input');
  checkUuid(v, 'id', input.id);
  const key = v.idempotencyKey('idempotencyKey', input.idempotencyKey);
  v.done();
  return step(ctx, ctx.em, {
    id: input.id,
    to: S.SUBMITTED,
    actor: { id: viewer.id, role: 'CITIZEN', name: null },
    note: null,
    visible: (a) => policy.can(viewer, 'application.own', { ownerId: a.citizenId }),
    // the same submission again (same key) after it went through: the same answer, nothing new
    unchanged: (a) => !!key && a.submitKey === key && a.status !== S.DRAFT && a.status !== S.NEEDS_REVISION,
    apply: async (a, type, tx, at) => {
      const problems = await completenessProblems(tx, a, type);
      if (problems.length) throw badInput(problems);
      if (!a.firstSubmittedAt) {
        a.firstSubmittedAt = at;
        a.decisionDueAt = addWorkingDays(at, type.timeLimitDays);
      }
      a.revisionNote = null;
      a.submitKey = key ?? null;
    },
  });
}

/** One officer step: DPMPTSP only; an application the officer may not read (a draft) is NOT_FOUND. */
export function officerStep(ctx: RequestContext, id: string, to: S, note: string | null, extra?: StepSpec['apply']): Promise<PermitApplication> {
  const officer = policy.must(ctx.viewer, 'applications.work');
  return step(ctx, ctx.em, {
    id,
    to,
    actor: officerActor(officer),
    note,
    visible: (a) => policy.can(officer, readAction(a), { ownerId: a.citizenId }),
    apply: extra,
  });
}

/** Approval: the levy is computed from the type's rule over the application's fields and frozen. */
export const approve = (ctx: RequestContext, id: string, note: string | null) =>
  officerStep(ctx, id, S.APPROVED, note, (a, type, _tx, at) => {
    const bill = assess(type, a.fields);
    if (bill.missingFields.length) {
      throw conflict(`The levy cannot be computed: missing ${bill.missingFields.join(', ')}`, 'Retribusi tidak dapat dihitung karena isian belum lengkap', {
        missingFields: bill.missingFields,
      });
    }
    a.levyAmount = bill.total;
    a.levyLines = bill.lines;
    a.decidedAt = at;
  });

export const reject = (ctx: RequestContext, id: string, reason: string) =>
  officerStep(ctx, id, S.REJECTED, reason, (a, _type, _tx, at) => {
    a.rejectionReason = reason;
    a.decidedAt = at;
  });

export const requestRevision = (ctx: RequestContext, id: string, note: string) =>
  officerStep(ctx, id, S.NEEDS_REVISION, note, (a) => {
    a.revisionNote = note;
  });

export const PAYMENT_CHANNELS = ['BANK_SULTRA', 'QRIS', 'VIRTUAL_ACCOUNT', 'TELLER_KAS_DAERAH'] as const;

/**
 * Records a levy payment. The reference is unique: the same payment reported twice (or 50 times at
 * once) is one payment; a reference already used for another application is CONFLICT.
 */
export async function recordPayment(
  ctx: RequestContext,
  input: { id: string; channel: string; reference: string; amount: number },
): Promise<PermitApplication> {
  const officer = policy.must(ctx.viewer, 'applications.work');
  const v = new InputCheck('input');
  checkUuid(v, 'id', input.id);
  v.check(
    (PAYMENT_CHANNELS as readonly string[]).includes(input.channel),
    'channel',
    `channel must be one of ${PAYMENT_CHANNELS.join(', ')}`,
    'Saluran pembayaran tidak dikenal',
  );
  const reference = v.text('reference', input.reference, { min: 6, max: 80, label: 'Nomor referensi pembayaran' });
  if (reference)
    v.check(
      /^[A-Za-z0-9._/-]+$/.test(reference),
      'reference',
      'reference may hold letters, digits and . _ / - only',
      'Nomor referensi hanya boleh huruf, angka, dan . _ / -',
    );
  v.check(
    Number.isSafeInteger(input.amount) && input.amount > 0,
    'amount',
    'amount must be a positive whole number of rupiah',
    'Jumlah pembayaran harus bilangan bulat rupiah',
  );
  v.done();
  const attempt = () => {
    let repeated = false;
    return step(ctx, ctx.em.fork(), {
      id: input.id,
      to: S.PAID,
      actor: officerActor(officer),
      note: `${input.channel} ${reference}`,
      visible: (a) => policy.can(officer, readAction(a), { ownerId: a.citizenId }),
      check: async (a, tx) => {
        const earlier = await tx.findOne(PermitPayment, { reference: reference! });
        if (earlier && earlier.applicationId !== a.id)
          throw conflict('This payment reference was recorded for another application', 'Nomor referensi ini sudah dicatat untuk permohonan lain', {
            field: 'input.reference',
          });
        repeated = !!earlier; // the same payment again: nothing new
      },
      unchanged: () => repeated,
      apply: (a, _type, tx, at) => {
        if (!a.levyAmount) throw conflict('This permit has no levy to pay', 'Izin ini tidak dikenai retribusi');
        if (input.amount !== a.levyAmount)
          throw badField('input.amount', `amount must equal the levy (${a.levyAmount})`, `Jumlah harus sama dengan tagihan ${formatRupiah(a.levyAmount)}`);
        tx.create(PermitPayment, {
          id: randomUUID(),
          applicationId: a.id,
          amount: input.amount,
          channel: input.channel,
          reference: reference!,
          recordedBy: officer.id,
          paidAt: at,
        });
        a.paidAt = at;
      },
    });
  };
  try {
    return await attempt();
  } catch (err) {
    // the same reference for two applications at once: the loser re-reads and gets the answer above
    if (err instanceof UniqueConstraintViolationException) return attempt();
    throw err;
  }
}

// one calendar rule for letters and permits: the kit's
export { addMonths };
const witaYear = witaYearOf;

/** The city's format: 503/<type code>/<sequence>/DPMPTSP/<year>, e.g. 503/PBG/0042/DPMPTSP/2026. */
export const permitNumber = (code: string, seq: number, year: number) => `503/${code}/${String(seq).padStart(4, '0')}/DPMPTSP/${year}`;

/** Next number of a type in a year: one atomic upsert, so two issues at once never share a number. */
export async function nextSequence(em: EntityManager, code: string, year: number): Promise<number> {
  const rows = await em
    .getConnection()
    .execute<Array<{ last: number }>>(
      `insert into "permits"."permit_number_sequence" (code, year, last) values (?, ?, 1) on conflict (code, year) do update set last = "permit_number_sequence".last + 1 returning last`,
      [code, year],
    );
  return Number(rows[0].last);
}

/** Issue: after payment, or straight after approval when the levy is zero. Number, validity, verification code. */
export async function issue(ctx: RequestContext, id: string, note: string | null): Promise<PermitApplication> {
  return officerStep(ctx, id, S.ISSUED, note, async (a, type, tx, at, from) => {
    if (from === S.APPROVED && (a.levyAmount ?? 0) > 0) {
      throw conflict(
        `The levy of ${a.levyAmount} rupiah is not paid yet: record the payment first`,
        `Retribusi ${formatRupiah(a.levyAmount!)} belum dibayar; catat pembayaran terlebih dahulu`,
        { status: from },
      );
    }
    const seq = await nextSequence(tx, type.numberCode, witaYear(at));
    a.permitNumber = permitNumber(type.numberCode, seq, witaYear(at));
    a.issuedAt = at;
    a.validUntil = type.validityMonths ? addMonths(at, type.validityMonths) : null;
    a.verificationCode = randomCode(12, 'IZN');
    a.verificationKey = normaliseCode(a.verificationCode);
  });
}

export const revoke = (ctx: RequestContext, id: string, reason: string) =>
  officerStep(ctx, id, S.REVOKED, reason, (a, _type, _tx, at) => {
    a.revokedAt = at;
    a.revocationReason = reason;
  });
