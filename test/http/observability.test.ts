/**
 * Operations over real HTTP: request ids echoed and logged, Prometheus metrics by
 * operation and error code, store errors counted, and a graceful stop that lets an
 * in-flight request finish.
 */
import { Writable } from 'node:stream';
import pino from 'pino';
import { StoreUnavailableError } from '../../src/domain/errors';
import { createServer, type KotaKembarServer } from '../../src/http/server';
import { EmbeddedStore } from '../../src/store/embedded/embedded-store';
import type { Store } from '../../src/store/store';
import { smallDataset } from '../fixtures/small-dataset';

const lines: any[] = [];
const logger = pino(
  { level: 'debug' },
  new Writable({
    write(chunk, _enc, done) {
      lines.push(JSON.parse(String(chunk)));
      done();
    },
  }),
);

/** The store, with a switch to make partnership lookups fail as if the database were down, and a delay. */
function faultyStore(store: Store) {
  const state = { down: false, delayMs: 0 };
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop !== 'partnershipsByIds' || typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        if (state.delayMs) await new Promise((r) => setTimeout(r, state.delayMs));
        if (state.down) throw new StoreUnavailableError();
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, state };
}

let server: KotaKembarServer;
let url: string;
let state: { down: boolean; delayMs: number };

beforeAll(async () => {
  const embedded = new EmbeddedStore({ file: null });
  await embedded.init();
  await embedded.importDataset(smallDataset());
  const faulty = faultyStore(embedded);
  state = faulty.state;
  server = await createServer({ store: faulty.store, logger });
  url = await server.listen(0, '127.0.0.1');
});
afterAll(() => server?.stop());

const post = (body: object, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });

it('echoes a sane x-request-id and logs the request under it', async () => {
  const res = await post({ query: '{ countries { code } }' }, { 'x-request-id': 'trace-123' });
  expect(res.headers.get('x-request-id')).toBe('trace-123');
  await res.json();
  const line = lines.find((l) => l.reqId === 'trace-123' && l.msg === 'request');
  expect(line).toMatchObject({ method: 'POST', path: '/graphql', status: 200 });
  expect(typeof line.durationMs).toBe('number');
});

it('gives a request without a usable id a new UUID', async () => {
  const none = await post({ query: '{ countries { code } }' });
  expect(none.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  const bad = await post({ query: '{ countries { code } }' }, { 'x-request-id': 'evil\tvalue with spaces' });
  expect(bad.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
});

it('exposes request counts and latencies by operation name at /metrics', async () => {
  await (await post({ query: 'query LookupPartnership { partnership(id: "id-kota-bandung--kr-seoul") { id } }' })).json();
  await (await post({ query: 'query BadPage { governments(first: 500) { totalCount } }' })).json();
  const res = await fetch(`${url}/metrics`);
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toMatch(/text\/plain/);
  const text = await res.text();
  expect(text).toMatch(/kk_graphql_operations_total\{operation="LookupPartnership",outcome="ok"\} 1/);
  expect(text).toMatch(/kk_graphql_operations_total\{operation="BadPage",outcome="error"\} 1/);
  expect(text).toMatch(/kk_graphql_operation_duration_seconds_count\{operation="LookupPartnership"\} 1/);
  expect(text).toMatch(/kk_graphql_errors_total\{code="BAD_USER_INPUT"\} 1/);
  expect(text).toMatch(/kk_http_requests_total\{method="POST",route="\/graphql",status="200"\}/);
  expect(text).toMatch(/kk_process_resident_memory_bytes/);
});

it('counts analysis cache hits and misses', async () => {
  for (let i = 0; i < 2; i++) {
    const body: any = await (await post({ query: '{ bridges { __typename } }' })).json();
    expect(body.errors).toBeUndefined();
  }
  const text = await (await fetch(`${url}/metrics`)).text();
  expect(Number(/kk_analysis_cache_lookups_total\{result="hit"\} (\d+)/.exec(text)?.[1])).toBeGreaterThanOrEqual(1);
  expect(Number(/kk_analysis_cache_lookups_total\{result="miss"\} (\d+)/.exec(text)?.[1])).toBeGreaterThanOrEqual(1);
  expect(text).toMatch(/kk_analysis_cache_entries [1-9]/);
  expect(text).toMatch(/kk_analysis_stopped_total 0/);
});

it('counts store errors', async () => {
  state.down = true;
  try {
    const body: any = await (await post({ query: 'query Down { partnership(id: "id-kota-bandung--kr-seoul") { id } }' })).json();
    expect(body.errors[0].extensions.code).toBe('STORE_UNAVAILABLE');
  } finally {
    state.down = false;
  }
  const text = await (await fetch(`${url}/metrics`)).text();
  expect(text).toMatch(/kk_store_errors_total\{code="STORE_UNAVAILABLE"\} 1/);
});

it('lets an in-flight request finish when the server stops, then refuses new ones', async () => {
  state.delayMs = 400;
  const inFlight = post({ query: '{ partnership(id: "id-kota-bandung--kr-seoul") { id } }' });
  await new Promise((r) => setTimeout(r, 100));
  const stopping = server.stop();
  const res = await inFlight;
  expect(res.status).toBe(200);
  expect(await res.json()).toEqual({ data: { partnership: { id: 'id-kota-bandung--kr-seoul' } } });
  await stopping;
  await expect(fetch(`${url}/healthz`)).rejects.toThrow();
});
