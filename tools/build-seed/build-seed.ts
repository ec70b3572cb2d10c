/**
 * Builds seed/ from the researched partnership table (default
 * ../shared/data/partnerships.tsv), the rows added from new sources
 * (tools/build-seed/additions.tsv), the corrections (corrections.ts) and the
 * user's documents (documents.ts). Re-runnable; validates what it writes.
 *
 *   npx tsx tools/build-seed/build-seed.ts [path/to/partnerships.tsv]
 */
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Dataset } from '../../src/domain/model';
import { formatSeedProblem } from '../../src/seed/seed-problem';
import { validateDataset } from '../../src/seed/validate-dataset';
import { writeDataset } from '../../src/seed/write-dataset';
import { applyCorrections } from './apply-corrections';
import { assemble } from './assemble';
import { changesMarkdown, coordinatesMarkdown } from './reports';
import { readSharedRows } from './shared-rows';

const TOOL_DIR = __dirname;
const REPO = resolve(TOOL_DIR, '../..');

async function main(): Promise<number> {
  const sharedPath = resolve(process.argv[2] ?? join(REPO, '../shared/data/partnerships.tsv'));
  const shared = readSharedRows(sharedPath, 'partnerships.tsv');
  const additionsPath = join(TOOL_DIR, 'additions.tsv');
  const additions = existsSync(additionsPath) ? readSharedRows(additionsPath, 'additions.tsv') : [];
  const { rows, log } = applyCorrections([...shared, ...additions]);
  const built = assemble(rows, TOOL_DIR);
  const problems = validateDataset(built.dataset, { documentExists: (url) => existsSync(join(REPO, url)) });
  if (problems.length > 0) {
    for (const p of problems) console.error(formatSeedProblem(p));
    console.error(`build-seed: the built dataset has ${problems.length} problems; nothing was written.`);
    return 1;
  }
  const seedDir = join(REPO, 'seed');
  await writeDataset(seedDir, built.dataset);
  await writeFile(join(seedDir, 'CHANGES.md'), changesMarkdown(log, additions, shared.length), 'utf8');
  await writeFile(join(seedDir, 'COORDINATES.md'), coordinatesMarkdown(built.placed), 'utf8');
  summarise(built.dataset, shared.length, additions.length);
  return 0;
}

function summarise(d: Dataset, sharedRows: number, addedRows: number): void {
  console.log(`build-seed: ${sharedRows} researched rows + ${addedRows} added rows -> ${d.partnerships.length} partnerships, `
    + `${d.governments.length} governments, ${d.programs.length} programs, ${d.sources.length} sources, ${d.countries.length} countries.`);
}

main().then((code) => process.exit(code), (err: unknown) => { console.error(err); process.exit(2); });
