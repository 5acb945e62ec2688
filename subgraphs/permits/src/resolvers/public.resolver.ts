import { Arg, Args, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import {
  lagTolerantReads,
  createThrottle,
  InputCheck,
  KELURAHAN,
  maskName,
  normaliseCode,
  pagedLoader,
  PageArgs,
  pageWindow,
  tooManyRequests,
  Upload,
  witaMonthOf,
  witaMonthRange,
  type RequestContext,
} from '@kendari/kit';
import { PermitApplication } from '../entities/permit.entity';
import { checkFields } from '../fields';
import { assess } from '../application';
import { loaders } from '../loaders';
import { Kelurahan, ref, Service } from '../federation';
import { PermitStatus, STAGED } from '../workflow';
import { toPermitType, toUpload } from './mapping';
import { EstimatePermitLevyInput } from './inputs/permit.input';
import { allTypes, windowInto } from '../queries';
import { policy } from '../policy';
import {
  LevyAssessmentType,
  PermitTypeStats,
  PermitTypeType,
  PermitUploadConnection,
  PermitValidity,
  PermitVerification,
  PublicPermit,
  PublicPermitConnection,
} from './types';

const KELURAHAN_IDS = new Set(KELURAHAN.map((k) => k.id));

export function validityOf(a: Pick<PermitApplication, 'status' | 'validUntil'>, now = Date.now()): PermitValidity {
  if (a.status === PermitStatus.REVOKED) return PermitValidity.REVOKED;
  return a.validUntil && a.validUntil.getTime() <= now ? PermitValidity.EXPIRED : PermitValidity.VALID;
}

export const GUESS_LIMIT = 10;
const guesses = createThrottle({ name: 'permits.verify-guesses', points: GUESS_LIMIT, windowSeconds: 15 * 60 });
const lookups = createThrottle({ name: 'permits.verify-lookups', points: 120, windowSeconds: 60 });
export const resetVerifyThrottle = async (ip = '127.0.0.1') => {
  await Promise.all([guesses.reset(ip), lookups.reset(ip)]);
};

@Resolver()
export class PermitPublicResolver {
  @Query(() => [PermitTypeType], { description: 'Public: the permit types DPMPTSP issues, with fields, checklist, time limits and levy rule.' })
  async permitTypes(@Ctx() ctx: RequestContext): Promise<PermitTypeType[]> {
    return (await allTypes(ctx)).map(toPermitType);
  }

  @Query(() => PermitTypeType, { nullable: true })
  async permitType(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext): Promise<PermitTypeType | null> {
    const t = typeof id === 'string' && id.length <= 80 ? await loaders(ctx).permitType.load(id) : null;
    return t ? toPermitType(t) : null;
  }

  @Query(() => LevyAssessmentType, {
    description: "Public: the levy a permit would cost with these fields, line by line, from the type's rule (the same computation as at approval).",
  })
  async estimatePermitLevy(
    @Arg('input', () => EstimatePermitLevyInput) input: EstimatePermitLevyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<LevyAssessmentType> {
    const v = new InputCheck('input');
    const type = typeof input.permitTypeId === 'string' && input.permitTypeId.length <= 80 ? await loaders(ctx).permitType.load(input.permitTypeId) : null;
    v.check(!!type, 'permitTypeId', 'permitTypeId is not a permit type', 'Jenis izin tidak dikenal');
    const fields = type ? checkFields(v, type.fields, input.fields ?? [], { complete: false }) : {};
    v.done();
    const est = assess(type!, fields);
    return { ...est, complete: est.missingFields.length === 0 };
  }

  @Query(() => PublicPermitConnection, {
    description: 'Public register of issued permits (newest first): number, type, business, kelurahan, dates, status. No personal data of the applicant.',
  })
  async permitRegister(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('search', () => String, { nullable: true, description: 'Part of the permit number or the business name.' }) search: string | null,
    @Arg('permitTypeId', () => ID, { nullable: true }) permitTypeId: string | null,
    @Arg('kelurahanId', () => ID, { nullable: true }) kelurahanId: string | null,
    @Arg('status', () => PermitValidity, { nullable: true }) status: PermitValidity | null,
    @Ctx() ctx: RequestContext,
  ) {
    const v = new InputCheck();
    const q = search?.trim() ?? '';
    v.check(q.length <= 100, 'search', 'search is at most 100 characters', 'Kata pencarian maksimal 100 karakter');
    if (permitTypeId)
      v.check(
        permitTypeId.length <= 80 && !!(await loaders(ctx).permitType.load(permitTypeId)),
        'permitTypeId',
        'permitTypeId is not a permit type',
        'Jenis izin tidak dikenal',
      );
    if (kelurahanId)
      v.check(KELURAHAN_IDS.has(kelurahanId), 'kelurahanId', 'kelurahanId is not a kelurahan of Kota Kendari', 'Kelurahan tidak dikenal di Kota Kendari');
    const window = windowInto(v, page);
    v.done();
    const conds = [`t.status in ('ISSUED', 'REVOKED')`];
    const params: unknown[] = [];
    if (q) {
      const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
      conds.push('(t.permit_number ilike ? or t.business_name ilike ?)');
      params.push(like, like);
    }
    if (status === PermitValidity.REVOKED) conds.push(`t.status = 'REVOKED'`);
    if (status === PermitValidity.VALID) conds.push(`t.status = 'ISSUED' and (t.valid_until is null or t.valid_until > now())`);
    if (status === PermitValidity.EXPIRED) conds.push(`t.status = 'ISSUED' and t.valid_until <= now()`);
    const pages = pagedLoader(ctx, {
      entity: PermitApplication,
      table: '"permits"."permit_application"',
      orderBy: 't.issued_at desc, t.id desc',
      equals: { permit_type_id: permitTypeId, kelurahan_id: kelurahanId },
      where: conds.join(' and '),
      params,
    });
    const result = await pages.load(window);
    const types = await Promise.all(result.nodes.map((a) => loaders(ctx).permitType.load(a.permitTypeId)));
    const now = Date.now();
    return {
      ...result,
      nodes: result.nodes.map<PublicPermit>((a, i) => ({
        permitNumber: a.permitNumber!,
        permitType: toPermitType(types[i]!),
        businessName: a.businessName ?? null,
        kelurahan: ref<Kelurahan>(a.kelurahanId)!,
        issuedAt: a.issuedAt!,
        validUntil: a.validUntil ?? null,
        status: validityOf(a, now),
      })),
    };
  }

  @Query(() => PermitVerification, {
    description:
      'Public, no login: check a permit by the code printed on it (its QR opens the portal page). Repeated unknown codes from one address are slowed down.',
  })
  async verifyPermit(@Arg('code', () => String) code: string, @Ctx() ctx: RequestContext): Promise<PermitVerification> {
    const ip = ctx.clientIp;
    const guess = await guesses.hit(ip);
    if (!guess.allowed) {
      const wait = guess.retryAfterSeconds;
      throw tooManyRequests(
        wait,
        `Too many unknown codes from this address (try again in ${wait} s)`,
        `Terlalu banyak kode yang tidak dikenal. Coba lagi dalam ${wait} detik.`,
      );
    }
    await lookups.consume(ip, { en: 'Too many verification requests', id: 'Terlalu banyak permintaan verifikasi.' });
    const key = normaliseCode(String(code ?? '').slice(0, 100));
    const a =
      key.length >= 6 && key.length <= 40
        ? await ctx.em.findOne(PermitApplication, { verificationKey: key, status: { $in: [PermitStatus.ISSUED, PermitStatus.REVOKED] } })
        : null;
    if (!a || !a.issuedAt) return { valid: false };
    await guesses.refund(ip);
    const type = await loaders(ctx).permitType.load(a.permitTypeId);
    return {
      valid: true,
      permitNumber: a.permitNumber,
      permitTypeName: type?.name ?? null,
      businessName: a.businessName ?? null,
      holderNameMasked: maskName(a.applicantName),
      kelurahan: ref<Kelurahan>(a.kelurahanId),
      issuedAt: a.issuedAt,
      validUntil: a.validUntil ?? null,
      status: validityOf(a),
      revokedAt: a.revokedAt ?? null,
    };
  }

  @Query(() => [PermitTypeStats], {
    description: 'Public: per permit type, applications this month, median processing time, share decided within the time limit, overdue now.',
  })
  async permitStatistics(
    @Arg('month', () => String, { nullable: true, description: 'YYYY-MM (WITA); default this month.' }) month: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<PermitTypeStats[]> {
    const v = new InputCheck();
    const m = month ?? witaMonthOf(new Date());
    v.check(/^\d{4}-(0[1-9]|1[0-2])$/.test(m) && m >= '2020-01' && m <= '2100-12', 'month', 'month must be YYYY-MM', 'Bulan harus berformat TTTT-BB');
    v.done();
    const { from, to } = witaMonthRange(m);
    const [types, rows] = await Promise.all([
      allTypes(ctx),
      lagTolerantReads(ctx.em).execute<
        Array<{ permit_type_id: string; applications: number; decided: number; median_days: number | null; within_share: number | null; overdue_now: number }>
      >(
        `select permit_type_id,
           count(*) filter (where first_submitted_at >= ? and first_submitted_at < ?)::int as applications,
           count(*) filter (where decided_at >= ? and decided_at < ?)::int as decided,
           percentile_cont(0.5) within group (order by extract(epoch from decided_at - first_submitted_at) / 86400.0) filter (where decided_at >= ? and decided_at < ?) as median_days,
           avg(case when decided_at <= decision_due_at then 1.0 else 0.0 end) filter (where decided_at >= ? and decided_at < ?) as within_share,
           count(*) filter (where status in (${STAGED.map(() => '?').join(', ')}) and stage_due_at < now())::int as overdue_now
         from "permits"."permit_application" group by permit_type_id`,
        [from, to, from, to, from, to, from, to, ...STAGED],
      ),
    ]);
    const byType = new Map(rows.map((r) => [r.permit_type_id, r]));
    return types.map((t) => {
      const r = byType.get(t.id);
      return {
        permitType: toPermitType(t),
        month: m,
        applications: r?.applications ?? 0,
        decided: r?.decided ?? 0,
        medianProcessingDays: r?.median_days === null || r?.median_days === undefined ? null : Math.round(Number(r.median_days) * 10) / 10,
        decidedWithinLimitShare: r?.within_share === null || r?.within_share === undefined ? null : Math.round(Number(r.within_share) * 1000) / 1000,
        overdueNow: r?.overdue_now ?? 0,
      };
    });
  }

  @Query(() => PermitUploadConnection, {
    description: "The calling resident's uploaded files, newest first: attach one again to a new application without uploading it twice.",
  })
  async myPermitUploads(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: RequestContext) {
    const viewer = policy.must(ctx.viewer, 'application.apply');
    const pages = pagedLoader(ctx, { entity: Upload, table: '"permits"."upload"', parentColumn: 'owner_id', orderBy: 't.created_at desc, t.id desc' });
    const result = await pages.load({ parent: viewer.id, ...pageWindow(page) });
    return { ...result, nodes: result.nodes.map(toUpload) };
  }
}

@Resolver(() => Service)
export class ServicePermitTypeResolver {
  @FieldResolver(() => PermitTypeType, { nullable: true, description: 'For a DPMPTSP permit service: its fields, checklist, stage limits and levy rule.' })
  async permitType(@Root() s: Service, @Ctx() ctx: RequestContext): Promise<PermitTypeType | null> {
    const t = await loaders(ctx).permitType.load(s.id);
    return t ? toPermitType(t) : null;
  }
}
