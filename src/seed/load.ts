/**
 * Load the seed directory into a store: read, validate, and import in one atomic
 * write. A seed with any problem writes nothing.
 */
import { KotaKembarError } from '../domain/errors';
import type { ImportResult, Store } from '../store/store';
import { readDataset } from './read-dataset';
import { formatSeedProblem, type SeedProblem } from './seed-problem';

export class SeedInvalidError extends KotaKembarError {
  constructor(readonly problems: SeedProblem[]) {
    super(
      'BAD_USER_INPUT',
      `The seed has ${problems.length} problem(s); nothing was written:\n${problems.map(formatSeedProblem).join('\n')}`,
    );
  }
}

export async function loadSeed(store: Store, seedDir: string): Promise<ImportResult> {
  const { dataset, problems } = await readDataset(seedDir);
  if (problems.length > 0) throw new SeedInvalidError(problems);
  return store.importDataset(dataset);
}
