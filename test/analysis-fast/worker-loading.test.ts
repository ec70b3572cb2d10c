/**
 * The analysis pool's worker entry must start wherever the module runs: under ts-jest
 * (the other suites), under tsx (`npm run bench`) and as compiled JavaScript (`npm start`).
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '..', '..');
const bin = (name: string) => join(root, 'node_modules', '.bin', name);

/** Runs the parallel path on a 5-node path graph and returns what it reports. */
const script = (modulePath: string) => `
  const fast = require(${JSON.stringify(modulePath)});
  const csr = fast.csrFromEdgeList([], [['a','b'],['b','c'],['c','d'],['d','e']]);
  fast.pathCentralityArraysParallel(csr, ['betweenness'], { threads: 2 }).then((run) => {
    process.stdout.write(JSON.stringify({ threadIds: run.threadIds, c: fast.toScores(csr, run.arrays.betweenness).c }));
  });`;

function expectWorkersRan(output: string): void {
  const result = JSON.parse(output) as { threadIds: number[]; c: number };
  expect(result.threadIds).toHaveLength(2);
  expect(result.c).toBeCloseTo(4 / 6, 15);
}

describe('the path-centrality worker entry loads', () => {
  it('under tsx, from the TypeScript source', () => {
    const output = execFileSync(bin('tsx'), ['-e', script(join(root, 'src', 'analysis', 'fast', 'index.ts'))], { cwd: root, encoding: 'utf8' });
    expectWorkersRan(output);
  });

  it('as compiled JavaScript, with no TypeScript loader', () => {
    // Inside the repository, so the compiled code finds node_modules (piscina, graphology).
    mkdirSync(join(root, 'node_modules', '.cache'), { recursive: true });
    const outDir = mkdtempSync(join(root, 'node_modules', '.cache', 'kk-fast-'));
    try {
      // The fast path runs on the analysis pool (src/analysis/worker), so compile from src/.
      const src = join(root, 'src');
      const fast = join(src, 'analysis', 'fast');
      execFileSync(
        bin('tsc'),
        ['--outDir', outDir, '--rootDir', src, '--module', 'commonjs', '--target', 'ES2022', '--moduleResolution', 'node10', '--esModuleInterop', '--skipLibCheck', '--strict', join(fast, 'index.ts')],
        { cwd: root, encoding: 'utf8' },
      );
      const output = execFileSync(process.execPath, ['-e', script(join(outDir, 'analysis', 'fast', 'index.js'))], { cwd: outDir, encoding: 'utf8' });
      expectWorkersRan(output);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  }, 60_000);
});
