/**
 * Reads a seed directory (one TSV per entity, see seed-format.ts) into a Dataset
 * and reports every problem at once, each with its file and 1-based line.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Dataset } from '../domain/model';
import { toCountry, toField, toGovernment, toPartnership, toProgram, toSource, type CellProblem } from './parse-rows';
import { DOCUMENTS_PREFIX } from '../domain/rules/rule-context';
import { SEED_FILES, SEED_HEADERS, type SeedEntity } from './seed-format';
import type { SeedProblem } from './seed-problem';
import { parseTsv } from './tsv';
import { validateDataset, type ValidateOptions } from './validate-dataset';

export type { SeedProblem, SeedProblemCode } from './seed-problem';
export { validateDataset } from './validate-dataset';

type RowParser<T> = (cells: Record<string, string>, problem: CellProblem) => T;

interface ParsedFile<T> {
  items: T[];
  lines: number[];
}

/**
 * Reads `dir` and validates what it read.
 * @returns the dataset (rows that could not be parsed at all are left out) and
 *   every problem, sorted by file and line; the seed is usable when `problems` is empty.
 */
export async function readDataset(
  dir: string,
  options: Omit<ValidateOptions, 'locate'> = {},
): Promise<{ dataset: Dataset; problems: SeedProblem[] }> {
  const problems: SeedProblem[] = [];
  const lines = {} as Record<SeedEntity, number[]>;
  const read = async <T>(entity: SeedEntity, parse: RowParser<T>): Promise<T[]> => {
    const parsed = await readEntityFile(dir, entity, parse, problems);
    lines[entity] = parsed.lines;
    return parsed.items;
  };
  const dataset: Dataset = {
    countries: await read('countries', toCountry),
    fields: await read('fields', toField),
    governments: await read('governments', toGovernment),
    partnerships: await read('partnerships', toPartnership),
    programs: await read('programs', toProgram),
    sources: await read('sources', toSource),
  };
  problems.push(
    ...validateDataset(dataset, {
      documentExists: (url) => existsSync(join(dir, 'documents', basename(url.slice(DOCUMENTS_PREFIX.length)))),
      ...options,
      locate: (entity, index) => ({ file: SEED_FILES[entity], line: lines[entity][index] ?? 0 }),
    }),
  );
  return { dataset, problems: sortProblems(problems) };
}

async function readEntityFile<T>(
  dir: string, entity: SeedEntity, parse: RowParser<T>, problems: SeedProblem[],
): Promise<ParsedFile<T>> {
  const file = SEED_FILES[entity];
  const expected = SEED_HEADERS[entity];
  let text: string;
  try {
    text = await readFile(join(dir, file), 'utf8');
  } catch {
    problems.push({ file, line: 0, code: 'MISSING_FILE', message: `The seed file "${file}" is missing from "${dir}".` });
    return { items: [], lines: [] };
  }
  const tsv = parseTsv(text);
  if (tsv.header.join('\t') !== expected.join('\t')) {
    problems.push({
      file, line: 1, code: 'BAD_HEADER',
      message: `Expected the header (line 1) to be "${expected.join(' | ')}", got "${tsv.header.join(' | ')}"; no row of this file was read.`,
    });
    return { items: [], lines: [] };
  }
  const out: ParsedFile<T> = { items: [], lines: [] };
  for (const row of tsv.rows) {
    if (row.cells.length !== expected.length) {
      problems.push({
        file, line: row.line, code: 'BAD_COLUMN_COUNT',
        message: `Expected ${expected.length} tab-separated cells (line ${row.line}), got ${row.cells.length}; the row was skipped.`,
      });
      continue;
    }
    const cells = Object.fromEntries(expected.map((h, i) => [h, row.cells[i]]));
    const problem: CellProblem = (m) => problems.push({ file, line: row.line, code: 'BAD_VALUE', message: `${m} (line ${row.line}).` });
    out.items.push(parse(cells, problem));
    out.lines.push(row.line);
  }
  return out;
}

const FILE_ORDER: string[] = Object.values(SEED_FILES);

function sortProblems(problems: SeedProblem[]): SeedProblem[] {
  return [...problems].sort((a, b) => FILE_ORDER.indexOf(a.file) - FILE_ORDER.indexOf(b.file) || a.line - b.line);
}
