/**
 * `npm run seed [dir]`: load the seed into the configured store (embedded by default,
 * Neo4j when NEO4J_URI is set). Idempotent (MERGE by stable id) and atomic: a seed with
 * any problem prints every problem with file and line and writes nothing.
 */
import { loadConfig } from '../config';
import { createStore } from '../app/create-store';
import { loadSeed, SeedInvalidError } from './load';

async function main(): Promise<void> {
  const config = loadConfig();
  const dir = process.argv[2] ?? config.seedDir;
  const store = createStore(config.store);
  try {
    await store.init();
    const result = await loadSeed(store, dir);
    const where = config.store.kind === 'neo4j' ? config.store.uri : config.store.snapshotFile;
    console.log(
      `Seeded ${where}: ${result.governments} governments, ${result.partnerships} partnerships, ` +
        `${result.programs} programs, ${result.sources} sources (release ${result.release.id}, data version ${result.dataVersion}).`,
    );
  } finally {
    await store.close();
  }
}

main().catch((err: Error) => {
  console.error(err instanceof SeedInvalidError ? err.message : `Seeding failed: ${err.message}`);
  process.exit(1);
});
