/**
 * Validates a whole dataset read from seed files and words every problem for the files:
 * file, line, column names (snake_case) and the file where a missing row belongs. The
 * rules themselves live in src/domain/rules/; returns every problem at once (never stops
 * at the first).
 */
import type { Dataset } from '../domain/model';
import { officialRegions, type OfficialRegions } from '../domain/official-regions';
import { validateCountries, validateFields, validateGovernments } from '../domain/rules/government-rules';
import { validatePartnerships, validatePrograms, validateSources } from '../domain/rules/partnership-rules';
import { RuleContext, type RuleEntity, type RuleProblem, type Wording } from '../domain/rules/rule-context';
import { SEED_FILES } from './seed-format';
import type { SeedProblem } from './seed-problem';

export interface RowLocation {
  file: string;
  line: number;
}

/** Maps an entity row (by its index in the dataset array) to its file and line. */
export type Locate = (entity: RuleEntity, index: number) => RowLocation;

/**
 * The default locator for data that did not come from files: the line the row
 * would have in a seed written in array order (header = line 1, first row = line 2).
 */
export const locateByIndex: Locate = (entity, index) => ({ file: SEED_FILES[entity], line: index + 2 });

export interface ValidateOptions {
  /** Maps rows to file and line. Defaults to the line each row would have in a seed written in array order. */
  locate?: Locate;
  /** The official region list. Defaults to reading idn-area-data's CSVs (cached per process). */
  regions?: OfficialRegions;
  /** The latest accepted year. Defaults to the current calendar year. */
  maxYear?: number;
  /** Report governments without lat/lon. Defaults to true (the seed places every government). */
  requireCoordinates?: boolean;
  /** Says whether a DOCUMENT source's file exists. Defaults to not checking. */
  documentExists?: (url: string) => boolean;
  /** Report sources without a checked_date. Defaults to true (the seed records when each citation was checked). */
  requireCheckedDate?: boolean;
}

/** A model field as its seed column: `partyIds` → `party_ids`. */
export function seedColumn(field: string): string {
  return field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

/** How the seed words problems: columns, files and lines. */
export function seedWording(locate: Locate): Wording {
  return {
    field: (_entity, field) => seedColumn(field),
    list: (entity) => SEED_FILES[entity],
    howToAdd: (entity) => (entity === 'fields' ? 'use a code from the vocabulary or add it there' : `add it to ${SEED_FILES[entity]}`),
    row: (entity, index) => `line ${locate(entity, index).line}`,
  };
}

/** A rule problem as a seed problem: its file and line, and the line in the sentence. */
export function toSeedProblem(p: RuleProblem, locate: Locate): SeedProblem {
  const { file, line } = locate(p.entity, p.index);
  return { file, line, code: p.code, message: `${p.head} (line ${line})${p.tail}` };
}

/**
 * Checks every rule of the seed format against `dataset` and returns all problems,
 * in file order. An empty array means the dataset is valid.
 */
export function validateDataset(dataset: Dataset, options: ValidateOptions = {}): SeedProblem[] {
  const locate = options.locate ?? locateByIndex;
  const ctx = new RuleContext(seedWording(locate), options.maxYear ?? new Date().getFullYear());
  validateCountries(ctx, dataset);
  validateFields(ctx, dataset);
  validateGovernments(ctx, dataset, {
    regions: options.regions ?? officialRegions(),
    requireCoordinates: options.requireCoordinates ?? true,
  });
  validatePartnerships(ctx, dataset);
  validatePrograms(ctx, dataset);
  validateSources(ctx, dataset, { documentExists: options.documentExists, requireCheckedDate: options.requireCheckedDate ?? true });
  return ctx.problems.map((p) => toSeedProblem(p, locate));
}
