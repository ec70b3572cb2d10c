/**
 * Start the compiled API (or a baseline server) as a child process on a free loopback
 * port, so the load generator and the server do not share an event loop.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const ROOT = path.resolve(__dirname, '..');
export const MAIN = path.join(ROOT, 'dist', 'src', 'app', 'main.js');

export interface RunningServer {
  url: string;
  child: ChildProcess;
  /** The embedded store's snapshot file, when the server runs on a fresh embedded store (startApi). */
  snapshotFile?: string;
  /** Resident memory of the server process in MB (Linux /proc). */
  rssMb(): number;
  stop(): Promise<void>;
}

export function rssMbOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

/** A free loopback port (bind to 0, read it, close). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as net.AddressInfo).port;
      srv.close(() => resolve(port));
    });
  });
}

async function waitForHealth(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${url}/readyz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`server did not become ready:\n${log()}`);
}

/** Start a node script listening on PORT and wait until /readyz (or /) answers 200. */
export async function startNodeServer(args: string[], env: NodeJS.ProcessEnv): Promise<RunningServer> {
  const port = await freePort();
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...env, PORT: String(port), HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let log = '';
  child.stderr!.on('data', (c: Buffer) => (log += c.toString()));
  const url = `http://127.0.0.1:${port}`;
  await waitForHealth(url, child, () => log);
  return {
    url,
    child,
    rssMb: () => rssMbOf(child.pid!),
    stop: () =>
      new Promise<void>((r) => {
        if (child.exitCode !== null) return r();
        child.once('exit', () => r());
        child.kill('SIGTERM');
      }),
  };
}

/** The real API on a fresh embedded store (seeded on start), or on Neo4j when `neo4j` is given. */
export function startApi(neo4j?: { uri: string; user: string; password: string }, extraEnv: NodeJS.ProcessEnv = {}): Promise<RunningServer> {
  if (!existsSync(MAIN)) throw new Error('Build first: npm run build');
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'production',
    LOG_LEVEL: 'warn',
    // Benchmarks measure the server, not its rate limiter.
    ANALYSIS_RATE_LIMIT_PER_MINUTE: '0',
  };
  delete env.NEO4J_URI;
  if (neo4j) Object.assign(env, { NEO4J_URI: neo4j.uri, NEO4J_USER: neo4j.user, NEO4J_PASSWORD: neo4j.password });
  else env.EMBEDDED_SNAPSHOT = path.join(mkdtempSync(path.join(os.tmpdir(), 'kk-bench-')), 'db.json');
  return startNodeServer([MAIN], { ...env, ...extraEnv }).then((server) => ({ ...server, snapshotFile: env.EMBEDDED_SNAPSHOT }));
}
