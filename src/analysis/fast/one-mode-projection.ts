/**
 * Typed-array kernel of the one-mode projections (../one-mode-projection.ts has
 * the conventions and the graphology version, whose results this one repeats
 * edge for edge).
 *
 * Input: the two-mode network as CSR, the side projected onto (its node indices,
 * in output order) and, for each node, the "item" it stands for when it is a
 * neighbour on the other side (its own number for "by shared partner", its
 * country's for "by shared country"; -1 for nodes on the side itself, whose
 * mutual ties are not shared partners). Two side nodes are linked when they
 * have at least one item in common; the weight is how many.
 *
 * Method: invert side -> items into item -> members (member lists ascend, since
 * they are filled in side order), then for each side node p count its
 * co-memberships with every later side node q in a sparse accumulator (a count
 * array plus the list of positions it touched), so the work is about the sum of
 * squared item sizes and nothing is hashed. Output: typed edge arrays over side
 * positions, p < q, in (p, q) order.
 */
export interface ProjectionInput {
  /** CSR of the two-mode network (csr-graph.ts): `order + 1` offsets. */
  offsets: Int32Array;
  /** CSR neighbours, sorted within each row. */
  neighbours: Int32Array;
  /** Node indices of the side projected onto, in output order. */
  side: Int32Array;
  /** Per node: the item it contributes as an other-side neighbour, or -1 (same side: ignored). */
  itemOf: Int32Array;
  /** Number of distinct items (every itemOf value is below it). */
  itemCount: number;
}

export interface ProjectionArrays {
  /** Number of projected nodes (`side.length`). */
  order: number;
  /** Number of projected edges. */
  size: number;
  /** Edge e joins side positions sources[e] < targets[e]; edges in (source, target) order. */
  sources: Int32Array;
  targets: Int32Array;
  /** Shared items of each edge (>= 1). */
  weights: Int32Array;
}

/** `maxInitialCapacity`: most edges the output has room for before it grows (tests lower it). */
export function projectOneModeArrays(input: ProjectionInput, maxInitialCapacity = 1 << 24): ProjectionArrays {
  const { offsets, neighbours, side, itemOf, itemCount } = input;
  const n = side.length;
  // Side position -> distinct items (CSR), deduplicated with a per-item marker.
  const lastSeen = new Int32Array(itemCount).fill(-1);
  const itemOffsets = new Int32Array(n + 1);
  let itemTotal = 0;
  for (let p = 0; p < n; p++) {
    const u = side[p];
    for (let k = offsets[u]; k < offsets[u + 1]; k++) {
      const item = itemOf[neighbours[k]];
      if (item >= 0 && lastSeen[item] !== p) {
        lastSeen[item] = p;
        itemTotal++;
      }
    }
    itemOffsets[p + 1] = itemTotal;
  }
  const itemsOf = new Int32Array(itemTotal);
  const memberCount = new Int32Array(itemCount + 1);
  lastSeen.fill(-1);
  let w = 0;
  for (let p = 0; p < n; p++) {
    const u = side[p];
    for (let k = offsets[u]; k < offsets[u + 1]; k++) {
      const item = itemOf[neighbours[k]];
      if (item >= 0 && lastSeen[item] !== p) {
        lastSeen[item] = p;
        itemsOf[w++] = item;
        memberCount[item + 1]++;
      }
    }
  }
  // Item -> member side positions, ascending.
  const memberOffsets = memberCount; // prefix sums in place
  for (let i = 0; i < itemCount; i++) memberOffsets[i + 1] += memberOffsets[i];
  const members = new Int32Array(itemTotal);
  const fill = memberOffsets.slice(0, itemCount);
  for (let p = 0; p < n; p++) for (let k = itemOffsets[p]; k < itemOffsets[p + 1]; k++) members[fill[itemsOf[k]]++] = p;

  // Room for every co-membership pair (an upper bound on the edges, exact when no two
  // side nodes share more than one item), so the output usually never grows; capped,
  // since items shared by many (countries) can overcount the edges many times.
  let pairs = 0;
  for (let i = 0; i < itemCount; i++) {
    const m = memberOffsets[i + 1] - memberOffsets[i];
    pairs += (m * (m - 1)) / 2;
  }
  let capacity = Math.max(1, Math.min(pairs, (n * (n - 1)) / 2, maxInitialCapacity));
  let sources: Int32Array = new Int32Array(capacity);
  let targets: Int32Array = new Int32Array(capacity);
  let weights: Int32Array = new Int32Array(capacity);
  const count = new Int32Array(n);
  const touched = new Int32Array(n);
  let size = 0;
  for (let p = 0; p < n; p++) {
    let touchedCount = 0;
    for (let k = itemOffsets[p]; k < itemOffsets[p + 1]; k++) {
      const item = itemsOf[k];
      const start = memberOffsets[item];
      // Members ascend: walk down from the end while they are later than p.
      for (let m = memberOffsets[item + 1] - 1; m >= start; m--) {
        const q = members[m];
        if (q <= p) break;
        if (count[q]++ === 0) touched[touchedCount++] = q;
      }
    }
    if (touchedCount === 0) continue;
    if (size + touchedCount > capacity) {
      while (size + touchedCount > capacity) capacity *= 2;
      sources = grow(sources, capacity, size);
      targets = grow(targets, capacity, size);
      weights = grow(weights, capacity, size);
    }
    sortPrefix(touched, touchedCount);
    for (let t = 0; t < touchedCount; t++) {
      const q = touched[t];
      sources[size] = p;
      targets[size] = q;
      weights[size] = count[q];
      size++;
      count[q] = 0;
    }
  }
  return { order: n, size, sources: sources.subarray(0, size), targets: targets.subarray(0, size), weights: weights.subarray(0, size) };
}

function grow(array: Int32Array, capacity: number, used: number): Int32Array {
  const next = new Int32Array(capacity);
  next.set(array.subarray(0, used));
  return next;
}

/** Sorts `array[0 .. length)` ascending: insertion sort for short rows (most are), else the built-in sort. */
function sortPrefix(array: Int32Array, length: number): void {
  if (length > 24) {
    array.subarray(0, length).sort();
    return;
  }
  for (let i = 1; i < length; i++) {
    const value = array[i];
    let j = i - 1;
    while (j >= 0 && array[j] > value) {
      array[j + 1] = array[j];
      j--;
    }
    array[j + 1] = value;
  }
}
