/**
 * Embedded-store specifics of writes: the data and the audit trail survive a restart,
 * because both go into the one atomically written snapshot file.
 */
import { mkdtempSync, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { readSnapshotFile } from '../../src/store/embedded/snapshot-file';
import { smallDataset } from '../fixtures/small-dataset';

describe('embedded store writes', () => {
  it('keeps written records and the audit trail across a restart', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kk-writes-')), 'snapshot.json');
    const first = new EmbeddedStore({ file });
    await first.init();
    await first.importDataset(smallDataset());
    const { record } = await first.updatePartnership('id-kota-bogor--jp-kyoto', 1, { status: 'ACTIVE' }, 'alice');
    await first.addSource({ url: 'https://example.org/kept' }, 'bob');
    await first.close();

    const second = new EmbeddedStore({ file });
    await second.init();
    expect(await second.dataVersion()).toBe(3);
    expect((await second.partnershipsByIds([record.id]))[0]).toEqual(record);
    expect((await second.auditTrail({}, { offset: 0, limit: 10 })).map((a) => [a.who, a.action])).toEqual([
      ['bob', 'ADD_SOURCE'],
      ['alice', 'UPDATE_PARTNERSHIP'],
    ]);
    expect((await readSnapshotFile(file))!.audit).toHaveLength(2);
  });

  it('keeps the release record across a restart', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kk-writes-')), 'snapshot.json');
    const first = new EmbeddedStore({ file });
    await first.init();
    await first.importDataset(smallDataset(), { id: '2026.11.29-0123abcd', date: '2026-11-29' });
    await first.addSource({ url: 'https://example.org/kept' }, 'bob');
    await first.close();
    const second = new EmbeddedStore({ file });
    await second.init();
    expect(await second.release()).toMatchObject({ id: '2026.11.29-0123abcd', date: '2026-11-29', dataVersion: 1, editsSinceRelease: 1 });
  });

  it('refuses a snapshot whose audit trail was edited, and leaves the file alone', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'kk-writes-')), 'snapshot.json');
    const store = new EmbeddedStore({ file });
    await store.init();
    await store.importDataset(smallDataset());
    await store.addSource({ url: 'https://example.org/kept' }, 'bob');
    await store.close();
    const saved = JSON.parse(await fs.readFile(file, 'utf8'));
    saved.audit[0].who = 'mallory';
    const tampered = JSON.stringify(saved);
    await fs.writeFile(file, tampered);
    await expect(new EmbeddedStore({ file }).init()).rejects.toThrow(/audit trail does not match its checksum.*left untouched/);
    expect(await fs.readFile(file, 'utf8')).toBe(tampered);
  });
});
