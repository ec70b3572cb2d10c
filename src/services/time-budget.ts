/**
 * The time budget of an analysis, the same for every door (GraphQL fields, /export,
 * /reports): past it the caller gets TIMEOUT instead of a hanging request, and the work
 * is stopped. The door's AbortSignal aborts; every computation the request waits for
 * loses it as a waiter (src/analysis/result-cache.ts), and a computation nobody else
 * waits for is stopped: its pool tasks' threads are terminated and it leaves no cache
 * entry. A computation another request still waits for (within its own budget) goes on.
 */
import { withSignal } from '../analysis/cancellation';
import { KotaKembarError } from '../domain/errors';

export interface TimeBudgetOptions {
  /** A signal of the caller's own (the client went away): aborting it stops the work too. */
  signal?: AbortSignal;
  /** A sentence the TIMEOUT message adds, for what this door knows better (e.g. the export layout). */
  hint?: string;
}

/** The TIMEOUT error of work named `what` (e.g. `"centrality"`, `The export "network.gexf"`) past `budgetMs`. */
export function timeoutError(what: string, budgetMs: number, hint?: string): KotaKembarError {
  return new KotaKembarError(
    'TIMEOUT',
    `${what} took longer than ${budgetMs / 1000} s and was stopped. ${hint ? `${hint} ` : ''}Narrow the question and ask again: ` +
      'a smaller scope (INDONESIA rather than WORLD), a year (asOf), fewer countries or a higher minConfidence, ' +
      'or a lighter measure (DEGREE, PAGERANK). Results that finish in time are cached, so repeating a question is quick, ' +
      'and betweenness, closeness and harmonic go on from where they were stopped, so asking again brings them closer.',
  );
}

/**
 * Run `work` under a signal that aborts after `budgetMs` (or with `options.signal`), and
 * answer its result, or reject with TIMEOUT naming `what` as soon as the budget is spent.
 * `work` gets the signal; the services it calls pick it up by themselves (cancellation.ts).
 */
export function withTimeBudget<T>(work: (signal: AbortSignal) => Promise<T>, budgetMs: number, what: string, options: TimeBudgetOptions = {}): Promise<T> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(timeoutError(what, budgetMs, options.hint)), budgetMs);
  const outer = options.signal;
  const onOuterAbort = () => controller.abort(outer!.reason);
  if (outer?.aborted) onOuterAbort();
  else outer?.addEventListener('abort', onOuterAbort, { once: true });
  const stopped = new Promise<never>((_, reject) => {
    if (controller.signal.aborted) reject(controller.signal.reason);
    else controller.signal.addEventListener('abort', () => reject(controller.signal.reason), { once: true });
  });
  stopped.catch(() => undefined);
  let result: Promise<T>;
  try {
    result = withSignal(controller.signal, () => work(controller.signal));
  } catch (error) {
    result = Promise.reject(error);
  }
  result.catch(() => undefined); // a late failure after the budget is nobody's to handle any more
  return Promise.race([result, stopped]).finally(() => {
    clearTimeout(timer);
    outer?.removeEventListener('abort', onOuterAbort);
    // The answer is given: whatever this request still waits for, it waits no more.
    if (!controller.signal.aborted) controller.abort(new Error(`${what} was answered.`));
  });
}
