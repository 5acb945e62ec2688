// Bench cell for permits: the public register search through the gateway (anonymous), rotating
// search words, type filters and pages, with the checked answer shape. The lead wires it into run.mjs.

const SEARCHES = [null, 'warung', 'apotek', 'klinik', '503/PBG', 'kafe', 'hotel', 'toko', 'reklame', 'DPMPTSP'];
const TYPES = [null, 'izin-pbg', 'izin-reklame', 'izin-tdup', 'izin-klinik'];

const isObj = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);

export const permitsRegister = {
  key: 'permitsregister',
  title: 'permits: public register search (anonymous)',
  query: `query PermitRegister($search: String, $type: ID, $first: Int!) {
  permitRegister(search: $search, permitTypeId: $type, first: $first) {
    totalCount
    nodes { permitNumber businessName status issuedAt validUntil permitType { id shortName } kelurahan { id name } }
    pageInfo { hasNextPage endCursor }
  }
}`,
  /** Every combination once, in a fixed order (the load generator cycles through them). */
  variables() {
    const out = [];
    for (const search of SEARCHES) for (const type of TYPES) out.push({ search, type, first: 20 });
    return out;
  },
  /** A good answer: a page of at most 20 public rows, each with number, type, kelurahan name and status. */
  check(body) {
    const r = body?.data?.permitRegister;
    if (body?.errors?.length || !isObj(r) || !Number.isInteger(r.totalCount) || !Array.isArray(r.nodes) || r.nodes.length > 20) return false;
    return r.nodes.every(
      (n) =>
        typeof n.permitNumber === 'string' &&
        ['VALID', 'EXPIRED', 'REVOKED'].includes(n.status) &&
        isObj(n.permitType) &&
        isObj(n.kelurahan) &&
        typeof n.kelurahan.name === 'string' &&
        !('applicantName' in n),
    );
  },
};

export default permitsRegister;
