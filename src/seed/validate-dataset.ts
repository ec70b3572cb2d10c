/**
 * Validates a whole dataset, from seed files or from the API's write path, and
 * returns every problem at once (never stops at the first).
 */
import type { Dataset } from '../domain/model';
import { loadOfficialRegions, type OfficialRegions } from './official-regions';
import type { SeedProblem } from './seed-problem';
import { validateCountries, validateFields, validateGovernments } from './validate-governments';
import { validatePartnerships, validatePrograms, validateSources } from './validate-partnerships';
import { locateByIndex, ValidationContext, type Locate } from './validation-context';

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
}

let cachedRegions: OfficialRegions | undefined;

/** The official Kemendagri region list, read once per process. */
export function officialRegions(): OfficialRegions {
  cachedRegions ??= loadOfficialRegions();
  return cachedRegions;
}

/**
 * Checks every rule of the seed format against `dataset` and returns all problems,
 * in file order. An empty array means the dataset is valid.
 */
export function validateDataset(dataset: Dataset, options: ValidateOptions = {}): SeedProblem[] {
  const ctx = new ValidationContext(options.locate ?? locateByIndex, options.maxYear ?? new Date().getFullYear());
  validateCountries(ctx, dataset);
  validateFields(ctx, dataset);
  validateGovernments(ctx, dataset, {
    regions: options.regions ?? officialRegions(),
    requireCoordinates: options.requireCoordinates ?? true,
  });
  validatePartnerships(ctx, dataset);
  validatePrograms(ctx, dataset);
  validateSources(ctx, dataset, { documentExists: options.documentExists });
  return ctx.problems;
}
