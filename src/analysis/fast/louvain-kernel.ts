/**
 * Louvain communities (Blondel et al. 2008) on a CSR graph, typed arrays only, so it
 * runs on a pool thread over the graph's SharedArrayBuffers. Unweighted, resolution 1.
 *
 * It is graphology-communities-louvain 2.0.2's undirected algorithm with
 * `fastLocalMoves: true, randomWalk: true` step for step — the same queue of nodes to
 * visit, the same delta and tie-breaking (1e-10), the same singleton moves, the same
 * renumbering and aggregation between levels, and one `rng()` draw per level for the
 * starting node — so the same seed gives the same partition as that library (tested
 * on the networkx fixtures). Neighbours are visited in graphology's index order:
 * each node's edges in reverse listing order at the first level (`listedNeighbours`
 * read backwards), ascending community at the aggregated levels.
 */

export interface LouvainInput {
  readonly order: number;
  readonly offsets: Int32Array;
  /** Each row in the source's edge listing order (CsrGraph.listedNeighbours). */
  readonly listedNeighbours: Int32Array;
}

export interface LouvainKernelResult {
  /** Community of each node, numbered as the last level left them (renumber for display). */
  membership: Int32Array;
  /** Number of communities. */
  count: number;
  /** Newman's Q of the partition (resolution 1, unweighted); NaN without edges. */
  modularity: number;
  levels: number;
}

const EPSILON = 1e-10;

/** `rng` returns uniform numbers in [0, 1), e.g. seedrandom(String(seed)). */
export function louvainArrays(graph: LouvainInput, rng: () => number): LouvainKernelResult {
  const n = graph.order;
  const arcs = graph.offsets[n];
  const membership = new Int32Array(n);
  for (let i = 0; i < n; i++) membership[i] = i;
  if (arcs === 0) return { membership, count: n, modularity: NaN, levels: 0 };

  // The current level's graph (nodes are the communities of the level before).
  let C = n;
  let starts = new Int32Array(n + 1);
  let adjacency = new Int32Array(arcs);
  let weights = new Float64Array(arcs);
  for (let i = 0; i < n; i++) {
    const from = graph.offsets[i];
    const to = graph.offsets[i + 1];
    starts[i] = from;
    for (let k = from; k < to; k++) {
      adjacency[k] = graph.listedNeighbours[to - 1 - (k - from)];
      weights[k] = 1;
    }
  }
  starts[n] = arcs;
  const M = arcs / 2;
  const loops = new Float64Array(n);
  const totalWeights = new Float64Array(n);
  for (let i = 0; i < n; i++) totalWeights[i] = graph.offsets[i + 1] - graph.offsets[i];
  const belongings = new Int32Array(n);
  const counts = new Int32Array(n);
  const unused = new Int32Array(n);
  let U = 0;
  for (let i = 0; i < n; i++) {
    belongings[i] = i;
    counts[i] = 1;
  }

  // Weight towards each neighbouring community, in first-seen order (a sparse map).
  const seenWeight = new Float64Array(n);
  const seenAt = new Int32Array(n).fill(-1);
  const seen = new Int32Array(n);
  // FIFO of nodes to visit, each at most once (a sparse queue set).
  const queue = new Int32Array(n);
  const queued = new Uint8Array(n);
  let levels = 0;

  let moveWasMade = true;
  while (moveWasMade) {
    const l = C;
    moveWasMade = false;
    let head = 0;
    let size = 0;
    const ri = Math.floor(rng() * l);
    for (let s = 0; s < l; s++) {
      const i = (ri + s) % l;
      queue[(head + size) % n] = i;
      queued[i] = 1;
      size++;
    }
    while (size !== 0) {
      const i = queue[head];
      head = head + 1 === n ? 0 : head + 1;
      size--;
      queued[i] = 0;

      let degree = 0;
      let seenCount = 0;
      const currentCommunity = belongings[i];
      const from = starts[i];
      const to = starts[i + 1];
      for (let k = from; k < to; k++) {
        const w = weights[k];
        const c = belongings[adjacency[k]];
        degree += w;
        if (seenAt[c] === -1) {
          seenAt[c] = seenCount;
          seen[seenCount++] = c;
          seenWeight[c] = w;
        } else seenWeight[c] += w;
      }
      const withLoops = degree + loops[i];
      const ownWeight = seenAt[currentCommunity] === -1 ? 0 : seenWeight[currentCommunity];
      let bestDelta = ownWeight - (withLoops * (totalWeights[currentCommunity] - withLoops)) / (2 * M);
      let bestCommunity = currentCommunity;
      for (let s = 0; s < seenCount; s++) {
        const target = seen[s];
        if (target === currentCommunity) continue;
        const delta = seenWeight[target] - (withLoops * totalWeights[target]) / (2 * M);
        let better: boolean;
        if (Math.abs(delta - bestDelta) < EPSILON) better = bestCommunity === currentCommunity ? false : target > bestCommunity;
        else better = delta > bestDelta;
        if (better) {
          bestDelta = delta;
          bestCommunity = target;
        }
      }
      for (let s = 0; s < seenCount; s++) seenAt[seen[s]] = -1;

      if (bestDelta < 0) {
        // Back to a singleton of its own (an unused community), unless it is one already.
        if (counts[currentCommunity] === 1) continue;
        bestCommunity = unused[--U];
        totalWeights[currentCommunity] -= withLoops;
        totalWeights[bestCommunity] += withLoops;
        belongings[i] = bestCommunity;
        counts[currentCommunity]--;
        counts[bestCommunity]++;
      } else {
        if (bestCommunity === currentCommunity) continue;
        totalWeights[currentCommunity] -= withLoops;
        totalWeights[bestCommunity] += withLoops;
        belongings[i] = bestCommunity;
        const nowEmpty = counts[currentCommunity]-- === 1;
        counts[bestCommunity]++;
        if (nowEmpty) unused[U++] = currentCommunity;
      }
      moveWasMade = true;
      for (let k = from; k < to; k++) {
        const j = adjacency[k];
        if (belongings[j] !== bestCommunity && queued[j] === 0) {
          queue[(head + size) % n] = j;
          queued[j] = 1;
          size++;
        }
      }
    }
    if (!moveWasMade) break;

    // Aggregate: communities, renumbered in order of first appearance, become the nodes.
    levels++;
    const label = new Int32Array(l).fill(-1);
    let next = 0;
    for (let i = 0; i < l; i++) {
      const c = belongings[i];
      if (label[c] === -1) label[c] = next++;
      belongings[i] = label[c];
    }
    for (let i = 0; i < n; i++) membership[i] = belongings[membership[i]];
    const newTotals = new Float64Array(next);
    for (let c = 0; c < l; c++) if (label[c] !== -1) newTotals[label[c]] = totalWeights[c];
    // Members of each new community, then its weights towards the others (ascending).
    const memberStarts = new Int32Array(next + 1);
    for (let i = 0; i < l; i++) memberStarts[belongings[i] + 1]++;
    for (let c = 0; c < next; c++) memberStarts[c + 1] += memberStarts[c];
    const members = new Int32Array(l);
    const fill = memberStarts.slice(0, next);
    for (let i = 0; i < l; i++) members[fill[belongings[i]]++] = i;
    const newStarts = new Int32Array(next + 1);
    const newLoops = new Float64Array(next);
    const towards = new Float64Array(next);
    const touched: number[] = [];
    const outAdjacency: number[] = [];
    const outWeights: number[] = [];
    for (let c = 0; c < next; c++) {
      newStarts[c] = outAdjacency.length;
      let internal = 0;
      for (let m = memberStarts[c]; m < memberStarts[c + 1]; m++) {
        const i = members[m];
        internal += loops[i];
        for (let k = starts[i]; k < starts[i + 1]; k++) {
          const d = belongings[adjacency[k]];
          if (d === c) {
            internal += weights[k];
            continue;
          }
          if (towards[d] === 0) touched.push(d);
          towards[d] += weights[k];
        }
      }
      newLoops[c] = internal;
      touched.sort((a, b) => a - b);
      for (const d of touched) {
        outAdjacency.push(d);
        outWeights.push(towards[d]);
        towards[d] = 0;
      }
      touched.length = 0;
    }
    newStarts[next] = outAdjacency.length;
    C = next;
    starts = newStarts;
    adjacency = Int32Array.from(outAdjacency);
    weights = Float64Array.from(outWeights);
    for (let c = 0; c < C; c++) {
      totalWeights[c] = newTotals[c];
      loops[c] = newLoops[c];
      counts[c] = 1;
      belongings[c] = c;
    }
    U = 0;
  }
  return { membership, count: C, modularity: modularity(graph, membership, C), levels };
}

/** Newman's Q = Σ_c (L_c / m − (D_c / 2m)²) of a partition of the level-0 graph. */
export function modularity(graph: { order: number; offsets: Int32Array; listedNeighbours: Int32Array }, membership: Int32Array, count: number): number {
  const n = graph.order;
  const arcs = graph.offsets[n];
  if (arcs === 0) return NaN;
  const internal = new Float64Array(count);
  const total = new Float64Array(count);
  for (let i = 0; i < n; i++) {
    const c = membership[i];
    total[c] += graph.offsets[i + 1] - graph.offsets[i];
    for (let k = graph.offsets[i]; k < graph.offsets[i + 1]; k++) if (membership[graph.listedNeighbours[k]] === c) internal[c]++;
  }
  let q = 0;
  for (let c = 0; c < count; c++) q += internal[c] / arcs - (total[c] / arcs) ** 2;
  return q;
}
