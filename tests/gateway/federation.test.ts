import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '@kendari/kit';
import { gql, gqlOk } from '@kendari/kit/testing';
import { startStack, type Stack } from '../src/harness';
import { LOGIN, REPORT_EMERGENCY, REPORT_EMERGENCY_NO_CORE, TRACK_EMERGENCY } from '../src/trusted-documents';

// The federated graph end to end: entity hops between subgraphs, through the gateway, on seeded data.
let stack: Stack;
/** A resident's token, for fields outside the public contract (taken before the tests stop subgraphs). */
let resident: string;
beforeAll(async () => {
  stack = await startStack({ label: 'federation' });
  resident = await login('7471024506900001');
});
afterAll(async () => {
  await stack?.stop();
});

const login = async (identifier: string) =>
  (await gqlOk(stack.gatewayUrl, LOGIN, { i: { identifier, password: DEMO_PASSWORD } })).login.session.accessToken as string;

describe('one graph over every subgraph', () => {
  it("a resident's dashboard: core fields and items from laika, firebutton and jari with hops back to core", async () => {
    const token = await login('7471024506900001');
    const r = await gqlOk(
      stack.gatewayUrl,
      `{ me { name kelurahan { name }
          letterRequests(first: 5) { totalCount nodes { status dueAt service { name isFree } kelurahan { name kecamatan { name } } } }
          fireReports(first: 5) { totalCount nodes { trackingCode status kelurahan { name } } }
          jariReports(first: 5) { totalCount }
        } }`,
      {},
      { token },
    );
    expect(r.me.name).toBe('Siti Rahmawati');
    expect(r.me.letterRequests.totalCount).toBeGreaterThan(0);
    const letter = r.me.letterRequests.nodes[0];
    expect(letter.service.name).toMatch(/Surat|Rekomendasi/);
    expect(letter.kelurahan.kecamatan.name).toBeTruthy();
    expect(r.me.fireReports.totalCount).toBeGreaterThanOrEqual(0);
    expect(r.me.jariReports.totalCount).toBeGreaterThanOrEqual(0);
  });

  it('public lists with hops: kelurahan with their kecamatan, letter statistics and nearest fire stations', async () => {
    // Kelurahan.fireStations is outside the public contract: a token sees the whole graph
    const r = await gqlOk(
      stack.gatewayUrl,
      `{ kelurahans { id name kecamatan { name } letterStats { issuedCount withinTimeLimitShare } fireStations { distanceMetres } } }`,
      {},
      { token: resident },
    );
    expect(r.kelurahans).toHaveLength(65);
    expect(r.kelurahans.every((k: any) => k.fireStations.length >= 1 && k.kecamatan.name)).toBe(true);
    const distances = r.kelurahans[0].fireStations.map((s: any) => s.distanceMetres);
    expect(distances).toEqual([...distances].sort((a: number, b: number) => a - b));
  });

  it('an anonymous emergency report answers with a station, and its tracking code shows no reporter data', async () => {
    // registered documents (tests/src/trusted-documents.ts): anonymous callers otherwise see only the public contract
    const report = await gqlOk(stack.gatewayUrl, REPORT_EMERGENCY, {
      i: { kind: 'FIRE', latitude: -3.9702, longitude: 122.5844, callbackPhone: '081234500001', idempotencyKey: `fed-test-${Date.now()}` },
    });
    const code = report.reportEmergency.report.trackingCode;
    expect(report.reportEmergency.report.station.name).toBeTruthy();
    const follow = await gql(stack.gatewayUrl, TRACK_EMERGENCY, { c: code });
    expect(follow.data.emergencyReport.kelurahan.name).toBe(report.reportEmergency.report.kelurahan.name);
    expect(follow.data.emergencyReport.callbackPhone).toBeNull();
    expect(follow.data.emergencyReport.latitude).toBeNull();
    expect(follow.errors?.every((e) => e.extensions?.code === 'FORBIDDEN')).toBe(true);
  });

  it('verifies the demo letter publicly with the holder name masked', async () => {
    const r = await gqlOk(
      stack.gatewayUrl,
      `{ verifyLetter(code: "LK-DEMO-2026") { valid letterTypeName letterNumber holderNameMasked } unknown: verifyLetter(code: "LK-NOPE-0000") { valid letterNumber } }`,
    );
    expect(r.verifyLetter).toMatchObject({ valid: true, holderNameMasked: 'S***i R***' });
    expect(r.unknown).toEqual({ valid: false, letterNumber: null });
  });

  it('a throttled subgraph answer reaches the client with its code and message, per client address', async () => {
    const guess = (ip: string, n: number) =>
      gql(stack.gatewayUrl, `query($c: String!) { verifyLetter(code: $c) { valid } }`, { c: `LK-GUESS-${n}` }, { headers: { 'x-forwarded-for': ip } });
    let last: Awaited<ReturnType<typeof guess>> | undefined;
    for (let n = 0; n < 15 && !last?.errors; n++) last = await guess('203.0.113.7', n);
    const err = last!.errors?.[0];
    expect(err?.extensions).toMatchObject({ code: 'TOO_MANY_REQUESTS' });
    expect(String(err?.extensions?.messageId)).toMatch(/\S/);
    expect(err?.message).not.toMatch(/^429/);
    // another resident behind the same portal is not blocked
    expect((await guess('203.0.113.8', 99)).data?.verifyLetter).toEqual({ valid: false });
  });

  it('an emergency report names its kelurahan without a hop to core, so it works even with core down', async () => {
    await stack.stopSubgraph('core');
    const r = await gqlOk(stack.gatewayUrl, REPORT_EMERGENCY_NO_CORE, {
      i: { kind: 'FIRE', latitude: -3.9702, longitude: 122.5844, callbackPhone: '081234500002', idempotencyKey: `fed-core-down-${Date.now()}` },
    });
    expect(r.reportEmergency.report.kelurahan.name).toMatch(/\S/);
    expect(r.reportEmergency.report.kecamatan.name).toMatch(/\S/);
  });

  it('when one subgraph is down the rest of an operation still answers', async () => {
    await stack.stopSubgraph('firebutton');
    // emergencyReport is outside the public contract: asked with a token
    const r = await gql(stack.gatewayUrl, `{ letterTypes { id } emergencyReport(trackingCode: "FB-XXXX-XXXX") { status } }`, {}, { token: resident });
    expect(r.data?.letterTypes.length).toBeGreaterThan(5);
    expect(r.data?.emergencyReport).toBeNull();
    expect(r.errors?.map((e) => e.extensions?.code)).toEqual(['SERVICE_UNAVAILABLE']);
    expect(JSON.stringify(r.errors)).not.toMatch(/ECONNREFUSED|127\.0\.0\.1/);
  });
});
