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

/**
 * Wrap a store so each port call is counted by method name, including the reads made
 * through a request's ReadUnit (counted under the same names; `readUnit` itself too).
 */
export function countingStore(store: Store): { store: Store; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const count = <T extends object>(target: T): T =>
    new Proxy(target, {
      get(t, prop, receiver) {
        const value = Reflect.get(t, prop, receiver);
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          if (prop !== 'close') calls.set(String(prop), (calls.get(String(prop)) ?? 0) + 1);
          const result = value.apply(t, args);
          return prop === 'readUnit' ? count(result as object) : result;
        };
      },
    });
  return { store: count(store), calls };
}
