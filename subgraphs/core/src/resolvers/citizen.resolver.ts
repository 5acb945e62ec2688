import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { maskName, forbidden, officerCoversKelurahan, OfficerRole, requireCitizen, notFound, type RequestContext, type Viewer } from '@kendari/kit';
import { Citizen } from '../entities/account.entity';
import { Kelurahan } from '../entities/region.entity';
import { loaders } from '../loaders';
import { requireLiveViewer } from '../auth/session';

// roles whose work needs a resident's NIK or phone; kelurahan/kecamatan roles only within their area
const NIK_ROLES = [OfficerRole.KELURAHAN_OFFICER, OfficerRole.LURAH, OfficerRole.CAMAT, OfficerRole.INSPECTOR];
const PHONE_ROLES = [OfficerRole.KELURAHAN_OFFICER, OfficerRole.LURAH, OfficerRole.CAMAT, OfficerRole.INSPECTOR, OfficerRole.DISPATCHER];
const CITY_WIDE = [OfficerRole.INSPECTOR, OfficerRole.DISPATCHER, OfficerRole.ADMIN];

/** The resident themself; or an officer whose role needs the field and whose scope covers where the resident lives. */
function mayRead(viewer: Viewer, c: Citizen, roles: OfficerRole[] | 'any-officer'): boolean {
  if (viewer.kind === 'citizen') return viewer.id === c.id;
  if (viewer.kind !== 'officer') return false;
  if (roles !== 'any-officer' && !roles.includes(viewer.role) && viewer.role !== OfficerRole.ADMIN) return false;
  // even a name or a kelurahan only within the officer's area (an agency officer's area is not a place)
  return CITY_WIDE.includes(viewer.role) || officerCoversKelurahan(viewer, c.kelurahanId);
}

/** FORBIDDEN by role and scope; then UNAUTHENTICATED when the token's login has ended (logout, reused refresh token) or its role is no longer the account's. */
async function guard<T>(ctx: RequestContext, c: Citizen, roles: OfficerRole[] | 'any-officer', field: string, value: T): Promise<T> {
  if (!mayRead(ctx.viewer, c, roles)) {
    throw forbidden(
      `Citizen.${field} is readable only by the resident and by officers whose role and area need it`,
      'Data pribadi ini hanya dapat dilihat oleh pemiliknya dan petugas yang berwenang',
    );
  }
  await requireLiveViewer(ctx);
  return value;
}

@Resolver(() => Citizen)
export class CitizenResolver {
  @Query(() => Citizen, { description: 'The logged-in resident.' })
  async me(@Ctx() ctx: RequestContext): Promise<Citizen> {
    const viewer = requireCitizen(ctx.viewer);
    await requireLiveViewer(ctx);
    const citizen = await loaders(ctx).citizen.load(viewer.id);
    if (!citizen) throw notFound('Account', 'Akun');
    return citizen;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Full name (resident and officers only).' })
  name(@Root() c: Citizen, @Ctx() ctx: RequestContext) {
    return guard(ctx, c, 'any-officer', 'name', c.name);
  }

  @FieldResolver(() => Date, { nullable: true, description: 'When the account was registered (resident and officers only).' })
  createdAt(@Root() c: Citizen, @Ctx() ctx: RequestContext) {
    return guard(ctx, c, 'any-officer', 'createdAt', c.createdAt);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Name with letters hidden (S***i R***): safe to show anyone.' })
  maskedName(@Root() c: Citizen) {
    return maskName(c.name);
  }

  @FieldResolver(() => String, { nullable: true, description: 'NIK (resident; kelurahan/kecamatan officers of their area; inspectors).' })
  nik(@Root() c: Citizen, @Ctx() ctx: RequestContext) {
    return guard(ctx, c, NIK_ROLES, 'nik', c.nik);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Phone (resident; officers of their area; inspectors; dispatchers).' })
  phone(@Root() c: Citizen, @Ctx() ctx: RequestContext) {
    return guard(ctx, c, PHONE_ROLES, 'phone', c.phone);
  }

  @FieldResolver(() => Kelurahan, { nullable: true, description: 'Where the resident lives (resident and officers only).' })
  async kelurahan(@Root() c: Citizen, @Ctx() ctx: RequestContext) {
    await guard(ctx, c, 'any-officer', 'kelurahan', null);
    return loaders(ctx).kelurahan.load(c.kelurahanId);
  }
}
