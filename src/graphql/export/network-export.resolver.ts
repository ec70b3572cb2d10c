/**
 * `networkExport(filter)`: the JSON export (graphology's serialised graph) as a
 * GraphQL field, for frontends that want the network ready to draw in one call.
 */
import { GraphQLJSONObject } from 'graphql-scalars';
import { Args, Query, Resolver } from 'type-graphql';
import type { ExportService } from '../../export/export-service';
import { FilterArgs } from '../analysis/analysis.args';

@Resolver()
export class NetworkExportResolver {
  constructor(private readonly exports: ExportService) {}

  @Query(() => GraphQLJSONObject, {
    description:
      'The filtered partnership network as a graphology serialised graph ({ options, attributes, nodes: [{ key, attributes }], edges: [{ key, source, target, undirected, attributes }] }), the same as GET /export/network.json; `Graph.from(value)` rebuilds it. Node attributes: name, level, localType, countryCode, country, provinceId, province, lat, lon, isIndonesian, degree, betweenness, closeness, harmonic, pagerank, eigenvector, community, x, y (ForceAtlas2, seeded), size, color. Edge attributes: strength, types, years, firstYear, partnershipIds, sourceCount.',
  })
  async networkExport(@Args(() => FilterArgs) { filter }: FilterArgs): Promise<Record<string, unknown>> {
    const graph = await this.exports.exportGraph(filter);
    return graph.export() as unknown as Record<string, unknown>;
  }
}
