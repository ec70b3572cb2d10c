import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import type {
  Confidence,
  GovernmentLevel,
  PartnershipStatus,
  PartnershipType as PartnershipTypeValue,
} from '../../domain/model';
import type { GovernmentSortField, PartnershipSortField, SortDirection } from '../../store/store';
import {
  ConfidenceEnum,
  GovernmentLevelEnum,
  GovernmentSortFieldEnum,
  PartnershipSortFieldEnum,
  PartnershipStatusEnum,
  PartnershipTypeEnum,
  SortDirectionEnum,
} from '../enums';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../../services/pagination';

@InputType('GovernmentWhere', { description: 'Filters for governments; all given conditions must hold.' })
export class GovernmentWhereInput {
  @Field(() => String, {
    nullable: true,
    description: 'Part of the name or an alias, case- and accent-insensitive ("seoul" finds "Séoul" and "SEOUL").',
  })
  nameContains?: string;

  @Field(() => [GovernmentLevelEnum], { nullable: true, description: 'Any of these levels.' })
  levels?: GovernmentLevel[];

  @Field(() => [String], { nullable: true, description: 'Any of these countries (ISO 3166-1 alpha-2, e.g. "ID", "KR").' })
  countryCodes?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'A province government id (e.g. "id-prov-jawa-barat"): the province itself and the cities and regencies in it.',
  })
  provinceId?: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'true: only governments party to at least one partnership; false: only those with none.',
  })
  hasPartnerships?: boolean;
}

@InputType('GovernmentSort', { description: 'Sort order for governments.' })
export class GovernmentSortInput {
  @Field(() => GovernmentSortFieldEnum, { description: 'What to sort by.' })
  field!: GovernmentSortField;

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC', description: 'Direction; ascending by default.' })
  direction!: SortDirection;
}

@ArgsType()
export class GovernmentsArgs {
  @Field(() => GovernmentWhereInput, { nullable: true, description: 'Filters; omit for every government.' })
  where?: GovernmentWhereInput;

  @Field(() => GovernmentSortInput, { nullable: true, description: 'Sort order; by name ascending when omitted.' })
  sort?: GovernmentSortInput;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Page size, 0 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} by default.`,
  })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an endCursor from a previous page).' })
  after?: string;
}

@InputType('PartnershipWhere', { description: 'Filters for partnerships; all given conditions must hold.' })
export class PartnershipWhereInput {
  @Field(() => String, {
    nullable: true,
    description: "Part of any party's name or alias, case- and accent-insensitive.",
  })
  nameContains?: string;

  @Field(() => [PartnershipTypeEnum], { nullable: true, description: 'Any of these agreement types.' })
  types?: PartnershipTypeValue[];

  @Field(() => [PartnershipStatusEnum], { nullable: true, description: 'Any of these statuses.' })
  statuses?: PartnershipStatus[];

  @Field(() => [String], { nullable: true, description: 'At least one party in one of these countries (ISO 3166-1 alpha-2).' })
  countryCodes?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'A province government id: an Indonesian party that is this province or lies in it.',
  })
  provinceId?: string;

  @Field(() => ID, { nullable: true, description: 'A government id that must be a party.' })
  partyId?: string;

  @Field(() => [GovernmentLevelEnum], {
    nullable: true,
    description: 'At least one party at one of these levels of government (e.g. [PROVINCE] for ties of provinces, [CITY] for ties of cities).',
  })
  levels?: GovernmentLevel[];

  @Field(() => Int, { nullable: true, description: 'Signed in or after this year (partnerships with no known year are excluded).' })
  signedYearFrom?: number;

  @Field(() => Int, { nullable: true, description: 'Signed in or before this year (partnerships with no known year are excluded).' })
  signedYearTo?: number;

  @Field(() => ConfidenceEnum, { nullable: true, description: 'At least this confidence (LOW < MEDIUM < HIGH).' })
  minConfidence?: Confidence;
}

@InputType('PartnershipSort', { description: 'Sort order for partnerships.' })
export class PartnershipSortInput {
  @Field(() => PartnershipSortFieldEnum, { description: 'What to sort by.' })
  field!: PartnershipSortField;

  @Field(() => SortDirectionEnum, { defaultValue: 'ASC', description: 'Direction; ascending by default.' })
  direction!: SortDirection;
}

@ArgsType()
export class PartnershipsArgs {
  @Field(() => PartnershipWhereInput, { nullable: true, description: 'Filters; omit for every partnership.' })
  where?: PartnershipWhereInput;

  @Field(() => PartnershipSortInput, {
    nullable: true,
    description: 'Sort order; by signed year ascending (unknown years last) when omitted.',
  })
  sort?: PartnershipSortInput;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Page size, 0 to ${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} by default.`,
  })
  first?: number;

  @Field(() => String, { nullable: true, description: 'Return the items after this cursor (an endCursor from a previous page).' })
  after?: string;
}
