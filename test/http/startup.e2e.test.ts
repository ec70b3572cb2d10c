/**
 * The start-up path users run (`npm start`, and the Docker image against Neo4j): the
 * compiled server seeds an empty store, serves, answers the README query, and exits
 * cleanly on SIGTERM. Run once per store, as a real child process.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { acquireNeo4jLock, clearNeo4j, storeFactories } from '../support/stores';
import { neo4jTestConfig, REPO_ROOT } from '../support/neo4j-env';

const MAIN = path.join(REPO_ROOT, 'dist', 'src', 'app', 'main.js');

beforeAll(() => {
  // `npm test` builds before jest (schema:check); build here when run on its own.
  if (!existsSync(MAIN)) execFileSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { cwd: REPO_ROOT, stdio: 'inherit' });
}, 120_000);

function envFor(kind: string): NodeJS.ProcessEnv {
  const base: NodeJS.ProcessEnv = { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', NODE_ENV: 'production' };
  delete base.NEO4J_URI;
  if (kind === 'embedded')
    return { ...base, EMBEDDED_SNAPSHOT: path.join(mkdtempSync(path.join(os.tmpdir(), 'kk-start-')), 'db.json') };
  const c = neo4jTestConfig()!;
  return { ...base, NEO4J_URI: c.uri, NEO4J_USER: c.user, NEO4J_PASSWORD: c.password };
}

/** Start the server and resolve with its URL once it logs that it is serving. */
function startServer(env: NodeJS.ProcessEnv): Promise<{ child: ChildProcess; url: string; logs: string[] }> {
  const child = spawn(process.execPath, [MAIN], { cwd: REPO_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const logs: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logs.join('')}`)), 60_000);
    const onData = (chunk: Buffer) => {
      logs.push(chunk.toString());
      for (const line of chunk.toString().split('\n')) {
        if (!line.includes('Kota Kembar is serving')) continue;
        clearTimeout(timer);
        resolve({ child, url: (JSON.parse(line).url as string).replace(/\/graphql$/, ''), logs });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => logs.push(c.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${logs.join('')}`));
    });
  });
}

describe.each(storeFactories().map(([kind]) => [kind]))('start-up on the %s store', (kind: string) => {
  let release: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    if (kind === 'neo4j') {
      release = await acquireNeo4jLock();
      await clearNeo4j();
    }
  });
  afterAll(() => release());

  it('seeds an empty store once, serves the seeded data, and stops cleanly on SIGTERM', async () => {
    const env = envFor(kind);
    const first = await startServer(env);
    try {
      expect(first.logs.join('')).toContain('seeded an empty store');
      const ready = await fetch(`${first.url}/readyz`);
      expect(ready.status).toBe(200);
      const res = await fetch(`${first.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ governments(first: 5) { totalCount edges { node { id name } } } }' }),
      });
      const body = (await res.json()) as any;
      expect(body.errors).toBeUndefined();
      expect(body.data.governments.edges).toHaveLength(5);
      expect(body.data.governments.totalCount).toBeGreaterThan(200);
    } finally {
      first.child.kill('SIGTERM');
    }
    const code = await new Promise((r) => first.child.once('exit', r));
    expect(code).toBe(0);

    // A second start finds the store populated and does not seed again.
    const second = await startServer(env);
    try {
      expect(second.logs.join('')).not.toContain('seeded an empty store');
    } finally {
      second.child.kill('SIGTERM');
      await new Promise((r) => second.child.once('exit', r));
    }
  }, 120_000);
});
