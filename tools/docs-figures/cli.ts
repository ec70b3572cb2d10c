/**
 * `npm run docs:figures`: rewrite every figure block of README.md and docs/ from
 * the seed (see figures.ts). `-- --check` only reports the blocks that differ
 * (exit 1), as test/docs/figures.test.ts does.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { blocksOf, computeFigures, FIGURE_FILES, REPO_ROOT, rewriteBlocks } from './figures';

async function main(argv: string[]): Promise<void> {
  const check = argv.includes('--check');
  const figures = await computeFigures();
  const stale: string[] = [];
  for (const rel of FIGURE_FILES) {
    const file = path.join(REPO_ROOT, rel);
    const text = readFileSync(file, 'utf8');
    const next = rewriteBlocks(text, figures);
    if (next === text) continue;
    stale.push(`${rel}: ${blocksOf(text).filter((b) => b.content !== figures[b.name]).map((b) => b.name).join(', ')}`);
    if (!check) writeFileSync(file, next);
  }
  if (stale.length === 0) console.log('Every figure block matches the data.');
  else if (check) {
    console.error(`Figure blocks that differ from the data (run \`npm run docs:figures\`):\n${stale.join('\n')}`);
    process.exitCode = 1;
  } else console.log(`Rewrote:\n${stale.join('\n')}`);
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
