/**
 * The one configuration of the server, read from the environment once and checked.
 * Every setting has a default that works on a fresh clone (embedded store, port 4000).
 */
import path from 'node:path';
import { z } from 'zod';
import { parseEditorTokenHashes, type EditorToken } from './editor-tokens';
import { REPO_ROOT } from './paths';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  NODE_ENV: z.string().default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: z.string().optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().default('neo4j'),
  /** Most open connections to Neo4j (the driver's pool). */
  NEO4J_MAX_POOL_SIZE: z.coerce.number().int().min(1).max(10_000).default(100),
  /** How long a statement waits for a pooled connection before STORE_UNAVAILABLE, in ms. */
  NEO4J_ACQUISITION_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(3000),
  /** Longest a Neo4j transaction may run before Neo4j stops it and the request gets TIMEOUT, in ms; 0 = no limit. */
  NEO4J_TX_TIMEOUT_MS: z.coerce.number().int().min(0).max(3_600_000).default(10_000),
  /** MiB of fact-read answers cached per data version on Neo4j (as fresh as the data version); 0 = off. */
  NEO4J_READ_CACHE_MB: z.coerce.number().int().min(0).max(65_536).default(32),
  /** How long a data version read from Neo4j is reused, in ms (own writes refresh it at once); 0 = read every time. */
  NEO4J_VERSION_REFRESH_MS: z.coerce.number().int().min(0).max(60_000).default(250),
  EMBEDDED_SNAPSHOT: z.string().default(path.join(REPO_ROOT, '.data', 'kota-kembar.json')),
  SEED_DIR: z.string().default(path.join(REPO_ROOT, 'seed')),
  /** Seed an empty store at start-up. */
  SEED_ON_START: z.enum(['true', 'false']).default('true'),
  /** Editor tokens as `name:<hex sha256 of the token>` pairs, comma-separated (see docs/editing.md). */
  EDITOR_TOKEN_HASHES: z.string().default(''),
  /** Analysis queries a client (IP address) may make per minute, with the same burst; 0 turns the limit off. */
  ANALYSIS_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(120),
  /** Longest an analysis query may take before answering TIMEOUT, in ms. */
  ANALYSIS_TIME_BUDGET_MS: z.coerce.number().int().min(100).default(10_000),
  /** Most memory the cache of analysis results (graphs, rankings, exports, breakdowns) may hold, in MB (estimated). */
  ANALYSIS_CACHE_MB: z.coerce.number().int().min(1).max(65_536).default(256),
  /** Worker threads of the analysis pool (heavy centralities on large networks); unset means one per CPU core. */
  ANALYSIS_THREADS: z.coerce.number().int().min(1).max(256).optional(),
  /**
   * Behind a load balancer or reverse proxy: "true" (trust every hop), a number of hops, or
   * comma-separated proxy addresses/subnets ("loopback", "10.0.0.0/8"). Off by default: the
   * client address is the socket's, so X-Forwarded-For cannot be forged to dodge rate limits.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .refine((v) => v.trim() !== '', 'expected "false", "true", a number of hops, or proxy addresses'),
});

/** TRUST_PROXY as Express's `trust proxy` value. */
export function parseTrustProxy(raw: string): boolean | number | string {
  const v = raw.trim();
  if (v === 'false') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

export type StoreConfig =
  | { kind: 'embedded'; snapshotFile: string }
  | {
      kind: 'neo4j';
      uri: string;
      user: string;
      password: string;
      database: string;
      maxPoolSize: number;
      acquisitionTimeoutMs: number;
      transactionTimeoutMs: number;
      versionRefreshMs: number;
      readCacheBytes: number;
    };

export interface Config {
  port: number;
  host: string;
  production: boolean;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  store: StoreConfig;
  seedDir: string;
  seedOnStart: boolean;
  /** Editors allowed to write; empty means the API is read-only. */
  editorTokens: EditorToken[];
  /** Analysis queries per client per minute (also the burst); 0 means no limit. */
  analysisRatePerMinute: number;
  /** Longest an analysis (GraphQL, /export, /reports) may take before answering TIMEOUT, in ms. */
  analysisTimeBudgetMs: number;
  /** Bound of the shared result cache, in bytes (estimated). */
  analysisCacheBytes: number;
  /** Threads of the shared analysis worker pool; undefined means one per CPU core. */
  analysisThreads: number | undefined;
  /** Express's `trust proxy`: false (default), true, a hop count, or proxy addresses. */
  trustProxy: boolean | number | string;
}

/** Read the configuration; throws an Error naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}.`);
  }
  const e = parsed.data;
  if (e.NEO4J_URI && !e.NEO4J_PASSWORD) throw new Error('Invalid configuration: NEO4J_URI is set but NEO4J_PASSWORD is not.');
  return {
    port: e.PORT,
    host: e.HOST,
    production: e.NODE_ENV === 'production',
    logLevel: e.LOG_LEVEL,
    store: e.NEO4J_URI
      ? {
          kind: 'neo4j',
          uri: e.NEO4J_URI,
          user: e.NEO4J_USER,
          password: e.NEO4J_PASSWORD!,
          database: e.NEO4J_DATABASE,
          maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
          acquisitionTimeoutMs: e.NEO4J_ACQUISITION_TIMEOUT_MS,
          transactionTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
          versionRefreshMs: e.NEO4J_VERSION_REFRESH_MS,
          readCacheBytes: e.NEO4J_READ_CACHE_MB * 1024 * 1024,
        }
      : { kind: 'embedded', snapshotFile: path.resolve(e.EMBEDDED_SNAPSHOT) },
    seedDir: path.resolve(e.SEED_DIR),
    seedOnStart: e.SEED_ON_START === 'true',
    editorTokens: parseEditorTokenHashes(e.EDITOR_TOKEN_HASHES),
    analysisRatePerMinute: e.ANALYSIS_RATE_LIMIT_PER_MINUTE,
    analysisTimeBudgetMs: e.ANALYSIS_TIME_BUDGET_MS,
    analysisCacheBytes: e.ANALYSIS_CACHE_MB * 1024 * 1024,
    analysisThreads: e.ANALYSIS_THREADS,
    trustProxy: parseTrustProxy(e.TRUST_PROXY),
  };
}
