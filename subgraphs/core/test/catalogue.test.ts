import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph, type StartedSubgraph } from '@kendari/kit';
import { createTestDatabase, gql, gqlOk, sqlCounter, type TestDatabase } from '@kendari/kit/testing';
import { core } from '../src/subgraph';
import { catalogueSyncSql, SERVICES } from '../src/seeders/catalogue';
import { catalogueQuery } from '../src/resolvers/catalogue-search';

const SECRET = 'test-secret-test-secret-test-secret-0123';
let db: TestDatabase;
let sg: StartedSubgraph;
const sql = sqlCounter();

beforeAll(async () => {
  db = await createTestDatabase('core_catalogue');
  sg = await startSubgraph(core, { databaseUrl: db.url, authSecret: SECRET, port: 0, logLevel: 'silent', onQuery: sql.onQuery });
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
});

const SEARCH = `query($q: String, $n: Int!) { services(first: $n, search: $q) { totalCount nodes { id name nameEn } } }`;
const first = async (q: string) => (await gqlOk(sg.url, SEARCH, { q, n: 5 })).services.nodes.map((n: any) => n.id);

describe('search relevance (the search hint examples, both languages)', () => {
  // the portal's hint: "Contoh: KTP, domisili, SKTM, izin usaha, PBB" / "ID card, domicile, income letter, business permit, property tax"
  it.each([
    ['KTP', 'capil-ktp-el'],
    ['ktp', 'capil-ktp-el'],
    ['domisili', 'laika-sk-domisili'],
    ['SKTM', 'laika-sktm'],
    ['izin usaha', 'izin-nib-umk'],
    ['PBB', 'pajak-pbb'],
    ['ID card', 'capil-ktp-el'],
    ['domicile', 'laika-sk-domisili'],
    ['income letter', 'laika-sktm'],
    ['business permit', 'izin-nib-umk'],
    ['property tax', 'pajak-pbb'],
    ['KTP-el', 'capil-ktp-el'],
    ['building permit', 'izin-pbg'],
    ['IMB', 'izin-pbg'],
    ['pharmacy', 'izin-apotek'],
    ['izin praktik dokter', 'izin-sip-nakes'],
    ['pungli', 'jari-pengaduan'],
    ['kartu keluarga', 'capil-kk'],
  ])('"%s" puts %s first', async (q, id) => {
    const ids = await first(q);
    expect(ids[0], `${q}: ${ids.join(', ')}`).toBe(id);
  });

  it('"izin usaha" also finds the SKU letter; the KTP-el service is first of many for "ktp"', async () => {
    expect(await first('izin usaha')).toContain('laika-sku');
    const r = await gqlOk(sg.url, SEARCH, { q: 'ktp', n: 30 });
    expect(r.services.totalCount).toBeGreaterThan(5); // KTP-el is a requirement of many services
    expect(r.services.nodes[0].id).toBe('capil-ktp-el');
  });

  it('tolerates a typo (trigram similarity)', async () => {
    expect((await first('domisli'))[0]).toBe('laika-sk-domisili');
    expect((await first('imunisasi anak'))[0]).toBe('kesehatan-imunisasi');
  });

  it('finds nothing for words that name no service', async () => {
    const r = await gqlOk(sg.url, SEARCH, { q: 'kapal selam nuklir', n: 5 });
    expect(r.services.totalCount).toBe(0);
  });

  it('answers a search page and its total in one SQL statement, also past the end', async () => {
    sql.reset();
    const r = await gqlOk(sg.url, SEARCH, { q: 'ktp', n: 5 });
    expect(sql.count).toBe(1);
    expect(r.services.nodes).toHaveLength(5);
    const total = r.services.totalCount;
    const cursor = Buffer.from(`o:${total + 10}`).toString('base64url');
    const past = await gqlOk(sg.url, 'query($a: String) { services(first: 5, search: "ktp", after: $a) { totalCount nodes { id } } }', { a: cursor });
    expect(past.services).toEqual({ totalCount: total, nodes: [] });
  });

  it('filters by application together with a search', async () => {
    const r = await gqlOk(sg.url, '{ services(first: 20, search: "izin", application: PERMITS) { nodes { id application } } }');
    expect(r.services.nodes.length).toBeGreaterThan(3);
    expect(r.services.nodes.every((n: any) => n.application === 'PERMITS')).toBe(true);
  });

  it('never builds a malformed full-text query from odd input', async () => {
    for (const q of ["'&|!():*", 'a', '   ', 'ktp & | !', "o'reilly"]) {
      const r = await gql(sg.url, SEARCH, { q, n: 5 });
      expect(r.errors, q).toBeUndefined();
    }
    expect(catalogueQuery("'&|!")).toBeNull();
    expect(catalogueQuery('izin usaha')!.tsquery).toMatch(/^[a-z0-9:*&|() ]+$/);
  });
});

describe('honest fees', () => {
  const LEVY_OR_TAX = /retribusi|pajak|pbjt|pbb|tarif/i;

  it('every seeded service: a fee basis that names a levy or tax is never FREE; kinds are consistent; English is complete', () => {
    for (const s of SERVICES) {
      const named = LEVY_OR_TAX.test(s.feeLegalBasis) || LEVY_OR_TAX.test(s.feeNote ?? '');
      if (named) expect(s.feeKind, s.id).not.toBe('FREE');
      if (s.feeKind === 'FREE') expect([s.feeRupiah, s.feeNote ?? null], s.id).toEqual([0, null]);
      if (s.feeKind === 'FIXED') expect(s.feeRupiah, s.id).toBeGreaterThan(0);
      if (s.feeKind === 'LEVY' || s.feeKind === 'TAX') {
        expect(s.feeRupiah, s.id).toBe(0);
        expect((s.feeNote ?? '').length, s.id).toBeGreaterThan(20);
        expect((s.feeNoteEn ?? '').length, s.id).toBeGreaterThan(20);
      }
      // the doubled label "Dasar biaya: Gratis: ..." came from a basis that began with the fee itself
      // a citation only, shown as it is in either language: no prose about the fee
      expect(s.feeLegalBasis, s.id).not.toMatch(/gratis|tanpa biaya|tidak dipungut/i);
      expect(s.en.requirements, s.id).toHaveLength(s.requirements.length);
      expect(s.en.steps, s.id).toHaveLength(s.steps.length);
      expect(s.en.name.length, s.id).toBeGreaterThan(3);
      expect(s.keywords.length, s.id).toBeGreaterThan(2);
    }
  });

  it('the graph says LEVY for PBG and TAX for billboards, PBB and PBJT; none of them is free', async () => {
    const r = await gqlOk(sg.url, '{ services(first: 100) { nodes { id feeKind isFree feeRupiah feeNote feeNoteEn } } }');
    const by = Object.fromEntries(r.services.nodes.map((n: any) => [n.id, n]));
    expect(by['izin-pbg']).toMatchObject({ feeKind: 'LEVY', isFree: false });
    for (const id of ['izin-reklame', 'pajak-pbb', 'pajak-restoran']) expect(by[id], id).toMatchObject({ feeKind: 'TAX', isFree: false });
    expect(by['capil-ktp-el']).toMatchObject({ feeKind: 'FREE', isFree: true, feeNote: null });
    for (const n of r.services.nodes) expect(n.isFree, n.id).toBe(n.feeKind === 'FREE');
  });
});

describe('permit types and English texts', () => {
  it('has every permit type the permits subgraph refers to, at DPMPTSP', async () => {
    const ids = ['izin-pbg', 'izin-slf', 'izin-reklame', 'izin-sip-nakes', 'izin-apotek', 'izin-klinik', 'izin-tdup'];
    const r = await gqlOk(
      sg.url,
      '{ services(first: 100, application: PERMITS) { nodes { id application agency { id } requirements timeLimitDays legalBasis } } }',
    );
    const got = new Map(r.services.nodes.map((n: any) => [n.id, n]));
    for (const id of ids) {
      expect(got.get(id), id).toMatchObject({ application: 'PERMITS', agency: { id: 'dpmptsp' } });
      expect((got.get(id) as any).requirements.length, id).toBeGreaterThan(2);
    }
    const sip = await gqlOk(sg.url, '{ service(id: "izin-sip-nakes") { isFree product productEn } }');
    expect(sip.service).toMatchObject({ isFree: true });
    expect(sip.service.productEn).toMatch(/5 years/);
  });

  it('every service and agency has its English texts', async () => {
    const r = await gqlOk(
      sg.url,
      '{ services(first: 100) { nodes { id name nameEn descriptionEn requirements requirementsEn steps stepsEn timeLimitTextEn productEn complaintChannelEn agency { nameEn } } } agencies { id nameEn } }',
    );
    for (const s of r.services.nodes) {
      expect(s.nameEn, s.id).not.toBe('');
      expect(s.nameEn, s.id).not.toBe(s.name);
      expect(s.requirementsEn, s.id).toHaveLength(s.requirements.length);
      expect(s.stepsEn, s.id).toHaveLength(s.steps.length);
      for (const k of ['descriptionEn', 'timeLimitTextEn', 'productEn', 'complaintChannelEn']) expect(s[k], `${s.id}.${k}`).not.toBe('');
      expect(s.agency.nameEn).not.toBe('');
    }
    expect(r.agencies.every((a: any) => a.nameEn.length > 3)).toBe(true);
    const laika = await gqlOk(sg.url, '{ agency(id: "kelurahan-kecamatan") { address addressEn } }');
    expect(laika.agency.addressEn).toBe('The 65 kelurahan offices and 11 kecamatan offices');
  });

  it('brings an existing database catalogue up to date (the migration sync): inserts missing, corrects changed', async () => {
    const em = sg.orm.em.fork();
    const conn = em.getConnection();
    await conn.execute(`delete from core.service where id = 'izin-tdup'`);
    await conn.execute(`update core.service set fee_kind = 'FREE', name_en = '' where id = 'izin-pbg'`);
    await conn.execute(`update core.agency set name_en = '' where id = 'dpmptsp'`);
    for (const statement of catalogueSyncSql()) await conn.execute(statement);
    const rows = await conn.execute(`select id, fee_kind, name_en from core.service where id in ('izin-tdup', 'izin-pbg') order by id`);
    expect(rows).toEqual([
      { id: 'izin-pbg', fee_kind: 'LEVY', name_en: 'Building approval (PBG)' },
      { id: 'izin-tdup', fee_kind: 'FREE', name_en: 'Tourism business registration (TDUP)' },
    ]);
    const [agency] = await conn.execute(`select name_en from core.agency where id = 'dpmptsp'`);
    expect(agency.name_en).toMatch(/One-Stop/);
  });
});
