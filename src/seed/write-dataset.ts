/**
 * Writes a Dataset as seed TSV files, the inverse of readDataset. Used by the
 * build script (tools/build-seed) and by tests that need a seed on disk.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Dataset } from '../domain/model';
import { formatYearAlternative, SEED_FILES, SEED_HEADERS } from './seed-format';
import { formatTsv } from './tsv';

const cell = (v: string | number | null): string => (v === null ? '' : String(v));
const list = (v: readonly string[]): string => v.join(';');

/** The TSV text of each seed file for `dataset`, keyed by file name. */
export function formatDataset(dataset: Dataset): Record<string, string> {
  return {
    [SEED_FILES.countries]: formatTsv(SEED_HEADERS.countries, dataset.countries.map((c) => [c.code, c.name, cell(c.nameId)])),
    [SEED_FILES.fields]: formatTsv(SEED_HEADERS.fields, dataset.fields.map((f) => [f.code, f.labelEn, f.labelId])),
    [SEED_FILES.governments]: formatTsv(
      SEED_HEADERS.governments,
      dataset.governments.map((g) => [
        g.id, g.name, g.level, g.localType, g.countryCode, cell(g.parentId), cell(g.admin1),
        cell(g.kemendagriCode), cell(g.lat), cell(g.lon), list(g.aliases),
      ]),
    ),
    [SEED_FILES.partnerships]: formatTsv(
      SEED_HEADERS.partnerships,
      dataset.partnerships.map((p) => [
        p.id, list(p.partyIds), p.type, p.status, cell(p.signedYear),
        list(p.signedYearAlternatives.map(formatYearAlternative)), cell(p.endedYear),
        list(p.fields), p.confidence, list(p.sourceUrls), cell(p.note),
      ]),
    ),
    [SEED_FILES.programs]: formatTsv(
      SEED_HEADERS.programs,
      dataset.programs.map((p) => [
        p.id, p.partnershipId, p.name, cell(p.startYear), cell(p.endYear), list(p.fields), p.summary, list(p.sourceUrls), p.confidence,
      ]),
    ),
    [SEED_FILES.sources]: formatTsv(
      SEED_HEADERS.sources,
      dataset.sources.map((s) => [
        s.url, s.kind, cell(s.title), s.titleSupplied ? 'yes' : '', cell(s.publisher), cell(s.accessed),
        cell(s.language), cell(s.publishedDate), cell(s.checkedDate), cell(s.checkNote),
      ]),
    ),
  };
}

/** Writes the seed files of `dataset` into `dir` (created if needed). */
export async function writeDataset(dir: string, dataset: Dataset): Promise<void> {
  await mkdir(dir, { recursive: true });
  for (const [file, text] of Object.entries(formatDataset(dataset))) {
    await writeFile(join(dir, file), text, 'utf8');
  }
}
