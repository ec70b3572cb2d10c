/**
 * `npm run seed:check [dir]`: validates a seed directory (default: seed/) and
 * prints every problem as `file:line CODE message`. Exits 1 on any problem and
 * prints a one-line summary when the seed is clean.
 */
import { resolve } from 'node:path';
import { readDataset } from './read-dataset';
import { formatSeedProblem } from './seed-problem';

async function main(): Promise<number> {
  const dir = resolve(process.argv[2] ?? 'seed');
  const { dataset, problems } = await readDataset(dir);
  if (problems.length > 0) {
    for (const p of problems) console.error(formatSeedProblem(p));
    console.error(`seed:check found ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${dir}.`);
    return 1;
  }
  const d = dataset;
  console.log(
    `seed:check OK: ${d.governments.length} governments, ${d.partnerships.length} partnerships, ${d.programs.length} programs, ` +
      `${d.sources.length} sources, ${d.countries.length} countries, ${d.fields.length} fields in ${dir}.`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(2);
  },
);
