/**
 * Query plans with one fetch per subgraph per step. Apollo's planner gives each branch of an
 * operation its own sequence: the resident's dashboard (letters, fire reports and JARI reports, each
 * with service/kelurahan/agency names from core) is planned as
 *
 *   Parallel { Sequence { laika, core }, Sequence { firebutton, core }, Sequence { jari, core } }
 *
 * so core was asked three times per dashboard, each time paying its per-request cost (token check,
 * context, parsing, validation) and its loaders batching only a third of the keys. Hive's planner
 * merges such hops. Here the plan is rewritten once, when it is built (plans are cached), into
 *
 *   Sequence { Parallel { laika, firebutton, jari }, Parallel { core, core, core } }
 *
 * and the datasource sends the fetches one step starts to one subgraph as one request
 * (datasource.ts), so core is asked once. This is one of the orders the original plan already allowed:
 * each branch still runs its steps in order, and branches never depended on each other (they ran
 * concurrently, in any interleaving). The price is that a branch's second step waits for the slowest
 * first step of the others; so a Parallel is rewritten only where it gains something: two later steps
 * of different branches that start with a fetch to the same subgraph.
 */

interface FetchNode {
  kind: 'Fetch';
  serviceName: string;
}
interface FlattenNode {
  kind: 'Flatten';
  node: PlanNode;
}
interface GroupNode {
  kind: 'Sequence' | 'Parallel';
  nodes: PlanNode[];
}
type PlanNode = FetchNode | FlattenNode | GroupNode | { kind: 'Defer' | 'Condition' | 'Subscription' };
interface QueryPlan {
  kind: 'QueryPlan';
  node?: PlanNode;
}

export const MERGED_FOR_VERSION = '2.14.4';

/** The subgraphs a node's first fetches go to (what starts the moment the node starts). */
function startingServices(node: PlanNode): string[] {
  switch (node.kind) {
    case 'Fetch':
      return [(node as FetchNode).serviceName];
    case 'Flatten':
      return startingServices((node as FlattenNode).node);
    case 'Parallel':
      return (node as GroupNode).nodes.flatMap(startingServices);
    case 'Sequence':
      return (node as GroupNode).nodes.length ? startingServices((node as GroupNode).nodes[0]) : [];
    default:
      // Condition, Defer: not looked into (what starts depends on variables)
      return [];
  }
}

const group = (kind: 'Sequence' | 'Parallel', nodes: PlanNode[]): PlanNode => (nodes.length === 1 ? nodes[0] : { kind, nodes });

/** Whether a later step (index ≥ 1) of two different branches starts with a fetch to the same subgraph. */
function gains(steps: PlanNode[][]): boolean {
  const longest = Math.max(...steps.map((s) => s.length));
  for (let k = 1; k < longest; k++) {
    const seen = new Set<string>();
    for (const s of steps) {
      if (s.length <= k) continue;
      const services = new Set(startingServices(s[k]));
      for (const name of services) if (seen.has(name)) return true;
      for (const name of services) seen.add(name);
    }
  }
  return false;
}

/** The node with every Parallel of sequences that gains from it rewritten as a sequence of parallel steps. */
export function mergeSteps(node: PlanNode): PlanNode {
  switch (node.kind) {
    case 'Flatten':
      return { ...(node as FlattenNode), node: mergeSteps((node as FlattenNode).node) };
    case 'Sequence': {
      // a rewritten child that became a Sequence is spliced in: a sequence in a sequence is the same order
      const nodes = (node as GroupNode).nodes.map(mergeSteps).flatMap((n) => (n.kind === 'Sequence' ? (n as GroupNode).nodes : [n]));
      return group('Sequence', nodes);
    }
    case 'Parallel': {
      const children = (node as GroupNode).nodes.map(mergeSteps);
      const steps = children.map((c) => (c.kind === 'Sequence' ? (c as GroupNode).nodes : [c]));
      if (children.length < 2 || !gains(steps)) return group('Parallel', children);
      const longest = Math.max(...steps.map((s) => s.length));
      const layers: PlanNode[] = [];
      for (let k = 0; k < longest; k++) {
        // a step's own Parallel is flattened into the layer: the same things start at the same time
        const layer = steps.filter((s) => s.length > k).flatMap((s) => (s[k].kind === 'Parallel' ? (s[k] as GroupNode).nodes : [s[k]]));
        layers.push(mergeSteps(group('Parallel', layer)));
      }
      return group('Sequence', layers);
    }
    default:
      return node;
  }
}

/**
 * Wraps the planner @apollo/gateway uses so every plan it builds goes through mergeSteps. Only on
 * the exact version this was written against; on any other the plans stay as Apollo builds them.
 */
export function installPlanMerging(): { installed: boolean; version: string } {
  const gatewayMain = require.resolve('@apollo/gateway');
  const plannerPath = require.resolve('@apollo/query-planner', { paths: [gatewayMain] });
  const version = (require(require.resolve('@apollo/query-planner/package.json', { paths: [gatewayMain] })) as { version: string }).version;
  if (version !== MERGED_FOR_VERSION) return { installed: false, version };
  const { QueryPlanner } = require(plannerPath) as { QueryPlanner: { prototype: { buildQueryPlan: (...args: unknown[]) => QueryPlan } } };
  const original = QueryPlanner.prototype.buildQueryPlan;
  if ((original as { merged?: boolean }).merged) return { installed: true, version };
  const merged = function (this: unknown, ...args: unknown[]): QueryPlan {
    const plan = original.apply(this, args);
    // subscriptions are not served here; anything else keeps Apollo's plan
    return plan.node && plan.node.kind !== 'Subscription' ? { ...plan, node: mergeSteps(plan.node) } : plan;
  };
  (merged as { merged?: boolean }).merged = true;
  QueryPlanner.prototype.buildQueryPlan = merged;
  return { installed: true, version };
}
