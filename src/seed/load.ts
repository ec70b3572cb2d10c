/**
 * Load the seed directory into a store: read, validate, and import in one atomic
 * write. A seed with any problem writes nothing.
 */
import { KotaKembarError } from '../domain/errors';
import type { ImportResult, Store } from '../store/store';
import type { ReleaseStamp } from '../domain/release';
import { readDataset } from './read-dataset';
import { seedRelease } from './release';
import { formatSeedProblem, type SeedProblem } from './seed-problem';

export class SeedInvalidError extends KotaKembarError {
  constructor(readonly problems: SeedProblem[]) {
    super(
      'BAD_USER_INPUT',
      `The seed has ${problems.length} problem(s); nothing was written:\n${problems.map(formatSeedProblem).join('\n')}`,
    );
  }
}

/**
 * Read, check and import the seed in `seedDir`, recording in the store which
 * release it is (release.ts: its id from the seed's content and RELEASES.md).
 */
export async function loadSeed(store: Store, seedDir: string): Promise<ImportResult & { release: ReleaseStamp }> {
  const [{ dataset, problems }, release] = await Promise.all([readDataset(seedDir), seedRelease(seedDir)]);
  if (problems.length > 0) throw new SeedInvalidError(problems);
  return { ...(await store.importDataset(dataset, release.stamp)), release: release.stamp };
}
