/**
 * What a projection measurement writes instead of per-node scores, so the
 * libraries' projected graphs can be cross-checked exactly (weights are
 * integers): edge count, total weight, a histogram of weights and a SHA-256 of
 * the sorted edge list, plus every edge's weight when the projection is small
 * enough to write out (so a difference can name the pairs). bench/measure_peer.py
 * writes the same digest; both must render it byte for byte alike:
 *
 *   one line "u\tv\tw\n" per edge with u < v (string order; ids are ASCII),
 *   lines sorted, hashed in order; weights keyed "u\tv".
 */
import { createHash } from 'node:crypto';

/** Projections up to this many edges are written in full (about 25 bytes an edge). */
export const FULL_WEIGHTS_LIMIT = 300_000;

export interface ProjectionDigest {
  edges: number;
  totalWeight: number;
  /** Weight -> number of edges with that weight. */
  histogram: Record<string, number>;
  sha256: string;
  /** "u\tv" (u < v) -> weight, when `edges` <= FULL_WEIGHTS_LIMIT. */
  weights?: Record<string, number>;
}

export function projectionDigest(edges: Iterable<[string, string, number]>): ProjectionDigest {
  const lines: string[] = [];
  const histogram: Record<string, number> = {};
  let totalWeight = 0;
  for (const [a, b, w] of edges) {
    lines.push(a < b ? `${a}\t${b}\t${w}` : `${b}\t${a}\t${w}`);
    histogram[w] = (histogram[w] ?? 0) + 1;
    totalWeight += w;
  }
  lines.sort();
  const hash = createHash('sha256');
  // In batches: one update per line costs seconds at millions of edges, inside the measurement's budget.
  for (let i = 0; i < lines.length; i += 10_000) hash.update(`${lines.slice(i, i + 10_000).join('\n')}\n`);
  const digest: ProjectionDigest = { edges: lines.length, totalWeight, histogram, sha256: hash.digest('hex') };
  if (lines.length <= FULL_WEIGHTS_LIMIT) {
    digest.weights = {};
    for (const line of lines) {
      const cut = line.lastIndexOf('\t');
      digest.weights[line.slice(0, cut)] = Number(line.slice(cut + 1));
    }
  }
  return digest;
}

/**
 * Compares a projection with a reference one. `agreement` follows the scores'
 * convention (largest weight difference over the largest reference weight, a
 * missing edge counting as weight 0): 0 when the edge lists are identical, 1
 * when they differ and only digests were written (or the digests disagree
 * with the weights). `note` says what differed.
 */
export function compareProjections(ours: ProjectionDigest, reference: ProjectionDigest): { agreement: number; note?: string } {
  if (ours.sha256 === reference.sha256 && ours.edges === reference.edges && ours.totalWeight === reference.totalWeight) return { agreement: 0 };
  const summary = `${ours.edges.toLocaleString('en')} vs ${reference.edges.toLocaleString('en')} edges, total weight ${ours.totalWeight.toLocaleString('en')} vs ${reference.totalWeight.toLocaleString('en')}`;
  if (!ours.weights || !reference.weights) {
    const weights = new Set([...Object.keys(ours.histogram), ...Object.keys(reference.histogram)]);
    const histogram = [...weights].filter((w) => ours.histogram[w] !== reference.histogram[w]).map(Number).sort((a, b) => a - b);
    const where = histogram.length ? `, edges of weight ${histogram.slice(0, 5).join(', ')}${histogram.length > 5 ? ', …' : ''} differ in number` : ', same weight histogram';
    return { agreement: 1, note: `digests differ: ${summary}${where}` };
  }
  let largestDiff = 0;
  let largestRef = 0;
  let differing = 0;
  let example = '';
  for (const key of new Set([...Object.keys(ours.weights), ...Object.keys(reference.weights)])) {
    const a = ours.weights[key] ?? 0;
    const b = reference.weights[key] ?? 0;
    largestRef = Math.max(largestRef, b);
    if (a === b) continue;
    differing++;
    largestDiff = Math.max(largestDiff, Math.abs(a - b));
    if (!example) example = `${key.replace('\t', '–')} ${a} vs ${b}`;
  }
  if (differing === 0) return { agreement: 1, note: `same weights but different digests (${summary}): the two sides render the digest differently` };
  return {
    agreement: largestRef === 0 ? largestDiff : largestDiff / largestRef,
    note: `${differing.toLocaleString('en')} ${differing === 1 ? 'pair differs' : 'pairs differ'} (${summary}; e.g. ${example})`,
  };
}
