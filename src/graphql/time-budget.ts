/**
 * A per-request time budget for the analysis queries. When an analysis takes longer,
 * the client gets TIMEOUT instead of a hanging request, and the work is stopped (see
 * src/services/time-budget.ts): the resolver runs under the budget's AbortSignal, which
 * the analysis services pick up (src/analysis/cancellation.ts) and pass to the worker
 * pool. A computation another request still waits for goes on for that request.
 */
import { defaultFieldResolver, type GraphQLSchema } from 'graphql';
import { withTimeBudget } from '../services/time-budget';

/**
 * Wrap the resolvers of the named Query fields so each answers within `budgetMs`, or
 * throws TIMEOUT and stops its work. Mutates `schema` and returns it.
 */
export function applyTimeBudget(schema: GraphQLSchema, fieldNames: ReadonlySet<string>, budgetMs: number): GraphQLSchema {
  const fields = schema.getQueryType()?.getFields() ?? {};
  for (const name of fieldNames) {
    const field = fields[name];
    if (!field) continue;
    const resolve = field.resolve ?? defaultFieldResolver;
    field.resolve = (source, args, context, info) => withTimeBudget(async () => resolve(source, args, context, info), budgetMs, `"${name}"`);
  }
  return schema;
}
