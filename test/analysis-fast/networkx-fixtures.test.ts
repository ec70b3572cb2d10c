/**
 * The fast path against networkx itself, on the analysis fixtures written by
 * the pinned networkx script (test/fixtures/networkx/*.json).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csrFromEdgeList, fastBetweenness, fastCloseness, fastHarmonic, pathCentralityArraysParallel, toScores } from '../../src/analysis/fast';
import { expectScoresClose } from './helpers';

interface Fixture {
  name: string;
  nodes: (string | { id: string })[];
  edges: [string, string, ...unknown[]][];
  expected: Partial<Record<'betweenness' | 'closeness' | 'harmonic', Record<string, number>>>;
}

const folder = join(__dirname, '..', 'fixtures', 'networkx');
const fixtures: Fixture[] = existsSync(folder)
  ? readdirSync(folder)
      .filter((file) => file.endsWith('.json'))
      .map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')) as Fixture)
      .filter((f) => Array.isArray(f.nodes) && Array.isArray(f.edges) && f.expected?.betweenness !== undefined)
  : [];

const csrOf = (f: Fixture) =>
  csrFromEdgeList(
    f.nodes.map((n) => (typeof n === 'string' ? n : n.id)),
    f.edges.map(([u, v]) => [u, v] as [string, string]),
  );

(fixtures.length > 0 ? describe : describe.skip)('fast path centralities match networkx fixtures within 1e-9 relative', () => {
  it.each(fixtures.map((f) => [f.name, f] as const))('%s', async (_name, fixture) => {
    const csr = csrOf(fixture);
    const { betweenness, closeness, harmonic } = fixture.expected;
    if (betweenness) expectScoresClose(fastBetweenness(csr), betweenness, 1e-9);
    if (closeness) expectScoresClose(fastCloseness(csr), closeness, 1e-9);
    if (harmonic) expectScoresClose(fastHarmonic(csr), harmonic, 1e-9);
    const run = await pathCentralityArraysParallel(csr, ['betweenness', 'closeness', 'harmonic'], { threads: 2 });
    if (betweenness) expectScoresClose(toScores(csr, run.arrays.betweenness as Float64Array), betweenness, 1e-9);
    if (closeness) expectScoresClose(toScores(csr, run.arrays.closeness as Float64Array), closeness, 1e-9);
    if (harmonic) expectScoresClose(toScores(csr, run.arrays.harmonic as Float64Array), harmonic, 1e-9);
  });
});
