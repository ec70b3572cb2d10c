/**
 * `npm run seed [-- [dir] [--decisions FILE] [--on-conflict=keep-edits|take-seed] [--no-world]]`: load the seed into the
 * configured store (embedded by default, Neo4j when NEO4J_URI is set), then the world layer of
 * `<dir>/world/` (unless --no-world; seed/world/NOTES.md). Atomic: a seed with
 * any problem prints every problem with file and line and writes nothing.
 *
 * On a store editors have worked on, edits survive (src/domain/reseed.ts): the seed's
 * changes go to records nobody edited, edits the seed did not touch stay, and every record
 * changed on both sides is listed. Those conflicts are resolved only as told: per record with
 * --decisions FILE (reseed-decisions.ts), the rest with --on-conflict (each resolution is an
 * audit entry). With any left undecided nothing is written, the exit code is 2 and the
 * conflicts are written as a decisions file to fill in (--decisions-out FILE; by default the
 * --decisions file itself, else .data/reseed-decisions.tsv).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from '../config';
import { createStore } from '../app/create-store';
import { CONFLICT_POLICIES, type ConflictPolicy } from '../domain/reseed';
import { describePlan, loadSeed, loadWorldLayer, ReseedConflictError, SeedInvalidError } from './load';
import { formatDecisions, readDecisions } from './reseed-decisions';
import { KotaKembarError } from '../domain/errors';

interface CliArgs {
  dir: string | null;
  onConflict: ConflictPolicy;
  withWorld: boolean;
  decisions: string | null;
  decisionsOut: string | null;
}

const USAGE = '[dir] [--decisions FILE] [--decisions-out FILE] [--on-conflict=keep-edits|take-seed] [--no-world]';

function parseArgs(argv: string[]): CliArgs {
  const args: CliArgs = { dir: null, onConflict: 'report', withWorld: true, decisions: null, decisionsOut: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, null];
    const value = () => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '') throw new Error(`${name} needs a value; expected ${USAGE}.`);
      return v;
    };
    if (name === '--no-world') args.withWorld = false;
    else if (name === '--on-conflict') {
      const v = value();
      if (!CONFLICT_POLICIES.includes(v as ConflictPolicy) || v === 'report') throw new Error(`--on-conflict takes keep-edits or take-seed, got "${v}".`);
      args.onConflict = v as ConflictPolicy;
    } else if (name === '--decisions') args.decisions = value();
    else if (name === '--decisions-out') args.decisionsOut = value();
    else if (name.startsWith('--')) throw new Error(`Unknown option ${arg}; expected ${USAGE}.`);
    else args.dir = arg;
  }
  return args;
}

async function main(): Promise<void> {
  const config = loadConfig();
  const args = parseArgs(process.argv.slice(2));
  const dir = args.dir ?? config.seedDir;
  const decisions = args.decisions ? await readDecisions(args.decisions) : undefined;
  const store = createStore(config.store);
  try {
    await store.init();
    const result = await loadSeed(store, dir, { onConflict: args.onConflict, decisions }).catch((err: unknown) => {
      if (err instanceof ReseedConflictError) {
        // The conflicts as a file to fill in; decisions already made stay in it.
        const out = path.resolve(args.decisionsOut ?? args.decisions ?? path.join('.data', 'reseed-decisions.tsv'));
        mkdirSync(path.dirname(out), { recursive: true });
        writeFileSync(out, formatDecisions(err.plan.conflicts));
        err.message += `\nThe conflicts are in ${out}: fill in its "decision" column and run: npm run seed -- --decisions ${path.relative(process.cwd(), out) || out}`;
      }
      throw err;
    });
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
  console.error(err instanceof SeedInvalidError || err instanceof KotaKembarError ? err.message : `Seeding failed: ${err.message}`);
  process.exit(1);
});
