// Bench cells for health. The lead wires them into run.mjs.
//  1. healthFinder: the public facility finder through the gateway (anonymous), the load generator's shape.
//  2. bookingRace: 500 bookings for 100 places at 64 connections through the gateway, each by another
//     resident: exactly 100 must be granted (numbers 1..100, each once) and 400 refused with CONFLICT FULL;
//     reports req/s and p99. Run it on a fresh stack (it sets one session's capacity as facility staff).
import { createRequire } from 'node:module';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { root } from './lib/util.mjs';

const isObj = (x) => x !== null && typeof x === 'object' && !Array.isArray(x);
const POINTS = [null, { latitude: -3.9702, longitude: 122.5844 }, { latitude: -4.0273, longitude: 122.5008 }, { latitude: -3.9228, longitude: 122.4972 }];
const SEARCHES = [null, 'gigi', 'Kandai', 'apotek'];

export const healthFinder = {
  key: 'healthfinder',
  title: 'health: facility finder, nearest first with services, hours and open now (anonymous)',
  query: `query HealthFinder($search: String, $near: GeoPointInput, $openNow: Boolean) {
  healthFacilities(search: $search, near: $near, openNow: $openNow, first: 20) {
    totalCount
    nodes { id name type distanceMetres openNow osmOpeningHours services { code name bookable } openingHours { weekday intervals } }
  }
}`,
  variables() {
    const out = [];
    for (const search of SEARCHES) for (const near of POINTS) for (const openNow of [null, true]) out.push({ search, near, openNow });
    return out;
  },
  check(body) {
    const r = body?.data?.healthFacilities;
    if (body?.errors?.length || !isObj(r) || !Number.isInteger(r.totalCount) || !Array.isArray(r.nodes) || r.nodes.length > 20) return false;
    return r.nodes.every(
      (n) =>
        typeof n.name === 'string' &&
        typeof n.openNow === 'boolean' &&
        Array.isArray(n.services) &&
        Array.isArray(n.openingHours) &&
        n.openingHours.length === 7,
    );
  },
};

const TAKE = `mutation Take($input: TakeQueueNumberInput!) { takeQueueNumber(input: $input) { appointment { number status } } }`;

async function post(url, query, variables, token) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json();
}

/**
 * The booking race. `gatewayUrl`: the gateway's /graphql; `authSecret`: the stack's AUTH_SECRET (tokens of
 * 500 residents and one staff member are signed with it, no logins in the measured part).
 */
export async function bookingRace({
  gatewayUrl,
  authSecret,
  bookings = 500,
  places = 100,
  connections = 64,
  facilityId = 'rsud-bahteramas',
  serviceCode = 'POLI_MATA',
}) {
  const kit = createRequire(import.meta.url)(path.join(root, 'subgraphs/kit/dist'));
  const serviceId = `${facilityId}.${serviceCode}`;
  const staff = kit.signAccessToken(
    { kind: 'officer', id: randomUUID(), name: 'Bench staff', role: 'FACILITY_STAFF', kelurahanId: null, kecamatanId: null, agencyId: 'dinkes', facilityId },
    authSecret,
    3600,
  );
  // the last weekday of the booking window: a session nobody has booked yet
  const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
  let date = null;
  for (let i = 7; i >= 1 && !date; i--) {
    const d = new Date(Date.parse(`${today}T00:00:00Z`) + i * 86400_000);
    if (d.getUTCDay() >= 1 && d.getUTCDay() <= 5) date = d.toISOString().slice(0, 10);
  }
  const q = await post(gatewayUrl, `query($id: ID!, $d: String) { healthQueue(serviceId: $id, date: $d) { sessions { id label quotas { payer taken } } } }`, {
    id: serviceId,
    d: date,
  });
  const session = q.data?.healthQueue?.sessions.find((s) => s.label === 'PAGI');
  if (!session) throw new Error(`no morning session for ${serviceId} on ${date}: ${JSON.stringify(q.errors ?? q.data)}`);
  if (session.quotas.some((x) => x.taken > 0)) throw new Error('the session already has bookings: run the race on a fresh stack');
  for (const [payer, capacity] of [
    ['JKN', places],
    ['UMUM', 0],
  ]) {
    const r = await post(
      gatewayUrl,
      `mutation($i: SetQueueCapacityInput!) { setQueueCapacity(input: $i) { id } }`,
      { i: { sessionId: session.id, payer, capacity } },
      staff,
    );
    if (r.errors) throw new Error(`setQueueCapacity: ${JSON.stringify(r.errors)}`);
  }
  const tokens = Array.from({ length: bookings }, () => kit.signAccessToken({ kind: 'citizen', id: randomUUID(), name: 'Warga Bench' }, authSecret, 3600));
  const latencies = [];
  const numbers = [];
  let full = 0;
  let other = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (next < bookings) {
        const i = next++;
        const t0 = performance.now();
        const r = await post(
          gatewayUrl,
          TAKE,
          { input: { serviceId, date, session: 'PAGI', payer: 'JKN', idempotencyKey: `bench-${randomUUID()}` } },
          tokens[i],
        );
        latencies.push(performance.now() - t0);
        if (r.data?.takeQueueNumber?.appointment?.status === 'BOOKED') numbers.push(r.data.takeQueueNumber.appointment.number);
        else if (r.errors?.[0]?.extensions?.code === 'CONFLICT' && r.errors[0].extensions.reason === 'FULL') full++;
        else {
          other++;
          if (other <= 3) console.error('[bookingRace] unexpected answer', JSON.stringify(r.errors ?? r).slice(0, 300));
        }
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const sorted = [...numbers].sort((a, b) => a - b);
  const exact = sorted.length === places && sorted.every((n, i) => n === i + 1) && full === bookings - places && other === 0;
  return {
    key: 'healthbookingrace',
    title: `health: ${bookings} bookings for ${places} places at ${connections} connections (gateway)`,
    granted: numbers.length,
    refusedFull: full,
    otherErrors: other,
    exact,
    reqPerSec: Math.round((bookings / seconds) * 10) / 10,
    p50Ms: Math.round(latencies[Math.floor(latencies.length * 0.5)]),
    p99Ms: Math.round(latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * 0.99))]),
  };
}

export default healthFinder;
