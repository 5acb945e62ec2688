import { Arg, Ctx, Field, FieldResolver, Float, ID, InputType, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { audited, normaliseCode, type RequestContext } from '@kendari/kit';
import { EmergencyActorKind, EmergencyEvent, EmergencyKind, EmergencyReport, EmergencyStatus } from '../entities/emergency.entity';
import { FireStation, FireUnit } from '../entities/station.entity';
import { Citizen, Kecamatan, Kelurahan, ref } from '../entities/core.stubs';
import { policy } from '../policy';
import { loaders } from '../loaders';
import { reportEmergency } from '../report';
import { ON_SCENE_TARGET_MINUTES } from '../stats';

const onSceneTarget = (r: EmergencyReport) => new Date(new Date(r.createdAt).getTime() + ON_SCENE_TARGET_MINUTES * 60_000);

@InputType({ description: 'A one-tap emergency report. Give latitude/longitude, or (no GPS) a kelurahanId.' })
export class ReportEmergencyInput {
  @Field(() => EmergencyKind)
  kind!: EmergencyKind;

  @Field(() => Float, { nullable: true, description: 'GPS latitude (WGS84); must be inside Kota Kendari.' })
  latitude?: number | null;

  @Field(() => Float, { nullable: true })
  longitude?: number | null;

  @Field(() => ID, { nullable: true, description: 'Without GPS: the kelurahan; its approximate centre is used.' })
  kelurahanId?: string | null;

  @Field(() => String, { nullable: true, description: 'Street, landmark (max 300).' })
  addressText?: string | null;

  @Field(() => String, { nullable: true, description: 'What is happening (max 1000).' })
  description?: string | null;

  @Field(() => String, { nullable: true, description: 'Phone number Damkar can call back; required when not logged in.' })
  callbackPhone?: string | null;

  @Field(() => String, { nullable: true, description: 'Chosen by the app per report (8-100 characters): the same key again returns the same report.' })
  idempotencyKey?: string | null;
}

export enum EmergencyAssignment {
  UNIT_DISPATCHED = 'UNIT_DISPATCHED',
  WAITING_FOR_UNIT = 'WAITING_FOR_UNIT',
}
registerEnumType(EmergencyAssignment, {
  name: 'EmergencyAssignment',
  description: 'Whether a unit was sent at once, or every unit is out and the nearest post will send the next free one.',
});

@ObjectType()
export class ReportEmergencyPayload {
  @Field(() => EmergencyReport)
  report!: EmergencyReport;

  @Field(() => EmergencyAssignment)
  assignment!: EmergencyAssignment;

  @Field(() => Boolean, { description: 'True when an earlier call with the same idempotency key created this report.' })
  replayed!: boolean;

  @Field(() => String, { description: 'What happens now (English).' })
  message!: string;

  @Field(() => String, { description: 'What happens now (Bahasa Indonesia).' })
  messageId!: string;
}

/** A personal field's value: for the reporter's own account and dispatchers (else FORBIDDEN naming the field). */
function personal<T>(ctx: RequestContext, r: EmergencyReport, field: string, value: T): Promise<T> {
  policy.must(ctx.viewer, 'emergency.personal', { ownerId: r.citizenId }, field);
  // a dispatcher's read of the caller's data (phone, position, words) is in the audit log before it is answered
  return audited(ctx, { action: 'firebutton.emergency.read-caller', itemType: 'EmergencyReport', itemId: r.id, subjectCitizenId: r.citizenId ?? null }, value);
}

@Resolver(() => EmergencyReport)
export class EmergencyReportResolver {
  @Mutation(() => ReportEmergencyPayload, {
    description: "Report a fire or rescue emergency. No login needed; a logged-in citizen's report is linked to them.",
  })
  async reportEmergency(@Arg('input', () => ReportEmergencyInput) input: ReportEmergencyInput, @Ctx() ctx: RequestContext): Promise<ReportEmergencyPayload> {
    const { report, replayed } = await reportEmergency(ctx, input);
    const station = await loaders(ctx).station.load(report.stationId);
    const km = (report.stationDistanceMetres / 1000).toFixed(1);
    const dispatched = report.unitId !== null && report.unitId !== undefined;
    return {
      report,
      replayed,
      assignment: dispatched ? EmergencyAssignment.UNIT_DISPATCHED : EmergencyAssignment.WAITING_FOR_UNIT,
      message: dispatched
        ? `A unit of ${station?.name} (${km} km away) is on its way. Tracking code ${report.trackingCode}.`
        : `Every unit is out: ${station?.name} (${km} km away), the nearest post, will send the next free unit. Tracking code ${report.trackingCode}.`,
      messageId: dispatched
        ? `Unit dari ${station?.name} (${km} km) sedang menuju lokasi. Kode lacak ${report.trackingCode}.`
        : `Semua unit sedang bertugas: ${station?.name} (${km} km), pos terdekat, akan mengirim unit berikutnya yang tersedia. Kode lacak ${report.trackingCode}.`,
    };
  }

  @Query(() => EmergencyReport, { nullable: true, description: 'Follow a report by its tracking code (public: status, timeline, station; no reporter data).' })
  emergencyReport(@Arg('trackingCode', () => String) trackingCode: string, @Ctx() ctx: RequestContext) {
    const n = normaliseCode(trackingCode.slice(0, 40));
    if (!/^FB[0-9A-Z]{8}$/.test(n)) return null;
    return loaders(ctx).reportByTrackingCode.load(`FB-${n.slice(2, 6)}-${n.slice(6)}`);
  }

  @FieldResolver(() => FireStation, { description: 'The post handling the report.' })
  station(@Root() r: EmergencyReport, @Ctx() ctx: RequestContext) {
    return loaders(ctx).station.load(r.stationId);
  }

  @FieldResolver(() => FireUnit, { nullable: true, description: 'The unit sent (null while waiting for a free unit).' })
  unit(@Root() r: EmergencyReport, @Ctx() ctx: RequestContext) {
    return r.unitId ? loaders(ctx).unit.load(r.unitId) : null;
  }

  // core's entities are nullable here: an outage of core leaves the rest of the report standing
  @FieldResolver(() => Kelurahan, { nullable: true, description: 'Where, at the public level of detail (nearest approximate kelurahan centre).' })
  kelurahan(@Root() r: EmergencyReport) {
    return ref<Kelurahan>(r.kelurahanId);
  }

  @FieldResolver(() => Kecamatan, { nullable: true })
  kecamatan(@Root() r: EmergencyReport) {
    return ref<Kecamatan>(r.kecamatanId);
  }

  @FieldResolver(() => [EmergencyEvent], { description: 'Every step, oldest first: time, status from/to, actor.' })
  timeline(@Root() r: EmergencyReport, @Ctx() ctx: RequestContext) {
    return loaders(ctx).timelineOfReport.load(r.id);
  }

  @FieldResolver(() => Date, { description: `Kendari's target: a unit on scene within ${ON_SCENE_TARGET_MINUTES} minutes of the report.` })
  onSceneTargetAt(@Root() r: EmergencyReport) {
    return onSceneTarget(r);
  }

  @FieldResolver(() => Boolean, {
    description: 'True when the unit arrived after the target, or is still not there and the target has passed (false alarms excluded).',
  })
  overTarget(@Root() r: EmergencyReport) {
    if (r.status === EmergencyStatus.FALSE_ALARM && !r.onSceneAt) return false;
    const target = onSceneTarget(r).getTime();
    return r.onSceneAt ? new Date(r.onSceneAt).getTime() > target : r.status !== EmergencyStatus.RESOLVED && Date.now() > target;
  }

  @FieldResolver(() => Float, { nullable: true, description: "Exact position (reporter's account and dispatchers only)." })
  latitude(@Root() r: EmergencyReport, @Ctx() ctx: RequestContext) {
    return personal(ctx, r, 'latitude', r.latitude);
  }

  @FieldResolver(() => Float, { nullable: true, description: "Exact position (reporter's account and dispatchers only)." })
  longitude(@Root() r: EmergencyReport, @Ctx() ctx: RequestContext) {
    return personal(ctx, r, 'longitude', r.longitude);
  }

  @FieldResolver(() => String, { nullable: true, description: "Address as typed (reporter's account and dispatchers only)." })
  addressText(@Root() r: EmergencyReport, @Ctx() ctx: RequestContext) {
    return personal(ctx, r, 'addressText', r.addressText ?? null);
  }

  @FieldResolver(() => String, { nullable: true, description: "Description as typed (reporter's account and dispatchers only)." })
  description(@Root() r: EmergencyReport, @Ctx() ctx: RequestContext) {
    return personal(ctx, r, 'description', r.description ?? null);
  }

  @FieldResolver(() => String, { nullable: true, description: "Callback phone (reporter's account and dispatchers only)." })
  callbackPhone(@Root() r: EmergencyReport, @Ctx() ctx: RequestContext) {
    return personal(ctx, r, 'callbackPhone', r.callbackPhone ?? null);
  }

  @FieldResolver(() => Citizen, {
    nullable: true,
    description: "The logged-in reporter (reporter's account and dispatchers only); null for anonymous reports.",
  })
  reporter(@Root() r: EmergencyReport, @Ctx() ctx: RequestContext) {
    return personal(ctx, r, 'reporter', ref<Citizen>(r.citizenId));
  }
}

@Resolver(() => EmergencyEvent)
export class EmergencyTimelineEntryResolver {
  @FieldResolver(() => FireStation, { nullable: true, description: 'The post assigned at this step.' })
  station(@Root() e: EmergencyEvent, @Ctx() ctx: RequestContext) {
    return e.stationId ? loaders(ctx).station.load(e.stationId) : null;
  }

  @FieldResolver(() => FireUnit, { nullable: true, description: 'The unit assigned at this step.' })
  unit(@Root() e: EmergencyEvent, @Ctx() ctx: RequestContext) {
    return e.unitId ? loaders(ctx).unit.load(e.unitId) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: "The dispatcher's name (dispatchers only; null for others and for reporter/system steps)." })
  actorName(@Root() e: EmergencyEvent, @Ctx() ctx: RequestContext) {
    return e.actorKind === EmergencyActorKind.DISPATCHER && policy.can(ctx.viewer, 'emergency.dispatch') ? (e.actorName ?? null) : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Why (dispatchers only: may hold details of the people involved).' })
  note(@Root() e: EmergencyEvent, @Ctx() ctx: RequestContext) {
    return policy.can(ctx.viewer, 'emergency.dispatch') ? (e.note ?? null) : null;
  }
}

export { EmergencyStatus };
