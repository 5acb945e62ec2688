import { Arg, Args, ArgsType, Ctx, Field, FieldResolver, Float, ID, InputType, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import {
  Connection,
  InputCheck,
  KELURAHAN,
  signedIn,
  PageArgs,
  distanceMetres,
  insideKendari,
  pageWindow,
  pagedLoader,
  type RequestContext,
} from '@kendari/kit';
import { FacilityException, FacilityService, FacilityType, HealthFacility } from '../entities/facility.entity';
import { Kelurahan, ref } from '../entities/core.stubs';
import { loaders } from '../loaders';
import { policy } from '../policy';
import { hhmm, isOpenAt, osmOpeningHours, witaNow } from '../hours';

@ObjectType()
export class HealthFacilityConnection extends Connection(HealthFacility) {}

@InputType({ description: 'A position (WGS84), e.g. from the phone.' })
export class GeoPointInput {
  @Field(() => Float)
  latitude!: number;

  @Field(() => Float)
  longitude!: number;
}

@ArgsType()
export class FacilitySearchArgs extends PageArgs {
  @Field(() => String, { nullable: true, description: 'Words in the name, a service (e.g. "gigi") or a kelurahan name.' })
  search?: string | null;

  @Field(() => FacilityType, { nullable: true })
  type?: FacilityType | null;

  @Field(() => String, { nullable: true, description: 'Only facilities offering this service code, e.g. POLI_GIGI.' })
  serviceCode?: string | null;

  @Field(() => ID, { nullable: true })
  kelurahanId?: string | null;

  @Field(() => ID, { nullable: true })
  kecamatanId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only facilities open right now (WITA, holidays included).' })
  openNow?: boolean | null;

  @Field(() => GeoPointInput, { nullable: true, description: 'Nearest first from this point; each node then has distanceMetres.' })
  near?: GeoPointInput | null;
}

@ObjectType({ description: 'Opening hours of one weekday.' })
export class OpeningDay {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday ... 7 = Sunday.' })
  weekday!: number;

  @Field(() => [String], { description: 'Intervals "HH:MM-HH:MM" (WITA); empty when closed.' })
  intervals!: string[];
}

@ObjectType({ description: 'A day with hours other than the weekly ones (holiday, collective leave).' })
export class OpeningException {
  @Field(() => String, { description: 'YYYY-MM-DD' })
  date!: string;

  @Field(() => Boolean)
  closed!: boolean;

  @Field(() => String, { nullable: true, description: '"HH:MM-HH:MM" when open for shorter hours.' })
  hours!: string | null;

  @Field(() => String)
  reason!: string;
}

const like = (s: string) => `%${s.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

@Resolver(() => HealthFacility)
export class HealthFacilityResolver {
  @Query(() => HealthFacilityConnection, {
    description: 'Find puskesmas, hospitals, clinics and pharmacies: search, filters, open now, nearest first. Public.',
  })
  async healthFacilities(@Args(() => FacilitySearchArgs) args: FacilitySearchArgs, @Ctx() ctx: RequestContext): Promise<HealthFacilityConnection> {
    const window = pageWindow(args);
    const v = new InputCheck();
    const search = v.text('search', args.search, { max: 100, required: false, label: 'Kata kunci' });
    v.text('serviceCode', args.serviceCode, { max: 30, required: false, label: 'Kode layanan' });
    if (args.near) {
      const lat = v.number('near.latitude', args.near.latitude, { min: -90, max: 90, label: 'Lintang' });
      const lng = v.number('near.longitude', args.near.longitude, { min: -180, max: 180, label: 'Bujur' });
      if (lat !== undefined && lng !== undefined)
        v.check(insideKendari(lat, lng, 20), 'near', 'The point is far outside Kota Kendari', 'Lokasi berada jauh di luar Kota Kendari');
    }
    v.done();
    const where: string[] = [];
    const params: unknown[] = [];
    if (search) {
      const kel = KELURAHAN.filter((k) => k.name.toLowerCase().includes(search.toLowerCase())).map((k) => k.id);
      where.push(
        `(t.name ilike ? or exists (select 1 from health.facility_service s where s.facility_id = t.id and s.name ilike ?)${kel.length ? ` or t.kelurahan_id in (${kel.map(() => '?').join(', ')})` : ''})`,
      );
      params.push(like(search), like(search), ...kel);
    }
    if (args.serviceCode) {
      where.push(`exists (select 1 from health.facility_service s where s.facility_id = t.id and s.code = ?)`);
      params.push(args.serviceCode);
    }
    if (args.openNow) {
      const t = witaNow();
      // the exception of today decides when there is one; otherwise the weekly hours
      where.push(`case when exists (select 1 from health.facility_exception e where e.facility_id = t.id and e.date = ?::date)
        then exists (select 1 from health.facility_exception e where e.facility_id = t.id and e.date = ?::date and not e.closed and e.opens_min <= ? and ? < e.closes_min)
        else exists (select 1 from health.facility_hours h where h.facility_id = t.id and h.weekday = ? and h.opens_min <= ? and ? < h.closes_min) end`);
      params.push(t.date, t.date, t.minute, t.minute, t.weekday, t.minute, t.minute);
    }
    // validated numbers only are written into the order clause
    const near = args.near ? { lat: Number(args.near.latitude), lng: Number(args.near.longitude) } : null;
    const orderBy = near ? `health.distance_m(${near.lat}, ${near.lng}, t.latitude, t.longitude), t.name, t.id` : 't.name, t.id';
    const page = await pagedLoader(ctx, {
      entity: HealthFacility,
      table: 'health.facility',
      orderBy,
      equals: { type: args.type, kelurahan_id: args.kelurahanId, kecamatan_id: args.kecamatanId },
      where: where.length ? where.join(' and ') : undefined,
      params,
    }).load(window);
    if (near) for (const f of page.nodes) f.distanceMetres = Math.round(distanceMetres(near, { lat: f.latitude, lng: f.longitude }));
    return page as HealthFacilityConnection;
  }

  @Query(() => HealthFacility, { nullable: true, description: 'The facility of the logged-in FACILITY_STAFF officer (null for other accounts).' })
  myHealthFacility(@Ctx() ctx: RequestContext) {
    const workplace = policy.scopeOf(signedIn(ctx.viewer), 'facility.workplace');
    return workplace?.facilityId ? loaders(ctx).facility.load(workplace.facilityId) : null;
  }

  @Query(() => HealthFacility, { nullable: true })
  healthFacility(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    return id.length > 60 ? null : loaders(ctx).facility.load(id);
  }

  // nullable: an outage of core leaves the rest of the facility standing
  @FieldResolver(() => Kelurahan, { nullable: true })
  kelurahan(@Root() f: HealthFacility) {
    return ref<Kelurahan>(f.kelurahanId);
  }

  @FieldResolver(() => String, { description: 'Kemendagri code of the kecamatan.' })
  kecamatanId(@Root() f: HealthFacility) {
    return f.kecamatanId;
  }

  @FieldResolver(() => [FacilityService])
  services(@Root() f: HealthFacility, @Ctx() ctx: RequestContext) {
    return loaders(ctx).servicesOfFacility.load(f.id);
  }

  @FieldResolver(() => [OpeningDay], { description: 'Monday to Sunday (WITA).' })
  async openingHours(@Root() f: HealthFacility, @Ctx() ctx: RequestContext): Promise<OpeningDay[]> {
    const hours = await loaders(ctx).hoursOfFacility.load(f.id);
    return [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      intervals: hours.filter((h) => h.weekday === weekday).map((h) => `${hhmm(h.opensMin)}-${hhmm(h.closesMin)}`),
    }));
  }

  @FieldResolver(() => [OpeningException], { description: 'Holidays and other days with different hours, from today on.' })
  async openingExceptions(@Root() f: HealthFacility, @Ctx() ctx: RequestContext): Promise<OpeningException[]> {
    const today = witaNow().date;
    const ex = await loaders(ctx).exceptionsOfFacility.load(f.id);
    return ex.filter((e) => e.date >= today).map(exceptionView);
  }

  @FieldResolver(() => String, { description: 'The hours in OpenStreetMap `opening_hours` syntax (upcoming exceptions included), for other systems.' })
  async osmOpeningHours(@Root() f: HealthFacility, @Ctx() ctx: RequestContext) {
    const today = witaNow().date;
    const [hours, ex] = await Promise.all([loaders(ctx).hoursOfFacility.load(f.id), loaders(ctx).exceptionsOfFacility.load(f.id)]);
    return osmOpeningHours(
      hours,
      ex.filter((e) => e.date >= today),
    );
  }

  @FieldResolver(() => Boolean, { description: 'Open right now (WITA), holidays included.' })
  async openNow(@Root() f: HealthFacility, @Ctx() ctx: RequestContext) {
    const [hours, ex] = await Promise.all([loaders(ctx).hoursOfFacility.load(f.id), loaders(ctx).exceptionsOfFacility.load(f.id)]);
    return isOpenAt(new Date(), hours, ex);
  }

  @FieldResolver(() => [String], {
    description: "Ids of this facility's entries on the JARI service-status board (query them with `servicePointStatus(id:)`).",
  })
  statusBoardIds(@Root() f: HealthFacility) {
    // JARI names its puskesmas points `<service>.puskesmas-<slug>` (jari/src/seeders/service-points.ts)
    if (f.id.startsWith('puskesmas-')) return [`kesehatan-poli-umum.${f.id}`, `kesehatan-imunisasi.${f.id}`];
    if (f.id === 'rsu-kota-kendari') return ['kesehatan-poli-umum.rsu-kota-kendari'];
    return [];
  }
}

export function exceptionView(e: FacilityException): OpeningException {
  return {
    date: e.date,
    closed: e.closed,
    hours: e.closed || e.opensMin == null || e.closesMin == null ? null : `${hhmm(e.opensMin)}-${hhmm(e.closesMin)}`,
    reason: e.reason,
  };
}
