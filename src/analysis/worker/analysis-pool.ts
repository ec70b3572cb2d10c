/**
 * The analysis worker pool: one `piscina` pool of worker threads, built once by the
 * composition root and shared by every analysis, so no request spawns threads of its
 * own. Tasks are plain data (see pool-worker.ts); an AbortSignal cancels a task, and
 * piscina terminates the thread that was running it.
 *
 * The worker entry is compiled JavaScript in production. Under ts-jest or tsx this
 * module is TypeScript, and a worker cannot load `.ts` by itself, so the pool starts
 * from a small bootstrap file (written once to the temp folder) that registers tsx's
 * CommonJS hook (a dev dependency) before requiring the TypeScript entry.
 */
import { createHash } from 'node:crypto';
import { existsSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Piscina } from 'piscina';
import type { PoolTask, PoolTaskResult } from './pool-worker';

export interface AnalysisPoolOptions {
  /** Most worker threads. Defaults to `os.availableParallelism()` (ANALYSIS_THREADS). */
  threads?: number;
  /** An idle thread exits after this many ms (a new one starts on demand). Defaults to 60,000. */
  idleTimeoutMs?: number;
}

export class AnalysisPool {
  readonly threads: number;
  private readonly piscina: Piscina;

  constructor(options: AnalysisPoolOptions = {}) {
    const threads = options.threads ?? availableParallelism();
    if (!Number.isInteger(threads) || threads < 1) throw new Error(`Expected a whole number of analysis threads of at least 1, got ${threads}.`);
    this.threads = threads;
    this.piscina = new Piscina({
      filename: workerEntry(),
      minThreads: 0,
      maxThreads: threads,
      idleTimeout: options.idleTimeoutMs ?? 60_000,
    });
  }

  /** Run one task on a pool thread; aborting `signal` cancels it (terminating its thread) and rejects. */
  run<K extends PoolTask['kind']>(task: Extract<PoolTask, { kind: K }>, signal?: AbortSignal): Promise<PoolTaskResult<K>> {
    return this.piscina.run(task, signal ? { signal } : {}) as Promise<PoolTaskResult<K>>;
  }

  /** Tasks waiting for a thread, threads alive and tasks completed: for tests and logs. */
  stats(): { queued: number; threads: number; completed: number } {
    return { queued: this.piscina.queueSize, threads: this.piscina.threads.length, completed: this.piscina.completed };
  }

  /** Stop every thread (pending tasks are rejected). */
  async close(): Promise<void> {
    await this.piscina.close({ force: true });
  }
}

function workerEntry(): string {
  if (__filename.endsWith('.js')) return join(__dirname, 'pool-worker.js');
  const entry = join(__dirname, 'pool-worker.ts');
  const tsx = require.resolve('tsx/cjs/api');
  const source = `require(${JSON.stringify(tsx)}).register();\nmodule.exports = require(${JSON.stringify(entry)});\n`;
  const file = join(tmpdir(), `kota-kembar-pool-${createHash('sha256').update(source).digest('hex').slice(0, 12)}.cjs`);
  if (!existsSync(file)) writeFileSync(file, source);
  return file;
}
