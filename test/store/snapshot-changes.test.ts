/**
 * applyChanges (src/store/neo4j/snapshot-cypher.ts): the records SNAPSHOT_CHANGES brings
 * replace theirs by key or join in the snapshot's order; kinds without changes keep the held
 * arrays. The Neo4j suites (neo4j-snapshot.test.ts) check the same against a real database.
 */
import type { Snapshot } from '../../src/domain/model';
import { applyChanges } from '../../src/store/neo4j/snapshot-cypher';
import { smallDataset } from '../fixtures/small-dataset';

const none = (dataVersion: number): Snapshot => ({ dataVersion, countries: [], fields: [], governments: [], partnerships: [], programs: [], sources: [] });

describe('applyChanges', () => {
  const held: Snapshot = { ...smallDataset(), dataVersion: 4 };

  it('takes the new data version and keeps every held array when nothing changed', () => {
    const next = applyChanges(held, none(6));
    expect(next.dataVersion).toBe(6);
    for (const kind of ['countries', 'fields', 'governments', 'partnerships', 'programs', 'sources'] as const) expect(next[kind]).toBe(held[kind]);
  });

  it('replaces a changed record by its key and puts a new one in the snapshot order', () => {
    const bogor = held.partnerships.find((p) => p.id === 'id-kota-bogor--jp-kyoto')!;
    const changed = { ...bogor, note: 'Confirmed.', version: 2 };
    const added = { ...bogor, id: 'id-kota-bandung--jp-kyoto', partyIds: ['id-kota-bandung', 'jp-kyoto'] };
    const korea = { ...held.countries.find((c) => c.code === 'KR')!, name: 'Korea, Republic of' };
    const next = applyChanges(held, { ...none(5), partnerships: [changed, added], countries: [korea] });
    expect(next.partnerships).toHaveLength(held.partnerships.length + 1);
    expect(next.partnerships.find((p) => p.id === bogor.id)).toEqual(changed);
    expect(next.partnerships.map((p) => p.id)).toEqual([...held.partnerships.map((p) => p.id), added.id].sort());
    // Countries go by name: the renamed one moves.
    expect(next.countries.map((c) => c.name)).toEqual(held.countries.map((c) => (c.code === 'KR' ? korea.name : c.name)).sort());
    expect(next.countries.filter((c) => c.code === 'KR')).toEqual([korea]);
    expect(next.governments).toBe(held.governments);
    // The held snapshot is not touched.
    expect(held.partnerships.find((p) => p.id === bogor.id)).toBe(bogor);
  });
});
