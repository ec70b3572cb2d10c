import { ArrayMaxSize, IsOptional, Length, Max, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import type { Confidence, IndonesianLevel, PartnershipStatus, PartnershipType } from '../../domain/model';
import { ConfidenceEnum, IndonesianLevelEnum, PartnershipStatusEnum, PartnershipTypeEnum } from '../enums';
import type { NetworkScope, UndatedPolicy } from '../../analysis/filter';
import { NetworkScopeEnum, UndatedPolicyEnum } from './analysis.enums';

@InputType('NetworkFilter', {
  description:
    'Which partnerships make up the network. Every criterion given must hold (AND); values inside one list are alternatives (OR). Omit the filter for every partnership of MEDIUM or HIGH confidence (see `minConfidence`).',
})
export class NetworkFilterInput {
  @Field(() => Int, {
    nullable: true,
    description:
      'Year: only partnerships signed in or before it and not ended by then (ended in a later year, or not ended). Partnerships with no known signing year are left out unless `undated` is INCLUDE.',
  })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  asOf?: number;

  @Field(() => Int, {
    nullable: true,
    description:
      'Year: only partnerships signed in or after it ("since 2000"); with `asOf`, a window from this year to `asOf`. Partnerships with no known signing year are left out unless `undated` is INCLUDE.',
  })
  @IsOptional()
  @Min(1900)
  @Max(2100)
  signedFrom?: number;

  @Field(() => [PartnershipTypeEnum], { nullable: true, description: 'Any of these agreement types.' })
  @IsOptional()
  @ArrayMaxSize(20)
  agreementTypes?: PartnershipType[];

  @Field(() => [PartnershipStatusEnum], { nullable: true, description: 'Any of these statuses.' })
  @IsOptional()
  @ArrayMaxSize(20)
  statuses?: PartnershipStatus[];

  @Field(() => [String], {
    nullable: true,
    description: 'Partnerships with at least one party in one of these countries (ISO 3166-1 alpha-2, e.g. "JP", "KR"). An unknown code is an error.',
  })
  @IsOptional()
  @ArrayMaxSize(300)
  @Length(2, 2, { each: true })
  countries?: string[];

  @Field(() => [IndonesianLevelEnum], { nullable: true, description: 'Partnerships with at least one Indonesian party of one of these levels.' })
  @IsOptional()
  @ArrayMaxSize(10)
  indonesianLevels?: IndonesianLevel[];

  @Field(() => [ID], {
    nullable: true,
    description: 'Province government ids (e.g. "id-prov-jawa-barat"): partnerships with a party that is the province or lies in it. An unknown id is an error.',
  })
  @IsOptional()
  @ArrayMaxSize(100)
  provinces?: string[];

  @Field(() => [String], { nullable: true, description: 'Partnerships listing at least one of these cooperation field codes (e.g. "education").' })
  @IsOptional()
  @ArrayMaxSize(100)
  fields?: string[];

  @Field(() => ConfidenceEnum, {
    nullable: true,
    description:
      'Only partnerships whose evidence is at least this strong (LOW < MEDIUM < HIGH). Defaults to MEDIUM: LOW rows are leads, never counted unless you ask for them with LOW.',
  })
  @IsOptional()
  minConfidence?: Confidence;

  @Field(() => UndatedPolicyEnum, {
    nullable: true,
    description:
      'With `asOf` or `signedFrom`: EXCLUDE (the default) leaves out partnerships of unknown signing year, INCLUDE keeps them. Without either it changes nothing.',
  })
  @IsOptional()
  undated?: UndatedPolicy;
  @Field(() => NetworkScopeEnum, {
    nullable: true,
    description:
      'INDONESIA (default): the dataset\'s partnerships. WORLD: plus the world layer\'s LOW-confidence ties around them (see NetworkScope); with onlyIndonesian, centrality ranks Indonesian governments among the world\'s.',
  })
  @IsOptional()
  scope?: NetworkScope;
}
