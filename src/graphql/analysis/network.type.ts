import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { GovernmentLevel, PartnershipType } from '../../domain/model';
import { GovernmentLevelEnum, PartnershipTypeEnum } from '../enums';
import { NetworkLayerEnum, ProjectionEnum } from './analysis.enums';
import type { ClusteringProjection } from '../../analysis/analysis-service';
import { AnalysisBasisType } from './basis.type';

@ObjectType('NetworkNode', { description: 'A government as it appears in a network analysis.' })
export class NetworkNodeType {
  @Field(() => ID, { description: 'Stable government id, e.g. "id-kota-bandung".' })
  id!: string;
  @Field(() => String, { description: 'Name of the government.' })
  name!: string;
  @Field(() => GovernmentLevelEnum, { description: 'Level of the government.' })
  level!: GovernmentLevel;
  @Field(() => String, { description: 'ISO 3166-1 alpha-2 country code.' })
  countryCode!: string;
  @Field(() => ID, { nullable: true, description: 'Id of the containing government (a city’s province), if known. Containment is context, never a network edge.' })
  parentId!: string | null;
  @Field(() => Boolean, { description: 'Whether the government (or world place) is in Indonesia.' })
  isIndonesian!: boolean;
  @Field(() => NetworkLayerEnum, {
    description: 'DATASET for a government of the dataset; WORLD for a place of the world layer that matches none (scope WORLD only; its level is OTHER).',
  })
  layer!: 'DATASET' | 'WORLD';
}

@ObjectType('NetworkProvince', { description: 'The Indonesian province a government lies in.' })
export class NetworkProvinceType {
  @Field(() => ID, { description: 'Id of the province government, e.g. "id-prov-jawa-barat".' })
  id!: string;
  @Field(() => String, { description: 'Name of the province, e.g. "Jawa Barat".' })
  name!: string;
}

@ObjectType('NetworkMapNode', {
  description:
    'A government of the `network`, with what a drawing needs: coordinates, layout position, province and the cheap scores of the filtered network (no untyped JSON needed).',
})
export class NetworkMapNodeType extends NetworkNodeType {
  @Field(() => Float, { nullable: true, description: 'Latitude in degrees (WGS 84); null when the dataset has no coordinates for it.' })
  lat!: number | null;
  @Field(() => Float, { nullable: true, description: 'Longitude in degrees (WGS 84); null when the dataset has no coordinates for it.' })
  lon!: number | null;
  @Field(() => Float, {
    nullable: true,
    description:
      'Horizontal position in the ForceAtlas2 layout of the whole Indonesian network (seeded, one per data version, the same as the exports: a government keeps its place as filters change); null when it is not in that network.',
  })
  x!: number | null;
  @Field(() => Float, { nullable: true, description: 'Vertical position in the same layout as `x`; null when `x` is.' })
  y!: number | null;
  @Field(() => NetworkProvinceType, {
    nullable: true,
    description: 'The Indonesian province it lies in (itself for a province); null for foreign governments and the capital authority.',
  })
  province!: NetworkProvinceType | null;
  @Field(() => Int, { description: 'Partners in this filtered network (its degree): cheap, computed from the edges. For other measures use `centrality`.' })
  partnerCount!: number;
  @Field(() => Int, { description: 'Matching partnerships it is party to in this network: the sum of `strength` over its edges.' })
  partnershipCount!: number;
}

@ObjectType('NetworkEdge', { description: 'A tie between two governments: all their matching partnerships merged into one undirected edge.' })
export class NetworkEdgeType {
  @Field(() => ID, { description: 'Id of one government (the smaller id of the pair).' })
  source!: string;
  @Field(() => ID, { description: 'Id of the other government.' })
  target!: string;
  @Field(() => Int, { description: 'Number of matching partnerships between the pair (a three-party agreement counts once for each pair of its parties). Metrics ignore it unless they say otherwise.' })
  strength!: number;
  @Field(() => [PartnershipTypeEnum], { description: 'Agreement types between the pair, without repeats.' })
  types!: PartnershipType[];
  @Field(() => [Int], { description: 'Known signing years of those agreements, ascending, without repeats.' })
  years!: number[];
}

@ObjectType('Network', {
  description:
    'The partnership network: governments party to at least one matching partnership, one edge per pair that shares one. An agreement with more than two parties links every pair of them. Containment (a city in its province) is never an edge.',
})
export class NetworkType {
  @Field(() => Int, { description: 'Number of governments.' })
  nodeCount!: number;
  @Field(() => Int, { description: 'Number of edges (pairs of governments with at least one matching partnership).' })
  edgeCount!: number;
  @Field(() => [NetworkMapNodeType], { description: 'Governments, sorted by id, with coordinates, layout position, province and partner counts.' })
  nodes!: NetworkMapNodeType[];
  @Field(() => [NetworkEdgeType], { description: 'Edges, sorted by source then target.' })
  edges!: NetworkEdgeType[];
  @Field(() => AnalysisBasisType, { description: 'What this network counted: release, filter defaults, partnerships counted and left out by reason.' })
  basis!: AnalysisBasisType;
}

@ObjectType('EigenvectorComponent', { description: 'The connected component an eigenvector score was computed in.' })
export class EigenvectorComponentType {
  @Field(() => Int, { description: 'Component index as in `components` (0 = largest; ties by smallest member id).' })
  index!: number;
  @Field(() => Int, { description: 'Number of governments in the component.' })
  size!: number;
  @Field(() => Boolean, {
    description: 'Whether this is the dominant component (largest leading eigenvalue), the one networkx’s whole-network eigenvector centrality would be concentrated on.',
  })
  dominant!: boolean;
}

@ObjectType('NodeScore', { description: 'A government’s score on a measure and its place in the ranking.' })
export class NodeScoreType {
  @Field(() => NetworkNodeType, { description: 'The government.' })
  node!: NetworkNodeType;
  @Field(() => Float, { description: 'The score, in the convention of the measure (see CentralityMeasure).' })
  score!: number;
  @Field(() => Int, {
    description:
      'Competition rank ("1224"): 1 for the highest score; governments with equal scores (compared to 12 significant digits) share a rank and are listed by id; the next rank skips.',
  })
  rank!: number;
  @Field(() => EigenvectorComponentType, { nullable: true, description: 'EIGENVECTOR only: the component the score belongs to. Null for other measures.' })
  component?: EigenvectorComponentType;
}

@ObjectType('NodeCoefficient', { description: 'A government’s local clustering coefficient.' })
export class NodeCoefficientType {
  @Field(() => NetworkNodeType, { description: 'The government.' })
  node!: NetworkNodeType;
  @Field(() => Float, { description: 'Local clustering coefficient, 0 to 1; 0 for governments with fewer than two ties (or no government at distance 2, on TWO_MODE).' })
  coefficient!: number;
}

@ObjectType('ClusteringReport', { description: 'How much governments’ partners are partnered with each other, on one network (see Projection). Unweighted.' })
export class ClusteringReportType {
  @Field(() => ProjectionEnum, { description: 'The network measured.' })
  projection!: ClusteringProjection;
  @Field(() => Float, {
    nullable: true,
    description: 'Mean local coefficient over every government, zeros included (networkx average_clustering, count_zeros=True). Null when the network is empty.',
  })
  averageWithZeros!: number | null;
  @Field(() => Float, {
    nullable: true,
    description: 'Mean local coefficient over governments whose coefficient is not 0 (networkx count_zeros=False). Null when no government has a non-zero coefficient.',
  })
  averageWithoutZeros!: number | null;
  @Field(() => Float, {
    description:
      'Share of two-step paths that close into triangles (networkx transitivity); on TWO_MODE, the Robins–Alexander coefficient, 4 × 4-cycles / 3-paths (networkx bipartite.robins_alexander_clustering). 0 when nothing can close.',
  })
  transitivity!: number;
  @Field(() => [NodeCoefficientType], { description: 'Every government’s local coefficient, sorted by id.' })
  nodes!: NodeCoefficientType[];
  @Field(() => AnalysisBasisType, { description: 'What this report counted: release, filter defaults, partnerships counted and left out by reason.' })
  basis!: AnalysisBasisType;
}
