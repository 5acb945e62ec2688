import { Arg, Args, Ctx, Field, ID, InputType, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { LockMode } from '@mikro-orm/postgresql';
import {
  InputCheck,
  PageArgs,
  conflict,
  distanceMetres,
  pageWindow,
  toPage,
  transition,
  type OfficerViewer,
  type RequestContext,
  type TransitionStep,
} from '@kendari/kit';
import {
  EmergencyAction,
  EmergencyActorKind,
  EmergencyEvent,
  EmergencyKind,
  EmergencyReport,
  EmergencyStatus,
  OPEN_STATUSES,
} from '../entities/emergency.entity';
import { FireStation, FireUnit, FireUnitState } from '../entities/station.entity';
import { policy } from '../policy';
import { emergencyWorkflow } from '../workflow';
import { EmergencyReportConnection } from './types';

const REPORT = { en: 'Emergency report', id: 'Laporan darurat' };

/** The report's timeline event for a dispatcher's step (written after the step, so it names the final station and unit). */
const dispatcherEvent = (officer: OfficerViewer, action: EmergencyAction, note: string | null) => ({
  entity: EmergencyEvent,
  entry: ({ row: r, from, to, at }: TransitionStep<EmergencyReport, EmergencyStatus>) =>
    ({
      reportId: r.id,
      at,
      action,
      fromStatus: from,
      toStatus: to,
      actorKind: EmergencyActorKind.DISPATCHER,
      actorId: officer.id,
      actorName: officer.name,
      stationId: r.stationId,
      unitId: r.unitId ?? null,
      note,
    }) as never,
});

@InputType({ description: 'Send another post and/or unit. On a RECEIVED report, giving a unit also dispatches it.' })
export class ReassignEmergencyInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => ID)
  stationId!: string;

  @Field(() => ID, { nullable: true, description: 'An AVAILABLE unit of that station (required once the report is DISPATCHED).' })
  unitId?: string | null;

  @Field(() => String, { nullable: true, description: 'Why (max 500).' })
  note?: string | null;
}

@InputType()
export class ChangeEmergencyStatusInput {
  @Field(() => ID)
  reportId!: string;

  @Field(() => EmergencyStatus)
  status!: EmergencyStatus;

  @Field(() => String, { nullable: true, description: 'Why (max 500); required for FALSE_ALARM.' })
  note?: string | null;
}

@ObjectType()
export class EmergencyDispatchPayload {
  @Field(() => EmergencyReport)
  report!: EmergencyReport;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

@Resolver()
export class DispatchResolver {
  @Query(() => EmergencyReportConnection, { description: 'Dispatchers: open emergencies, oldest first.' })
  async openEmergencies(
    @Args(() => PageArgs) page: PageArgs,
    @Arg('status', () => EmergencyStatus, { nullable: true, description: 'One of the open statuses: RECEIVED, DISPATCHED, ON_SCENE.' })
    status: EmergencyStatus | null,
    @Arg('kind', () => EmergencyKind, { nullable: true }) kind: EmergencyKind | null,
    @Arg('kecamatanId', () => ID, { nullable: true }) kecamatanId: string | null,
    @Ctx() ctx: RequestContext,
  ): Promise<EmergencyReportConnection> {
    policy.must(ctx.viewer, 'emergency.dispatch');
    const v = new InputCheck();
    if (status)
      v.check(
        OPEN_STATUSES.includes(status),
        'status',
        'status must be an open status (RECEIVED, DISPATCHED, ON_SCENE)',
        'Status harus status yang masih terbuka',
      );
    if (kecamatanId)
      v.check(
        /^74\.71\.\d{2}$/.test(kecamatanId),
        'kecamatanId',
        'kecamatanId must be a Kendari kecamatan code such as 74.71.02',
        'Kode kecamatan tidak valid',
      );
    v.done();
    const window = pageWindow(page);
    const where: Record<string, unknown> = { status: status ? status : { $in: OPEN_STATUSES } };
    if (kind) where.kind = kind;
    if (kecamatanId) where.kecamatanId = kecamatanId;
    const [nodes, total] = await ctx.em.findAndCount(EmergencyReport, where as never, {
      orderBy: { createdAt: 'asc', id: 'asc' },
      limit: window.limit,
      offset: window.offset,
    });
    return toPage(nodes, total, window) as EmergencyReportConnection;
  }

  @Mutation(() => EmergencyDispatchPayload, { description: 'Dispatchers: assign another post (and unit). The old unit becomes available again.' })
  async reassignEmergency(
    @Arg('input', () => ReassignEmergencyInput) input: ReassignEmergencyInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EmergencyDispatchPayload> {
    const officer = policy.must(ctx.viewer, 'emergency.dispatch');
    const v = new InputCheck('input');
    v.check(UUID.test(input.reportId), 'reportId', 'reportId is not a report id', 'Laporan tidak dikenal');
    v.text('stationId', input.stationId, { max: 40, label: 'Pos' });
    if (input.unitId !== null && input.unitId !== undefined) v.text('unitId', input.unitId, { max: 40, label: 'Unit' });
    const note = v.text('note', input.note, { max: 500, required: false, label: 'Catatan' }) ?? null;
    v.done();
    let station: FireStation | null = null;
    let unit: FireUnit | null = null;
    const report = await transition(ctx.em, {
      entity: EmergencyReport,
      id: input.reportId,
      workflow: emergencyWorkflow,
      // a unit given for a RECEIVED report dispatches it; otherwise the status stays
      to: (r) => (input.unitId && r.status === EmergencyStatus.RECEIVED ? EmergencyStatus.DISPATCHED : r.status),
      allowSame: true,
      label: REPORT,
      audit: { actor: ctx, action: 'firebutton.emergency.reassign', itemType: 'EmergencyReport', subjectCitizenId: (r) => r.citizenId },
      check: async (r, em) => {
        if (r.status !== EmergencyStatus.RECEIVED && r.status !== EmergencyStatus.DISPATCHED) {
          throw conflict(
            `A report that is ${r.status} cannot be reassigned (only RECEIVED or DISPATCHED)`,
            `Laporan berstatus ${r.status} tidak dapat dialihkan`,
            { from: r.status },
          );
        }
        const check = new InputCheck('input');
        station = await em.findOne(FireStation, { id: input.stationId });
        check.check(!!station, 'stationId', 'stationId is not a fire station', 'Pos damkar tidak dikenal');
        if (input.unitId) {
          unit = await em.findOne(FireUnit, { id: input.unitId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
          if (check.check(!!unit, 'unitId', 'unitId is not a fire unit', 'Unit tidak dikenal')) {
            check.check(unit!.stationId === input.stationId, 'unitId', 'unitId belongs to another station', 'Unit ini milik pos lain');
          }
        } else if (r.status === EmergencyStatus.DISPATCHED) {
          check.fail('unitId', 'A dispatched report needs a unit: give unitId', 'Laporan yang sudah dikirimi unit memerlukan unit pengganti');
        }
        check.done();
        const u = unit as FireUnit | null;
        if (u && u.id !== r.unitId && u.state !== FireUnitState.AVAILABLE) {
          throw conflict(`Unit ${u.callSign} is ${u.state}`, `Unit ${u.callSign} sedang tidak tersedia`, { field: 'input.unitId' });
        }
      },
      apply: async ({ tx: em, row: r, from, to, at }) => {
        const u = unit as FireUnit | null;
        const st = station!;
        if (r.unitId && r.unitId !== u?.id) {
          const old = await em.findOne(FireUnit, { id: r.unitId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
          if (old && old.reportId === r.id) Object.assign(old, { state: FireUnitState.AVAILABLE, reportId: null });
        }
        if (u) Object.assign(u, { state: FireUnitState.DISPATCHED, reportId: r.id });
        if (from !== to) r.dispatchedAt = at;
        r.stationId = st.id;
        r.unitId = u?.id ?? null;
        r.stationDistanceMetres = Math.round(distanceMetres({ lat: r.latitude, lng: r.longitude }, { lat: st.latitude, lng: st.longitude }));
      },
      timeline: dispatcherEvent(officer, EmergencyAction.REASSIGNED, note),
    });
    return { report };
  }

  @Mutation(() => EmergencyDispatchPayload, {
    description: 'Dispatchers: RECEIVED -> DISPATCHED -> ON_SCENE -> RESOLVED, or FALSE_ALARM from any open state. An illegal move is CONFLICT.',
  })
  async changeEmergencyStatus(
    @Arg('input', () => ChangeEmergencyStatusInput) input: ChangeEmergencyStatusInput,
    @Ctx() ctx: RequestContext,
  ): Promise<EmergencyDispatchPayload> {
    const officer = policy.must(ctx.viewer, 'emergency.dispatch');
    const v = new InputCheck('input');
    v.check(UUID.test(input.reportId), 'reportId', 'reportId is not a report id', 'Laporan tidak dikenal');
    v.check(Object.values(EmergencyStatus).includes(input.status), 'status', 'status is not an emergency status', 'Status tidak valid');
    const note = v.text('note', input.note, { max: 500, required: input.status === EmergencyStatus.FALSE_ALARM, label: 'Catatan' }) ?? null;
    v.done();
    const report = await transition(ctx.em, {
      entity: EmergencyReport,
      id: input.reportId,
      workflow: emergencyWorkflow,
      to: input.status,
      label: REPORT,
      audit: { actor: ctx, action: 'firebutton.emergency.change-status', itemType: 'EmergencyReport', subjectCitizenId: (r) => r.citizenId },
      apply: async ({ tx: em, row: r, from, to, at }) => {
        if (to === EmergencyStatus.DISPATCHED) {
          // RECEIVED had no free unit: take one of the assigned station's units if one is free now
          const [taken] = await em.getConnection().execute<Array<{ id: string }>>(
            `update firebutton.fire_unit set state = 'DISPATCHED', report_id = ?
              where id = (select id from firebutton.fire_unit where station_id = ? and state = 'AVAILABLE' order by id limit 1 for update skip locked)
              returning id`,
            [r.id, r.stationId],
            'all',
            em.getTransactionContext(),
          );
          if (!taken) {
            throw conflict(
              'No unit of the assigned station is available: reassign the report to another station',
              'Tidak ada unit tersedia di pos ini: alihkan laporan ke pos lain',
              { from, to },
            );
          }
          r.unitId = taken.id;
          r.dispatchedAt = at;
        }
        if (to === EmergencyStatus.ON_SCENE) r.onSceneAt = at;
        if (to === EmergencyStatus.RESOLVED || to === EmergencyStatus.FALSE_ALARM) {
          r.closedAt = at;
          if (r.unitId) {
            // the unit is free for the next emergency (the report keeps which unit went)
            await em.nativeUpdate(FireUnit, { id: r.unitId, reportId: r.id }, { state: FireUnitState.AVAILABLE, reportId: null });
          }
        }
      },
      timeline: dispatcherEvent(officer, EmergencyAction.STATUS_CHANGED, note),
    });
    return { report };
  }
}
