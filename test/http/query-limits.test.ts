/**
 * Query limits over real HTTP: depth, aliases, cost and document size are refused
 * with QUERY_TOO_COMPLEX and HTTP 400 before any resolver runs; ordinary queries and
 * the full introspection query pass.
 */
import { getIntrospectionQuery, parse } from 'graphql';
import { getComplexity } from 'graphql-query-complexity';
import { ASSUMED_LIST_SIZE, costEstimatorFor, listBoundsOf } from '../../src/http/query-limits';
import { createServer, type KotaKembarServer } from '../../src/http/server';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import { smallDataset } from '../fixtures/small-dataset';
import { countingStore, silentLogger } from '../support/graphql';

let server: KotaKembarServer;
let url: string;
let calls: Map<string, number>;

beforeAll(async () => {
  const embedded = new EmbeddedStore({ file: null });
  await embedded.init();
  await embedded.importDataset(smallDataset());
  const counted = countingStore(embedded);
  calls = counted.calls;
  server = await createServer({ store: counted.store, logger: silentLogger });
  url = await server.listen(0, '127.0.0.1');
});
afterAll(() => server?.stop());

const post = async (query: string) => {
  const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) });
  return { status: res.status, body: (await res.json()) as any };
};

/** partnership { parties { partnerships { parties ... } } }, `levels` fields deep. */
function nested(levels: number): string {
  let inner = 'id';
  for (let i = levels - 2; i >= 1; i--) inner = `${i % 2 === 1 ? 'parties' : 'partnerships'} { ${inner} }`;
  return `{ partnership(id: "id-kota-bandung--kr-seoul") { ${inner} } }`;
}

async function expectRefused(query: string, message: RegExp): Promise<void> {
  calls.clear();
  const { status, body } = await post(query);
  expect(status).toBe(400);
  expect(body.data).toBeUndefined();
  expect(body.errors).toHaveLength(1);
  expect(body.errors[0].extensions).toEqual({ code: 'QUERY_TOO_COMPLEX' });
  expect(body.errors[0].message).toMatch(message);
  // Refused before touching the store: no read at all (a request's ReadUnit is handed out with its
  // context and opens nothing until a first read, which would be counted under its own name).
  expect([...calls.keys()].filter((k) => k !== 'readUnit')).toEqual([]);
}

it('refuses a query nested 50 deep', async () => {
  await expectRefused(nested(50), /nests fields 50 deep; at most 12/);
});

it('accepts moderate nesting (6 levels of lists)', async () => {
  const { status, body } = await post(nested(6));
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
});

it('refuses 1,000 aliases', async () => {
  const query = `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: __typename`).join(' ')} }`;
  await expectRefused(query, /uses 1000 aliases; at most 30/);
});

it('refuses 1,000 aliased lookups by the size of the document', async () => {
  const query = `{ ${Array.from({ length: 1000 }, (_, i) => `g${i}: government(id: "kr-seoul") { id name }`).join(' ')} }`;
  await expectRefused(query, /more than 4000 tokens/);
});

it('refuses a query whose estimated cost is too high, and says what to change', async () => {
  await expectRefused(
    '{ governments(first: 100) { edges { node { partnerships { parties { partnerships { parties { partnerships { id } } } } } } } } }',
    /estimated cost is \d+, above the limit of 50000.*smaller pages/,
  );
});

it('accepts an ordinary page of governments with their partnerships', async () => {
  const { status, body } = await post('{ governments(first: 100) { edges { node { id name partnerships { id type parties { id name } } } } } }');
  expect(body.errors).toBeUndefined();
  expect(status).toBe(200);
});

it('accepts the full introspection query', async () => {
  const { status, body } = await post(getIntrospectionQuery());
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  expect(body.data.__schema.types.length).toBeGreaterThan(20);
});

describe('checks are remembered per document, never across different variables', () => {
  const query = 'query Page($n: Int!) { governments(first: $n) { edges { node { partnerships { parties { partnerships { parties { partnerships { id } } } } } } } } }';
  const postWith = async (variables: Record<string, unknown>) => {
    const res = await fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
    return { status: res.status, body: (await res.json()) as any };
  };

  it('accepts, refuses and accepts again the same document as the page size changes', async () => {
    const small = await postWith({ n: 1 });
    expect(small.body.errors).toBeUndefined();
    const big = await postWith({ n: 100 });
    expect(big.status).toBe(400);
    expect(big.body.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
    expect((await postWith({ n: 1 })).body.errors).toBeUndefined();
    expect((await postWith({ n: 100 })).status).toBe(400); // the remembered refusal still refuses
  });

  it('still reports bad variables as BAD_USER_INPUT, every time', async () => {
    for (let i = 0; i < 2; i++) {
      const { body } = await postWith({ n: 'many' });
      expect(body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    }
  });
});

describe('unpaginated lists are costed by their real size in the data', () => {
  const bounds = { governments: 2000, partnerships: 3000, partnersPerGovernment: 60, partnershipsPerGovernment: 70 };
  const cost = (query: string, b: typeof bounds | null) =>
    getComplexity({ schema: server.schema, query: parse(query), variables: {}, estimators: [costEstimatorFor(b)] });

  it('counts network nodes, a ranking without `first` and partners by their bounds, not a flat 5', () => {
    expect(cost('{ network { nodes { id name } } }', bounds)).toBe(1 + 1 * (1 + 2000 * 2));
    expect(cost('{ network { nodes { id name } } }', null)).toBe(1 + 1 * (1 + ASSUMED_LIST_SIZE * 2));
    expect(cost('{ centrality(measure: DEGREE) { rank } }', bounds)).toBe(1 + 2000 * 1);
    expect(cost('{ centrality(measure: DEGREE, first: 10) { rank } }', bounds)).toBe(1 + 10 * 1);
    expect(cost('{ government(id: "x") { partners { partners { id } } } }', bounds)).toBe(1 + 1 * (1 + 60 * (1 + 60 * 1)));
  });

  it('reads the bounds from the data the server has loaded', async () => {
    const embedded = new EmbeddedStore({ file: null });
    await embedded.init();
    await embedded.importDataset(smallDataset());
    const governments = smallDataset().governments.length;
    // With a cost limit between the flat estimate and the real one, a whole-network query passes before any snapshot is read, and is refused after.
    const strict = await createServer({ store: embedded, logger: silentLogger, limits: { maxCost: 1 + (1 + governments * 3) - 1 } });
    try {
      const at = await strict.listen(0, '127.0.0.1');
      const ask = async (query: string) =>
        (await fetch(`${at}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query }) })).json() as Promise<any>;
      expect(listBoundsOf(await embedded.snapshot()).governments).toBe(governments);
      const before = await ask('{ network { nodes { id name level } } }');
      expect(before.errors).toBeUndefined(); // no snapshot read yet: lists count 5
      const after = await ask('{ network { nodes { id name level } } }');
      expect(after.errors[0].extensions.code).toBe('QUERY_TOO_COMPLEX');
      expect(after.errors[0].message).toMatch(/estimated cost is \d+/);
    } finally {
      await strict.stop();
    }
  });
});
