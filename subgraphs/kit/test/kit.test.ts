import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { GraphQLError, parse, validate, execute } from 'graphql';
import { Directive, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import {
  addWorkingDays,
  AppError,
  badInput,
  buildFederatedSchema,
  EnvError,
  formatError,
  InputCheck,
  loggableError,
  normalisePhone,
  OfficerRole,
  officerCoversKelurahan,
  KNOWN_PUBLIC_SECRETS,
  parseEnv,
  signAccessToken,
  subgraphEnv,
  subgraphSdl,
  verifyAccessToken,
  viewerFromAuthorization,
  Workflow,
  z,
  randomCode,
  normaliseCode,
} from '../src';

const SECRET = 'kit-test-secret-kit-test-secret-kit-test';

describe('buildFederatedSchema', () => {
  @Directive('@key(fields: "id")')
  @ObjectType()
  class Widget {
    @Field(() => ID)
    id!: string;
    @Field(() => String)
    label!: string;
  }
  @Resolver(() => Widget)
  class WidgetResolver {
    @Query(() => [Widget])
    widgets(): Widget[] {
      return [{ id: 'w1', label: 'one' }];
    }
  }

  it('adds the federation 2 link, the key and resolves references through the given resolver', async () => {
    const seen: string[] = [];
    const schema = await buildFederatedSchema({
      resolvers: [WidgetResolver],
      references: { Widget: { __resolveReference: (ref: { id: string }) => (seen.push(ref.id), { id: ref.id, label: `ref ${ref.id}` }) } },
    });
    const sdl = subgraphSdl(schema);
    expect(sdl).toContain('@link(url: "https://specs.apollo.dev/federation/v2.7"');
    expect(sdl).toMatch(/type Widget\s+@key\(fields: "id"\)/);
    const doc = parse(`{ _entities(representations: [{__typename: "Widget", id: "w9"}]) { ... on Widget { label } } }`);
    expect(validate(schema, doc)).toEqual([]);
    const r = await execute({ schema, document: doc, contextValue: {} });
    expect(r.data).toEqual({ _entities: [{ label: 'ref w9' }] });
    expect(seen).toEqual(['w9']);
  });
});

describe('errors', () => {
  it('names every bad field, first one as extensions.field', () => {
    const e = badInput([
      { field: 'input.nik', message: 'bad nik', messageId: 'NIK salah' },
      { field: 'input.phone', message: 'bad phone', messageId: 'Telepon salah' },
    ]);
    expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input.nik', messageId: 'NIK salah' });
    expect((e.extensions.fields as unknown[]).length).toBe(2);
  });

  it('masks unexpected errors (no message, no stack) and keeps known ones', () => {
    const leaked = new GraphQLError('duplicate key value violates unique constraint "citizen_nik_unique" 7471...', { originalError: new Error('db') });
    const masked = formatError({ message: leaked.message, extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] } }, leaked);
    expect(masked.message).toBe('Internal server error');
    expect(JSON.stringify(masked)).not.toMatch(/7471|stacktrace/);
    const known = new AppError('CONFLICT', 'dup', 'duplikat');
    const kept = formatError({ message: 'dup', extensions: { ...known.extensions, stacktrace: ['at y'] } }, known);
    expect(kept).toEqual({ message: 'dup', extensions: { code: 'CONFLICT', messageId: 'duplikat' } });
  });

  it('logs an error without the values it carries, whatever shape it arrives in', () => {
    // a connection lost mid-statement: knex prefixes the statement (with its values when inlined) to a plain Error
    const lost = new Error(
      `insert into "laika"."letter_request" ("purpose", "phone") values ('Keperluan uji ketahanan', '082000000012') - Connection terminated unexpectedly`,
    );
    const refused = new TypeError(`value 'Warga Uji' refused; Key (nik)=(7471024506900001) exists; call 0812-3456-7890`);
    const wrapped = new Error('letter request failed', { cause: refused });
    for (const err of [lost, refused, wrapped]) {
      const line = JSON.stringify(loggableError(err));
      expect(line).not.toMatch(/uji ketahanan|082000000012|Warga Uji|7471024506900001|3456/i);
      expect(line).toMatch(/at /); // the frames stay: where it failed is what an operator needs
    }
    expect(loggableError(lost).message).toBe('[statement] - Connection terminated unexpectedly');
    expect((loggableError(wrapped).cause as { message: string }).message).toBe("value '…' refused; Key (nik)=(…) exists; call [number]");
    // a database error keeps its SQLSTATE and names only
    const db = Object.assign(new Error('duplicate key value violates unique constraint "citizen_nik_unique"'), {
      code: '23505',
      detail: 'Key (nik)=(7471024506900001) already exists.',
      table: 'citizen',
    });
    expect(loggableError(db)).toMatchObject({ code: '23505', table: 'citizen', message: 'duplicate key value violates unique constraint "…"' });
    const badValue = Object.assign(new Error('invalid input syntax for type uuid: "Warga Uji"'), { code: '22P02' });
    expect(loggableError(badValue).message).toBe('invalid input syntax for type uuid: "…"');
    expect(JSON.stringify(loggableError(db))).not.toMatch(/7471/);
  });

  it('InputCheck collects all problems before throwing', () => {
    const v = new InputCheck('input');
    v.text('name', '', { max: 10 });
    v.text('note', 'x'.repeat(11), { max: 10 });
    v.phone('phone', '12');
    v.number('amount', -1, { min: 0, max: 5 });
    expect(() => v.done()).toThrow(AppError);
    expect(v.problems.map((p) => p.field)).toEqual(['input.name', 'input.note', 'input.phone', 'input.amount']);
  });

  it('normalises Indonesian phone numbers', () => {
    expect(normalisePhone('0812-3456-7890')).toBe('+6281234567890');
    expect(normalisePhone('+62 401 312 0000')).toBe('+624013120000');
    expect(normalisePhone('12345')).toBeUndefined();
  });
});

describe('tokens', () => {
  const officer = {
    kind: 'officer' as const,
    id: 'o1',
    name: 'Lurah',
    role: OfficerRole.LURAH,
    kelurahanId: '74.71.02.1009',
    kecamatanId: '74.71.02',
    agencyId: null,
  };

  it('round-trips an officer token with its scope', () => {
    expect(verifyAccessToken(signAccessToken(officer, SECRET), SECRET)).toEqual(officer);
  });
  it('rejects a token signed with another secret, an expired one and a malformed header', () => {
    expect(() => verifyAccessToken(signAccessToken(officer, 'x'.repeat(40)), SECRET)).toThrow(/Invalid access token/);
    expect(() => verifyAccessToken(signAccessToken(officer, SECRET, -1), SECRET)).toThrow(/expired/);
    expect(() => viewerFromAuthorization('Basic abc', SECRET)).toThrow(/Bearer/);
    expect(viewerFromAuthorization(undefined, SECRET)).toEqual({ kind: 'anonymous' });
  });
  it('scopes kelurahan and kecamatan officers', () => {
    expect(officerCoversKelurahan(officer, '74.71.02.1009')).toBe(true);
    expect(officerCoversKelurahan(officer, '74.71.02.1010')).toBe(false);
    expect(officerCoversKelurahan({ ...officer, role: OfficerRole.CAMAT, kelurahanId: null }, '74.71.02.1010')).toBe(true);
    expect(officerCoversKelurahan({ ...officer, role: OfficerRole.CAMAT, kelurahanId: null }, '74.71.03.1001')).toBe(false);
  });
});

describe('environment', () => {
  it('lists every problem at once', () => {
    try {
      parseEnv(subgraphEnv(4001), { PORT: 'abc', DATABASE_URL: 'mysql://x', AUTH_SECRET: 'short' });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(EnvError);
      const problems = (e as EnvError).problems.join('\n');
      expect(problems).toMatch(/PORT/);
      expect(problems).toMatch(/DATABASE_URL/);
      expect(problems).toMatch(/AUTH_SECRET/);
    }
  });
  it('has no default secret and refuses short, placeholder and publicly known ones in every mode', () => {
    const base = { DATABASE_URL: 'postgres://x@y/z' };
    for (const NODE_ENV of ['development', 'test', 'production']) {
      expect(() => parseEnv(subgraphEnv(4001), { ...base, NODE_ENV })).toThrow(/AUTH_SECRET: is required/);
      for (const AUTH_SECRET of [...KNOWN_PUBLIC_SECRETS, 'x'.repeat(40), 'changeme-changeme-changeme-changeme-1', 'abababababababababababababababababab']) {
        expect(() => parseEnv(subgraphEnv(4001), { ...base, NODE_ENV, AUTH_SECRET }), AUTH_SECRET).toThrow(/AUTH_SECRET/);
      }
    }
    expect(parseEnv(subgraphEnv(4001), { ...base, AUTH_SECRET: 'qJ7v2Lw9Xz4Tn8Rb5Kc1Md6Pf3Hs0Gy2Ue' }).AUTH_SECRET).toHaveLength(34);
  });
  it('applies defaults', () => {
    const env = parseEnv(
      { ...subgraphEnv(4002), EXTRA: z.string().default('a') },
      { DATABASE_URL: 'postgresql://u@h:5432/d', AUTH_SECRET: 'qJ7v2Lw9Xz4Tn8Rb5Kc1Md6Pf3Hs0Gy2Ue' },
    );
    expect(env.PORT).toBe(4002);
    expect(env.EXTRA).toBe('a');
  });
});

describe('workflow, rate limits, codes, working days', () => {
  const wf = new Workflow<'A' | 'B' | 'C'>('Thing', { A: ['B'], B: ['C'], C: [] });
  it('allows listed moves and refuses others with CONFLICT', () => {
    expect(() => wf.assert('A', 'B')).not.toThrow();
    try {
      wf.assert('A', 'C');
      expect.unreachable();
    } catch (e) {
      expect((e as AppError).extensions).toMatchObject({ code: 'CONFLICT', from: 'A', to: 'C', allowed: ['B'] });
    }
    expect(wf.isFinal('C')).toBe(true);
  });
  it('makes unambiguous codes', () => {
    const c = randomCode(12, 'LK');
    expect(c).toMatch(/^LK-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}-[2-9A-HJKMNP-TV-Z]{4}$/);
    expect(normaliseCode(c.toLowerCase().replace(/-/g, ' '))).toBe(c.replace(/-/g, ''));
  });
  it('counts working days in WITA, skipping the weekend', () => {
    // Friday 2026-11-20 10:00 WITA + 1 working day = end of Monday 23 Nov WITA
    expect(addWorkingDays(new Date('2026-11-20T02:00:00Z'), 1).toISOString()).toBe('2026-11-23T15:59:59.000Z');
    // Saturday + 0 days = end of the next Monday
    expect(addWorkingDays(new Date('2026-11-21T02:00:00Z'), 0).toISOString()).toBe('2026-11-23T15:59:59.000Z');
  });
});

describe('maskName', () => {
  it('keeps only a few letters, with a fixed number of stars', async () => {
    const { maskName } = await import('../src');
    expect(maskName('Siti Rahmawati')).toBe('S***i R***');
    expect(maskName('La Ode Hamid')).toBe('L*** O*** H***');
    expect(maskName('  ')).toBe('***');
  });
});

describe('clientIpOf', () => {
  const req = (peer: string, xff?: string) => ({ socket: { remoteAddress: peer }, headers: xff ? { 'x-forwarded-for': xff } : {} }) as never;
  it('believes x-forwarded-for only from the gateway (a trusted proxy)', async () => {
    const { clientIpOf } = await import('../src');
    expect(clientIpOf(req('127.0.0.1', '36.85.1.2'))).toBe('36.85.1.2');
    expect(clientIpOf(req('36.85.9.9', '1.2.3.4'))).toBe('36.85.9.9');
    expect(clientIpOf(req('127.0.0.1', 'spoofed, 36.85.1.2'))).toBe('36.85.1.2');
    expect(clientIpOf(req('127.0.0.1'))).toBe('127.0.0.1');
  });
  it('walks the chain only through configured proxies, and refuses a bad TRUSTED_PROXIES', async () => {
    const { clientIpOf, TrustedProxies } = await import('../src');
    const lb = new TrustedProxies('10.0.0.0/8, loopback');
    // browser 36.85.1.2 -> load balancer 10.0.0.5 -> this hop; a forged first entry is ignored
    expect(clientIpOf(req('::ffff:10.0.0.5', '6.6.6.6, 36.85.1.2'), lb)).toBe('36.85.1.2');
    expect(clientIpOf(req('127.0.0.1', '6.6.6.6, 36.85.1.2, 10.0.0.5'), lb)).toBe('36.85.1.2');
    // nobody trusted: the header never counts, whatever it says
    expect(clientIpOf(req('127.0.0.1', '36.85.1.2'), new TrustedProxies('none'))).toBe('127.0.0.1');
    expect(clientIpOf(req('127.0.0.1', 'not-an-ip'))).toBe('127.0.0.1');
    expect(() => new TrustedProxies('10.0.0.0/33')).toThrow(/not an IP/);
    expect(() =>
      parseEnv(subgraphEnv(4001), { DATABASE_URL: 'postgres://x@y/z', AUTH_SECRET: 'qJ7v2Lw9Xz4Tn8Rb5Kc1Md6Pf3Hs0Gy2Ue', TRUSTED_PROXIES: 'gateway' }),
    ).toThrow(/TRUSTED_PROXIES/);
    expect(
      parseEnv(subgraphEnv(4001), { DATABASE_URL: 'postgres://x@y/z', AUTH_SECRET: 'qJ7v2Lw9Xz4Tn8Rb5Kc1Md6Pf3Hs0Gy2Ue' }).TRUSTED_PROXIES.has('127.0.0.1'),
    ).toBe(true);
  });
});
