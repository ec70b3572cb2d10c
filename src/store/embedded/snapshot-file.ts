/**
 * Reading and writing the embedded store's JSON snapshot. Writes are atomic: the data
 * goes to a temporary file that is fsynced, renamed over the old file, and the folder
 * is fsynced, so a crash leaves either the old snapshot or the new one, never half.
 * A file that fails to parse or check is refused with a clear message and never
 * overwritten: the operator decides what to do with it.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { AuditEntry } from '../../domain/edits';
import type { Dataset } from '../../domain/model';
import type { StoredRelease } from '../../domain/release';
import type { SeedBase } from '../../domain/reseed';
import { KotaKembarError } from '../../domain/errors';
import { jsonChecksum, readFileIfExists, writeFileAtomically } from './atomic-file';

export const SNAPSHOT_FORMAT = 'kota-kembar/embedded-snapshot';
export const SNAPSHOT_FORMAT_VERSION = 1;

export interface SnapshotFile {
  format: typeof SNAPSHOT_FORMAT;
  formatVersion: number;
  dataVersion: number;
  savedAt: string;
  /** sha256 of JSON.stringify(dataset), to catch truncation and hand edits that broke it. */
  checksum: string;
  dataset: Dataset;
  /** The audit trail, oldest first; absent in files written before writes had one. */
  audit?: AuditEntry[];
  /** sha256 of JSON.stringify(audit), when there is one. */
  auditChecksum?: string;
  /** The dataset release last imported (without editsSinceRelease, which is counted from the audit trail); absent when none was. */
  release?: Omit<StoredRelease, 'editsSinceRelease'> | null;
  /** Hashes of the records as the last seed import gave them (domain/reseed.ts); absent before re-seeds kept edits. */
  seedBase?: SeedBase | null;
}

export class CorruptSnapshotError extends KotaKembarError {
  constructor(file: string, reason: string) {
    super(
      'STORE_UNAVAILABLE',
      `The embedded store's snapshot "${file}" cannot be used: ${reason}. It was left untouched; restore it from a backup, or move it away to start again from the seed.`,
    );
  }
}

/** Read a snapshot; null when the file does not exist; CorruptSnapshotError when it is unusable. */
export async function readSnapshotFile(file: string): Promise<SnapshotFile | null> {
  const text = await readFileIfExists(file);
  if (text === null) return null;
  let parsed: SnapshotFile;
  try {
    parsed = JSON.parse(text) as SnapshotFile;
  } catch {
    throw new CorruptSnapshotError(file, 'it is not valid JSON (truncated or edited by hand?)');
  }
  if (parsed?.format !== SNAPSHOT_FORMAT) throw new CorruptSnapshotError(file, `it is not a ${SNAPSHOT_FORMAT} file`);
  if (parsed.formatVersion !== SNAPSHOT_FORMAT_VERSION)
    throw new CorruptSnapshotError(file, `its format version ${parsed.formatVersion} is not ${SNAPSHOT_FORMAT_VERSION}`);
  const d = parsed.dataset;
  const lists = ['countries', 'fields', 'governments', 'partnerships', 'programs', 'sources'] as const;
  if (!d || lists.some((k) => !Array.isArray(d[k])) || !Number.isInteger(parsed.dataVersion))
    throw new CorruptSnapshotError(file, 'its contents are incomplete');
  if (jsonChecksum(d) !== parsed.checksum) throw new CorruptSnapshotError(file, 'its checksum does not match its contents');
  if (parsed.audit !== undefined && (!Array.isArray(parsed.audit) || jsonChecksum(parsed.audit) !== parsed.auditChecksum))
    throw new CorruptSnapshotError(file, 'its audit trail does not match its checksum');
  withLaterFields(d);
  return parsed;
}

/**
 * Fields added to the model after a snapshot may have been written (source citations, program
 * confidence): an older file reads with their defaults instead of leaving them undefined.
 */
function withLaterFields(d: Dataset): void {
  for (const s of d.sources) {
    s.titleSupplied ??= false;
    s.language ??= null;
    s.publishedDate ??= null;
    s.checkedDate ??= null;
    s.checkNote ??= null;
  }
  for (const p of d.programs) p.confidence ??= 'MEDIUM';
}

/**
 * Remove temporary files a crashed writer left next to `file` (`<file>.<pid>.<time>.tmp`).
 * They were never renamed into place, so they hold nothing that was acknowledged.
 * Resolves to how many were removed.
 */
export async function removeStaleTempFiles(file: string): Promise<number> {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  const names = await fs.readdir(dir).catch(() => [] as string[]);
  const stale = names.filter((n) => n.startsWith(prefix) && /^\d+\.\d+\.tmp$/.test(n.slice(prefix.length)));
  await Promise.all(stale.map((n) => fs.rm(path.join(dir, n), { force: true })));
  return stale.length;
}

/** Write a snapshot atomically and durably (temp file, fsync, rename, fsync folder). */
export async function writeSnapshotFile(
  file: string,
  dataset: Dataset,
  dataVersion: number,
  audit: AuditEntry[] = [],
  release: SnapshotFile['release'] = null,
  seedBase: SeedBase | null = null,
): Promise<void> {
  const body: SnapshotFile = {
    format: SNAPSHOT_FORMAT,
    formatVersion: SNAPSHOT_FORMAT_VERSION,
    dataVersion,
    savedAt: new Date().toISOString(),
    checksum: jsonChecksum(dataset),
    dataset,
    audit,
    auditChecksum: jsonChecksum(audit),
    release,
    seedBase,
  };
  await writeFileAtomically(file, JSON.stringify(body));
}
