/**
 * Dataset releases: an id derived from the seed's content, and the release log
 * (seed/RELEASES.md) that gives each content hash its date.
 *
 * - Content hash: SHA-256 over the release files (`releaseFiles`: every file
 *   under seed/ except Markdown and seed/releases/, sorted by path), each fed
 *   as `path NUL byte-length NUL bytes`, with CRLF line ends read as LF so a
 *   Windows checkout hashes the same. Same files, same hash; any change, a new one.
 * - Release id: `YYYY.MM.DD-<first 8 hex of the hash>`. The date is not in the
 *   files that are hashed: it is the date `npm run release` recorded for that
 *   hash in seed/RELEASES.md, so the id is a pure function of the seed folder.
 *   A hash with no entry is `unreleased-<8 hex>` (and a test fails on it).
 * - Manifests: seed/releases/<id>.tsv lists every row of the release by table
 *   and stable id with a hash of the row, so the next release can say which
 *   rows were added, changed and removed.
 */
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { ReleaseStamp } from '../domain/release';
import { parseTsv } from './tsv';

export const RELEASES_FILE = 'RELEASES.md';
export const MANIFEST_DIR = 'releases';

/** A release as seed/RELEASES.md records it. */
export interface ReleaseEntry {
  id: string;
  date: string;
  /** Full SHA-256 hex of the content. */
  hash: string;
}

/** The seed's release: its stamp, its content hash, and whether RELEASES.md has it. */
export interface SeedRelease {
  stamp: ReleaseStamp;
  hash: string;
  released: boolean;
}

/** One row of a release, by table and stable id. */
export interface ManifestRow {
  table: string;
  key: string;
  rowHash: string;
}

export interface TableDiff {
  table: string;
  added: string[];
  changed: string[];
  removed: string[];
}

/** The files a release covers, relative to `seedDir` with "/" separators, in hashing order. */
export async function releaseFiles(seedDir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    const entries = await fs.readdir(path.join(seedDir, rel), { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith('.')) continue;
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) {
        if (child !== MANIFEST_DIR) await walk(child);
      } else if (e.isFile() && !e.name.toLowerCase().endsWith('.md')) out.push(child);
    }
  }
  await walk('');
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

async function readNormalized(file: string): Promise<Buffer> {
  const bytes = await fs.readFile(file);
  return bytes.includes(13) ? Buffer.from(bytes.toString('latin1').replace(/\r\n/g, '\n'), 'latin1') : bytes;
}

/** SHA-256 hex over the release files (see the module comment). */
export async function seedContentHash(seedDir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const rel of await releaseFiles(seedDir)) {
    const bytes = await readNormalized(path.join(seedDir, rel));
    hash.update(`${rel}\0${bytes.length}\0`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

/** "2026-11-29" + hash → "2026.11.29-ab12cd34". */
export function releaseId(date: string, hash: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`Expected a release date like 2026-11-29, got "${date}".`);
  return `${date.replace(/-/g, '.')}-${hash.slice(0, 8)}`;
}

/** The releases recorded in RELEASES.md text, newest first (as written). */
export function parseReleases(markdown: string): ReleaseEntry[] {
  const entries: ReleaseEntry[] = [];
  const re = /^<!-- release id=(\S+) date=(\d{4}-\d{2}-\d{2}) sha256=([0-9a-f]{64}) -->$/gm;
  for (const m of markdown.matchAll(re)) entries.push({ id: m[1], date: m[2], hash: m[3] });
  return entries;
}

export async function readReleases(seedDir: string): Promise<ReleaseEntry[]> {
  try {
    return parseReleases(await fs.readFile(path.join(seedDir, RELEASES_FILE), 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
}

/** The release of the seed in `seedDir` as it is now. */
export async function seedRelease(seedDir: string): Promise<SeedRelease> {
  const [hash, releases] = await Promise.all([seedContentHash(seedDir), readReleases(seedDir)]);
  const entry = releases.find((r) => r.hash === hash);
  if (entry) return { stamp: { id: entry.id, date: entry.date }, hash, released: true };
  return { stamp: { id: `unreleased-${hash.slice(0, 8)}`, date: null }, hash, released: false };
}

/** Every row of the release files by table and stable id (TSV: first column; any other file: one row). */
export async function releaseManifest(seedDir: string): Promise<ManifestRow[]> {
  const rows: ManifestRow[] = [];
  for (const rel of await releaseFiles(seedDir)) {
    const bytes = await readNormalized(path.join(seedDir, rel));
    if (rel.endsWith('.tsv')) {
      const table = rel.replace(/\.tsv$/, '');
      for (const row of parseTsv(bytes.toString('utf8')).rows)
        rows.push({ table, key: row.cells[0], rowHash: shortHash(row.cells.join('\t')) });
    } else {
      rows.push({ table: path.posix.dirname(rel) === '.' ? 'files' : path.posix.dirname(rel), key: path.posix.basename(rel), rowHash: shortHash(bytes) });
    }
  }
  return rows;
}

function shortHash(data: string | Buffer): string {
  return createHash('sha256').update(data).digest('hex').slice(0, 16);
}

export function formatManifest(rows: readonly ManifestRow[]): string {
  return ['table\tkey\trow_sha256_16', ...rows.map((r) => `${r.table}\t${r.key}\t${r.rowHash}`)].join('\n') + '\n';
}

export function parseManifest(text: string): ManifestRow[] {
  return parseTsv(text).rows.map((r) => ({ table: r.cells[0], key: r.cells[1], rowHash: r.cells[2] }));
}

/** Rows added, changed and removed from `before` to `after`, per table (tables in name order, keys sorted). */
export function diffManifests(before: readonly ManifestRow[], after: readonly ManifestRow[]): TableDiff[] {
  const index = (rows: readonly ManifestRow[]) => new Map(rows.map((r) => [`${r.table}\0${r.key}`, r]));
  const a = index(before);
  const b = index(after);
  const tables = [...new Set([...before, ...after].map((r) => r.table))].sort();
  return tables.map((table) => {
    const diff: TableDiff = { table, added: [], changed: [], removed: [] };
    for (const [k, r] of b) {
      if (r.table !== table) continue;
      const old = a.get(k);
      if (!old) diff.added.push(r.key);
      else if (old.rowHash !== r.rowHash) diff.changed.push(r.key);
    }
    for (const [k, r] of a) if (r.table === table && !b.has(k)) diff.removed.push(r.key);
    for (const list of [diff.added, diff.changed, diff.removed]) list.sort();
    return diff;
  });
}
