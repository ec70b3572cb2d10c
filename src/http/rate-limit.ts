/**
 * A per-client rate limit on the expensive analysis queries (centrality, communities,
 * paths, ...). Cached answers are cheap, but a client varying its filter forces a new
 * computation each time, so each client (by IP address) gets a token bucket: a burst,
 * refilled at a steady rate; each analysis root field takes one token. Over the limit:
 * RATE_LIMITED, HTTP 429 with Retry-After. Fact queries and mutations are not limited.
 */
import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, type DocumentNode, type OperationDefinitionNode, type SelectionSetNode } from 'graphql';
import type { GraphQLContext } from '../graphql/context';

/** Root fields that run (or may run) a network analysis. */
export const ANALYSIS_FIELDS = new Set([
  'articulationPoints',
  'assortativity',
  'bridges',
  'centrality',
  'clustering',
  'communities',
  'components',
  'egoNetwork',
  'levelAsymmetry',
  'network',
  'networkExport',
  'shortestPath',
  'timeline',
]);

export interface RateLimitOptions {
  /** Analysis fields a client may ask for at once. Defaults to 120. */
  burst?: number;
  /** Tokens given back per second. Defaults to 2 (120 a minute). */
  perSecond?: number;
  /** Clients remembered; the least recently seen are forgotten first. Defaults to 10,000. */
  maxClients?: number;
}

/** Token buckets by client key. `now` is in milliseconds. */
export class TokenBuckets {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();
  private readonly burst: number;
  private readonly perSecond: number;
  private readonly maxClients: number;

  constructor(options: RateLimitOptions = {}) {
    this.burst = options.burst ?? 120;
    this.perSecond = options.perSecond ?? 2;
    this.maxClients = options.maxClients ?? 10_000;
  }

  /** Take `n` tokens for `key`: 0 when granted, else the seconds to wait before asking again. */
  take(key: string, n: number, now: number): number {
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond);
    bucket.at = now;
    this.buckets.delete(key); // re-insert: Map order is recency order
    this.buckets.set(key, bucket);
    while (this.buckets.size > this.maxClients) this.buckets.delete(this.buckets.keys().next().value!);
    if (bucket.tokens >= n) {
      bucket.tokens -= n;
      return 0;
    }
    return Math.max(1, Math.ceil((n - bucket.tokens) / this.perSecond));
  }
}

export function analysisRateLimitPlugin(options: RateLimitOptions = {}, now: () => number = Date.now): ApolloServerPlugin<GraphQLContext> {
  const buckets = new TokenBuckets(options);
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (!operation || operation.operation !== 'query' || !contextValue.clientId) return;
          const cost = analysisFieldsIn(operation, document);
          if (cost === 0) return;
          const waitS = buckets.take(contextValue.clientId, cost, now());
          if (waitS === 0) return;
          throw new GraphQLError(
            `Too many analysis queries from your address; try again in ${waitS} s. Fact queries (governments, partnerships) are not limited.`,
            { extensions: { code: 'RATE_LIMITED', http: { status: 429, headers: new HeaderMap([['retry-after', String(waitS)]]) } } },
          );
        },
      };
    },
  };
}

/** How many analysis fields the operation selects at its root (following fragments). */
function analysisFieldsIn(operation: OperationDefinitionNode, document: DocumentNode): number {
  const fragments = new Map(
    document.definitions.flatMap((d) => (d.kind === Kind.FRAGMENT_DEFINITION ? [[d.name.value, d.selectionSet] as const] : [])),
  );
  const count = (set: SelectionSetNode, seen: ReadonlySet<string>): number =>
    set.selections.reduce((n, s) => {
      if (s.kind === Kind.FIELD) return n + (ANALYSIS_FIELDS.has(s.name.value) ? 1 : 0);
      if (s.kind === Kind.INLINE_FRAGMENT) return n + count(s.selectionSet, seen);
      const fragment = fragments.get(s.name.value);
      return fragment && !seen.has(s.name.value) ? n + count(fragment, new Set([...seen, s.name.value])) : n;
    }, 0);
  return count(operation.selectionSet, new Set());
}
