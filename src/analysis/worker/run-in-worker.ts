/**
 * Run a centrality measure in a worker thread.
 *
 * The worker entry is TypeScript source under ts-jest and tsx (development) and
 * compiled JavaScript in production. When this module is itself running as a
 * `.ts` file, the worker is started from a small eval script that registers tsx
 * (`tsx/cjs`, a dev dependency) before requiring the `.ts` entry; otherwise it
 * starts the compiled `centrality-worker.js` next to this file directly.
 */
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { KotaKembarError, type ErrorCode } from '../../domain/errors';
import type { CentralityMeasure, CentralityResult } from '../centrality';
import type { GovernmentGraph } from '../types';

export interface WorkerRun {
  result: CentralityResult;
  /** Id of the thread that computed it (never the main thread's 0). */
  threadId: number;
}

export function runCentralityInWorker(graph: GovernmentGraph, measure: CentralityMeasure): Promise<WorkerRun> {
  const workerData = { graph: graph.export(), measure };
  const worker = startWorker(workerData);
  return new Promise<WorkerRun>((resolve, reject) => {
    let settled = false;
    worker.once('message', (message: { result?: CentralityResult; threadId?: number; error?: { message: string; code: ErrorCode | null } }) => {
      settled = true;
      if (message.error)
        reject(message.error.code ? new KotaKembarError(message.error.code, message.error.message) : new Error(message.error.message));
      else resolve({ result: message.result!, threadId: message.threadId! });
      void worker.terminate();
    });
    worker.once('error', (err) => {
      settled = true;
      reject(new Error(`The analysis worker failed: ${err.message}`, { cause: err }));
    });
    worker.once('exit', (code) => {
      if (!settled) reject(new Error(`The analysis worker exited with code ${code} before answering.`));
    });
  });
}

function startWorker(workerData: unknown): Worker {
  if (__filename.endsWith('.ts')) {
    const entry = join(__dirname, 'centrality-worker.ts');
    const tsx = require.resolve('tsx/cjs');
    const script = `require(${JSON.stringify(tsx)}); require(${JSON.stringify(entry)});`;
    return new Worker(script, { eval: true, workerData });
  }
  return new Worker(join(__dirname, 'centrality-worker.js'), { workerData });
}
