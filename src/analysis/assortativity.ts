/**
 * Assortativity: do governments partner with governments like themselves?
 *
 * - Degree assortativity: Pearson correlation between the degrees at the two
 *   ends of each edge, each edge counted in both directions (Newman 2003).
 *   networkx `degree_assortativity_coefficient(G)`. In a two-mode network a
 *   negative value means well-connected governments tend to partner with
 *   governments that have few partners (hubs and spokes).
 * - Level assortativity: Newman's attribute assortativity of `level`,
 *   r = (Σ e_ii − Σ a_i b_i) / (1 − Σ a_i b_i) over the level mixing matrix e.
 *   networkx `attribute_assortativity_coefficient(G, 'level')`. Indonesian and
 *   foreign governments share level names (CITY, PROVINCE): 1 means every tie
 *   joins equal levels, negative means ties tend to join different levels.
 *
 * Both are undefined (null, with a reason) when the network has no edges or
 * when the degrees / levels do not vary across edge ends (networkx returns NaN).
 * Unweighted.
 */
import type { GovernmentGraph } from './types';

export interface Coefficient {
  value: number | null;
  /** Why `value` is null; null when it is defined. */
  undefinedReason: string | null;
}

export interface AssortativityResult {
  degree: Coefficient;
  level: Coefficient;
}

export function assortativity(graph: GovernmentGraph): AssortativityResult {
  if (graph.size === 0) {
    const none = { value: null, undefinedReason: 'The network has no edges.' };
    return { degree: none, level: none };
  }
  return { degree: degreeAssortativity(graph), level: levelAssortativity(graph) };
}

function degreeAssortativity(graph: GovernmentGraph): Coefficient {
  let n = 0;
  let sumX = 0;
  let sumXX = 0;
  let sumXY = 0;
  graph.forEachEdge((_, __, s, t) => {
    const a = graph.degree(s);
    const b = graph.degree(t);
    n += 2;
    sumX += a + b;
    sumXX += a * a + b * b;
    sumXY += 2 * a * b;
  });
  const mean = sumX / n;
  const variance = sumXX / n - mean * mean;
  const covariance = sumXY / n - mean * mean;
  if (variance <= 1e-12 * Math.max(1, sumXX / n))
    return { value: null, undefinedReason: 'Every edge joins governments of the same degree, so the correlation is undefined.' };
  return { value: covariance / variance, undefinedReason: null };
}

function levelAssortativity(graph: GovernmentGraph): Coefficient {
  const counts = new Map<string, number>(); // "a\0b" -> count (both directions)
  const rowTotals = new Map<string, number>();
  let total = 0;
  graph.forEachEdge((_, __, s, t, sa, ta) => {
    for (const [x, y] of [[sa.level, ta.level], [ta.level, sa.level]]) {
      const key = `${x}\u0000${y}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
      rowTotals.set(x, (rowTotals.get(x) ?? 0) + 1);
      total += 1;
    }
  });
  let trace = 0;
  for (const [key, c] of counts) {
    const [x, y] = key.split('\u0000');
    if (x === y) trace += c / total;
  }
  // Symmetric matrix: row sums a_i equal column sums b_i.
  let sumAB = 0;
  for (const r of rowTotals.values()) sumAB += (r / total) ** 2;
  if (1 - sumAB <= 1e-12)
    return { value: null, undefinedReason: 'Every government in the network has the same level, so level assortativity is undefined.' };
  return { value: (trace - sumAB) / (1 - sumAB), undefinedReason: null };
}
