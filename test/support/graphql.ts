/** Helpers to run GraphQL operations in-process against a server built on a store. */
import assert from 'node:assert';
import pino from 'pino';
import { createServer, type KotaKembarServer } from '../../src/http/server';
import { createLoaders } from '../../src/graphql/loaders';
import type { GraphQLContext } from '../../src/graphql/context';
import type { Store } from '../../src/store/store';

export const silentLogger = pino({ level: 'silent' });

export async function serverFor(store: Store): Promise<KotaKembarServer> {
  return createServer({ store, logger: silentLogger });
}

export interface OperationResult {
  data?: Record<string, any> | null;
  errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }>;
}

export async function runQuery(
  server: KotaKembarServer,
  store: Store,
  query: string,
  variables?: Record<string, unknown>,
  context: Partial<GraphQLContext> = {},
): Promise<OperationResult> {
  const response = await server.apollo.executeOperation(
    { query, variables },
    { contextValue: { loaders: createLoaders(store), requestId: 'test', ...context } },
  );
  assert(response.body.kind === 'single');
  return response.body.singleResult as OperationResult;
}

/** Wrap a store so each port call is counted by method name. */
export function countingStore(store: Store): { store: Store; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const proxy = new Proxy(store, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        calls.set(String(prop), (calls.get(String(prop)) ?? 0) + 1);
        return value.apply(target, args);
      };
    },
  });
  return { store: proxy, calls };
}
