/**
 * Resolvers contributed by the other modules (analysis, dataset statistics, ...), wired
 * in one place so build-schema.ts stays short.
 */
import type { Store } from '../store/store';

export interface ExtraResolverDeps {
  store: Store;
}

export function extraResolvers(_deps: ExtraResolverDeps): { instances: Array<[Function, unknown]> } {
  return { instances: [] };
}
