/**
 * Fixture stage 2 (see generate.sh): the TypeScript half of the networkx fixtures.
 *
 * - For each standard graph in OUT/graphs/*.json, runs our Louvain with fixed
 *   seeds and stores the partitions in the file, so generate.py can compute
 *   networkx's modularity of exactly those partitions.
 * - Reads the shipped dataset (SEED_DIR), projects it with `projectNetwork` under
 *   several filters and writes OUT/dataset-edges/<name>.json (nodes with level,
 *   country and side; edges with strength; Louvain partitions).
 *
 * Usage: npx tsx tools/networkx-fixtures/export-edges.ts OUT_DIR SEED_DIR
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { communities } from '../../src/analysis/communities';
import type { NetworkFilter } from '../../src/analysis/filter';
import { projectNetwork } from '../../src/analysis/projection';
import { graphFromFixture, type FixtureGraph } from './fixture-graph';
import type { GovernmentGraph } from '../../src/analysis/types';
import { readDataset } from '../../src/seed/read-dataset';

export const LOUVAIN_SEEDS = [1, 7, 42];

/** The filters the dataset fixtures cover; names become file names. */
export const DATASET_FILTERS: Array<{ name: string; filter: NetworkFilter }> = [
  // minConfidence LOW: the whole network, leads included (the API's default is MEDIUM).
  { name: 'all', filter: { minConfidence: 'LOW' } },
  { name: 'sister-ties', filter: { agreementTypes: ['SISTER_CITY', 'SISTER_PROVINCE'], minConfidence: 'LOW' } },
  { name: 'as-of-2010', filter: { asOf: 2010, minConfidence: 'LOW' } },
  { name: 'cities', filter: { indonesianLevels: ['CITY'], minConfidence: 'LOW' } },
  { name: 'active-medium-confidence', filter: { statuses: ['ACTIVE'], minConfidence: 'MEDIUM' } },
];

function louvainPartitions(graph: GovernmentGraph): Record<string, Record<string, number>> {
  return Object.fromEntries(LOUVAIN_SEEDS.map((seed) => [String(seed), communities(graph, { seed }).membership]));
}

async function main(): Promise<void> {
  const [outDir, seedDir] = process.argv.slice(2);
  const graphsDir = join(outDir, 'graphs');
  for (const file of readdirSync(graphsDir).filter((f) => f.endsWith('.json'))) {
    const data = JSON.parse(readFileSync(join(graphsDir, file), 'utf8')) as FixtureGraph;
    data.louvain = louvainPartitions(graphFromFixture(data));
    writeFileSync(join(graphsDir, file), JSON.stringify(data, null, 1) + '\n');
  }

  const { dataset, problems } = await readDataset(seedDir);
  if (problems.length > 0) console.warn(`seed has ${problems.length} problems; exporting what was read`);
  const snapshot = { ...dataset, dataVersion: 0 };
  const edgesDir = join(outDir, 'dataset-edges');
  mkdirSync(edgesDir, { recursive: true });
  for (const { name, filter } of DATASET_FILTERS) {
    const graph = projectNetwork(snapshot, filter);
    const fixture: FixtureGraph = {
      name,
      description: `The seed/ dataset projected with filter ${JSON.stringify(filter)}`,
      filter,
      nodes: graph.mapNodes((id, a) => ({ id, level: a.level, isIndonesian: a.isIndonesian, countryCode: a.countryCode })),
      edges: graph.mapEdges((_, a, s, t) => (s < t ? [s, t, a.strength] : [t, s, a.strength])),
      louvain: louvainPartitions(graph),
    };
    writeFileSync(join(edgesDir, `${name}.json`), JSON.stringify(fixture, null, 1) + '\n');
    console.log(`${name}: ${graph.order} nodes, ${graph.size} edges`);
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
