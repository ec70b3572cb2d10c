/**
 * docs/analysis.md says what computes each path measure: the CSR kernel in
 * src/analysis/fast/, which the code calls (src/analysis/betweenness.ts, closeness.ts,
 * harmonic.ts), not graphology-metrics.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const read = (p: string) => readFileSync(path.join(ROOT, p), 'utf8');

it.each([
  ['BETWEENNESS', 'src/analysis/betweenness.ts', 'fastBetweenness'],
  ['CLOSENESS', 'src/analysis/closeness.ts', 'fastCloseness'],
  ['HARMONIC', 'src/analysis/harmonic.ts', 'fastHarmonic'],
])('%s: the docs credit the kernel the code calls', (measure, file, kernel) => {
  expect(read(file)).toContain(`import { ${kernel} } from './fast'`);
  const row = read('docs/analysis.md').split('\n').find((l) => l.startsWith(`| ${measure} |`));
  expect(row).toBeDefined();
  expect(row).toContain('src/analysis/fast/');
  expect(row).not.toMatch(/graphology `?\w*Centrality`?|graphology with/);
});

it('README names every folder of src/ in its layout section', () => {
  const { readdirSync, statSync } = jest.requireActual<typeof import('node:fs')>('node:fs');
  const readme = read('README.md');
  const layout = readme.slice(readme.indexOf('## Layout'), readme.indexOf('\n## ', readme.indexOf('## Layout') + 5));
  const folders = readdirSync(path.join(ROOT, 'src')).filter((f) => statSync(path.join(ROOT, 'src', f)).isDirectory());
  expect(folders.filter((f) => !layout.includes(`src/${f}`))).toEqual([]);
});
