import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { parse } from 'graphql';
import { Supergraph, operationFromDocument } from '@apollo/federation-internals';
import { installPlanMerging, mergeSteps } from '@kendari/gateway/dist/plan-merge';

const require = createRequire(__filename);
// the planner @apollo/gateway itself uses
const plannerPath = require.resolve('@apollo/query-planner', { paths: [require.resolve('@apollo/gateway')] });

const supergraph = Supergraph.build(readFileSync(path.join(__dirname, '../../schema/supergraph.graphql'), 'utf8'));
const DASHBOARD = `query Dashboard {
  me {
    id name kelurahan { id name kecamatan { id name } }
    letterRequests(first: 10) { nodes { id status service { id name } kelurahan { id name } } }
    fireReports(first: 10) { nodes { id trackingCode station { id name } kecamatan { id name } } }
    jariReports(first: 10) { nodes { id trackingCode agency { id shortName } service { id name } } }
  }
}`;

type Node = { kind: string; serviceName?: string; nodes?: Node[]; node?: Node };
const plan = (query: string): Node => {
  const { QueryPlanner } = require(plannerPath);
  const planner = new QueryPlanner(supergraph);
  return planner.buildQueryPlan(operationFromDocument(supergraph.apiSchema(), parse(query))).node;
};
// each subgraph answers after its own time, so branches of a Parallel finish at different moments
const LATENCY: Record<string, number> = { core: 1, laika: 3, jari: 5, firebutton: 7, health: 2, jakpa: 4, permits: 6 };
/** Runs a plan on paper: when each fetch starts (each starts as soon as what it waits for has answered). */
function simulate(node: Node, at = 0, out: Array<{ service: string; at: number }> = []): number {
  switch (node.kind) {
    case 'Fetch':
      out.push({ service: node.serviceName!, at });
      return at + LATENCY[node.serviceName!];
    case 'Flatten':
      return simulate(node.node!, at, out);
    case 'Sequence':
      return node.nodes!.reduce((t, n) => simulate(n, t, out), at);
    case 'Parallel':
      return Math.max(...node.nodes!.map((n) => simulate(n, at, out)));
    default:
      return at;
  }
}
const starts = (node: Node) => {
  const out: Array<{ service: string; at: number }> = [];
  simulate(node, 0, out);
  return out;
};
/** Requests a subgraph gets: its fetches that start at the same moment go as one (datasource.ts). */
const requestsTo = (node: Node, service: string) =>
  new Set(
    starts(node)
      .filter((f) => f.service === service)
      .map((f) => f.at),
  ).size;

describe('plan merging (gateway/src/plan-merge.ts)', () => {
  it("Apollo's dashboard plan asks core once per branch; merged, core is asked once after `me`", () => {
    const apollo = plan(DASHBOARD);
    // `me`, then the laika branch's hop and the jari branch's hop (fire stations' names come from firebutton itself)
    expect(requestsTo(apollo, 'core')).toBe(3);
    const merged = mergeSteps(apollo as never) as Node;
    expect(requestsTo(merged, 'core')).toBe(2);
    // the same fetches, none lost or added; every other subgraph still asked once
    const key = (f: { service: string }) => f.service;
    expect(starts(merged).map(key).sort()).toEqual(starts(apollo).map(key).sort());
    for (const s of ['laika', 'firebutton', 'jari']) expect(requestsTo(merged, s)).toBe(1);
  });

  it('keeps each branch in order: a hop to core starts only after the branch it reads from has answered', () => {
    const merged = mergeSteps(plan(DASHBOARD) as never) as Node;
    const s = starts(merged);
    const hop = Math.max(...s.filter((f) => f.service === 'core').map((f) => f.at));
    for (const b of ['laika', 'jari']) {
      const f = s.find((x) => x.service === b)!;
      expect(hop).toBeGreaterThanOrEqual(f.at + LATENCY[b]);
    }
    expect(s.find((f) => f.service === 'core')!.at).toBe(0); // `me` itself first
  });

  it('leaves a plan alone where merging gains nothing (no two later steps to the same subgraph)', () => {
    const p = {
      kind: 'Parallel',
      nodes: [
        {
          kind: 'Sequence',
          nodes: [
            { kind: 'Fetch', serviceName: 'laika' },
            { kind: 'Flatten', node: { kind: 'Fetch', serviceName: 'core' } },
          ],
        },
        {
          kind: 'Sequence',
          nodes: [
            { kind: 'Fetch', serviceName: 'jari' },
            { kind: 'Flatten', node: { kind: 'Fetch', serviceName: 'health' } },
          ],
        },
      ],
    };
    expect(mergeSteps(p as never)).toEqual(p);
    const single = plan('{ services(first: 3) { nodes { id name } } }');
    expect(mergeSteps(single as never)).toEqual(single);
  });

  it('merges branches of different lengths and keeps a branch without later steps in the first step', () => {
    const f = (s: string) => ({ kind: 'Fetch', serviceName: s });
    const p = {
      kind: 'Parallel',
      nodes: [{ kind: 'Sequence', nodes: [f('laika'), f('core'), f('jari')] }, { kind: 'Sequence', nodes: [f('firebutton'), f('core')] }, f('health')],
    };
    expect(mergeSteps(p as never)).toEqual({
      kind: 'Sequence',
      nodes: [{ kind: 'Parallel', nodes: [f('laika'), f('firebutton'), f('health')] }, { kind: 'Parallel', nodes: [f('core'), f('core')] }, f('jari')],
    });
  });

  it('is installed on the planner @apollo/gateway uses (2.14.4)', () => {
    expect(installPlanMerging()).toEqual({ installed: true, version: '2.14.4' });
    expect(requestsTo(plan(DASHBOARD), 'core')).toBe(2);
  });
});
