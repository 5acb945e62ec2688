import { forbidden, OfficerRole, unauthenticated, type Viewer } from '@kendari/kit';

export type OfficerViewer = Extract<Viewer, { kind: 'officer' }>;

/** Roles that work on letters (ADMIN may read, see officerSees). */
export const LAIKA_ROLES = [OfficerRole.KELURAHAN_OFFICER, OfficerRole.LURAH, OfficerRole.CAMAT];

/** An officer who may use LAIKA at all; others are FORBIDDEN, anonymous UNAUTHENTICATED. */
export function requireLaikaOfficer(viewer: Viewer): OfficerViewer {
  if (viewer.kind === 'anonymous') throw unauthenticated();
  if (viewer.kind !== 'officer' || !(LAIKA_ROLES.includes(viewer.role) || viewer.role === OfficerRole.ADMIN)) {
    throw forbidden('Only kelurahan and kecamatan officers handle letter requests', 'Hanya petugas kelurahan dan kecamatan yang menangani permohonan surat');
  }
  return viewer;
}

/**
 * Whether an officer's area covers a request: kelurahan roles their own kelurahan only, a camat
 * their kecamatan, ADMIN everything. Any other role sees nothing.
 */
export function officerSees(viewer: OfficerViewer, r: { kelurahanId: string; kecamatanId: string }): boolean {
  switch (viewer.role) {
    case OfficerRole.ADMIN:
      return true;
    case OfficerRole.KELURAHAN_OFFICER:
    case OfficerRole.LURAH:
      return !!viewer.kelurahanId && viewer.kelurahanId === r.kelurahanId;
    case OfficerRole.CAMAT:
      return !!viewer.kecamatanId && viewer.kecamatanId === r.kecamatanId;
    default:
      return false;
  }
}

/** The applicant themself, or an officer whose area covers the request. */
export function mayReadRequest(viewer: Viewer, r: { citizenId: string; kelurahanId: string; kecamatanId: string }): boolean {
  if (viewer.kind === 'citizen') return viewer.id === r.citizenId;
  if (viewer.kind === 'officer') return officerSees(viewer, r);
  return false;
}

/** SQL-side filter of the requests an officer may see (for lists). */
export function officerScopeWhere(viewer: OfficerViewer): Record<string, unknown> | null {
  switch (viewer.role) {
    case OfficerRole.ADMIN:
      return {};
    case OfficerRole.KELURAHAN_OFFICER:
    case OfficerRole.LURAH:
      return viewer.kelurahanId ? { kelurahanId: viewer.kelurahanId } : null;
    case OfficerRole.CAMAT:
      return viewer.kecamatanId ? { kecamatanId: viewer.kecamatanId } : null;
    default:
      return null;
  }
}
