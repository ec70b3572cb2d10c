/**
 * Thin resolvers over AnalysisService: read the arguments, call the service,
 * shape ids into NetworkNode objects. No graph maths here.
 */
import { Args, Query, Resolver } from 'type-graphql';
import type { AnalysisService } from '../../analysis/analysis-service';
import {
  CentralityArgs,
  ClusteringArgs,
  CommunitiesArgs,
  EgoNetworkArgs,
  FilterArgs,
  ShortestPathArgs,
  TimelineArgs,
} from './analysis.args';
import { ClusteringReportType, NetworkType, NodeScoreType, type NetworkProvinceType } from './network.type';
import type { Positions } from '../../export/layout';
import type { Snapshot } from '../../domain/model';
import {
  AssortativityReportType,
  BridgeType,
  CommunityReportType,
  ComponentType,
  EgoNetworkType,
  LevelAsymmetryReportType,
  PathType,
  TimelineYearType,
} from './structure.type';
import { NetworkNodeType } from './network.type';
import { AnalysisBasisType } from './basis.type';

/** What `network` needs to draw nodes: the layout positions and the governments (the export service gives both). */
export interface NetworkDrawing {
  layoutPositions(): Promise<Positions>;
  snapshot(): Promise<Snapshot>;
}

@Resolver()
export class NetworkResolver {
  constructor(
    private readonly analysis: AnalysisService,
    private readonly drawing?: NetworkDrawing,
  ) {}

  @Query(() => NetworkType, { description: 'The partnership network for a filter, ready to draw (coordinates, layout positions, provinces) or export.' })
  async network(@Args(() => FilterArgs) { filter }: FilterArgs): Promise<NetworkType> {
    const [view, basis, positions, snapshot] = await Promise.all([
      this.analysis.network(filter),
      this.analysis.basis(filter),
      this.drawing?.layoutPositions() ?? null,
      this.drawing?.snapshot() ?? null,
    ]);
    const governments = new Map((snapshot?.governments ?? []).map((g) => [g.id, g]));
    const partners = new Map<string, number>();
    const partnerships = new Map<string, number>();
    for (const e of view.edges)
      for (const id of [e.source, e.target]) {
        partners.set(id, (partners.get(id) ?? 0) + 1);
        partnerships.set(id, (partnerships.get(id) ?? 0) + e.strength);
      }
    const provinceOf = (id: string): NetworkProvinceType | null => {
      const g = governments.get(id);
      if (!g || g.countryCode !== 'ID') return null;
      const province = g.level === 'PROVINCE' ? g : g.parentId ? governments.get(g.parentId) : undefined;
      return province?.level === 'PROVINCE' ? { id: province.id, name: province.name } : null;
    };
    const nodes = view.nodes.map((n) => {
      const g = governments.get(n.id);
      const at = positions?.[n.id];
      return {
        ...n,
        lat: g?.lat ?? null,
        lon: g?.lon ?? null,
        x: at?.x ?? null,
        y: at?.y ?? null,
        province: provinceOf(n.id),
        partnerCount: partners.get(n.id) ?? 0,
        partnershipCount: partnerships.get(n.id) ?? 0,
      };
    });
    return { nodeCount: view.nodes.length, edgeCount: view.edges.length, ...view, nodes, basis };
  }

  @Query(() => AnalysisBasisType, {
    description:
      'What an analysis under `filter` would count, without running it: the release, the filter with its defaults, the partnerships counted and those left out by reason. Ask it next to any `centrality` or `components` call.',
  })
  analysisBasis(@Args(() => FilterArgs) { filter }: FilterArgs): Promise<AnalysisBasisType> {
    return this.analysis.basis(filter);
  }

  @Query(() => [ComponentType], { description: 'Connected components, largest first (networkx connected_components).' })
  components(@Args(() => FilterArgs) { filter }: FilterArgs): Promise<ComponentType[]> {
    return this.analysis.components(filter).then((list) => list.map((c) => ({ index: c.index, size: c.size, members: c.nodes })));
  }

  @Query(() => [NetworkNodeType], {
    description: 'Governments whose removal would split their component: the brokers the network hangs on (networkx articulation_points). Sorted by id.',
  })
  articulationPoints(@Args(() => FilterArgs) { filter }: FilterArgs): Promise<NetworkNodeType[]> {
    return this.analysis.articulationPoints(filter);
  }

  @Query(() => [BridgeType], { description: 'Ties whose removal would split their component (networkx bridges). Sorted by source, then target.' })
  bridges(@Args(() => FilterArgs) { filter }: FilterArgs): Promise<BridgeType[]> {
    return this.analysis.bridges(filter);
  }

  @Query(() => EgoNetworkType, { description: 'A government’s neighbourhood: everyone within `radius` partnership steps, and the ties among them. Unknown id: NOT_FOUND.' })
  egoNetwork(@Args(() => EgoNetworkArgs) { id, radius, filter }: EgoNetworkArgs): Promise<EgoNetworkType> {
    return this.analysis.egoNetwork(id, radius, filter);
  }

  @Query(() => PathType, {
    nullable: true,
    description: 'A shortest chain of partnerships between two governments (unweighted; among equally short chains, the first in id order). Null when no chain exists; an id not in the network is NOT_FOUND.',
  })
  async shortestPath(@Args(() => ShortestPathArgs) { from, to, filter }: ShortestPathArgs): Promise<PathType | null> {
    const nodes = await this.analysis.shortestPath(from, to, filter);
    return nodes === null ? null : { length: nodes.length - 1, nodes };
  }
}

@Resolver()
export class MetricsResolver {
  constructor(private readonly analysis: AnalysisService) {}

  @Query(() => [NodeScoreType], {
    description:
      'Governments ranked by a centrality measure: sorted by score descending, ties by id; without `first` every government of the network is ranked. Unweighted; each measure’s normalisation is in CentralityMeasure.',
  })
  centrality(@Args(() => CentralityArgs) { measure, filter, first, onlyIndonesian }: CentralityArgs): Promise<NodeScoreType[]> {
    return this.analysis.centrality(measure, filter, first, { onlyIndonesian });
  }

  @Query(() => ClusteringReportType, { description: 'Clustering on the two-mode network (Latapy) or a one-mode projection, with both averages.' })
  async clustering(@Args(() => ClusteringArgs) { projection, filter }: ClusteringArgs): Promise<ClusteringReportType> {
    const [report, basis] = await Promise.all([this.analysis.clustering(projection, filter), this.analysis.basis(filter)]);
    return { ...report, basis };
  }

  @Query(() => CommunityReportType, { description: 'Louvain communities for a seed, and their modularity.' })
  async communities(@Args(() => CommunitiesArgs) { filter, seed }: CommunitiesArgs): Promise<CommunityReportType> {
    const [result, basis] = await Promise.all([this.analysis.communities(filter, seed), this.analysis.basis(filter)]);
    return {
      basis,
      seed: result.seed,
      modularity: result.modularity,
      communities: result.communities.map((c) => ({ id: c.id, size: c.members.length, members: c.members.map((id) => result.nodes[id]) })),
    };
  }

  @Query(() => AssortativityReportType, { description: 'Degree assortativity and assortativity by level.' })
  assortativity(@Args(() => FilterArgs) { filter }: FilterArgs): Promise<AssortativityReportType> {
    return this.analysis.assortativity(filter);
  }
}

@Resolver()
export class ChangeResolver {
  constructor(private readonly analysis: AnalysisService) {}

  @Query(() => [TimelineYearType], {
    description: 'For each year from `from` to `to`, the network as of that year (asOf = year; undated partnerships never count): its size and its top governments by a measure.',
  })
  timeline(@Args(() => TimelineArgs) { measure, from, to, first, filter }: TimelineArgs): Promise<TimelineYearType[]> {
    return this.analysis.timeline(measure, from, to, filter, first);
  }

  @Query(() => LevelAsymmetryReportType, { description: 'Partnerships classified by the tiers of government of their parties (city–city, city–province, ...).' })
  async levelAsymmetry(@Args(() => FilterArgs) { filter }: FilterArgs): Promise<LevelAsymmetryReportType> {
    const result = await this.analysis.levelAsymmetry(filter);
    return {
      partnershipCount: result.partnershipCount,
      mixedTierCount: result.mixedTierCount,
      classes: result.classes.map(({ governmentIds, ...c }) => ({ ...c, governments: governmentIds.map((id) => result.nodes[id]) })),
    };
  }
}
