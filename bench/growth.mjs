// Cost growth of issue 18's new lists: the permit register, the health facility finder, Bapenda's
// tax objects with their bills, and a resident's queue bookings, each asked at 10, 100 and 1000 items
// (pages of at most 100, the kit's MAX_PAGE_SIZE: 1000 is ten aliased pages with cursors). run.mjs
// counts each subgraph's SQL statements per operation at each size (must not grow) and measures p99.
// Rows the seed does not have are added first, in the bench's own throw-away database, the way the
// subgraphs' own batching tests add them.

const SIZES = [10, 100, 1000];

/** `first`/`after` of each page for n items (after = the cursor of the item before the page). */
function pages(n, encodeCursor) {
  const out = [];
  for (let offset = 0; offset < n; offset += 100) out.push({ first: Math.min(100, n - offset), after: offset ? encodeCursor(offset - 1) : null });
  return out;
}
const aliased = (n, encodeCursor, field, args, selection) =>
  pages(n, encodeCursor)
    .map(
      (p, i) => `p${i}: ${field}(${[args, `first: ${p.first}`, p.after ? `after: ${JSON.stringify(p.after)}` : ''].filter(Boolean).join(', ')}) ${selection}`,
    )
    .join('\n  ');
const nodesOf = (data, path) => Object.values(path(data) ?? {}).flatMap((page) => page?.nodes ?? []);

export const GROWTH = [
  {
    key: 'permitRegister',
    title: 'permit register (permits; permit type and kelurahan name)',
    needs: ['Query', 'permitRegister'],
    // 1000 issued permits more than the seed's (as permits' own batching test adds them)
    setup: `insert into permits.permit_application (id, citizen_id, applicant_name, permit_type_id, business_name, kelurahan_id, kecamatan_id, fields, status, created_at, updated_at, issued_at, permit_number, valid_until)
      select gen_random_uuid(), gen_random_uuid(), 'Bench', (array['izin-pbg','izin-tdup','izin-reklame','izin-klinik'])[1 + g % 4], 'Usaha Bench ' || g, '74.71.02.1009', '74.71.02', '{}', 'ISSUED', now() - interval '30 days', now(), now() - (g || ' minutes')::interval, 'BENCH/' || g, now() + interval '1 year'
      from generate_series(1, 1000) g`,
    operation: (n, { encodeCursor }) => ({
      query: `{\n  ${aliased(n, encodeCursor, 'permitRegister', 'search: "Usaha Bench"', '{ nodes { permitNumber businessName status issuedAt validUntil permitType { id shortName } kelurahan { id name } } }')}\n}`,
    }),
    items: (d) => nodesOf(d, (x) => x).length,
  },
  {
    key: 'healthFacilities',
    // a small selection per facility: 1000 facilities with more stays above the gateway's operation cost limit (25 000)
    title: 'health facility finder (health; services and opening days)',
    needs: ['Query', 'healthFacilities'],
    // 1000 clinics in a kecamatan code of their own, each with two services and six opening days (as health's test)
    setup: `insert into health.facility (id, name, type, address, kelurahan_id, kecamatan_id, latitude, longitude)
        select 'bench-' || g, 'Klinik Bench ' || lpad(g::text, 4, '0'), 'CLINIC', 'Jl. Bench', '74.71.02.1009', '99.bench', -3.97, 122.58 from generate_series(1, 1000) g;
      insert into health.facility_service (id, facility_id, code, name, bookable, minutes_per_patient, default_capacity_jkn, default_capacity_umum)
        select 'bench-' || g || '.POLI_UMUM', 'bench-' || g, 'POLI_UMUM', 'Poli Umum', true, 10, 5, 5 from generate_series(1, 1000) g
        union all select 'bench-' || g || '.FARMASI', 'bench-' || g, 'FARMASI', 'Farmasi', false, 5, 0, 0 from generate_series(1, 1000) g;
      insert into health.facility_hours (facility_id, weekday, opens_min, closes_min) select 'bench-' || g, d, 480, 1260 from generate_series(1, 1000) g, generate_series(1, 6) d;`,
    operation: (n, { encodeCursor }) => ({
      query: `{\n  ${aliased(n, encodeCursor, 'healthFacilities', 'kecamatanId: "99.bench"', '{ nodes { id name openNow services { code } openingHours { weekday } } }')}\n}`,
    }),
    items: (d) => nodesOf(d, (x) => x).length,
  },
  {
    key: 'taxBills',
    title: "Bapenda's tax objects, each with its latest bill and today's total (jakpa; officer token)",
    needs: ['Query', 'bapendaTaxObjects'],
    setup: null, // the seed has 3386 objects
    operation: (n, { encodeCursor, bapendaToken }) => ({
      query: `{\n  ${aliased(n, encodeCursor, 'bapendaTaxObjects', '', '{ nodes { id nop { formatted } kelurahan { id name } bills(first: 1) { nodes { id year amount today { status totalDue } } } } }')}\n}`,
      headers: { authorization: `Bearer ${bapendaToken}` },
    }),
    items: (d) => nodesOf(d, (x) => x).flatMap((o) => o.bills?.nodes ?? []).length,
  },
  {
    key: 'appointments',
    title: "a resident's queue bookings with facility and service (health; the resident's token)",
    needs: ['Citizen', 'appointments'],
    // 1000 past (cancelled) bookings of the bench's first resident, on the seed's real sessions
    setup: `insert into health.appointment (id, booking_code, citizen_id, facility_id, service_id, session_id, date, number, payer, status, created_at)
      select gen_random_uuid(), 'BENCH-' || g, $1::uuid, a.facility_id, a.service_id, a.session_id, a.date, a.number, a.payer, 'CANCELLED', now() - (g || ' minutes')::interval
      from generate_series(1, 1000) g, lateral (select * from health.appointment order by id limit 1 offset g % 50) a`,
    setupParams: ({ citizenId }) => [citizenId],
    operation: (n, { encodeCursor, citizenToken }) => ({
      query: `{\n  me {\n  id\n  ${aliased(n, encodeCursor, 'appointments', '', '{ nodes { id number status date bookingCode facility { id name } service { id name } } }')}\n  }\n}`,
      headers: { authorization: `Bearer ${citizenToken}` },
    }),
    items: (d) => nodesOf(d?.me, (x) => Object.fromEntries(Object.entries(x ?? {}).filter(([k]) => k.startsWith('p')))).length,
  },
];

export { SIZES };
