/**
 * The Store contract for releases, run against every store: an import that names
 * a release records it in the same write; audited edits after it are counted;
 * an import without a release leaves the record alone.
 */
import type { Store } from '../../src/store/store';
import { smallDataset } from '../fixtures/small-dataset';
import { acquireNeo4jLock, storeFactories, type StoreFactory } from '../support/stores';

const FIRST = { id: '2026.11.29-0123abcd', date: '2026-11-29' };
const SECOND = { id: '2026.12.01-89abcdef', date: '2026-12-01' };

describe.each(storeFactories())('%s store contract: release record', (kind: string, create: StoreFactory) => {
  let store: Store;
  let unlock: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    if (kind === 'neo4j') unlock = await acquireNeo4jLock();
    store = await create();
  });
  afterAll(async () => {
    await store?.close();
    await unlock();
  });

  it('has no release before an import names one', async () => {
    expect(await store.release()).toBeNull();
    await store.importDataset(smallDataset());
    expect(await store.release()).toBeNull();
  });

  it('records the release an import names, at the data version the import reached', async () => {
    const { dataVersion } = await store.importDataset(smallDataset(), FIRST);
    const release = await store.release();
    expect(release).toMatchObject({ ...FIRST, dataVersion, editsSinceRelease: 0 });
    expect(Date.parse(release!.importedAt)).not.toBeNaN();
  });

  it('counts the audited edits made after the import', async () => {
    await store.updatePartnership('id-kota-bogor--jp-kyoto', 1, { status: 'ACTIVE' }, 'alice');
    await store.addSource({ url: 'https://example.org/release-contract' }, 'bob');
    expect(await store.release()).toMatchObject({ ...FIRST, editsSinceRelease: 2 });
  });

  it('keeps the record through an import without a release, and replaces it with the next release', async () => {
    await store.importDataset(smallDataset());
    expect(await store.release()).toMatchObject({ ...FIRST, editsSinceRelease: 2 });
    await store.importDataset(smallDataset(), SECOND);
    expect(await store.release()).toMatchObject({ ...SECOND, editsSinceRelease: 0 });
  });
});
