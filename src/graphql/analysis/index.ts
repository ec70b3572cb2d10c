/**
 * The analysis part of the GraphQL schema. Wire it in the schema builder:
 *
 * @example
 * const instances = new Map(createAnalysisResolverInstances(new AnalysisService(store)));
 * buildSchema({ resolvers: [...others, ...analysisResolvers], container: { get: (cls) => instances.get(cls) }, validate: true });
 */
import type { AnalysisService } from '../../analysis/analysis-service';
import type { ResolverClass } from '../extra-resolvers';
import { ChangeResolver, MetricsResolver, NetworkResolver, type NetworkDrawing } from './analysis.resolver';

export const analysisResolvers = [NetworkResolver, MetricsResolver, ChangeResolver] as const;

/** One instance of each analysis resolver class, for a container's `get(cls)`. */
export function createAnalysisResolverInstances(analysis: AnalysisService, drawing?: NetworkDrawing): Array<[ResolverClass, unknown]> {
  return [
    [NetworkResolver, new NetworkResolver(analysis, drawing)],
    [MetricsResolver, new MetricsResolver(analysis)],
    [ChangeResolver, new ChangeResolver(analysis)],
  ];
}

export { NetworkFilterInput } from './network-filter.input';
