/**
 * The time budget of an analysis, the same for every door (GraphQL fields, /export,
 * /reports): past it the caller gets TIMEOUT instead of a hanging request. The
 * computation itself goes on and its result is cached, so asking again shortly usually
 * answers at once.
 */
import { KotaKembarError } from '../domain/errors';

/** `work`, or a TIMEOUT error naming `what` once `budgetMs` have passed. */
export function withTimeBudget<T>(work: Promise<T>, budgetMs: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const overtime = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new KotaKembarError(
            'TIMEOUT',
            `${what} took longer than ${budgetMs / 1000} s. It goes on in the background and its result is cached: ask again in a minute, or narrow the filter.`,
          ),
        ),
      budgetMs,
    );
  });
  work.catch(() => undefined); // a late failure is nobody's to handle any more
  return Promise.race([work, overtime]).finally(() => clearTimeout(timer));
}
