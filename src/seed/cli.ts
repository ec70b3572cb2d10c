/**
 * `npm run seed [-- [dir] [--on-conflict=keep-edits|take-seed] [--no-world]]`: load the seed into the
 * configured store (embedded by default, Neo4j when NEO4J_URI is set), then the world layer of
 * `<dir>/world/` (unless --no-world; seed/world/NOTES.md). Atomic: a seed with
 * any problem prints every problem with file and line and writes nothing.
 *
 * On a store editors have worked on, edits survive (src/domain/reseed.ts): the seed's
 * changes go to records nobody edited, edits the seed did not touch stay, and every record
 * changed on both sides is listed. Those conflicts are resolved only with --on-conflict
 * (each resolution is an audit entry); without it nothing is written and the exit code is 2.
 */
import { loadConfig } from '../config';
import { createStore } from '../app/create-store';
import { CONFLICT_POLICIES, type ConflictPolicy } from '../domain/reseed';
import { describePlan, loadSeed, loadWorldLayer, ReseedConflictError, SeedInvalidError } from './load';

function parseArgs(argv: string[]): { dir: string | null; onConflict: ConflictPolicy; withWorld: boolean } {
  let dir: string | null = null;
  let withWorld = true;
  let onConflict: ConflictPolicy = 'report';
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = arg.startsWith('--on-conflict=') ? arg.slice('--on-conflict='.length) : arg === '--on-conflict' ? argv[++i] : null;
    if (arg === '--no-world') withWorld = false;
    else if (value !== null) {
      if (!CONFLICT_POLICIES.includes(value as ConflictPolicy) || value === 'report')
        throw new Error(`--on-conflict takes keep-edits or take-seed, got "${value ?? ''}".`);
      onConflict = value as ConflictPolicy;
    } else if (arg.startsWith('--')) throw new Error(`Unknown option ${arg}; expected [dir] [--on-conflict=keep-edits|take-seed] [--no-world].`);
    else dir = arg;
  }
  return { dir, onConflict, withWorld };
}

async function main(): Promise<void> {
  const config = loadConfig();
  const args = parseArgs(process.argv.slice(2));
  const dir = args.dir ?? config.seedDir;
  const store = createStore(config.store);
  try {
    await store.init();
    const result = await loadSeed(store, dir, { onConflict: args.onConflict });
    const where = config.store.kind === 'neo4j' ? config.store.uri : config.store.snapshotFile;
    console.log(
      `Seeded ${where} from ${dir} (release ${result.release.id}, data version ${result.dataVersion}):\n${describePlan(result.plan)}`,
    );
    if (args.withWorld) {
      const started = Date.now();
      const world = await loadWorldLayer(store, dir);
      if (world)
        console.log(
          `World layer: ${world.places} places, ${world.ties} ties (LOW confidence, scope WORLD only) in ${((Date.now() - started) / 1000).toFixed(1)} s (data version ${world.dataVersion}).`,
        );
    }
  } finally {
    await store.close();
  }
}

main().catch((err: Error) => {
  if (err instanceof ReseedConflictError) {
    console.error(`${err.message}\n${describePlan(err.plan)}`);
    process.exit(2);
  }
  console.error(err instanceof SeedInvalidError ? err.message : `Seeding failed: ${err.message}`);
  process.exit(1);
});
