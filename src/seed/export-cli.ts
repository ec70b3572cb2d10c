/**
 * `npm run dataset:export [-- --out DIR] [--seed DIR]`: write the configured store (edits
 * included) as seed TSV files into DIR (default .data/export), with SUMMARY.md listing what
 * differs from the seed folder (default SEED_DIR, i.e. seed/).
 */
import path from 'node:path';
import { loadConfig } from '../config';
import { createStore } from '../app/create-store';
import { REPO_ROOT } from '../paths';
import { exportDataset } from './export-dataset';

function option(argv: string[], name: string): string | null {
  const i = argv.findIndex((a) => a === name || a.startsWith(`${name}=`));
  if (i < 0) return null;
  return argv[i]!.includes('=') ? argv[i]!.slice(name.length + 1) : (argv[i + 1] ?? null);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const argv = process.argv.slice(2);
  const out = path.resolve(option(argv, '--out') ?? path.join(REPO_ROOT, '.data', 'export'));
  const seedDir = path.resolve(option(argv, '--seed') ?? config.seedDir);
  const store = createStore(config.store);
  try {
    await store.init();
    const { diffs, dataVersion } = await exportDataset(store, out, seedDir);
    console.log(`Exported the store (data version ${dataVersion}) to ${out}; compared with ${seedDir}:`);
    for (const d of diffs) console.log(`  ${d.kind.padEnd(13)} added ${d.added.length}, changed ${d.changed.length}, missing ${d.missing.length}`);
    console.log(`Details: ${path.join(out, 'SUMMARY.md')}`);
  } finally {
    await store.close();
  }
}

main().catch((err: Error) => {
  console.error(`Export failed: ${err.message}`);
  process.exit(1);
});
