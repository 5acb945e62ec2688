// The five scenarios of issue 7: the operations, the variables they rotate, and the shape every
// response must have. Built from what the composed supergraph offers, so a subgraph that has not
// landed yet is left out of scenario 2 (and said so), instead of failing the run.
// Scenarios 6-8 (issue 18) are the cells the permits, JAKPA and health authors wrote in
// scenarios-*.mjs; they are wired in here (CELLS) and left out when their field has not landed.
import permitsRegister from './scenarios-permits.mjs';
import { healthFinder } from './scenarios-health.mjs';
import { jakpaBillLookup } from './scenarios-jakpa.mjs';
import { checkLayananSaya } from './scenarios-layanan.mjs';
import { GROWTH } from './growth.mjs';

const months = (n) => {
  const out = [];
  const d = new Date();
  for (let i = 0; i < n; i++) {
    const m = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - i, 1));
    out.push(`${m.getUTCFullYear()}-${String(m.getUTCMonth() + 1).padStart(2, '0')}`);
  }
  return out;
};

const isObj = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);
const str = (x) => typeof x === 'string';
const int = (x) => Number.isInteger(x);

export const SCENARIOS = {
  1: { key: 'catalogue', title: '1 catalogue (core only, public)', oneSubgraph: 'core' },
  2: { key: 'dashboard', title: '2 citizen dashboard (token, every subgraph)' },
  3: { key: 'publiclists', title: '3 public lists with entity hops' },
  // no "direct" cell: the answer's kelurahan name comes from core, so firebutton alone cannot give
  // the checked answer (a direct cell counted every response as an error)
  4: { key: 'emergency', title: '4 reportEmergency mutation (token)' },
  5: { key: 'cached', title: '5 same public query repeated (response cache)' },
  6: { key: permitsRegister.key, title: '6 permit register search (public, hop to core)', needs: ['Query', 'permitRegister'] },
  // anonymous, 20 NOPs: under the per-client throttle (30 distinct NOPs an hour); the issue wants it
  // through an API key so the throttle cannot decide the figure, but API keys do not exist yet
  7: { key: jakpaBillLookup.key, title: '7 JAKPA bill lookup (public, 20 NOPs, no API key yet)', needs: ['Query', 'taxBill'] },
  8: { key: healthFinder.key, title: '8 health facility finder (public, health only)', oneSubgraph: 'health', needs: ['Query', 'healthFacilities'] },
  // the portal's /akun page (profile + the timeline of all six services) as one operation (scenarios-layanan.mjs)
  9: { key: 'layanansaya', title: '9 "Layanan saya": profile + all six services in one operation (token)', needs: ['Citizen', 'letterRequests'] },
};

/** Scenarios 6-8: { query, variables(), check(body) } as their subgraphs' authors wrote them. */
export const CELLS = { 6: permitsRegister, 7: jakpaBillLookup, 8: healthFinder };

// ---------------------------------------------------------------- 1. catalogue
export const CATALOGUE = `query Catalogue($search: String, $first: Int!, $after: String) {
  services(search: $search, first: $first, after: $after) {
    totalCount
    nodes { id name level isFree feeRupiah feeLegalBasis timeLimitDays timeLimitText requirements steps product complaintChannel legalBasis agency { id shortName } }
    pageInfo { hasNextPage endCursor }
  }
}`;
const SEARCHES = [null, 'ktp', 'usaha', 'akta', 'surat', 'izin', 'keterangan', 'kesehatan', 'domisili', 'pindah'];

export function catalogueVariants() {
  const out = [];
  for (const search of SEARCHES) for (const first of [10, 20]) out.push({ query: CATALOGUE, variables: { search, first, after: null } });
  return out;
}
export function checkCatalogue(d) {
  const s = d?.services;
  return (
    isObj(s) &&
    int(s.totalCount) &&
    Array.isArray(s.nodes) &&
    s.nodes.every((n) => str(n.id) && str(n.name) && Array.isArray(n.requirements) && str(n.agency?.shortName)) &&
    isObj(s.pageInfo)
  );
}

// ---------------------------------------------------------------- 2. dashboard
/** `me` with the citizen's items in every application subgraph that exists, with hops back to core. */
export function dashboardQuery(f, first = '$first') {
  const parts = [];
  if (f.has('Citizen', 'letterRequests'))
    parts.push(
      `letterRequests(first: ${first}) { totalCount nodes { id status purpose createdAt dueAt overdue letterType { id name } service { id name timeLimitText } kelurahan { id name } } pageInfo { hasNextPage endCursor } }`,
    );
  if (f.has('Citizen', 'fireReports'))
    parts.push(
      `fireReports(first: ${first}) { totalCount nodes { id trackingCode kind status createdAt station { id name } kelurahan { id name } kecamatan { id name } } pageInfo { hasNextPage endCursor } }`,
    );
  if (f.has('Citizen', 'jariReports'))
    parts.push(
      `jariReports(first: ${first}) { totalCount nodes { id trackingCode category status receivedAt overdue agency { id shortName } service { id name } } pageInfo { hasNextPage endCursor } }`,
    );
  return {
    lists: parts.map((p) => p.split('(')[0]),
    query: `query Dashboard${first === '$first' ? '($first: Int!)' : ''} {
  me {
    id name maskedName
    kelurahan { id name kecamatan { id name } }
    ${parts.join('\n    ')}
  }
}`,
  };
}
export function checkDashboard(lists) {
  return (d) => {
    const me = d?.me;
    if (!isObj(me) || !str(me.id) || !str(me.name) || !str(me.kelurahan?.kecamatan?.name)) return false;
    for (const l of lists) if (!isObj(me[l]) || !Array.isArray(me[l].nodes) || !int(me[l].totalCount)) return false;
    return (
      (me.letterRequests?.nodes ?? []).every((n) => str(n.service?.name) && str(n.kelurahan?.name)) &&
      (me.jariReports?.nodes ?? []).every((n) => str(n.agency?.shortName))
    );
  };
}

// ---------------------------------------------------------------- 3. public lists
/**
 * A few hundred public items with entity hops: the service-status board (jari) with each point's
 * agency and service (core), and every kelurahan (core) with its LAIKA letter statistics (laika).
 */
export function publicListsQuery(f, { board = true, stats = true } = {}) {
  const parts = [];
  if (board && f.has('Query', 'serviceStatusBoard'))
    parts.push(
      `board: serviceStatusBoard(first: $first, after: $after, status: $status) { totalCount nodes { id place status reason stockRemaining lastUpdatedAt agency { id shortName name } service { id name timeLimitText isFree } } pageInfo { hasNextPage endCursor } }`,
    );
  if (stats)
    parts.push(
      `kelurahans { id name kecamatan { id name }${f.has('Kelurahan', 'letterStats') ? ' letterStats(month: $month) { month submittedCount issuedCount overdueOpenCount withinTimeLimitShare }' : ''}${f.has('Kelurahan', 'fireStations') && !f.has('Kelurahan', 'letterStats') ? ' fireStations { distanceMetres }' : ''} }`,
    );
  const vars = [];
  if (parts.some((p) => p.includes('$first'))) vars.push('$first: Int!', '$after: String', '$status: ServiceAvailability');
  if (parts.some((p) => p.includes('$month'))) vars.push('$month: String');
  return {
    query: `query PublicLists${vars.length ? `(${vars.join(', ')})` : ''} {\n  ${parts.join('\n  ')}\n}`,
    hasBoard: parts.some((p) => p.startsWith('board')),
    hasStats: f.has('Kelurahan', 'letterStats'),
  };
}
export function publicListsVariants(f, cursors = [null]) {
  const q = publicListsQuery(f);
  const out = [];
  for (const month of q.hasStats ? months(6) : [undefined])
    for (const status of q.hasBoard ? [null, 'AVAILABLE', 'LIMITED'] : [undefined])
      for (const after of q.hasBoard ? cursors : [undefined]) {
        const variables = {};
        if (q.hasBoard) Object.assign(variables, { first: 100, after, status });
        if (q.hasStats) variables.month = month;
        out.push({ query: q.query, variables });
      }
  return out;
}
export function checkPublicLists(d) {
  if (!Array.isArray(d?.kelurahans) || d.kelurahans.length < 60) return false;
  if (!d.kelurahans.every((k) => str(k.kecamatan?.name) && (k.letterStats === undefined || int(k.letterStats?.submittedCount)))) return false;
  if (d.board !== undefined) {
    if (!Array.isArray(d.board?.nodes) || !int(d.board.totalCount)) return false;
    if (!d.board.nodes.every((n) => str(n.agency?.shortName) && str(n.service?.name))) return false;
  }
  return true;
}

// ---------------------------------------------------------------- 4. emergency
export const REPORT_EMERGENCY = `mutation Report($input: ReportEmergencyInput!) {
  reportEmergency(input: $input) {
    replayed assignment message
    report { id trackingCode status kind stationDistanceMetres station { id name } kelurahan { id name } }
  }
}`;
// Kota Kendari lies roughly within these bounds (land part); reports are spread across it
const LAT = [-4.02, -3.96];
const LNG = [122.48, 122.6];
export function emergencyInput(i) {
  const r = (a, k) => a[0] + (a[1] - a[0]) * (((i * k) % 1000) / 1000);
  return {
    kind: i % 5 === 0 ? 'RESCUE' : 'FIRE',
    latitude: Number(r(LAT, 389).toFixed(5)),
    longitude: Number(r(LNG, 617).toFixed(5)),
    addressText: 'Jl. bench',
    description: 'bench load',
    idempotencyKey: `bench-${process.pid}-${i}-${Date.now()}`,
  };
}
export function checkEmergency(d) {
  const p = d?.reportEmergency;
  return isObj(p) && p.replayed === false && str(p.report?.trackingCode) && str(p.report?.station?.name) && str(p.report?.kelurahan?.name);
}

// ---------------------------------------------------------------- 5. cached
export const CACHED = `query Landing { kecamatans { id name kelurahans { id name } } agencies { id shortName name kind } services(first: 20) { totalCount nodes { id name isFree feeRupiah timeLimitText agency { shortName } } } }`;
export function checkCached(d) {
  return (
    Array.isArray(d?.kecamatans) && d.kecamatans.length === 11 && Array.isArray(d.agencies) && Array.isArray(d.services?.nodes) && d.services.nodes.length > 0
  );
}

export const CHECKS = {
  catalogue: () => checkCatalogue,
  publiclists: () => checkPublicLists,
  emergency: () => checkEmergency,
  cached: () => checkCached,
  dashboard: (lists) => checkDashboard(lists),
  layanansaya: (sources) => checkLayananSaya(sources),
  // cost growth (growth.mjs): exactly the items asked for
  growth:
    ({ key, n }) =>
    (d) =>
      GROWTH.find((g) => g.key === key).items(d) === n,
  // the load generator has already refused any answer with errors; these checks take the whole body
  ...Object.fromEntries(Object.values(CELLS).map((c) => [c.key, () => (d) => c.check({ data: d })])),
};
