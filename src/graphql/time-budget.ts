/**
 * A per-request time budget for the analysis queries. When an analysis takes longer,
 * the client gets TIMEOUT instead of a hanging request; the computation itself goes
 * on and its result is cached, so asking again shortly usually answers at once.
 * Work that runs on the event loop cannot be interrupted: the budget bites on the
 * asynchronous parts (reading the store, worker threads, year-by-year timelines).
 */
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { KotaKembarError } from '../domain/errors';

/**
 * Wrap the resolvers of the named Query fields so each answers within `budgetMs`, or
 * throws TIMEOUT. Mutates `schema` and returns it.
 */
export function applyTimeBudget(schema: GraphQLSchema, fieldNames: ReadonlySet<string>, budgetMs: number): GraphQLSchema {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const name of fieldNames) {
    const field = fields[name];
    if (!field) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info) => {
      const result = resolve(source, args, context, info);
      if (!(result instanceof Promise)) return result;
      let timer: NodeJS.Timeout | undefined;
      const overtime = new Promise<never>((_, reject) => {
        timer = setTimeout(
          () =>
            reject(
              new KotaKembarError(
                'TIMEOUT',
                `"${name}" took longer than ${budgetMs / 1000} s. It goes on in the background and its result is cached: ask again in a minute, or narrow the filter.`,
              ),
            ),
          budgetMs,
        );
      });
      result.catch(() => undefined); // a late failure is nobody's to handle any more
      return Promise.race([result, overtime]).finally(() => clearTimeout(timer));
    };
  }
  return schema;
}
