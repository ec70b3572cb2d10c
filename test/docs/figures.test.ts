/**
 * The figures README.md and docs/ quote come from the data: every marked block
 * matches what `npm run docs:figures` computes from the seed through the API,
 * and the blocks that matter are there.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { blocksOf, computeFigures, FIGURE_FILES, REPO_ROOT, rewriteBlocks } from '../../tools/docs-figures/figures';

let figures: Record<string, string>;
beforeAll(async () => {
  figures = await computeFigures();
}, 60_000);

describe.each(FIGURE_FILES)('%s', (rel) => {
  it('has every figure block as the data gives it (else run `npm run docs:figures`)', () => {
    const text = readFileSync(path.join(REPO_ROOT, rel), 'utf8');
    const blocks = blocksOf(text);
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect({ block: b.name, content: b.content }).toEqual({ block: b.name, content: figures[b.name] });
  });
});

it('places every figure somewhere', () => {
  const placed = new Set(FIGURE_FILES.flatMap((rel) => blocksOf(readFileSync(path.join(REPO_ROOT, rel), 'utf8')).map((b) => b.name)));
  expect([...placed].sort()).toEqual(Object.keys(figures).sort());
});

it('refuses a block it does not know', () => {
  expect(() => rewriteBlocks('<!-- figures:nonsense -->\nx\n<!-- /figures -->', figures)).toThrow(/Unknown figure block "nonsense"/);
});

it('puts the README sample answer and the worked example in their blocks, with numbers from the API', () => {
  expect(figures['sample-governments']).toMatch(/"totalCount":\d+/);
  expect(figures['betweenness-top10'].split('\n').filter((l) => /^\| \d+ \|/.test(l))).toHaveLength(10);
});
