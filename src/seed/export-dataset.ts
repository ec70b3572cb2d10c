/**
 * `npm run dataset:export`: the live store (edits included) written in the seed's TSV
 * format, with a summary of what differs from a seed folder, so editors' work can flow
 * into the next release (copy the files over seed/, review, cut a release).
 */
import { cp, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset } from '../domain/model';
import { recordHash } from '../domain/reseed';
import type { Store } from '../store/store';
import { readDataset } from './read-dataset';
import { writeDataset } from './write-dataset';

export interface KindDiff {
  kind: keyof Dataset;
  /** In the store, not in the seed (added by editors). */
  added: string[];
  /** In both, with different content (edited, or a seed change not loaded yet). */
  changed: string[];
  /** In the seed, not in the store (the seed was not loaded, or not all of it). */
  missing: string[];
}

const KEYS: Record<keyof Dataset, (r: never) => string> = {
  countries: (r: { code: string }) => r.code,
  fields: (r: { code: string }) => r.code,
  governments: (r: { id: string }) => r.id,
  partnerships: (r: { id: string }) => r.id,
  programs: (r: { id: string }) => r.id,
  sources: (r: { url: string }) => r.url,
};

/** Per record kind, what `live` has that `seed` has not, and the other way round. */
export function diffDatasets(live: Dataset, seed: Dataset): KindDiff[] {
  return (Object.keys(KEYS) as Array<keyof Dataset>).map((kind) => {
    const key = KEYS[kind] as (r: unknown) => string;
    const inSeed = new Map((seed[kind] as unknown[]).map((r) => [key(r), recordHash(r)]));
    const inLive = new Map((live[kind] as unknown[]).map((r) => [key(r), recordHash(r)]));
    return {
      kind,
      added: [...inLive.keys()].filter((k) => !inSeed.has(k)).sort(),
      changed: [...inLive.entries()].filter(([k, h]) => inSeed.has(k) && inSeed.get(k) !== h).map(([k]) => k).sort(),
      missing: [...inSeed.keys()].filter((k) => !inLive.has(k)).sort(),
    };
  });
}

export function summaryMarkdown(diffs: KindDiff[], seedDir: string, dataVersion: number): string {
  const lines = [
    '# Dataset export',
    '',
    `The live store at data version ${dataVersion}, in the seed's format, compared with \`${seedDir}\`.`,
    '',
    '| records | added (not in the seed) | changed | missing (in the seed only) |',
    '|---|--:|--:|--:|',
    ...diffs.map((d) => `| ${d.kind} | ${d.added.length} | ${d.changed.length} | ${d.missing.length} |`),
    '',
  ];
  for (const d of diffs)
    for (const [what, ids] of [['added', d.added], ['changed', d.changed], ['missing', d.missing]] as const)
      if (ids.length) lines.push(`## ${d.kind} ${what}`, '', ...ids.map((id) => `- ${id}`), '');
  return `${lines.join('\n')}\n`;
}

/** Write the store's records as seed TSV files and SUMMARY.md into `outDir`; returns the differences. */
export async function exportDataset(store: Store, outDir: string, seedDir: string): Promise<{ diffs: KindDiff[]; dataVersion: number }> {
  const [snapshot, seed] = await Promise.all([store.snapshot(), readDataset(seedDir)]);
  const { dataVersion, ...live } = snapshot;
  await writeDataset(outDir, live);
  // Sources may cite documents kept in the seed folder: the export carries them, so it reads as a seed on its own.
  const documents = join(seedDir, 'documents');
  if (await stat(documents).then((s) => s.isDirectory(), () => false)) await cp(documents, join(outDir, 'documents'), { recursive: true });
  const diffs = diffDatasets(live, seed.dataset);
  await writeFile(join(outDir, 'SUMMARY.md'), summaryMarkdown(diffs, seedDir, dataVersion), 'utf8');
  return { diffs, dataVersion };
}
