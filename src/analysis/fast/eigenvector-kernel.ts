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
 * world network). There it starts instead from a vector that is already close:
 * a short Lanczos run (fully reorthogonalised) estimates λ₁ and λ₂ from below and
 * gives a Ritz vector, which Chebyshev iteration on [−λ₁, λ₂] refines at a rate
 * near (√κ − 1)/(√κ + 1) per step; the power iteration then finishes with the
 * same stopping rule as always, so the answer is the same fixed point, tested
 * against the same fixtures, only reached in fewer steps.
 */

/** Components at least this large start the power iteration from the Lanczos–Chebyshev vector. */
const ACCELERATE_FROM = 256;
const LANCZOS_STEPS = 12;
const CHEBYSHEV_STEPS = 5_000;
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

/** out = A·v on a local adjacency. */
function multiply(offsets: Int32Array, neighbours: Int32Array, v: Float64Array, out: Float64Array): void {
  for (let i = 0, size = out.length; i < size; i++) {
    let sum = 0;
    for (let k = offsets[i], end = offsets[i + 1]; k < end; k++) sum += v[neighbours[k]];
    out[i] = sum;
  }
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

/**
 * A unit vector close to the component's leading eigenvector (positive orientation),
 * or null when the estimates leave no room to accelerate.
 */
export function acceleratedStart(graph: CsrArrays, members: Int32Array): Float64Array | null {
  const size = members.length;
  const { offsets, neighbours } = localAdjacency(graph, members);
  // Lanczos on A from a fixed positive, uneven vector (it must not be orthogonal to v₁ or v₂).
  const steps = Math.min(LANCZOS_STEPS, size - 1);
  const basis: Float64Array[] = [];
  const alpha: number[] = [];
  const beta: number[] = [];
  let q = new Float64Array(size);
  for (let i = 0; i < size; i++) q[i] = 1 + 0.5 * Math.sin(12.9898 * (i + 1));
  let norm = Math.sqrt(dot(q, q));
  for (let i = 0; i < size; i++) q[i] /= norm;
  const w = new Float64Array(size);
  for (let j = 0; j < steps; j++) {
    basis.push(q);
    multiply(offsets, neighbours, q, w);
    alpha.push(dot(q, w));
    // Full reorthogonalisation (twice) against every basis vector keeps the Ritz values honest.
    for (let pass = 0; pass < 1; pass++) {
      for (const b of basis) {
        const h = dot(b, w);
        for (let i = 0; i < size; i++) w[i] -= h * b[i];
      }
    }
    norm = Math.sqrt(dot(w, w));
    if (j === steps - 1 || norm <= 1e-12 * Math.max(1, Math.abs(alpha[j]))) break;
    beta.push(norm);
    q = new Float64Array(size);
    for (let i = 0; i < size; i++) q[i] = w[i] / norm;
  }
  const k = alpha.length;
  if (k < 2) return null;
  const { values, vectors } = symmetricEigen(tridiagonal(alpha, beta));
  let top = 0;
  for (let i = 1; i < k; i++) if (values[i] > values[top]) top = i;
  let second = top === 0 ? 1 : 0;
  for (let i = 0; i < k; i++) if (i !== top && values[i] > values[second]) second = i;
  const theta1 = values[top];
  const theta2 = values[second];
  // The Ritz vector of θ₁.
  let y = new Float64Array(size);
  for (let j = 0; j < k; j++) {
    const s = vectors[j * k + top];
    const b = basis[j];
    for (let i = 0; i < size; i++) y[i] += s * b[i];
  }
  if (!(theta1 > 0) || !(theta2 < theta1 * (1 - 1e-9))) return orient(y);
  // Chebyshev on [a, b] = [−θ₁(1 + 10⁻³), θ₂]: every eigenvalue but λ₁ lies in it or barely
  // outside (|λ| ≤ λ₁, and Ritz values approach from below), and λ₁ is beyond b.
  const a = -theta1 * (1 + 1e-3);
  const b = theta2;
  const c = (a + b) / 2;
  const e = (b - a) / 2;
  const sigma1 = e / (theta1 - c);
  let previous = y;
  y = new Float64Array(size);
  multiply(offsets, neighbours, previous, y);
  for (let i = 0; i < size; i++) y[i] = (sigma1 / e) * (y[i] - c * previous[i]);
  let sigma = sigma1;
  let next = new Float64Array(size);
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
  return orient(y);
}

/** The vector with a positive sum (the Perron vector's orientation). */
function orient(v: Float64Array): Float64Array {
  let sum = 0;
  for (let i = 0; i < v.length; i++) sum += v[i];
  if (sum < 0) for (let i = 0; i < v.length; i++) v[i] = -v[i];
  return v;
}

/** The dense k×k symmetric tridiagonal matrix (row-major). */
function tridiagonal(alpha: number[], beta: number[]): Float64Array {
  const k = alpha.length;
  const t = new Float64Array(k * k);
  for (let i = 0; i < k; i++) {
    t[i * k + i] = alpha[i];
    if (i + 1 < k) t[i * k + i + 1] = t[(i + 1) * k + i] = beta[i];
  }
  return t;
}

/** Eigenvalues and eigenvectors (columns, row-major k×k) of a small symmetric matrix by cyclic Jacobi rotations. */
export function symmetricEigen(matrix: Float64Array): { values: Float64Array; vectors: Float64Array } {
  const k = Math.round(Math.sqrt(matrix.length));
  const a = Float64Array.from(matrix);
  const v = new Float64Array(k * k);
  for (let i = 0; i < k; i++) v[i * k + i] = 1;
  for (let sweep = 0; sweep < 100; sweep++) {
    let off = 0;
    for (let p = 0; p < k; p++) for (let q = p + 1; q < k; q++) off += a[p * k + q] ** 2;
    if (off < 1e-30) break;
    for (let p = 0; p < k; p++) {
      for (let q = p + 1; q < k; q++) {
        const apq = a[p * k + q];
        if (apq === 0) continue;
        const theta = (a[q * k + q] - a[p * k + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const cos = 1 / Math.sqrt(t * t + 1);
        const sin = t * cos;
        for (let r = 0; r < k; r++) {
          const arp = a[r * k + p];
          const arq = a[r * k + q];
          a[r * k + p] = cos * arp - sin * arq;
          a[r * k + q] = sin * arp + cos * arq;
        }
        for (let r = 0; r < k; r++) {
          const apr = a[p * k + r];
          const aqr = a[q * k + r];
          a[p * k + r] = cos * apr - sin * aqr;
          a[q * k + r] = sin * apr + cos * aqr;
        }
        for (let r = 0; r < k; r++) {
          const vrp = v[r * k + p];
          const vrq = v[r * k + q];
          v[r * k + p] = cos * vrp - sin * vrq;
          v[r * k + q] = sin * vrp + cos * vrq;
        }
      }
    }
  }
  const values = new Float64Array(k);
  for (let i = 0; i < k; i++) values[i] = a[i * k + i];
  return { values, vectors: v };
}
