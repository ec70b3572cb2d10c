/**
 * The committed networkx fixtures of the dataset (test/fixtures/networkx/dataset-*.json)
 * were made from the seed under a filter each file records. When the seed or the
 * projection changes, they go stale and the networkx comparisons would judge a network
 * nobody ships: this test projects today's seed under each fixture's filter and compares
 * its nodes and edge list (with strengths) with the fixture's. If it fails, regenerate
 * them: `bash tools/networkx-fixtures/generate.sh`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { NetworkFilter } from '../../src/analysis/filter';
import { projectNetwork } from '../../src/analysis/projection';
import type { Snapshot } from '../../src/domain/model';
import { readDataset } from '../../src/seed/read-dataset';

const ROOT = path.resolve(__dirname, '../..');
const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'networkx');

interface DatasetFixture {
  name: string;
  filter: NetworkFilter;
  nodes: Array<string | { id: string }>;
  edges: Array<[string, string, number]>;
}

const files = readdirSync(FIXTURES).filter((f) => /^dataset-.*\.json$/.test(f));
let snapshot: Snapshot;

beforeAll(async () => {
  const { dataset, problems } = await readDataset(path.join(ROOT, 'seed'));
  expect(problems).toEqual([]);
  snapshot = { ...dataset, dataVersion: 0 } as Snapshot;
});

it('finds the dataset fixtures', () => {
  expect(files.length).toBeGreaterThanOrEqual(5);
});

it.each(files)('%s matches the network the seed gives under its filter', (file) => {
  const fixture = JSON.parse(readFileSync(path.join(FIXTURES, file), 'utf8')) as DatasetFixture;
  const graph = projectNetwork(snapshot, fixture.filter);
  const key = ([a, b]: [string, string]) => (a < b ? `${a}\t${b}` : `${b}\t${a}`);
  const edges = (list: Array<[string, string, number]>) => list.map(([a, b, w]) => `${key([a, b])}\t${w}`).sort();
  const ours = graph.mapEdges((_e, attrs, s, t) => [s, t, (attrs as { strength: number }).strength] as [string, string, number]);
  expect(edges(ours)).toEqual(edges(fixture.edges));
  const nodeIds = fixture.nodes.map((n) => (typeof n === 'string' ? n : n.id)).sort();
  expect(graph.nodes().sort()).toEqual(nodeIds);
});
