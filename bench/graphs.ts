/**
 * The graphs every library measures, written once as JSON edge lists under
 * bench/data/ (git-ignored): seeded synthetic skewed graphs, seeded synthetic
 * two-mode graphs for the projections and, when the seed dataset reads
 * cleanly, the shipped partnership network.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { projectNetwork } from '../src/analysis/projection';
import { readWorldLayer } from '../src/seed/world/world-files';
import { withWorldPlaces } from '../src/analysis/world-scope';
import { readDataset } from '../src/seed/read-dataset';
import { bipartiteGraph, type BipartiteGraphSpec } from './bipartite-graph';
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

/**
 * Two-mode graphs for the projections, the same sizes as the skewed ones with a
 * third of the nodes on the home side (the shipped network has ~75 Indonesian
 * and ~190 foreign governments). Offset 1 keeps the 100k foreign-side
 * projection at 2.7 million edges (see bench/bipartite-graph.ts).
 */
export const BIPARTITE: Record<string, BipartiteGraphSpec> = {
  'bipartite-1k': { nodes: 1_000, edges: 1_441, home: 333, seed: 1, offset: 1 },
  'bipartite-14k': { nodes: 14_274, edges: 20_573, home: 4_758, seed: 14, offset: 1 },
  'bipartite-100k': { nodes: 100_000, edges: 144_130, home: 33_333, seed: 100, offset: 1 },
};

export function bipartiteBenchGraph(dataDir: string, name: string): BenchGraph {
  const spec = BIPARTITE[name];
  const file = join(dataDir, `${name}.json`);
  if (!existsSync(file)) writeEdgeListFile(file, bipartiteGraph(name, spec));
  return {
    name,
    description: `synthetic two-mode preferential attachment by degree + ${spec.offset}, ${spec.home.toLocaleString('en')} home / ${(spec.nodes - spec.home).toLocaleString('en')} foreign, seed ${spec.seed}`,
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

/**
 * The world network: the shipped seed plus its world layer (seed/world/), projected at
 * scope WORLD with the default filter, as the API analyses it. Or a reason it is missing.
 */
export async function worldGraph(dataDir: string, seedDir: string): Promise<BenchGraph | string> {
  try {
    const { dataset, problems } = await readDataset(seedDir);
    if (problems.length > 0) return `seed/ has ${problems.length} problems (first: ${problems[0].message})`;
    const layer = await readWorldLayer(join(seedDir, 'world'));
    const { snapshot } = withWorldPlaces({ ...dataset, dataVersion: 1 }, layer);
    const graph = projectNetwork(snapshot, { scope: 'WORLD' }, layer);
    const file = join(dataDir, 'world.json');
    writeEdgeListFile(file, { name: 'world', nodes: graph.nodes(), edges: graph.mapEdges((_e, _a, s, t) => [s, t] as [string, string]) });
    return { name: 'world', description: 'seed/ plus its world layer (seed/world/), projectNetwork at scope WORLD', file, nodes: graph.order, edges: graph.size };
  } catch (error) {
    return `the world layer could not be read: ${(error as Error).message}`;
  }
}
