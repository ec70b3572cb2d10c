/**
 * Edits survive a re-seed, on both stores: an editor changes a partnership through the
 * API, `loadSeed` runs again (the same seed, then a changed one), and the edit, its version
 * and its audit entry are intact; the seed's changes reach untouched records; a record
 * changed on both sides is reported and written only as told (a policy for all, or a
 * decisions file per record), with an audit entry.
 * `exportDataset` writes the live store in the seed's format with what differs.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { KotaKembarServer } from '../../src/http/server';
import type { Partnership } from '../../src/domain/model';
import { loadSeed, ReseedConflictError, StaleDecisionsError } from '../../src/seed/load';
import { formatDecisions, parseDecisions } from '../../src/seed/reseed-decisions';
import { readDataset } from '../../src/seed/read-dataset';
import { writeDataset } from '../../src/seed/write-dataset';
import { exportDataset } from '../../src/seed/export-dataset';
import type { Store } from '../../src/store/store';
import { runQuery, serverFor } from '../support/graphql';
import { acquireNeo4jLock, storeFactories, type StoreFactory } from '../support/stores';
import { REPO_ROOT } from '../support/neo4j-env';

const UPDATE = `mutation($id: ID!, $version: Int!, $changes: UpdatePartnershipInput!) {
  updatePartnership(id: $id, version: $version, changes: $changes) { partnership { id version note } auditEntry { id action } }
}`;

/** A copy of the shipped seed to change. */
function seedCopy(): string {
  const dir = path.join(mkdtempSync(path.join(os.tmpdir(), 'kk-reseed-')), 'seed');
  cpSync(path.join(REPO_ROOT, 'seed'), dir, { recursive: true });
  return dir;
}

/** Rewrite the copy's TSV files with `change` applied to its partnerships. */
async function changeSeed(dir: string, change: (p: Partnership) => Partnership): Promise<void> {
  const { dataset, problems } = await readDataset(dir);
  expect(problems).toEqual([]);
  await writeDataset(dir, { ...dataset, partnerships: dataset.partnerships.map(change) });
}

describe.each(storeFactories())('re-seeding the %s store keeps edits', (kind: string, create: StoreFactory) => {
  let store: Store;
  let server: KotaKembarServer;
  let release: () => Promise<void> = async () => undefined;
  let dir: string;
  let edited: Partnership;
  let untouched: Partnership;

  beforeAll(async () => {
    if (kind === 'neo4j') release = await acquireNeo4jLock();
    store = await create();
    server = await serverFor(store);
    dir = seedCopy();
    const first = await loadSeed(store, dir);
    expect(first.plan.added.length).toBeGreaterThan(100);
    const all = (await store.snapshot()).partnerships;
    [edited, untouched] = [all[0]!, all[1]!];
  }, 120_000);
  afterAll(async () => {
    await server?.stop();
    await release();
  });

  const partnership = async (id: string) => (await store.partnershipsByIds([id]))[0]!;

  it('re-running the same seed changes nothing and keeps an edit made through the API, its version and its audit entry', async () => {
    const res = await runQuery(server, store, UPDATE, { id: edited.id, version: edited.version, changes: { note: 'Edited by an editor.' } }, { editor: 'alice' });
    expect(res.errors).toBeUndefined();
    const entryId = res.data!.updatePartnership.auditEntry.id;
    const before = await store.dataVersion();

    const again = await loadSeed(store, dir);
    expect(again.plan.updated).toEqual([]);
    expect(again.plan.added).toEqual([]);
    expect(again.plan.conflicts).toEqual([]);
    expect(again.plan.keptEdits).toEqual([{ type: 'PARTNERSHIP', id: edited.id }]);
    expect(again.dataVersion).toBe(before + 1);

    const now = await partnership(edited.id);
    expect(now.note).toBe('Edited by an editor.');
    expect(now.version).toBe(edited.version + 1);
    const trail = await store.auditTrail({ entityId: edited.id }, { offset: 0, limit: 10 });
    expect(trail.map((a) => [a.id, a.action, a.who])).toEqual([[entryId, 'UPDATE_PARTNERSHIP', 'alice']]);
  });

  it('applies seed changes to untouched records, and reports a record changed on both sides without writing anything', async () => {
    await changeSeed(dir, (p) =>
      p.id === untouched.id ? { ...p, note: 'Changed in the seed.' } : p.id === edited.id ? { ...p, note: 'The seed disagrees.' } : p,
    );
    const before = await store.dataVersion();
    const releaseBefore = await store.release();
    let error: unknown;
    await loadSeed(store, dir).catch((e: unknown) => (error = e));
    expect(error).toBeInstanceOf(ReseedConflictError);
    const plan = (error as ReseedConflictError).plan;
    expect(plan.conflicts.map((c) => [c.type, c.id, c.resolution])).toEqual([['PARTNERSHIP', edited.id, 'UNRESOLVED']]);
    expect(plan.updated).toEqual([{ type: 'PARTNERSHIP', id: untouched.id }]);
    // Nothing was written: not the untouched change, not the conflict, not the release record.
    expect(await store.dataVersion()).toBe(before);
    expect((await partnership(untouched.id)).note).toBe(untouched.note);
    expect((await partnership(edited.id)).note).toBe('Edited by an editor.');
    expect(await store.release()).toEqual(releaseBefore);
  });

  it('keeps the edit when told to, applies the rest, records the choice and the new release', async () => {
    const releaseBefore = (await store.release())!;
    const result = await loadSeed(store, dir, { onConflict: 'keep-edits', who: 'maintainer' });
    expect(result.plan.conflicts.map((c) => [c.id, c.resolution])).toEqual([[edited.id, 'KEPT_EDIT']]);
    const kept = await partnership(edited.id);
    expect(kept.note).toBe('Edited by an editor.');
    expect(kept.version).toBe(edited.version + 1);
    const updated = await partnership(untouched.id);
    expect(updated.note).toBe('Changed in the seed.');
    expect(updated.version).toBe(untouched.version + 1);
    const trail = await store.auditTrail({ entityId: edited.id }, { offset: 0, limit: 10 });
    expect(trail.map((a) => [a.action, a.who, a.dataVersion])).toEqual([
      ['RESEED_KEEP_EDIT', 'maintainer', result.dataVersion],
      ['UPDATE_PARTNERSHIP', 'alice', expect.any(Number)],
    ]);
    // The changed seed is a new release (its id comes from the content): the store's record follows.
    const now = (await store.release())!;
    expect(now.id).toBe(result.release.id);
    expect(now.id).not.toBe(releaseBefore.id);
    expect(now.dataVersion).toBe(result.dataVersion);
    // Resolved once: the same seed again reports no conflict and keeps the edit.
    const again = await loadSeed(store, dir);
    expect(again.plan.conflicts).toEqual([]);
    expect(again.plan.keptEdits).toEqual([{ type: 'PARTNERSHIP', id: edited.id }]);
  });

  it("takes the seed's record when told to, at the next version, with an audit entry", async () => {
    const current = await partnership(edited.id);
    await changeSeed(dir, (p) => (p.id === edited.id ? { ...p, note: 'The seed insists.' } : p));
    const result = await loadSeed(store, dir, { onConflict: 'take-seed', who: 'maintainer' });
    expect(result.plan.conflicts.map((c) => [c.id, c.resolution])).toEqual([[edited.id, 'TOOK_SEED']]);
    const taken = await partnership(edited.id);
    expect(taken.note).toBe('The seed insists.');
    expect(taken.version).toBe(current.version + 1);
    const [entry] = await store.auditTrail({ entityId: edited.id }, { offset: 0, limit: 1 });
    expect(entry).toMatchObject({ action: 'RESEED_TAKE_SEED', who: 'maintainer', dataVersion: result.dataVersion });
    expect(JSON.parse(entry!.before!).note).toBe('Edited by an editor.');
    expect(JSON.parse(entry!.after!).note).toBe('The seed insists.');
  });

  it('exports the live store in the seed format with what differs from the seed folder', async () => {
    await runQuery(server, store, UPDATE, { id: untouched.id, version: (await partnership(untouched.id)).version, changes: { note: 'Another edit.' } }, { editor: 'alice' });
    const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'kk-export-')), 'export');
    const { diffs } = await exportDataset(store, out, dir);
    const partnerships = diffs.find((d) => d.kind === 'partnerships')!;
    expect(partnerships).toEqual({ kind: 'partnerships', added: [], changed: [untouched.id], missing: [] });
    expect(diffs.filter((d) => d.kind !== 'partnerships').every((d) => !d.added.length && !d.changed.length && !d.missing.length)).toBe(true);
    // The export reads back as a valid seed holding the edit.
    const back = await readDataset(out);
    expect(back.problems).toEqual([]);
    expect(back.dataset.partnerships.find((p) => p.id === untouched.id)!.note).toBe('Another edit.');
  });

  it('resolves each conflict as its line in a decisions file says, writing nothing while one is undecided or a line is stale', async () => {
    const all = (await store.snapshot()).partnerships;
    const [keep, take] = [all[2]!, all[3]!];
    for (const p of [keep, take]) {
      const res = await runQuery(server, store, UPDATE, { id: p.id, version: p.version, changes: { note: `Editor's note on ${p.id}.` } }, { editor: 'bob' });
      expect(res.errors).toBeUndefined();
    }
    await changeSeed(dir, (p) => (p.id === keep.id || p.id === take.id ? { ...p, note: `Seed's note on ${p.id}.` } : p));
    const before = await store.dataVersion();

    // Without decisions: both reported, nothing written; the report is a decisions file with empty decisions.
    let error: unknown;
    await loadSeed(store, dir).catch((e: unknown) => (error = e));
    expect(error).toBeInstanceOf(ReseedConflictError);
    const template = formatDecisions((error as ReseedConflictError).plan.conflicts);
    const lines = template.split('\n').filter((l) => l && !l.startsWith('#'));
    expect(lines[0]).toBe('type\tid\tdecision\tfields\tstore\tseed');
    expect(lines.slice(1).map((l) => l.split('\t').slice(0, 4)).sort((a, b) => (a[1]! < b[1]! ? -1 : 1))).toEqual(
      [keep, take].map((p) => ['PARTNERSHIP', p.id, '', 'note']).sort((a, b) => (a[1]! < b[1]! ? -1 : 1)),
    );
    expect(parseDecisions(template, 'template.tsv').size).toBe(0);

    // One decided, one not: still nothing written, the undecided one named.
    const partial = parseDecisions(template.replace(`PARTNERSHIP\t${keep.id}\t\t`, `PARTNERSHIP\t${keep.id}\tkeep-edits\t`), 'partial.tsv');
    expect(partial.size).toBe(1);
    error = undefined;
    await loadSeed(store, dir, { decisions: partial }).catch((e: unknown) => (error = e));
    expect(error).toBeInstanceOf(ReseedConflictError);
    expect((error as ReseedConflictError).plan.conflicts.filter((c) => c.resolution === 'UNRESOLVED').map((c) => c.id)).toEqual([take.id]);
    // A line naming a record that is not a conflict (a stale file): refused, nothing written.
    error = undefined;
    await loadSeed(store, dir, { decisions: new Map([...partial, [`PARTNERSHIP:${untouched.id}`, 'take-seed' as const]]), onConflict: 'keep-edits' }).catch(
      (e: unknown) => (error = e),
    );
    expect(error).toBeInstanceOf(StaleDecisionsError);
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await store.dataVersion()).toBe(before);
    expect((await partnership(take.id)).note).toBe(`Editor's note on ${take.id}.`);

    // Both decided: each applied as told, one audit entry per decision.
    const filled = template
      .replace(`PARTNERSHIP\t${keep.id}\t\t`, `PARTNERSHIP\t${keep.id}\tkeep-edits\t`)
      .replace(`PARTNERSHIP\t${take.id}\t\t`, `PARTNERSHIP\t${take.id}\ttake-seed\t`);
    const result = await loadSeed(store, dir, { decisions: parseDecisions(filled, 'filled.tsv'), who: 'maintainer' });
    expect(result.plan.conflicts.map((c) => [c.id, c.resolution, c.resolvedBy]).sort()).toEqual(
      [
        [keep.id, 'KEPT_EDIT', 'DECISION'],
        [take.id, 'TOOK_SEED', 'DECISION'],
      ].sort(),
    );
    const kept = await partnership(keep.id);
    expect(kept.note).toBe(`Editor's note on ${keep.id}.`);
    expect(kept.version).toBe(keep.version + 1);
    const taken = await partnership(take.id);
    expect(taken.note).toBe(`Seed's note on ${take.id}.`);
    expect(taken.version).toBe(take.version + 2);
    const [keptEntry] = await store.auditTrail({ entityId: keep.id }, { offset: 0, limit: 1 });
    expect(keptEntry).toMatchObject({ action: 'RESEED_KEEP_EDIT', who: 'maintainer', dataVersion: result.dataVersion });
    const [takenEntry] = await store.auditTrail({ entityId: take.id }, { offset: 0, limit: 1 });
    expect(takenEntry).toMatchObject({ action: 'RESEED_TAKE_SEED', who: 'maintainer', dataVersion: result.dataVersion });
    expect(JSON.parse(takenEntry!.before!).note).toBe(`Editor's note on ${take.id}.`);
    expect(JSON.parse(takenEntry!.after!).note).toBe(`Seed's note on ${take.id}.`);
    // Decided once: the same seed again has no conflict left.
    expect((await loadSeed(store, dir)).plan.conflicts).toEqual([]);
  });
});
