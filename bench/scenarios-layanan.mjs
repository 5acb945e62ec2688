// Scenario 9 (issue 18): the resident's "Layanan saya" page (/akun) in one operation: the profile and
// the timeline's six sources (LAIKA letters, Fire Button reports, JARI reports, JAKPA tax bills, health
// queue numbers, DPMPTSP permit applications), with exactly the fields the portal asks for in
// portal/app/akun/page.tsx and portal/lib/timeline.ts. The portal sends them as seven operations so
// one failing source does not hide the others; here they are one, so one request touches all seven
// subgraphs. A source whose field has not landed is left out (and said so by run.mjs).

const isObj = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);
const str = (x) => typeof x === 'string';

/**
 * [field, selection, check of one node] of each source, as the portal asks for it.
 * @type {Array<[string, string, (n: any) => boolean]>}
 */
const SOURCES = [
  [
    'letterRequests',
    'letterRequests(first: 50) { nodes { id status createdAt dueAt issuedAt overdue verificationCode letterType { id name service { id nameEn } } } }',
    (n) => str(n.id) && str(n.status) && str(n.letterType?.name),
  ],
  [
    'fireReports',
    'fireReports(first: 20) { nodes { id trackingCode kind status createdAt station { name } timeline { actorKind } } }',
    (n) => str(n.trackingCode) && Array.isArray(n.timeline),
  ],
  [
    'jariReports',
    'jariReports(first: 20) { nodes { id trackingCode category status receivedAt followUpDueAt followedUpAt overdue } }',
    (n) => str(n.trackingCode),
  ],
  [
    'taxObjects',
    'taxObjects(first: 50) { nodes { id nop { digits formatted } bills(first: 6) { nodes { id year issuedAt dueDate today { status isOverdue } } } } }',
    (n) => str(n.nop?.digits) && Array.isArray(n.bills?.nodes) && n.bills.nodes.every((b) => Number.isInteger(b.year) && str(b.today?.status)),
  ],
  [
    'appointments',
    'appointments(first: 20) { nodes { id number status date createdAt bookingCode facility { id name } service { id name } } }',
    (n) => Number.isInteger(n.number) && str(n.facility?.name) && str(n.service?.name),
  ],
  [
    'permitApplications',
    'permitApplications(first: 50) { nodes { id status createdAt stageDueAt overdue businessName verificationCode permitType { id name } } }',
    (n) => str(n.status) && str(n.permitType?.name),
  ],
];

/** The operation over the sources present in the supergraph (`f.has(type, field)`). */
export function layananSaya(f) {
  const present = SOURCES.filter(([field]) => f.has('Citizen', field));
  return {
    key: 'layanansaya',
    sources: present.map(([field]) => field),
    missing: SOURCES.filter(([field]) => !f.has('Citizen', field)).map(([field]) => field),
    query: `query LayananSaya {
  me {
    id name nik phone kelurahan { id name kecamatan { id name } }
    ${present.map(([, sel]) => sel).join('\n    ')}
  }
}`,
  };
}

/** A good answer: the profile with its region names, and every present source a list whose nodes have the portal's fields. */
export function checkLayananSaya(sources) {
  const checks = SOURCES.filter(([field]) => sources.includes(field));
  return (d) => {
    const me = d?.me;
    if (!isObj(me) || !str(me.id) || !str(me.name) || !str(me.nik) || !str(me.kelurahan?.kecamatan?.name)) return false;
    for (const [field, , node] of checks) {
      const list = me[field];
      if (!isObj(list) || !Array.isArray(list.nodes) || !list.nodes.every(node)) return false;
    }
    return true;
  };
}
