/**
 * The graphs every library measures, written once as JSON edge lists under
 * bench/data/ (git-ignored): seeded synthetic skewed graphs and, when the seed
 * dataset reads cleanly, the shipped partnership network.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectNetwork } from '../src/analysis/projection';
import { readDataset } from '../src/seed/read-dataset';
import { skewedGraph, writeEdgeListFile, type SkewedGraphSpec } from './skewed-graph';

export interface BenchGraph {
  name: string;
  description: string;
  file: string;
  nodes: number;
  edges: number;
}

export const SYNTHETIC: Record<string, SkewedGraphSpec> = {
  'skewed-1k': { nodes: 1_000, edges: 1_441, seed: 1 },
  'skewed-14k': { nodes: 14_274, edges: 20_573, seed: 14 },
  'skewed-100k': { nodes: 100_000, edges: 144_130, seed: 100 },
};

export function syntheticGraph(dataDir: string, name: string): BenchGraph {
  const spec = SYNTHETIC[name];
  const file = join(dataDir, `${name}.json`);
  if (!existsSync(file)) writeEdgeListFile(file, skewedGraph(name, spec));
  return {
    name,
    description: `synthetic preferential attachment, seed ${spec.seed}`,
    file,
    nodes: spec.nodes,
    edges: spec.edges,
  };
}

/** The shipped network (all partnerships, no filter), or a reason it is missing. */
export async function shippedGraph(dataDir: string, seedDir: string): Promise<BenchGraph | string> {
  try {
    const { dataset, problems } = await readDataset(seedDir);
    if (problems.length > 0) return `seed/ has ${problems.length} problems (first: ${problems[0].message})`;
    const graph = projectNetwork({ ...dataset, dataVersion: 1 }, {});
    const file = join(dataDir, 'shipped.json');
    writeEdgeListFile(file, { name: 'shipped', nodes: graph.nodes(), edges: graph.mapEdges((_e, _a, s, t) => [s, t] as [string, string]) });
    return { name: 'shipped', description: 'seed/ dataset, projectNetwork with no filter', file, nodes: graph.order, edges: graph.size };
  } catch (error) {
    return `seed/ could not be read: ${(error as Error).message}`;
  }
}
