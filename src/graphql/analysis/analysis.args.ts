import { IsOptional, Max, Min } from 'class-validator';
import { ArgsType, Field, ID, Int } from 'type-graphql';
import type { CentralityMeasure } from '../../analysis/centrality';
import type { ClusteringProjection } from '../../analysis/analysis-service';
import { CentralityMeasureEnum, ProjectionEnum } from './analysis.enums';
import { NetworkFilterInput } from './network-filter.input';

/** Radius limit: a few steps already reach most of a small-world network. */
export const MAX_EGO_RADIUS = 6;

@ArgsType()
export class FilterArgs {
  @Field(() => NetworkFilterInput, { nullable: true, description: 'Which partnerships make up the network; omit for all of them.' })
  @IsOptional()
  filter?: NetworkFilterInput;
}

@ArgsType()
export class CentralityArgs extends FilterArgs {
  @Field(() => CentralityMeasureEnum, { description: 'The measure (see CentralityMeasure for each convention).' })
  measure!: CentralityMeasure;

  @Field(() => Int, { nullable: true, description: 'Only the top N governments; omit to rank every government in the network.' })
  @IsOptional()
  @Min(1)
  first?: number;

  @Field(() => Boolean, {
    defaultValue: false,
    description: 'List and rank only Indonesian governments. Scores are still computed on the whole network, foreign partners included. Defaults to false.',
  })
  onlyIndonesian!: boolean;
}

@ArgsType()
export class ClusteringArgs extends FilterArgs {
  @Field(() => ProjectionEnum, { description: 'Which network to measure: the two-mode network or a one-mode projection.' })
  projection!: ClusteringProjection;
}

@ArgsType()
export class CommunitiesArgs extends FilterArgs {
  @Field(() => Int, { nullable: true, defaultValue: 42, description: 'Seed of the random generator; the same seed and data always give the same communities. Defaults to 42.' })
  @IsOptional()
  @Min(0)
  @Max(2_147_483_647)
  seed?: number;
}

@ArgsType()
export class EgoNetworkArgs extends FilterArgs {
  @Field(() => ID, { description: 'Id of the government at the centre; it must be in the filtered network.' })
  id!: string;

  @Field(() => Int, { defaultValue: 1, description: `Number of partnership steps, 0 to ${MAX_EGO_RADIUS}. Defaults to 1 (direct partners).` })
  @Min(0)
  @Max(MAX_EGO_RADIUS)
  radius!: number;
}

@ArgsType()
export class ShortestPathArgs extends FilterArgs {
  @Field(() => ID, { description: 'Id of the starting government; it must be in the filtered network.' })
  from!: string;

  @Field(() => ID, { description: 'Id of the destination government; it must be in the filtered network.' })
  to!: string;
}

@ArgsType()
export class TimelineArgs extends FilterArgs {
  @Field(() => CentralityMeasureEnum, { description: 'The measure ranking the top governments each year.' })
  measure!: CentralityMeasure;

  @Field(() => Int, { description: 'First year (inclusive).' })
  @Min(1900)
  @Max(2100)
  from!: number;

  @Field(() => Int, { description: 'Last year (inclusive); at most 200 years after `from`.' })
  @Min(1900)
  @Max(2100)
  to!: number;

  @Field(() => Int, { defaultValue: 10, description: 'How many top governments per year, 1 to 100. Defaults to 10.' })
  @Min(1)
  @Max(100)
  first!: number;
}
