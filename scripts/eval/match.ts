/**
 * One-to-one matching between gold and predicted items (ANNOTATION.md §5: "the pairing maximizes
 * the number of matches, larger overlap first").
 *
 * Our reading: among all one-to-one matchings on the candidate pairs, take one with the most
 * pairs, and among those one with the largest total weight (the overlap in characters). That is a
 * min-cost maximum flow: we augment along shortest paths (cost = -weight) until no augmenting path
 * is left (successive shortest paths, Bellman–Ford on the residual graph). A greedy pass by
 * decreasing overlap is not enough: it can take a big pair that blocks two smaller ones.
 *
 * The graph is split into connected components first; with non-overlapping layers they are tiny.
 */
import { pushAll } from '../../pipeline/push-all.js';
export interface Candidate {
  gold: number;
  pred: number;
  weight: number;
}

export interface Pair {
  gold: number;
  pred: number;
}

export function maxMatching(candidates: readonly Candidate[]): Pair[] {
  const pairs: Pair[] = [];
  for (const component of components(candidates)) pushAll(pairs, matchComponent(component));
  return pairs.sort((a, b) => a.gold - b.gold);
}

/** Candidates grouped by connected component (union–find over gold and predicted ids). */
function components(candidates: readonly Candidate[]): Candidate[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== undefined && parent.get(root) !== root) root = parent.get(root)!;
    parent.set(x, root);
    return root;
  };
  for (const c of candidates) {
    const a = find(`g${c.gold}`);
    const b = find(`p${c.pred}`);
    if (a !== b) parent.set(a, b);
  }
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    const root = find(`g${c.gold}`);
    const group = groups.get(root);
    if (group) group.push(c);
    else groups.set(root, [c]);
  }
  return [...groups.values()];
}

interface Arc {
  to: number;
  cap: number;
  cost: number;
  rev: number;
}

function matchComponent(candidates: Candidate[]): Pair[] {
  if (candidates.length === 1) return [{ gold: candidates[0]!.gold, pred: candidates[0]!.pred }];
  const sorted = [...candidates].sort((a, b) => b.weight - a.weight || a.gold - b.gold || a.pred - b.pred);
  const golds = [...new Set(sorted.map((c) => c.gold))];
  const preds = [...new Set(sorted.map((c) => c.pred))];
  const source = 0;
  const sink = 1 + golds.length + preds.length;
  const graph: Arc[][] = Array.from({ length: sink + 1 }, () => []);
  const addArc = (from: number, to: number, cost: number): void => {
    graph[from]!.push({ to, cap: 1, cost, rev: graph[to]!.length });
    graph[to]!.push({ to: from, cap: 0, cost: -cost, rev: graph[from]!.length - 1 });
  };
  const goldNode = (g: number): number => 1 + golds.indexOf(g);
  const predNode = (p: number): number => 1 + golds.length + preds.indexOf(p);
  golds.forEach((g) => addArc(source, goldNode(g), 0));
  for (const c of sorted) addArc(goldNode(c.gold), predNode(c.pred), -c.weight);
  preds.forEach((p) => addArc(predNode(p), sink, 0));
  while (augment(graph, source, sink));
  const pairs: Pair[] = [];
  golds.forEach((g) => {
    for (const arc of graph[goldNode(g)]!) {
      if (arc.to > golds.length && arc.to < sink && arc.cap === 0) pairs.push({ gold: g, pred: preds[arc.to - 1 - golds.length]! });
    }
  });
  return pairs;
}

/** Pushes one unit along a cheapest source→sink path of the residual graph; false when none is left. */
function augment(graph: Arc[][], source: number, sink: number): boolean {
  const dist = graph.map(() => Infinity);
  const via: Array<{ node: number; arc: number } | undefined> = graph.map(() => undefined);
  dist[source] = 0;
  for (let round = 0, changed = true; changed && round < graph.length; round++) {
    changed = false;
    graph.forEach((arcs, node) => {
      if (dist[node] === Infinity) return;
      arcs.forEach((arc, index) => {
        if (arc.cap > 0 && dist[node]! + arc.cost < dist[arc.to]!) {
          dist[arc.to] = dist[node]! + arc.cost;
          via[arc.to] = { node, arc: index };
          changed = true;
        }
      });
    });
  }
  if (dist[sink] === Infinity) return false;
  for (let node = sink; node !== source; ) {
    const step = via[node]!;
    const arc = graph[step.node]![step.arc]!;
    arc.cap -= 1;
    graph[node]![arc.rev]!.cap += 1;
    node = step.node;
  }
  return true;
}
