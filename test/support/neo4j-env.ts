/**
 * Where the Neo4j test suites find their database. `npm test` starts a private local
 * Neo4j for them (see global-setup.ts) unless NEO4J_URI points at one already.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface Neo4jTestConfig {
  uri: string;
  user: string;
  password: string;
}

/** The test instance: its own port and folder, so tests never touch `npm run neo4j:start`'s data. */
export const TEST_INSTANCE = {
  port: Number(process.env.NEO4J_TEST_BOLT_PORT ?? 7688),
  dir: path.join(REPO_ROOT, '.neo4j-local', 'test'),
  password: process.env.NEO4J_TEST_PASSWORD ?? 'kotakembar-test',
};

/** The Neo4j the suites use, or null when they must be skipped (only ever outside CI). */
export function neo4jTestConfig(): Neo4jTestConfig | null {
  if (process.env.KK_NEO4J_SKIP === '1') return null;
  const uri = process.env.KK_TEST_NEO4J_URI;
  if (!uri) return null;
  return { uri, user: process.env.KK_TEST_NEO4J_USER ?? 'neo4j', password: process.env.KK_TEST_NEO4J_PASSWORD ?? '' };
}

export function isCI(): boolean {
  return process.env.CI === 'true' || process.env.CI === '1';
}

/** Run tools/neo4j-local/neo4j.sh for the test instance. */
export function neo4jLocal(command: 'start' | 'stop' | 'status'): void {
  execFileSync('bash', [path.join(REPO_ROOT, 'tools', 'neo4j-local', 'neo4j.sh'), command], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      NEO4J_BOLT_PORT: String(TEST_INSTANCE.port),
      NEO4J_LOCAL_DIR: TEST_INSTANCE.dir,
      NEO4J_PASSWORD: TEST_INSTANCE.password,
      // Tests favour start-up time: C1 only (the launcher's default, the full JIT, serves faster once warm).
      NEO4J_LOCAL_JAVA_OPTS: process.env.NEO4J_LOCAL_JAVA_OPTS ?? '-XX:TieredStopAtLevel=1',
    },
  });
}

/** True when the test instance already answers (started by another run or by hand). */
export function neo4jLocalRunning(): boolean {
  try {
    execFileSync('bash', [path.join(REPO_ROOT, 'tools', 'neo4j-local', 'neo4j.sh'), 'status'], {
      stdio: 'ignore',
      env: { ...process.env, NEO4J_BOLT_PORT: String(TEST_INSTANCE.port), NEO4J_LOCAL_DIR: TEST_INSTANCE.dir, NEO4J_PASSWORD: TEST_INSTANCE.password },
    });
    return true;
  } catch {
    return false;
  }
}

export function hasJavaAndMaven(): boolean {
  try {
    execFileSync('java', ['-version'], { stdio: 'ignore' });
    execFileSync('mvn', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
