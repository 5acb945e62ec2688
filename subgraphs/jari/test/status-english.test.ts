import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSubgraph, type StartedSubgraph } from '@kendari/kit';
import { createTestDatabase, gqlOk, type TestDatabase } from '@kendari/kit/testing';
import { jari } from '../src/subgraph';
import { SECRET, tokens } from './helpers';

let db: TestDatabase;
let sg: StartedSubgraph;

beforeAll(async () => {
  db = await createTestDatabase('jari_status_en');
  sg = await startSubgraph(jari, { databaseUrl: db.url, authSecret: SECRET, port: 0, logLevel: 'silent' });
});
afterAll(async () => {
  await sg?.stop();
  await db?.drop();
});

describe('the service-status board in English', () => {
  it('every point has its place in English; seeded reasons and stock labels are translated', async () => {
    const r = await gqlOk(sg.url, '{ serviceStatusBoard(first: 100) { totalCount nodes { id place placeEn reason reasonEn stockLabel stockLabelEn } } }');
    expect(r.serviceStatusBoard.totalCount).toBeLessThanOrEqual(100);
    for (const p of r.serviceStatusBoard.nodes) {
      expect(p.placeEn, p.id).not.toBe(p.place);
      if (p.reason) expect(p.reasonEn, p.id).toMatch(/\w/);
      if (p.reason) expect(p.reasonEn, p.id).not.toBe(p.reason);
      if (p.stockLabel) expect(p.stockLabelEn, p.id).not.toBe(p.stockLabel);
    }
    const ktp = r.serviceStatusBoard.nodes.find((p: any) => p.id === 'capil-ktp-el.kantor-disdukcapil');
    expect(ktp).toMatchObject({ placeEn: 'Disdukcapil office, Jl. Balai Kota No. 1', stockLabelEn: 'Blank ID cards left' });
    expect(ktp.reasonEn).toMatch(/^No blank ID cards left/);
  });

  it('knows the permit types added to the catalogue, so reports may name them', async () => {
    const r = await gqlOk(sg.url, '{ serviceStatusBoard(first: 20, agencyId: "dpmptsp") { nodes { service { id } } } }');
    const ids = r.serviceStatusBoard.nodes.map((n: any) => n.service.id);
    for (const id of ['izin-slf', 'izin-sip-nakes', 'izin-apotek', 'izin-klinik', 'izin-tdup']) expect(ids).toContain(id);
  });

  it('a new reason without English clears the English of the old one; with English it is kept', async () => {
    const UPDATE = `mutation U($input: UpdateServiceStatusInput!) { updateServiceStatus(input: $input) { reason reasonEn } }`;
    const id = 'capil-ktp-el.kecamatan-poasia';
    const a = await gqlOk(sg.url, UPDATE, { input: { servicePointId: id, status: 'LIMITED', reason: 'Listrik padam sampai siang' } }, { token: tokens.capil });
    expect(a.updateServiceStatus).toEqual({ reason: 'Listrik padam sampai siang', reasonEn: null });
    const b = await gqlOk(
      sg.url,
      UPDATE,
      { input: { servicePointId: id, status: 'LIMITED', reason: 'Listrik padam sampai siang', reasonEn: 'Power cut until noon' } },
      { token: tokens.capil },
    );
    expect(b.updateServiceStatus).toEqual({ reason: 'Listrik padam sampai siang', reasonEn: 'Power cut until noon' });
  });
});
