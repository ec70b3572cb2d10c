/**
 * Worker-thread entry: rebuilds the graph it is sent and computes one
 * centrality measure, so a long computation does not block the server's event
 * loop. Started by `run-in-worker.ts`; receives `{ graph, measure }` as workerData
 * and posts `{ result, threadId }` (or `{ error }`) back.
 */
import { parentPort, threadId, workerData } from 'node:worker_threads';
import { UndirectedGraph } from 'graphology';
import { centrality, type CentralityMeasure } from '../centrality';
import type { GovernmentGraph } from '../types';

const { graph, measure } = workerData as { graph: ReturnType<UndirectedGraph['export']>; measure: CentralityMeasure };
try {
  const g = UndirectedGraph.from(graph, { multi: false, allowSelfLoops: false }) as unknown as GovernmentGraph;
  parentPort!.postMessage({ result: centrality(g, measure), threadId });
} catch (err) {
  const e = err as { message?: string; code?: string };
  parentPort!.postMessage({ error: { message: String(e?.message ?? err), code: e?.code ?? null } });
}
