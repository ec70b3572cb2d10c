/**
 * How a request's time budget reaches the computation it waits for.
 *
 * A door (a GraphQL analysis field, /export, /reports) runs its work inside
 * `withSignal(signal, work)`; every `ResultCache.getOrCompute` started during that work
 * (in the same async call chain: AsyncLocalStorage) registers the request as a waiter
 * of the computation, and a computation hands its own signal to what it starts (pool
 * tasks, nested cached computations). So no service method needs a signal argument,
 * and a computation started by one request is stopped only when every request waiting
 * for it has given up (see result-cache.ts). Decision 30 in docs/decisions.md.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

const current = new AsyncLocalStorage<AbortSignal>();

/** Run `work` with `signal` as the current signal (undefined: no signal, the work is never stopped). */
export function withSignal<T>(signal: AbortSignal | undefined, work: () => T): T {
  return current.run(signal as AbortSignal, work);
}

/** The signal of the request or computation this code runs for, if any. */
export function currentSignal(): AbortSignal | undefined {
  return current.getStore() ?? undefined;
}

/**
 * Give the event loop a turn (pending I/O, timers, other requests) before going on, then throw
 * if `signal` was aborted meanwhile. Long main-thread work at world scale (building a network,
 * ranking 18,000 scores) is cut into steps with this between them.
 */
export async function nextTurn(signal?: AbortSignal): Promise<void> {
  // Two immediates: work that runs in the poll phase (a worker's message, a socket) and awaits one
  // immediate would go on in the check phase of the same loop iteration, before any waiting I/O;
  // the second one lands in the next iteration's check phase, after its poll phase served that I/O.
  await new Promise<void>((resolve) => setImmediate(() => setImmediate(resolve)));
  signal?.throwIfAborted();
}
