/**
 * `npm run release`: record the seed as it is now as a dataset release.
 *
 * Computes the seed's content hash (release.ts), and, when RELEASES.md has no
 * entry for it, adds one at the top: the id, the date (today in UTC, or
 * `--date YYYY-MM-DD`), the counts, and the rows added, changed and removed
 * since the previous release (diffed by stable id against that release's
 * manifest in seed/releases/). Writes this release's manifest next to it and
 * removes the older manifests: only the next diff needs one, and each weighs
 * megabytes with the world layer's rows (git history keeps them).
 * A seed with problems is refused; a seed already released is left alone.
 *
 * `npm run release -- --check` only says whether the seed has a release entry
 * (exit 1 when it has none), for CI and pre-commit hooks.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { REPO_ROOT } from '../paths';
import { readDataset } from './read-dataset';
import {
  diffManifests,
  formatManifest,
  MANIFEST_DIR,
  parseManifest,
  readReleases,
  releaseId,
  releaseManifest,
  RELEASES_FILE,
  seedRelease,
  type TableDiff,
} from './release';
import { formatSeedProblem } from './seed-problem';

const HEADER = `# Dataset releases

Each release of the seed is named \`YYYY.MM.DD-<hash>\`: the date it was released and the first 8 hex digits of a
SHA-256 over the seed's data files (every file under \`seed/\` except Markdown and \`seed/releases/\`, in path order).
The same files always give the same id; any change gives a new one. The API reports the release a store was loaded from
in \`datasetStats { release { id date editsSinceRelease citation } }\` and in every answer's \`basis\`.

Written by \`npm run release\` (newest first); do not edit the \`<!-- release ... -->\` lines by hand. Each release's rows
are listed by stable id in \`seed/releases/<id>.tsv\`, which the next release is diffed against; only the newest
release's manifest is kept there (each older one is in the git history of the commit that released it).
`;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: { seed: { type: 'string', default: path.join(REPO_ROOT, 'seed') }, date: { type: 'string' }, check: { type: 'boolean', default: false } },
    strict: true,
  });
  const seedDir = String(values.seed);
  const current = await seedRelease(seedDir);
  if (current.released) {
    console.log(`The seed is release ${current.stamp.id}; nothing to do.`);
    return;
  }
  if (values.check) {
    console.error(`The seed (content hash ${current.hash.slice(0, 8)}) has no entry in seed/${RELEASES_FILE}: run \`npm run release\` and commit the result.`);
    process.exitCode = 1;
    return;
  }
  const { dataset, problems } = await readDataset(seedDir);
  if (problems.length > 0) throw new Error(`The seed has ${problems.length} problem(s); fix them before a release:\n${problems.map(formatSeedProblem).join('\n')}`);

  const date = values.date ?? new Date().toISOString().slice(0, 10);
  const id = releaseId(date, current.hash);
  const manifest = await releaseManifest(seedDir);
  const releases = await readReleases(seedDir);
  const previous = releases[0] ?? null;
  let diff: TableDiff[] | null = null;
  if (previous) {
    const text = await fs.readFile(path.join(seedDir, MANIFEST_DIR, `${previous.id}.tsv`), 'utf8').catch(() => null);
    if (text !== null) diff = diffManifests(parseManifest(text), manifest);
  }

  const low = dataset.partnerships.filter((p) => p.confidence === 'LOW').length;
  const undated = dataset.partnerships.filter((p) => p.signedYear === null).length;
  const counts = [
    `${dataset.governments.length} governments (${dataset.governments.filter((g) => g.countryCode === 'ID').length} Indonesian)`,
    `${dataset.partnerships.length} partnerships (${low} LOW confidence, ${undated} with no known signing year)`,
    `${dataset.programs.length} programs`,
    `${dataset.sources.length} sources`,
    `${dataset.countries.length} countries`,
    `${dataset.fields.length} fields`,
  ].join(', ');
  const section = [
    `<!-- release id=${id} date=${date} sha256=${current.hash} -->`,
    `## ${id}`,
    '',
    `- Date: ${date}`,
    `- Content hash (SHA-256): \`${current.hash}\``,
    `- Counts: ${counts}`,
    ...changesSince(previous?.id ?? null, diff),
    '',
  ].join('\n');

  const file = path.join(seedDir, RELEASES_FILE);
  const existing = await fs.readFile(file, 'utf8').catch(() => HEADER);
  const cut = existing.search(/^<!-- release /m);
  const head = cut === -1 ? existing.trimEnd() + '\n' : existing.slice(0, cut).trimEnd() + '\n';
  const rest = cut === -1 ? '' : existing.slice(cut);
  await fs.mkdir(path.join(seedDir, MANIFEST_DIR), { recursive: true });
  await fs.writeFile(path.join(seedDir, MANIFEST_DIR, `${id}.tsv`), formatManifest(manifest));
  await fs.writeFile(file, `${head}\n${section}${rest ? '\n' + rest : ''}`);
  const older = (await fs.readdir(path.join(seedDir, MANIFEST_DIR))).filter((f) => f.endsWith('.tsv') && f !== `${id}.tsv`);
  for (const f of older) await fs.rm(path.join(seedDir, MANIFEST_DIR, f));
  console.log(
    `Released ${id}: wrote seed/${RELEASES_FILE} and seed/${MANIFEST_DIR}/${id}.tsv` +
      (older.length > 0 ? `; removed ${older.length} older manifest(s) (git history keeps them).` : '.'),
  );
}

/** Ids listed per table and kind of change in RELEASES.md. */
const MAX_LISTED_IDS = 30;

function changesSince(previousId: string | null, diff: TableDiff[] | null): string[] {
  if (previousId === null) return ['- Changes: first release.'];
  if (diff === null) return [`- Changes since ${previousId}: unknown (its manifest seed/${MANIFEST_DIR}/${previousId}.tsv is missing).`];
  const changed = diff.filter((d) => d.added.length + d.changed.length + d.removed.length > 0);
  if (changed.length === 0) return [`- Changes since ${previousId}: no row changed (only file layout).`];
  const summary = changed.map((d) => `${d.table} ${d.added.length} added, ${d.changed.length} changed, ${d.removed.length} removed`).join('; ');
  const lines = [`- Changes since ${previousId}: ${summary}.`];
  // A long list (a whole new table, like the world layer's 26,000 ties) is cut: the manifest has every id.
  const ids = (list: string[]) =>
    list.slice(0, MAX_LISTED_IDS).map((k) => `\`${k}\``).join(', ') +
    (list.length > MAX_LISTED_IDS ? ` and ${list.length - MAX_LISTED_IDS} more (the release's manifest in seed/${MANIFEST_DIR}/ lists them)` : '');
  for (const d of changed) {
    if (d.added.length > 0) lines.push(`  - ${d.table} added: ${ids(d.added)}`);
    if (d.changed.length > 0) lines.push(`  - ${d.table} changed: ${ids(d.changed)}`);
    if (d.removed.length > 0) lines.push(`  - ${d.table} removed: ${ids(d.removed)}`);
  }
  return lines;
}

main(process.argv.slice(2)).catch((err: unknown) => {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
});
