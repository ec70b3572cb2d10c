/**
 * Eigenvector centrality per connected component on a CSR graph (typed arrays only,
 * so it runs on a pool thread over the graph's SharedArrayBuffers). Same convention
 * as `eigenvector.ts`: within each component, power iteration on A + I from the
 * uniform unit vector, each iterate scaled to Euclidean length 1, until the L1 change
 * is below size × tolerance (or, on the last allowed iteration, the best change seen
 * was below size × 1e-12); λ = ‖(A + I)x‖ − 1. Components are indexed as
 * `components.ts` orders them: size descending, then smallest member id.
 *
 * On a large component the power iteration can need hundreds of steps (its rate
 * is (λ₂ + 1)/(λ₁ + 1), close to 1 when two hubs have similar reach: 0.97 on the
 * world network). There it starts instead from a vector that is already close: the
 * Ritz vector of a Lanczos run stopped when its residual is ~10⁻¹² of λ₁ (see
 * `acceleratedStart`); the power iteration then finishes with the same stopping
 * rule as always (one or two steps), so the answer is the same fixed point, tested
 * against the same fixtures, only reached in fewer products with A.
 */

/** Components at least this large start the power iteration from the Lanczos vector. */
const ACCELERATE_FROM = 256;
/**
 * Lanczos steps at most, and at most this many basis entries kept for the Ritz vector
 * (64 MB: 80 steps up to 100,000 nodes); then Chebyshev steps at most.
 */
const LANCZOS_STEPS = 80;
const BASIS_ENTRIES = 8_000_000;
const CHEBYSHEV_STEPS = 5_000;
/** Stop when the Ritz vector's residual ‖Ay − θy‖ is below this times θ. */
const RESIDUAL = 1e-12;
import type { CsrArrays } from './pagerank-kernel';

export interface EigenvectorKernelOptions {
  /** Defaults to 1e-15. */
  tolerance?: number;
  /** Per component. Defaults to 100,000. */
  maxIterations?: number;
}

export interface EigenvectorKernelResult {
  /** Score of each node (unit length within its component); null when a component did not converge. */
  scores: Float64Array | null;
  /** Component index of each node. */
  component: Int32Array;
  /** Size of each component, by component index. */
  sizes: Int32Array;
  /** Leading eigenvalue of each component's adjacency matrix, by component index. */
  eigenvalues: Float64Array;
  /** The component with the largest leading eigenvalue (ties to the lower index), or -1 for an empty graph. */
  dominantComponent: number;
  /** Iterations of the component that needed most; the failing component's when scores is null. */
  iterations: number;
}

/**
 * @param rank position of each node's id in sorted id order (ties of size broken by the
 *   smallest member id, as components.ts does); identity when ids are sorted already.
 */
export function eigenvectorArrays(graph: CsrArrays, rank: Int32Array, options: EigenvectorKernelOptions = {}): EigenvectorKernelResult {
  const tolerance = options.tolerance ?? 1e-15;
  const maxIterations = options.maxIterations ?? 100_000;
  const { order: n, offsets, neighbours } = graph;
  const { members, starts, component, sizes } = orderedComponents(graph, rank);
  const count = sizes.length;
  const eigenvalues = new Float64Array(count);
  const x = new Float64Array(n);
  const next = new Float64Array(n);
  let dominantComponent = -1;
  let most = 0;
  for (let c = 0; c < count; c++) {
    const from = starts[c];
    const to = starts[c + 1];
    const size = to - from;
    const start = size >= ACCELERATE_FROM ? acceleratedStart(graph, members.subarray(from, to)) : null;
    if (start) for (let m = from; m < to; m++) x[members[m]] = start[m - from];
    else {
      const initial = 1 / Math.sqrt(size);
      for (let m = from; m < to; m++) x[members[m]] = initial;
    }
    let bestError = Infinity;
    let done = false;
    let iteration = 0;
    for (; iteration < maxIterations && !done; iteration++) {
      let norm = 0;
      for (let m = from; m < to; m++) {
        const j = members[m];
        let sum = x[j];
        for (let k = offsets[j], end = offsets[j + 1]; k < end; k++) sum += x[neighbours[k]];
        next[j] = sum;
        norm += sum * sum;
      }
      norm = Math.sqrt(norm);
      let error = 0;
      for (let m = from; m < to; m++) {
        const j = members[m];
        const value = next[j] / norm;
        error += Math.abs(value - x[j]);
        x[j] = value;
      }
      if (error < bestError) bestError = error;
      // ‖(A + I)x‖ with x converged is λ + 1.
      if (error < size * tolerance || (iteration === maxIterations - 1 && bestError < size * 1e-12)) {
        eigenvalues[c] = norm - 1;
        done = true;
      }
    }
    if (!done) return { scores: null, component, sizes, eigenvalues, dominantComponent: -1, iterations: maxIterations };
    most = Math.max(most, iteration);
    if (dominantComponent === -1 || eigenvalues[c] > eigenvalues[dominantComponent] + 1e-12) dominantComponent = c;
  }
  return { scores: x, component, sizes, eigenvalues, dominantComponent, iterations: most };
}

/**
 * Connected components by breadth-first search, indexed by size descending then by
 * the smallest member id (smallest `rank`): members of component c are
 * `members[starts[c] .. starts[c + 1])`, in search order.
 */
export function orderedComponents(
  graph: CsrArrays,
  rank: Int32Array,
): { members: Int32Array; starts: Int32Array; component: Int32Array; sizes: Int32Array } {
  const { order: n, offsets, neighbours } = graph;
  const found = new Int32Array(n).fill(-1);
  const queue = new Int32Array(n);
  const foundStarts: number[] = [];
  const minRank: number[] = [];
  let tail = 0;
  for (let s = 0; s < n; s++) {
    if (found[s] !== -1) continue;
    const label = foundStarts.length;
    foundStarts.push(tail);
    let least = rank[s];
    found[s] = label;
    queue[tail++] = s;
    for (let head = tail - 1; head < tail; head++) {
      const u = queue[head];
      for (let k = offsets[u], end = offsets[u + 1]; k < end; k++) {
        const w = neighbours[k];
        if (found[w] !== -1) continue;
        found[w] = label;
        if (rank[w] < least) least = rank[w];
        queue[tail++] = w;
      }
    }
    minRank.push(least);
  }
  const count = foundStarts.length;
  foundStarts.push(n);
  const byIndex = Array.from({ length: count }, (_, c) => c).sort(
    (a, b) => foundStarts[b + 1] - foundStarts[b] - (foundStarts[a + 1] - foundStarts[a]) || minRank[a] - minRank[b],
  );
  const members = new Int32Array(n);
  const starts = new Int32Array(count + 1);
  const sizes = new Int32Array(count);
  const component = new Int32Array(n);
  let at = 0;
  byIndex.forEach((label, c) => {
    starts[c] = at;
    sizes[c] = foundStarts[label + 1] - foundStarts[label];
    for (let q = foundStarts[label]; q < foundStarts[label + 1]; q++) {
      members[at++] = queue[q];
      component[queue[q]] = c;
    }
  });
  starts[count] = n;
  return { members, starts, component, sizes };
}

/** The component's adjacency with local indices (position in `members`). */
function localAdjacency(graph: CsrArrays, members: Int32Array): { offsets: Int32Array; neighbours: Int32Array } {
  const size = members.length;
  const local = new Int32Array(graph.order);
  let arcs = 0;
  for (let m = 0; m < size; m++) {
    local[members[m]] = m;
    arcs += graph.offsets[members[m] + 1] - graph.offsets[members[m]];
  }
  const offsets = new Int32Array(size + 1);
  const neighbours = new Int32Array(arcs);
  let at = 0;
  for (let m = 0; m < size; m++) {
    offsets[m] = at;
    const j = members[m];
    for (let k = graph.offsets[j], end = graph.offsets[j + 1]; k < end; k++) neighbours[at++] = local[graph.neighbours[k]];
  }
  offsets[size] = at;
  return { offsets, neighbours };
}

/**
 * A unit vector close to the component's leading eigenvector (positive orientation),
 * or null when the component is too small to need one.
 *
 * Lanczos on A (three-term recurrence, no reorthogonalisation: orthogonality is lost
 * only along Ritz vectors that have converged, and it stops as soon as the top one
 * has) from a fixed positive, uneven vector (it must not be orthogonal to v₁). At every
 * step the top eigenpair (θ, s) of the small tridiagonal matrix gives the residual
 * ‖A y − θ y‖ = β·|s_last| of the Ritz vector y without touching the graph; it stops
 * when that is below RESIDUAL·θ. A Krylov space resolves a close second eigenvalue by
 * itself (the world network's λ₂ is 97% of λ₁, its λ₃ 55%), so this needs far fewer
 * products with A than a Chebyshev filter over [−λ₁, λ₂] (decision 40). When
 * LANCZOS_STEPS steps do not meet it (a grid, a long chain: λ₂ close to λ₁ and no
 * isolated pair), the Ritz vector is refined by that Chebyshev filter, with θ₁ and θ₂
 * from the same run.
 */
export function acceleratedStart(graph: CsrArrays, members: Int32Array): Float64Array | null {
  const size = members.length;
  if (size < 3) return null;
  const { offsets, neighbours } = localAdjacency(graph, members);
  const steps = Math.max(2, Math.min(LANCZOS_STEPS, size, Math.floor(BASIS_ENTRIES / size)));
  const alpha = new Float64Array(steps);
  const beta = new Float64Array(steps);
  const s = new Float64Array(steps);
  const store = basisStorage();
  const first = basisVector(store, 0, size);
  for (let i = 0; i < size; i++) first[i] = 1 + 0.5 * Math.sin(12.9898 * (i + 1));
  let norm = Math.sqrt(dot(first, first));
  for (let i = 0; i < size; i++) first[i] /= norm;
  const basis: Float64Array[] = [first];
  let k = 0;
  let theta = 0;
  let converged = false;
  for (let j = 0; j < steps; j++) {
    const q = basis[j];
    const previous = j > 0 ? basis[j - 1] : null;
    const before = j > 0 ? beta[j - 1] : 0;
    const w = basisVector(store, j + 1, size);
    // w = A q − β q_previous, with α = q·w and ‖w‖², in one pass.
    let a = 0;
    let squares = 0;
    for (let i = 0; i < size; i++) {
      let sum = 0;
      for (let e = offsets[i], end = offsets[i + 1]; e < end; e++) sum += q[neighbours[e]];
      if (previous) sum -= before * previous[i];
      w[i] = sum;
      a += sum * q[i];
      squares += sum * sum;
    }
    alpha[j] = a;
    // ‖w − αq‖² = ‖w‖² − α² (q is a unit vector and q·w = α); where that subtraction
    // would cancel more than one bit, the norm is summed again instead.
    const rest = squares - a * a;
    const exact = rest < 0.5 * squares;
    if (exact) {
      norm = 0;
      for (let i = 0; i < size; i++) {
        const value = w[i] - a * q[i];
        w[i] = value;
        norm += value * value;
      }
      norm = Math.sqrt(norm);
    } else norm = Math.sqrt(rest);
    beta[j] = norm;
    k = j + 1;
    const breakdown = norm <= 1e-12 * Math.max(1, Math.abs(a));
    if (k >= 2 || breakdown) {
      theta = eigenvalueFromTop(alpha, beta, k, 0);
      eigenvectorOf(alpha, beta, k, theta, s);
      converged = breakdown || norm * Math.abs(s[k - 1]) < RESIDUAL * Math.abs(theta);
      if (converged || k === steps) break;
    }
    // The next basis vector (w − αq)/β.
    if (exact) for (let i = 0; i < size; i++) w[i] /= norm;
    else for (let i = 0; i < size; i++) w[i] = (w[i] - a * q[i]) / norm;
    basis.push(w);
  }
  if (k < 2) return null;
  // The Ritz vector y = Σ s_j q_j.
  const y = new Float64Array(size);
  let j = 0;
  for (; j + 4 <= k; j += 4) {
    const [q0, q1, q2, q3] = [basis[j], basis[j + 1], basis[j + 2], basis[j + 3]];
    const [c0, c1, c2, c3] = [s[j], s[j + 1], s[j + 2], s[j + 3]];
    for (let i = 0; i < size; i++) y[i] += c0 * q0[i] + c1 * q1[i] + c2 * q2[i] + c3 * q3[i];
  }
  for (; j < k; j++) {
    const c = s[j];
    const q = basis[j];
    for (let i = 0; i < size; i++) y[i] += c * q[i];
  }
  const length = Math.sqrt(dot(y, y));
  for (let i = 0; i < size; i++) y[i] /= length;
  if (converged) return orient(y);
  return orient(chebyshev(offsets, neighbours, y, theta, eigenvalueFromTop(alpha, beta, k, 1)));
}

/**
 * Chebyshev iteration from y towards the leading eigenvector, on [a, b] =
 * [−θ₁(1 + 10⁻³), θ₂]: every eigenvalue but λ₁ lies in it or barely outside (|λ| ≤ λ₁,
 * and Ritz values approach from below), and λ₁ is beyond b. Rate near
 * (√κ − 1)/(√κ + 1) per product with A. Returns y itself when θ₂ leaves no room.
 */
function chebyshev(offsets: Int32Array, neighbours: Int32Array, start: Float64Array, theta1: number, theta2: number): Float64Array {
  const size = start.length;
  if (!(theta1 > 0) || !(theta2 < theta1 * (1 - 1e-9))) return start;
  const a = -theta1 * (1 + 1e-3);
  const b = theta2;
  const c = (a + b) / 2;
  const e = (b - a) / 2;
  const sigma1 = e / (theta1 - c);
  let previous: Float64Array = start;
  let y: Float64Array = new Float64Array(size);
  for (let i = 0; i < size; i++) {
    let sum = 0;
    for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) sum += previous[neighbours[k]];
    y[i] = (sigma1 / e) * (sum - c * previous[i]);
  }
  let sigma = sigma1;
  let next: Float64Array = new Float64Array(size);
  const checked = Float64Array.from(previous);
  for (let step = 1; step <= CHEBYSHEV_STEPS; step++) {
    const sigmaNext = 1 / (2 / sigma1 - sigma);
    const scale = (2 * sigmaNext) / e;
    const back = sigma * sigmaNext;
    for (let i = 0; i < size; i++) {
      let sum = 0;
      for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) sum += y[neighbours[k]];
      next[i] = scale * (sum - c * y[i]) - back * previous[i];
    }
    [previous, y, next] = [y, next, previous];
    sigma = sigmaNext;
    if (step % 10 === 0) {
      // Rescale both iterates alike (the recurrence is linear) and compare with the last check.
      const length = Math.sqrt(dot(y, y));
      let change = 0;
      for (let i = 0; i < size; i++) {
        y[i] /= length;
        previous[i] /= length;
        change += Math.abs(y[i] - checked[i]);
        checked[i] = y[i];
      }
      if (change < size * 1e-14) break;
    }
  }
  const length = Math.sqrt(dot(y, y));
  for (let i = 0; i < size; i++) y[i] /= length;
  return y;
}

/**
 * The Lanczos basis vectors (up to 64 MB), kept between calls for as long as the
 * collector leaves them: fresh ones per call made every call allocate tens of MB, and
 * the full collections that triggered cost more than the Lanczos run at 100k nodes.
 * Allocated one by one as the steps need them, so a short run allocates little.
 * A thread runs one kernel at a time, so one store per thread is enough; every entry
 * used is written before it is read.
 */
let basisStore: WeakRef<Float64Array[]> | undefined;

/** The kept basis vectors (empty after a collection took them). */
function basisStorage(): Float64Array[] {
  let kept = basisStore?.deref();
  if (!kept) {
    kept = [];
    basisStore = new WeakRef(kept);
  }
  return kept;
}

/** Basis vector j of the given length, from the store, allocated (and kept) only when missing or too short. */
function basisVector(store: Float64Array[], j: number, size: number): Float64Array {
  let vector = store[j];
  if (!vector || vector.length < size) {
    vector = new Float64Array(size);
    store[j] = vector;
  }
  return vector.length === size ? vector : vector.subarray(0, size);
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/**
 * The eigenvalue with `index` eigenvalues above it (0: the largest) of the k×k symmetric
 * tridiagonal matrix (diagonal `alpha`, off-diagonal `beta`), by bisection on Sturm
 * counts, to the last bits.
 */
export function eigenvalueFromTop(alpha: Float64Array, beta: Float64Array, k: number, index: number): number {
  let low = Infinity;
  let high = -Infinity;
  for (let i = 0; i < k; i++) {
    const radius = (i > 0 ? Math.abs(beta[i - 1]) : 0) + (i + 1 < k ? Math.abs(beta[i]) : 0);
    low = Math.min(low, alpha[i] - radius);
    high = Math.max(high, alpha[i] + radius);
  }
  const tiny = Number.MIN_VALUE * 1e300;
  while (true) {
    const middle = (low + high) / 2;
    if (middle <= low || middle >= high) return high;
    // Eigenvalues above `middle`: the negative pivots of the LDLᵀ factors of middle·I − T.
    let above = 0;
    let d = 1;
    for (let i = 0; i < k; i++) {
      d = middle - alpha[i] - (i > 0 ? (beta[i - 1] * beta[i - 1]) / d : 0);
      if (d === 0) d = -tiny;
      if (d < 0) above++;
    }
    if (above > index) low = middle;
    else high = middle;
  }
}

/**
 * Unit eigenvector (into `out[0..k)`) of the k×k symmetric tridiagonal matrix for its
 * eigenvalue `theta` (a simple one), by two steps of inverse iteration: Gaussian elimination with
 * partial pivoting of T − θI (LAPACK's dgttrf/dgttrs).
 */
export function eigenvectorOf(alpha: Float64Array, beta: Float64Array, k: number, theta: number, out: Float64Array): void {
  const d = new Float64Array(k);
  const dl = new Float64Array(k);
  const du = new Float64Array(k);
  const du2 = new Float64Array(k);
  const swapped = new Uint8Array(k);
  let scale = 0;
  for (let i = 0; i < k; i++) {
    d[i] = alpha[i] - theta;
    if (i + 1 < k) dl[i] = du[i] = beta[i];
    scale = Math.max(scale, Math.abs(alpha[i]) + Math.abs(beta[i]));
  }
  const floor = Number.EPSILON * Math.max(scale, Number.MIN_VALUE);
  for (let i = 0; i + 1 < k; i++) {
    if (Math.abs(d[i]) >= Math.abs(dl[i])) {
      if (d[i] === 0) d[i] = floor;
      const factor = dl[i] / d[i];
      dl[i] = factor;
      d[i + 1] -= factor * du[i];
    } else {
      swapped[i] = 1;
      const factor = d[i] / dl[i];
      d[i] = dl[i];
      dl[i] = factor;
      const upper = du[i];
      du[i] = d[i + 1];
      d[i + 1] = upper - factor * d[i + 1];
      if (i + 2 < k) {
        du2[i] = du[i + 1];
        du[i + 1] = -factor * du[i + 1];
      }
    }
  }
  if (d[k - 1] === 0) d[k - 1] = floor;
  for (let i = 0; i < k; i++) out[i] = 1;
  for (let round = 0; round < 2; round++) {
    // L: forward substitution with the row swaps.
    for (let i = 0; i + 1 < k; i++) {
      if (swapped[i]) {
        const t = out[i];
        out[i] = out[i + 1];
        out[i + 1] = t - dl[i] * out[i];
      } else out[i + 1] -= dl[i] * out[i];
    }
    // U: back substitution (two super-diagonals).
    out[k - 1] /= d[k - 1];
    if (k > 1) out[k - 2] = (out[k - 2] - du[k - 2] * out[k - 1]) / d[k - 2];
    for (let i = k - 3; i >= 0; i--) out[i] = (out[i] - du[i] * out[i + 1] - du2[i] * out[i + 2]) / d[i];
    let length = 0;
    for (let i = 0; i < k; i++) length += out[i] * out[i];
    length = Math.sqrt(length);
    for (let i = 0; i < k; i++) out[i] /= length;
  }
}

/** The vector with a positive sum (the Perron vector's orientation). */
function orient(v: Float64Array): Float64Array {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i];
  if (sum < 0) for (let i = 0; i < v.length; i++) v[i] = -v[i];
  return v;
}
