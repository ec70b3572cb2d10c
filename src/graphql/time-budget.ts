/**
 * A per-request time budget for the analysis queries. When an analysis takes longer,
 * the client gets TIMEOUT instead of a hanging request; the computation itself goes
 * on and its result is cached, so asking again shortly usually answers at once.
 * Work that runs on the event loop cannot be interrupted: the budget bites on the
 * asynchronous parts (reading the store, worker threads, year-by-year timelines).
 */
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { withTimeBudget } from '../services/time-budget';

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
      return withTimeBudget(result, budgetMs, `"${name}"`);
    };
  }
  return schema;
}
