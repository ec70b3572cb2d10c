/**
 * Dataset releases: the id is a pure function of the seed folder (content hash +
 * the date RELEASES.md gives that hash); one changed row changes it; `npm run
 * release` records a release with the rows added, changed and removed; and the
 * shipped seed has a release entry (CI fails on a seed change without a release).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { diffManifests, parseReleases, releaseFiles, releaseId, releaseManifest, seedContentHash, seedRelease } from '../../src/seed/release';
import { loadSeed } from '../../src/seed/load';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { runQuery, serverFor } from '../support/graphql';

const REPO = path.join(__dirname, '..', '..');
const SEED = path.join(REPO, 'seed');

function copyOfSeed(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kk-release-')), 'seed');
  cpSync(SEED, dir, { recursive: true });
  return dir;
}

function runRelease(seedDir: string, ...args: string[]): string {
  return execFileSync(process.execPath, [path.join(REPO, 'node_modules', 'tsx', 'dist', 'cli.mjs'), path.join(REPO, 'src', 'seed', 'release-cli.ts'), '--seed', seedDir, ...args], {
    encoding: 'utf8',
    cwd: REPO,
  });
}

describe('release id', () => {
  it('hashes the data files in path order, leaving out Markdown and the release manifests', async () => {
    const files = await releaseFiles(SEED);
    expect(files).toEqual([...files].sort());
    expect(files).toContain('partnerships.tsv');
    expect(files.some((f) => f.endsWith('.md') || f.startsWith('releases/'))).toBe(false);
  });

  it('is the same for the same files, and changes when one row changes', async () => {
    const dir = copyOfSeed();
    const hash = await seedContentHash(dir);
    expect(await seedContentHash(SEED)).toBe(hash);
    // Notes and release logs do not change it.
    writeFileSync(path.join(dir, 'CHANGES.md'), 'edited notes\n');
    expect(await seedContentHash(dir)).toBe(hash);
    // One cell of one row does.
    const file = path.join(dir, 'partnerships.tsv');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[1] = lines[1].replace(/\t(LOW|MEDIUM|HIGH)\t/, (_m, c: string) => `\t${c === 'HIGH' ? 'MEDIUM' : 'HIGH'}\t`);
    writeFileSync(file, lines.join('\n'));
    expect(await seedContentHash(dir)).not.toBe(hash);
  });

  it('reads CRLF line ends as LF, so a Windows checkout has the same id', async () => {
    const dir = copyOfSeed();
    const file = path.join(dir, 'countries.tsv');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/\n/g, '\r\n'));
    expect(await seedContentHash(dir)).toBe(await seedContentHash(SEED));
  });

  it('is YYYY.MM.DD and the first 8 hex digits of the hash', () => {
    expect(releaseId('2026-11-29', 'ab12cd34ef'.padEnd(64, '0'))).toBe('2026.11.29-ab12cd34');
    expect(() => releaseId('29 Nov 2026', 'ab')).toThrow(/2026-11-29/);
  });
});

describe('npm run release', () => {
  it('records a release, finds it again, and lists the rows changed since the previous one', async () => {
    const dir = copyOfSeed();
    writeFileSync(path.join(dir, 'RELEASES.md'), '# Dataset releases\n'); // start a fresh log
    expect((await seedRelease(dir)).released).toBe(false);
    expect(() => runRelease(dir, '--check')).toThrow();
    runRelease(dir, '--date', '2026-01-01');
    const first = await seedRelease(dir);
    expect(first).toMatchObject({ released: true, stamp: { date: '2026-01-01' } });
    expect(first.stamp.id).toBe(releaseId('2026-01-01', await seedContentHash(dir)));
    expect(runRelease(dir)).toMatch(/nothing to do/);

    // Change one partnership row, drop a program, then release again.
    const file = path.join(dir, 'partnerships.tsv');
    const lines = readFileSync(file, 'utf8').split('\n');
    const changedId = lines[1].split('\t')[0];
    lines[1] = lines[1].replace(/\t(LOW|MEDIUM|HIGH)\t/, (_m, c: string) => `\t${c === 'HIGH' ? 'MEDIUM' : 'HIGH'}\t`);
    writeFileSync(file, lines.join('\n'));
    const programs = readFileSync(path.join(dir, 'programs.tsv'), 'utf8').split('\n');
    const removedProgram = programs[1].split('\t')[0];
    writeFileSync(path.join(dir, 'programs.tsv'), [programs[0], ...programs.slice(2)].join('\n'));
    runRelease(dir, '--date', '2026-02-01');

    const log = readFileSync(path.join(dir, 'RELEASES.md'), 'utf8');
    const entries = parseReleases(log);
    expect(entries.map((e) => e.date)).toEqual(['2026-02-01', '2026-01-01']);
    expect((await seedRelease(dir)).stamp.id).toBe(entries[0].id);
    expect(log).toContain(`- Changes since ${entries[1].id}: partnerships 0 added, 1 changed, 0 removed; programs 0 added, 0 changed, 1 removed.`);
    expect(log).toContain(`  - partnerships changed: \`${changedId}\``);
    expect(log).toContain(`  - programs removed: \`${removedProgram}\``);
    // Only the newest manifest stays in the tree (git history keeps the older ones).
    expect(readdirSync(path.join(dir, 'releases'))).toEqual([`${entries[0].id}.tsv`]);
    expect(log).toMatch(/- Counts: \d+ governments \(\d+ Indonesian\), \d+ partnerships \(\d+ LOW confidence, \d+ with no known signing year\)/);
  }, 60_000);

  it('diffs manifests by table and stable id', () => {
    const before = [
      { table: 'partnerships', key: 'a', rowHash: '1' },
      { table: 'partnerships', key: 'b', rowHash: '2' },
    ];
    const after = [
      { table: 'partnerships', key: 'b', rowHash: '3' },
      { table: 'partnerships', key: 'c', rowHash: '4' },
    ];
    expect(diffManifests(before, after)).toEqual([{ table: 'partnerships', added: ['c'], changed: ['b'], removed: ['a'] }]);
  });
});

describe('the shipped seed', () => {
  it('has an entry in seed/RELEASES.md and a manifest (after a seed change, run `npm run release` and commit the result)', async () => {
    const current = await seedRelease(SEED);
    if (!current.released)
      throw new Error(`seed/ (content hash ${current.hash.slice(0, 8)}) has no entry in seed/RELEASES.md: run \`npm run release\` and commit seed/RELEASES.md and seed/releases/.`);
    expect(current.stamp.id).toMatch(/^\d{4}\.\d{2}\.\d{2}-[0-9a-f]{8}$/);
    const manifest = readFileSync(path.join(SEED, 'releases', `${current.stamp.id}.tsv`), 'utf8');
    expect(manifest.split('\n').length - 2).toBe((await releaseManifest(SEED)).length);
  });

  it('is the release datasetStats reports once loaded, with the licence, attribution and citation', async () => {
    const store = new EmbeddedStore({ file: null });
    await store.init();
    await loadSeed(store, SEED);
    const server = await serverFor(store);
    try {
      const result = await runQuery(server, store, '{ datasetStats { release { id date editsSinceRelease license attribution citation } } }');
      const { stamp } = await seedRelease(SEED);
      const release = (result.data as any).datasetStats.release;
      expect(release).toMatchObject({ id: stamp.id, date: stamp.date, editsSinceRelease: 0 });
      expect(release.license).toMatch(/^Open Database License \(ODbL\) 1\.0/);
      expect(release.attribution).toMatch(/idn-area-data/);
      expect(release.citation).toContain(`release ${stamp.id} (${stamp.date})`);
      const basis = await runQuery(server, store, '{ analysisBasis { release } }');
      expect((basis.data as any).analysisBasis.release).toBe(stamp.id);
    } finally {
      await server.stop();
    }
  });
});
