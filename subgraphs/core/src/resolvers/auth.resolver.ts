import { randomUUID } from 'node:crypto';
import { UniqueConstraintViolationException } from '@mikro-orm/postgresql';
import { Arg, Ctx, Field, FieldResolver, ID, InputType, Mutation, ObjectType, Query, Resolver, Root, registerEnumType } from 'type-graphql';
import { conflict, InputCheck, OfficerRole, unauthenticated, type RequestContext } from '@kendari/kit';
import { Citizen, Officer } from '../entities/account.entity';
import { Agency } from '../entities/agency.entity';
import { Kecamatan, Kelurahan } from '../entities/region.entity';
import { checkNik } from '../auth/nik';
import { DUMMY_HASH, hashPassword, verifyPassword } from '../auth/password';
import { AuthSession, closeSession, openSession, renewSession, requireLiveViewer } from '../auth/session';
import { countLoginAttempt, loginSucceeded } from '../auth/throttle';
import { loaders } from '../loaders';
import { accountProof, policy } from '../policy';

registerEnumType(OfficerRole, {
  name: 'OfficerRole',
  description: 'What an officer may do, within the scope of their kelurahan, kecamatan, agency or the city.',
});

@InputType()
export class RegisterCitizenInput {
  @Field(() => String, { description: '16-digit NIK from the KTP.' })
  nik!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'Indonesian phone number, e.g. 081234567890.' })
  phone!: string;

  @Field(() => ID, { description: 'Kelurahan where the resident lives (Kemendagri code).' })
  kelurahanId!: string;

  @Field(() => String, { description: 'At least 8 characters, with a letter and a digit.' })
  password!: string;
}

@InputType()
export class LoginInput {
  @Field(() => String, { description: 'A resident logs in with their NIK, an officer with their username.' })
  identifier!: string;

  @Field(() => String)
  password!: string;
}

@ObjectType()
export class RegisterCitizenPayload {
  @Field(() => Citizen)
  citizen!: Citizen;

  @Field(() => AuthSession)
  session!: AuthSession;
}

@ObjectType()
export class LoginPayload {
  @Field(() => AuthSession)
  session!: AuthSession;

  @Field(() => Citizen, { nullable: true })
  citizen?: Citizen | null;

  @Field(() => Officer, { nullable: true })
  officer?: Officer | null;
}

const wrongCredentials = () => unauthenticated('Wrong identifier or password', 'NIK/nama pengguna atau kata sandi salah');

@Resolver()
export class AuthResolver {
  @Mutation(() => RegisterCitizenPayload, { description: 'Create a resident account and log in.' })
  async registerCitizen(@Arg('input', () => RegisterCitizenInput) input: RegisterCitizenInput, @Ctx() ctx: RequestContext): Promise<RegisterCitizenPayload> {
    const v = new InputCheck('input');
    const nik = (input.nik ?? '').replace(/\s/g, '');
    const nikCheck = checkNik(nik);
    if (!nikCheck.ok) v.fail('nik', nikCheck.message, nikCheck.messageId);
    const name = v.text('name', input.name, { min: 3, max: 100, label: 'Nama' });
    if (name && !/^[\p{L} .,'-]+$/u.test(name))
      v.fail('name', "name may contain letters, spaces and . , ' - only", "Nama hanya boleh berisi huruf, spasi dan tanda . , ' -");
    const phone = v.phone('phone', input.phone);
    const kelurahan = input.kelurahanId ? await loaders(ctx).kelurahan.load(input.kelurahanId) : null;
    v.check(!!kelurahan, 'kelurahanId', 'kelurahanId is not a kelurahan of Kota Kendari', 'Pilih kelurahan tempat tinggal Anda di Kota Kendari');
    const pw = input.password ?? '';
    v.check(
      pw.length >= 8 && pw.length <= 128 && /\p{L}/u.test(pw) && /\d/.test(pw),
      'password',
      'password must be 8-128 characters with at least one letter and one digit',
      'Kata sandi minimal 8 karakter, berisi huruf dan angka',
    );
    v.done();
    if (!nikCheck.ok) return undefined as never; // unreachable: v.done() threw

    const citizen = ctx.em.create(Citizen, {
      id: randomUUID(),
      nik,
      name: name!,
      phone: phone!,
      kelurahanId: kelurahan!.id,
      birthDate: nikCheck.birthDate,
      passwordHash: await hashPassword(pw),
      createdAt: new Date(),
    });
    try {
      await ctx.em.persistAndFlush(citizen);
    } catch (err) {
      if (err instanceof UniqueConstraintViolationException) {
        throw conflict('An account with this NIK already exists', 'NIK ini sudah terdaftar. Silakan masuk.', { field: 'input.nik' });
      }
      throw err;
    }
    const { familyId: _family, ...session } = await openSession(ctx.em, citizen, ctx.authSecret);
    ctx.proofs.add(accountProof(citizen.id)); // the rest of this answer belongs to the resident who just registered
    return { citizen, session };
  }

  @Mutation(() => LoginPayload, {
    description: 'Log in with NIK (resident) or username (officer). Wrong credentials never say which part was wrong; repeated failures are slowed down.',
  })
  async login(@Arg('input', () => LoginInput) input: LoginInput, @Ctx() ctx: RequestContext): Promise<LoginPayload> {
    const v = new InputCheck('input');
    const identifier = v.text('identifier', input.identifier, { max: 60, label: 'NIK atau nama pengguna' });
    v.text('password', input.password, { max: 128, label: 'Kata sandi' });
    v.done();
    const id = identifier!.replace(/\s/g, '').toLowerCase();
    await countLoginAttempt(id, ctx.clientIp);
    const account = /^\d{16}$/.test(id) ? await ctx.em.findOne(Citizen, { nik: id }) : await ctx.em.findOne(Officer, { username: id });
    const ok = await verifyPassword(input.password, account?.passwordHash ?? DUMMY_HASH);
    if (!account || !ok) throw wrongCredentials(); // the attempt stays counted
    await loginSucceeded(id, ctx.clientIp);
    const { familyId: _family, ...session } = await openSession(ctx.em, account, ctx.authSecret);
    ctx.proofs.add(accountProof(account.id)); // the rest of this answer belongs to who just logged in
    return account instanceof Citizen ? { session, citizen: account } : { session, officer: account };
  }

  @Mutation(() => AuthSession, { description: 'Exchange a refresh token for a new access token (and a new refresh token).' })
  refreshSession(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: RequestContext): Promise<AuthSession> {
    return renewSession(ctx.em, refreshToken, ctx.authSecret);
  }

  @Mutation(() => Boolean, { description: 'End a session: its refresh token stops working.' })
  logout(@Arg('refreshToken', () => String) refreshToken: string, @Ctx() ctx: RequestContext): Promise<boolean> {
    return closeSession(ctx.em, refreshToken);
  }
}

@Resolver(() => Officer)
export class OfficerResolver {
  @Query(() => Officer, { description: 'The logged-in officer.' })
  async currentOfficer(@Ctx() ctx: RequestContext): Promise<Officer> {
    const viewer = policy.must(ctx.viewer, 'officer.me');
    await requireLiveViewer(ctx); // a token whose role is no longer the account's is refused here too
    const officer = await ctx.em.findOne(Officer, viewer.id);
    if (!officer) throw unauthenticated();
    return officer;
  }

  @FieldResolver(() => OfficerRole)
  role(@Root() o: Officer) {
    return o.role;
  }

  @FieldResolver(() => Kelurahan, { nullable: true })
  kelurahan(@Root() o: Officer, @Ctx() ctx: RequestContext) {
    return o.kelurahanId ? loaders(ctx).kelurahan.load(o.kelurahanId) : null;
  }

  @FieldResolver(() => Kecamatan, { nullable: true })
  kecamatan(@Root() o: Officer, @Ctx() ctx: RequestContext) {
    return o.kecamatanId ? loaders(ctx).kecamatan.load(o.kecamatanId) : null;
  }

  @FieldResolver(() => Agency, { nullable: true })
  agency(@Root() o: Officer, @Ctx() ctx: RequestContext) {
    return o.agencyId ? loaders(ctx).agency.load(o.agencyId) : null;
  }
}
