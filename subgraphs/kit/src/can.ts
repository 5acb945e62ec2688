import { OfficerRole, officerCoversKelurahan, type Viewer } from './auth';
import { forbidden, notFound, unauthenticated } from './errors';

/**
 * One permission vocabulary for every subgraph. A subgraph declares its actions once (src/policy.ts):
 * for each action, who may do it (grants) and what a refused caller is told. Code then asks
 * `policy.can(viewer, action, resource)` (a boolean: field visibility, filters) or
 * `policy.must(viewer, action, resource)` (throws UNAUTHENTICATED, NOT_FOUND or FORBIDDEN, the same way
 * everywhere) instead of comparing roles by hand.
 */

export type CitizenViewer = Extract<Viewer, { kind: 'citizen' }>;
export type OfficerViewer = Extract<Viewer, { kind: 'officer' }>;
export type SignedInViewer = CitizenViewer | OfficerViewer;

/** What an action is about: whose it is and where it sits. Fields left out do not narrow anything. */
export interface Resource {
  /** The resident whose thing it is (an account id). */
  ownerId?: string | null;
  kelurahanId?: string | null;
  kecamatanId?: string | null;
  agencyId?: string | null;
  facilityId?: string | null;
  /** The caller proved a secret of this resource in this request (a code and secret, a password just checked). */
  proven?: boolean;
}

/** How far an officer grant reaches: the officer's own kelurahan, kecamatan, area (kelurahan, else kecamatan), agency, facility, or the city. */
export type OfficerScope = 'city' | 'kelurahan' | 'kecamatan' | 'area' | 'agency' | 'facility';

export interface AnyoneGrant {
  kind: 'anyone';
}
/** Any resident account (acting on their own behalf). */
export interface CitizenGrant {
  kind: 'citizen';
}
/** The resident account whose id is the resource's `ownerId`. */
export interface OwnerGrant {
  kind: 'owner';
}
/** Whoever proved the resource's secret in this request (`resource.proven`), logged in or not. */
export interface ProofGrant {
  kind: 'proof';
}
export interface OfficerGrant {
  kind: 'officer';
  roles: readonly OfficerRole[] | 'any';
  scope: OfficerScope;
  /** With scope `agency`: this agency (else the resource's agencyId). */
  agency?: string;
  /** ADMIN passes every officer grant (role and scope) unless this is false. */
  admin: boolean;
}
export type Grant = AnyoneGrant | CitizenGrant | OwnerGrant | ProofGrant | OfficerGrant;

export const anyone = (): AnyoneGrant => ({ kind: 'anyone' });
export const citizen = (): CitizenGrant => ({ kind: 'citizen' });
export const owner = (): OwnerGrant => ({ kind: 'owner' });
export const proof = (): ProofGrant => ({ kind: 'proof' });
/** Officers in `roles` (and ADMIN, unless `admin: false`), within `scope` (default: the city). */
export const officer = (roles: readonly OfficerRole[] | 'any', opts: { scope?: OfficerScope; agency?: string; admin?: boolean } = {}): OfficerGrant => ({
  kind: 'officer',
  roles,
  scope: opts.agency && !opts.scope ? 'agency' : (opts.scope ?? 'city'),
  ...(opts.agency ? { agency: opts.agency } : {}),
  admin: opts.admin ?? true,
});

export interface Message {
  en: string;
  id: string;
}

export interface ActionSpec {
  grants: readonly Grant[];
  /** What a refused caller is told (FORBIDDEN); default: names the roles or says a resident account is needed. */
  denied?: Message | ((viewer: Viewer, what?: string) => Message);
  /** For an officer whose role fits but whose scope does not cover the resource (default: `denied`). */
  outOfScope?: Message;
  /** For an officer whose role fits but whose account has no kelurahan/kecamatan/agency/facility to scope by (mustScopeOf). */
  noScope?: Message;
  /** Refused callers get NOT_FOUND naming this (so nothing hints that the thing exists), instead of FORBIDDEN. */
  hidden?: Message;
  /** true: an anonymous caller is refused like any other (FORBIDDEN or NOT_FOUND); default: UNAUTHENTICATED. */
  anonymousDenied?: boolean;
}

/** Who `must` returns for an action: an officer when only officers are granted, a resident when only residents. */
export type ActorOf<G extends Grant> = G extends OfficerGrant ? OfficerViewer : G extends CitizenGrant | OwnerGrant ? CitizenViewer : Viewer;

const roleFits = (g: OfficerGrant, v: OfficerViewer) => (g.admin && v.role === OfficerRole.ADMIN) || g.roles === 'any' || g.roles.includes(v.role);

function scopeCovers(g: OfficerGrant, v: OfficerViewer, r: Resource): boolean {
  if (g.admin && v.role === OfficerRole.ADMIN) return true;
  switch (g.scope) {
    case 'city':
      return true;
    case 'kelurahan':
      return !!v.kelurahanId && v.kelurahanId === r.kelurahanId;
    case 'kecamatan':
      return !!v.kecamatanId && v.kecamatanId === r.kecamatanId;
    case 'area':
      return !!r.kelurahanId && officerCoversKelurahan(v, r.kelurahanId);
    case 'agency':
      return !!v.agencyId && v.agencyId === (g.agency ?? r.agencyId);
    case 'facility':
      return !!v.facilityId && v.facilityId === r.facilityId;
  }
}

/** Whether one grant lets this viewer act on this resource. */
export function grants(g: Grant, viewer: Viewer, r: Resource = {}): boolean {
  switch (g.kind) {
    case 'anyone':
      return true;
    case 'proof':
      return !!r.proven;
    case 'citizen':
      return viewer.kind === 'citizen';
    case 'owner':
      return viewer.kind === 'citizen' && !!r.ownerId && viewer.id === r.ownerId;
    case 'officer':
      return viewer.kind === 'officer' && roleFits(g, viewer) && scopeCovers(g, viewer, r);
  }
}

function defaultDenied(spec: ActionSpec): Message {
  const officers = spec.grants.filter((g): g is OfficerGrant => g.kind === 'officer');
  if (!officers.length) return { en: 'Only a citizen account can do this', id: 'Hanya akun warga yang dapat melakukan ini' };
  const roles = [...new Set(officers.flatMap((g): readonly string[] => (g.roles === 'any' ? ['any officer'] : g.roles)))];
  // `officer([])`: ADMIN alone
  if (!roles.length) roles.push(OfficerRole.ADMIN);
  return { en: `Requires one of the roles ${roles.join(', ')}`, id: 'Peran Anda tidak berwenang melakukan ini' };
}

/** UNAUTHENTICATED for anyone not logged in. */
export function signedIn(viewer: Viewer): SignedInViewer {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  return viewer;
}

export interface Policy<A extends Record<string, ActionSpec>> {
  readonly actions: A;
  /** `resource` null: the thing does not exist (false). */
  can(viewer: Viewer, action: keyof A & string, resource?: Resource | null): boolean;
  /**
   * Returns the viewer when allowed; `resource` null (the thing does not exist) is refused like a caller
   * without access. `what` (e.g. the field being read) goes to a `denied` message function.
   */
  must<K extends keyof A & string>(viewer: Viewer, action: K, resource?: Resource | null, what?: string): ActorOf<A[K]['grants'][number]>;
  /**
   * The part of the city an officer may act on for `action`, as a filter for a list query: `{}` for all
   * of it (ADMIN, city-wide roles), `{ kelurahanId }`, `{ kecamatanId }`, `{ agencyId }` or `{ facilityId }`;
   * null when no officer grant of the action fits the viewer (or the account lacks the scope it needs).
   */
  scopeOf(viewer: Viewer, action: keyof A & string): Resource | null;
  /** scopeOf, or the refusal: UNAUTHENTICATED, FORBIDDEN (`denied`) when no officer grant fits the role, FORBIDDEN (`noScope`) when the account lacks the scope. */
  mustScopeOf(viewer: Viewer, action: keyof A & string): Resource;
}

/**
 * A subgraph's actions, declared in one place:
 *
 *   export const policy = definePolicy({
 *     'letter.read': { grants: [owner(), officer([OfficerRole.LURAH], { scope: 'kelurahan' })], hidden: { en: 'Letter request', id: 'Permohonan surat' } },
 *   });
 *   policy.must(ctx.viewer, 'letter.read', { ownerId: r.citizenId, kelurahanId: r.kelurahanId });
 */
export function definePolicy<const A extends Record<string, ActionSpec>>(actions: A): Policy<A> {
  const specOf = (action: string): ActionSpec => {
    const spec = actions[action];
    if (!spec) throw new Error(`No such action in the policy: ${action}`);
    return spec;
  };
  const can = (viewer: Viewer, action: string, resource: Resource | null = {}) => !!resource && specOf(action).grants.some((g) => grants(g, viewer, resource));
  const deniedOf = (spec: ActionSpec, viewer: Viewer, what?: string) =>
    typeof spec.denied === 'function' ? spec.denied(viewer, what) : (spec.denied ?? defaultDenied(spec));
  const roleFitsAny = (spec: ActionSpec, viewer: Viewer) => viewer.kind === 'officer' && spec.grants.some((g) => g.kind === 'officer' && roleFits(g, viewer));
  const policy: Policy<A> = {
    actions,
    can,
    must(viewer, action, resource = {}, what) {
      const spec = specOf(action);
      if (can(viewer, action, resource)) return viewer as never;
      if (viewer.kind === 'anonymous' && !spec.anonymousDenied) throw unauthenticated();
      if (spec.hidden) throw notFound(spec.hidden.en, spec.hidden.id);
      const m = spec.outOfScope && roleFitsAny(spec, viewer) ? spec.outOfScope : deniedOf(spec, viewer, what);
      throw forbidden(m.en, m.id);
    },
    mustScopeOf(viewer, action) {
      const scope = policy.scopeOf(viewer, action);
      if (scope) return scope;
      const spec = specOf(action);
      if (viewer.kind === 'anonymous') throw unauthenticated();
      const m = spec.noScope && roleFitsAny(spec, viewer) ? spec.noScope : deniedOf(spec, viewer);
      throw forbidden(m.en, m.id);
    },
    scopeOf(viewer, action) {
      if (viewer.kind !== 'officer') return null;
      for (const g of specOf(action).grants) {
        if (g.kind !== 'officer' || !roleFits(g, viewer)) continue;
        if (g.admin && viewer.role === OfficerRole.ADMIN) return {};
        switch (g.scope) {
          case 'city':
            return {};
          case 'kelurahan':
            return viewer.kelurahanId ? { kelurahanId: viewer.kelurahanId } : null;
          case 'kecamatan':
            return viewer.kecamatanId ? { kecamatanId: viewer.kecamatanId } : null;
          case 'area':
            return viewer.kelurahanId ? { kelurahanId: viewer.kelurahanId } : viewer.kecamatanId ? { kecamatanId: viewer.kecamatanId } : null;
          case 'agency':
            return g.agency ? (viewer.agencyId === g.agency ? { agencyId: g.agency } : null) : viewer.agencyId ? { agencyId: viewer.agencyId } : null;
          case 'facility':
            return viewer.facilityId ? { facilityId: viewer.facilityId } : null;
        }
      }
      return null;
    },
  };
  return policy;
}
