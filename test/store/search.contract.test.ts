/**
 * Contract: search gives the same hits, in the same order, in every store, on the
 * shipped seed (aliases such as Jogja, DKI and 서울 come from it).
 */
import path from 'node:path';
import type { SearchHit } from '../../src/domain/search';
import { loadSeed } from '../../src/seed/load';
import type { Store } from '../../src/store/store';
import { REPO_ROOT } from '../support/neo4j-env';
import { acquireNeo4jLock, storeFactories, type StoreFactory } from '../support/stores';

/** Queries whose full results every store must agree on. */
const QUERIES = ['jogja', 'JAKARTA', 'Séoul', '서울', 'kota band', 'bandung seoul', 'surabaya', 'kyoto', 'jawa', 'education', 'xyzzy', 'dki', 'a'];
const results = new Map<string, Record<string, SearchHit[]>>();

describe.each(storeFactories())('%s store search', (kind: string, create: StoreFactory) => {
  let store: Store;
  let release: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    if (kind === 'neo4j') release = await acquireNeo4jLock();
    store = await create();
    await loadSeed(store, path.join(REPO_ROOT, 'seed'));
    const mine: Record<string, SearchHit[]> = {};
    for (const q of QUERIES) mine[q] = await store.search(q, 100);
    results.set(kind, mine);
  }, 120_000);
  afterAll(async () => {
    await store?.close();
    await release();
  });

  it('finds both Yogyakarta governments for "jogja", by alias, before their partnerships', async () => {
    const hits = await store.search('jogja', 20);
    const governments = hits.filter((h) => h.kind === 'GOVERNMENT').map((h) => h.id);
    expect(governments).toEqual(expect.arrayContaining(['id-kota-yogyakarta', 'id-prov-di-yogyakarta']));
    expect(hits[0]).toMatchObject({ kind: 'GOVERNMENT', tier: 'EXACT', matchedText: 'Jogja' });
    expect(hits.some((h) => h.kind === 'PARTNERSHIP' && h.partnershipId === h.id)).toBe(true);
  });

  it('finds DKI Jakarta for "JAKARTA" as an exact alias match, first', async () => {
    const [first] = await store.search('JAKARTA', 5);
    expect(first).toMatchObject({ kind: 'GOVERNMENT', id: 'id-prov-dki-jakarta', tier: 'EXACT', title: 'DKI Jakarta' });
  });

  it('finds Seoul for "Séoul" (accents folded) and for "서울" (alias in Hangul)', async () => {
    expect((await store.search('Séoul', 5))[0]).toMatchObject({ id: 'kr-seoul', tier: 'EXACT', matchedText: 'Seoul' });
    expect((await store.search('서울', 5))[0]).toMatchObject({ id: 'kr-seoul', tier: 'EXACT', matchedText: '서울' });
  });

  it('ranks exact before prefix before contains, then by title', async () => {
    const hits = await store.search('jawa', 100);
    const tiers = hits.map((h) => ['EXACT', 'PREFIX', 'CONTAINS'].indexOf(h.tier));
    expect(tiers).toEqual([...tiers].sort((a, b) => a - b));
    expect(hits.some((h) => h.tier === 'PREFIX')).toBe(true);
  });

  it('finds programs by name', async () => {
    const hits = await store.search('education', 100);
    for (const h of hits.filter((x) => x.kind === 'PROGRAM')) expect(h.partnershipId).not.toBeNull();
  });

  it.each(['~*:"(', '+ - && || ! ( ) { } [ ] ^ " ~ * ? : \\ /', 'a\\', '"', '*', 'title:seoul', '(((', 'name:* OR id:*'])(
    'treats %j as text, never as query syntax',
    async (text) => {
      await expect(store.search(text, 10)).resolves.toEqual(expect.any(Array));
    },
  );

  it.each(['seoul~*:"(', '"seoul"', 'seoul)', '(seoul*'])('finds Seoul for %j: punctuation around words is ignored', async (text) => {
    expect((await store.search(text, 10)).map((h) => h.id)).toContain('kr-seoul');
  });

  it('answers a long text of many one-letter words normally (no Lucene clause limit)', async () => {
    const text = Array.from({ length: 100 }, (_, i) => String.fromCharCode(97 + (i % 26))).join(' ');
    await expect(store.search(text, 10)).resolves.toEqual([]);
  });

  it('returns at most `first` hits', async () => {
    expect(await store.search('a', 3)).toHaveLength(3);
  });
});

describe('search across stores', () => {
  it('gives the same hits in the same order in every store', () => {
    const kinds = [...results.keys()];
    for (const k of kinds.slice(1)) expect(results.get(k)).toEqual(results.get(kinds[0]));
  });
});
