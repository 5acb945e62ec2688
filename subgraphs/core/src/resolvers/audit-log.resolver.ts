import { Arg, Args, Ctx, Directive, Field, FieldResolver, ID, InputType, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { auditRead, Connection, InputCheck, OfficerRole, PageArgs, pageWindow, toPage, type RequestContext } from '@kendari/kit';
import { Citizen } from '../entities/account.entity';
import { Agency } from '../entities/agency.entity';
import { Kecamatan, Kelurahan } from '../entities/region.entity';
import { auditPage, type AuditRow } from '../audit-log';
import { requireLiveViewer } from '../auth/session';
import { loaders } from '../loaders';
import { policy } from '../policy';

export enum AuditKind {
  ACTION = 'action',
  READ = 'read',
}
registerEnumType(AuditKind, {
  name: 'AuditKind',
  description: 'ACTION: an officer changed something (approved, signed, called a number...); READ: an officer saw personal data.',
});

export enum AuditOfficeKind {
  KELURAHAN = 'KELURAHAN',
  KECAMATAN = 'KECAMATAN',
  FACILITY = 'FACILITY',
  AGENCY = 'AGENCY',
  CITY = 'CITY',
}
registerEnumType(AuditOfficeKind, { name: 'AuditOfficeKind', description: 'Which kind of office the officer works at; CITY: city-wide (no one office).' });

/** Health's facility, known here by its key only: the office of facility staff (health answers its name). */
@Directive('@key(fields: "id", resolvable: false)')
@ObjectType('HealthFacility')
export class HealthFacilityKey {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: 'Where the officer works, never who they are: the field of its kind is set (kelurahan, kecamatan, facility or agency).' })
export class AuditOffice {
  @Field(() => AuditOfficeKind)
  kind!: AuditOfficeKind;

  @Field(() => ID, { nullable: true, description: 'The Kemendagri code, agency id or facility id; null for CITY.' })
  id!: string | null;
}

@ObjectType({
  description:
    "An officer's read of, or step on, a resident's personal data, as the resident sees it (like Estonia's data tracker): when, which role and office, which service and item. Never the officer's account or name.",
})
export class DataAccessEntry {
  @Field(() => Date, { description: 'When (the database clock).' })
  at!: Date;

  @Field(() => AuditKind)
  kind!: AuditKind;

  @Field(() => OfficerRole)
  actorRole!: OfficerRole;

  @Field(() => AuditOffice)
  office!: AuditOffice;

  @Field(() => String, { description: 'The service (subgraph) where it happened: core, laika, permits, health, firebutton, jakpa, jari.' })
  subgraph!: string;

  @Field(() => String, { description: 'What, as `<subgraph>.<thing>.<verb>`, e.g. laika.letter.sign or core.citizen.read-nik.' })
  action!: string;

  @Field(() => String, { description: 'The type of the item, e.g. LetterRequest.' })
  itemType!: string;

  @Field(() => ID)
  itemId!: string;
}

@ObjectType()
export class DataAccessEntryConnection extends Connection(DataAccessEntry) {}

@ObjectType({ description: 'A row of the audit log: every officer action and every officer read of personal data (administrators only).' })
export class AuditLogEntry extends DataAccessEntry {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { description: "The officer's account." })
  actorId!: string;

  @Field(() => ID, { nullable: true, description: 'Whose data or item it was (null when not known, e.g. an anonymous report).' })
  subjectCitizenId!: string | null;

  @Field(() => String, { description: "The request's id (x-request-id), to find the same request in other rows and logs." })
  requestId!: string;
}

@ObjectType()
export class AuditLogEntryConnection extends Connection(AuditLogEntry) {}

@InputType({ description: 'Filters of auditLog; all optional, combined with AND.' })
export class AuditLogFilter {
  @Field(() => ID, { nullable: true, description: "An officer's account id." })
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: "A resident's account id (rows keyed by their NIK included)." })
  subjectCitizenId?: string | null;

  @Field(() => String, { nullable: true, description: 'One action, e.g. core.citizen.read-nik.' })
  action?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this time (inclusive).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Up to this time (exclusive).' })
  to?: Date | null;
}

const ACTION = /^[a-z][a-z0-9]*\.[a-z][a-z0-9-]*\.[a-z][a-z0-9-]*$/;

/** What the resident sees of a row: no account id, no request id. */
const entryOf = (r: AuditRow): DataAccessEntry => ({
  at: r.at,
  kind: r.kind as AuditKind,
  actorRole: r.actorRole as OfficerRole,
  office: { kind: r.scopeKind as AuditOfficeKind, id: r.scopeId },
  subgraph: r.subgraph,
  action: r.action,
  itemType: r.itemType,
  itemId: r.itemId,
});

@Resolver(() => Citizen)
export class CitizenDataAccessLogResolver {
  @FieldResolver(() => DataAccessEntryConnection, {
    nullable: true,
    description: 'Which officer roles and offices read or acted on this resident’s personal data, newest first. The resident themself only.',
  })
  async dataAccessLog(@Root() c: Citizen, @Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext): Promise<DataAccessEntryConnection> {
    policy.must(ctx.viewer, 'citizen.dataAccessLog', { ownerId: c.id });
    const window = pageWindow(page);
    await requireLiveViewer(ctx);
    const { rows, total } = await auditPage(ctx.em, ctx.authSecret, { subjectCitizenId: c.id, subjectNik: c.nik }, window);
    return toPage(rows.map(entryOf), total, window) as DataAccessEntryConnection;
  }
}

@Resolver(() => AuditLogEntry)
export class AuditLogResolver {
  @Query(() => AuditLogEntryConnection, { description: 'The audit log, newest first: every officer action and officer read of personal data. ADMIN only.' })
  async auditLog(
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter: AuditLogFilter | null,
    @Args(() => PageArgs) page: PageArgs,
    @Ctx() ctx: RequestContext,
  ): Promise<AuditLogEntryConnection> {
    policy.must(ctx.viewer, 'audit.log');
    const f = filter ?? {};
    const v = new InputCheck();
    if (f.actorId) v.check(f.actorId.length <= 64, 'filter.actorId', 'actorId is not an account id', 'ID akun petugas tidak valid');
    if (f.subjectCitizenId)
      v.check(f.subjectCitizenId.length <= 64, 'filter.subjectCitizenId', 'subjectCitizenId is not an account id', 'ID akun warga tidak valid');
    if (f.action)
      v.check(
        f.action.length <= 100 && ACTION.test(f.action),
        'filter.action',
        'action must look like laika.letter.sign',
        'Aksi harus berbentuk seperti laika.letter.sign',
      );
    if (f.from && f.to) v.check(f.from.getTime() <= f.to.getTime(), 'filter.to', 'to must not be before from', 'Waktu akhir tidak boleh sebelum waktu awal');
    let window = { limit: 1, offset: 0 };
    try {
      window = pageWindow(page);
    } catch (err) {
      for (const p of (err as { extensions?: { fields?: Array<{ field: string; message: string; messageId: string }> } }).extensions?.fields ?? [])
        v.fail(p.field, p.message, p.messageId);
    }
    v.done();
    await requireLiveViewer(ctx);
    const subject = f.subjectCitizenId ? await loaders(ctx).citizen.load(f.subjectCitizenId) : null;
    // whoever reads the log is in it too: a search for one resident is a read of their data
    await auditRead(ctx, {
      action: 'core.audit-log.read',
      itemType: 'AuditLog',
      itemId: f.subjectCitizenId ?? 'all',
      subjectCitizenId: f.subjectCitizenId ?? null,
    });
    const { rows, total } = await auditPage(ctx.em, ctx.authSecret, { ...f, subjectNik: subject?.nik ?? null }, window);
    return toPage(
      rows.map((r) => ({ ...entryOf(r), id: r.id, actorId: r.actorId, subjectCitizenId: r.subjectCitizenId, requestId: r.requestId })),
      total,
      window,
    ) as AuditLogEntryConnection;
  }
}

@Resolver(() => AuditOffice)
export class AuditOfficeResolver {
  @FieldResolver(() => Kelurahan, { nullable: true })
  kelurahan(@Root() o: AuditOffice, @Ctx() ctx: RequestContext) {
    return o.kind === AuditOfficeKind.KELURAHAN && o.id ? loaders(ctx).kelurahan.load(o.id) : null;
  }

  @FieldResolver(() => Kecamatan, { nullable: true })
  kecamatan(@Root() o: AuditOffice, @Ctx() ctx: RequestContext) {
    return o.kind === AuditOfficeKind.KECAMATAN && o.id ? loaders(ctx).kecamatan.load(o.id) : null;
  }

  @FieldResolver(() => Agency, { nullable: true })
  agency(@Root() o: AuditOffice, @Ctx() ctx: RequestContext) {
    return o.kind === AuditOfficeKind.AGENCY && o.id ? loaders(ctx).agency.load(o.id) : null;
  }

  @FieldResolver(() => HealthFacilityKey, { nullable: true, description: 'The health facility (its name comes from health).' })
  facility(@Root() o: AuditOffice): HealthFacilityKey | null {
    return o.kind === AuditOfficeKind.FACILITY && o.id ? { id: o.id } : null;
  }
}
