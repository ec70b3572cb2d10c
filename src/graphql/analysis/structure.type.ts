import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import type { GovernmentLevel } from '../../domain/model';
import { GovernmentLevelEnum } from '../enums';
import { LevelTierEnum } from './analysis.enums';
import type { LevelTier } from '../../analysis/level-asymmetry';
import { NetworkEdgeType, NetworkNodeType, NodeScoreType } from './network.type';
import { AnalysisBasisType } from './basis.type';

@ObjectType('Community', { description: 'A group of governments more densely tied to each other than to the rest (Louvain).' })
export class CommunityType {
  @Field(() => Int, { description: 'Community number: 0 for the largest; ties by smallest member id. Stable for a given seed and dataset.' })
  id!: number;
  @Field(() => Int, { description: 'Number of members.' })
  size!: number;
  @Field(() => [NetworkNodeType], { description: 'Members, sorted by id.' })
  members!: NetworkNodeType[];
}

@ObjectType('CommunityReport', {
  description: 'Louvain communities (graphology-communities-louvain, unweighted, resolution 1) with a seeded random generator: the same seed and data give the same partition.',
})
export class CommunityReportType {
  @Field(() => Int, { description: 'The seed used.' })
  seed!: number;
  @Field(() => Float, {
    nullable: true,
    description: 'Newman modularity of the partition, resolution 1, unweighted (equal to networkx community.modularity). Null when the network has no edges.',
  })
  modularity!: number | null;
  @Field(() => [CommunityType], { description: 'Communities, largest first; every government is in exactly one.' })
  communities!: CommunityType[];
  @Field(() => AnalysisBasisType, { description: 'What this report counted: release, filter defaults, partnerships counted and left out by reason.' })
  basis!: AnalysisBasisType;
}

@ObjectType('NetworkComponent', { description: 'A connected component: governments linked to each other by chains of partnerships.' })
export class ComponentType {
  @Field(() => Int, { description: '0-based position: sorted by size descending, then smallest member id.' })
  index!: number;
  @Field(() => Int, { description: 'Number of governments.' })
  size!: number;
  @Field(() => [NetworkNodeType], { description: 'Members, sorted by id.' })
  members!: NetworkNodeType[];
}

@ObjectType('Bridge', { description: 'A tie whose removal would split its component: no other chain of partnerships backs it up.' })
export class BridgeType {
  @Field(() => NetworkNodeType, { description: 'One end (smaller id).' })
  source!: NetworkNodeType;
  @Field(() => NetworkNodeType, { description: 'The other end.' })
  target!: NetworkNodeType;
  @Field(() => Int, { description: 'Number of agreements on this tie.' })
  strength!: number;
}

@ObjectType('EgoMember', { description: 'A government in an ego network and its distance from the centre.' })
export class EgoMemberType {
  @Field(() => NetworkNodeType, { description: 'The government.' })
  node!: NetworkNodeType;
  @Field(() => Int, { description: 'Number of partnership steps from the centre (0 for the centre).' })
  distance!: number;
}

@ObjectType('EgoNetwork', { description: 'Governments within a number of partnership steps of one government, and every tie among them (networkx ego_graph).' })
export class EgoNetworkType {
  @Field(() => NetworkNodeType, { description: 'The centre.' })
  center!: NetworkNodeType;
  @Field(() => Int, { description: 'The radius, in partnership steps.' })
  radius!: number;
  @Field(() => [EgoMemberType], { description: 'Members, by distance then id, the centre first.' })
  members!: EgoMemberType[];
  @Field(() => [NetworkEdgeType], { description: 'Ties among the members.' })
  edges!: NetworkEdgeType[];
}

@ObjectType('NetworkPath', { description: 'A shortest chain of partnerships between two governments.' })
export class PathType {
  @Field(() => Int, { description: 'Number of partnership steps (ties) on the path.' })
  length!: number;
  @Field(() => [NetworkNodeType], { description: 'Governments along the path, from the start to the end.' })
  nodes!: NetworkNodeType[];
}

@ObjectType('AssortativityCoefficient', { description: 'A correlation between -1 and 1, or null with the reason it is undefined.' })
export class CoefficientType {
  @Field(() => Float, { nullable: true, description: 'The coefficient; null when undefined (no ties, or no variation).' })
  value!: number | null;
  @Field(() => String, { nullable: true, description: 'Why the value is null; null when it is defined.' })
  undefinedReason!: string | null;
}

@ObjectType('AssortativityReport', { description: 'Whether governments partner with governments like themselves. Unweighted.' })
export class AssortativityReportType {
  @Field(() => CoefficientType, {
    description:
      'Degree assortativity (networkx degree_assortativity_coefficient): positive when well-partnered governments partner each other, negative when hubs partner governments with few partners.',
  })
  degree!: CoefficientType;
  @Field(() => CoefficientType, {
    description:
      'Assortativity by level (networkx attribute_assortativity_coefficient on level; Indonesian and foreign governments share level names such as CITY and PROVINCE): 1 when every tie joins equal levels, negative when ties tend to join different levels.',
  })
  level!: CoefficientType;
}

@ObjectType('TimelineYear', { description: 'The network as of one year (NetworkFilter.asOf = year).' })
export class TimelineYearType {
  @Field(() => Int, { description: 'The year.' })
  year!: number;
  @Field(() => Int, { description: 'Governments in the network that year.' })
  nodeCount!: number;
  @Field(() => Int, { description: 'Ties in the network that year.' })
  edgeCount!: number;
  @Field(() => [NodeScoreType], { description: 'The top governments by the measure that year.' })
  top!: NodeScoreType[];
}

@ObjectType('LevelPairCount', { description: 'Number of partnerships between two exact levels.' })
export class LevelPairCountType {
  @Field(() => [GovernmentLevelEnum], { description: 'The two levels, Indonesian party first.' })
  levels!: GovernmentLevel[];
  @Field(() => Int, { description: 'Number of partnerships.' })
  count!: number;
}

@ObjectType('LevelClass', { description: 'Partnerships whose parties fall in the same pair of tiers.' })
export class LevelClassType {
  @Field(() => String, { description: '"<Indonesian tier>_<partner tier>", e.g. CITY_PROVINCE for Bandung–Seoul; MULTILATERAL for agreements with more than two parties.' })
  key!: string;
  @Field(() => LevelTierEnum, { nullable: true, description: 'Tier of the Indonesian party; null for MULTILATERAL.' })
  tier!: LevelTier | null;
  @Field(() => LevelTierEnum, { nullable: true, description: 'Tier of the partner; null for MULTILATERAL.' })
  partnerTier!: LevelTier | null;
  @Field(() => Boolean, { nullable: true, description: 'Whether both parties are in the same tier; null for MULTILATERAL.' })
  sameTier!: boolean | null;
  @Field(() => Int, { description: 'Number of partnerships in the class.' })
  partnershipCount!: number;
  @Field(() => [ID], { description: 'Ids of those partnerships, sorted.' })
  partnershipIds!: string[];
  @Field(() => [NetworkNodeType], { description: 'Governments involved, sorted by id.' })
  governments!: NetworkNodeType[];
  @Field(() => [LevelPairCountType], { description: 'Breakdown by exact levels, most frequent first.' })
  levelPairs!: LevelPairCountType[];
}

@ObjectType('LevelAsymmetryReport', {
  description:
    'Partnerships classified by the tiers of government of their parties. Different tiers have different powers and budgets, which sources name as an obstacle (Bandung, a city, with Seoul, a special city of provincial rank).',
})
export class LevelAsymmetryReportType {
  @Field(() => Int, { description: 'Matching partnerships classified.' })
  partnershipCount!: number;
  @Field(() => Int, { description: 'Two-party partnerships whose parties are in different tiers.' })
  mixedTierCount!: number;
  @Field(() => [LevelClassType], { description: 'Classes, most partnerships first.' })
  classes!: LevelClassType[];
}
