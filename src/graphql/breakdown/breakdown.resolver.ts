/**
 * `breakdown(by, filter)`: partnerships counted by country, decade, year, type,
 * field, province or level, with the governments behind each count.
 */
import { AnalysisBasisType } from '../analysis/basis.type';
import { Args, ArgsType, Field, ID, Int, ObjectType, Query, Resolver, registerEnumType } from 'type-graphql';
import { BREAKDOWN_DIMENSIONS, type BreakdownDimension } from '../../analysis/breakdown';
import type { BreakdownService, ResolvedBreakdown } from '../../services/breakdown-service';
import { FilterArgs } from '../analysis/analysis.args';
import { NetworkNodeType } from '../analysis/network.type';

export const BreakdownDimensionEnum = Object.fromEntries(BREAKDOWN_DIMENSIONS.map((v) => [v, v])) as { [K in BreakdownDimension]: K };
registerEnumType(BreakdownDimensionEnum, {
  name: 'BreakdownDimension',
  description: 'What to count partnerships by.',
  valuesConfig: {
    PARTNER_COUNTRY: { description: 'Country of each foreign party (key: ISO 3166-1 alpha-2). A partnership with parties in two countries counts for both.' },
    DECADE_SIGNED: { description: 'Decade of signing (key "1990s"); "unknown" when no source gives the year. Buckets in time order.' },
    YEAR_SIGNED: { description: 'Year of signing (key "1997"); "unknown" when no source gives it. Buckets in time order.' },
    AGREEMENT_TYPE: { description: 'Agreement type (key: the PartnershipType value).' },
    FIELD: { description: 'Each field of cooperation listed (key: field code; "none" when none is recorded). A partnership counts once per field.' },
    PROVINCE: { description: 'Province of each Indonesian party (key: province government id; the party itself when it is a province; "unknown" when not known).' },
    INDONESIAN_LEVEL: { description: 'Level of each Indonesian party (key: PROVINCE, CITY, REGENCY, ...).' },
  },
});

@ObjectType('BreakdownBucket', { description: 'One bar of a breakdown chart.' })
export class BreakdownBucketType {
  @Field(() => String, { description: 'Stable key of the bucket (country code, "1990s", year, type, field code, province id, level or "unknown").' })
  key!: string;
  @Field(() => String, { description: 'Label to show (country name, field label, province name, ...).' })
  label!: string;
  @Field(() => String, { description: 'Label in English, with enum keys worded ("Sister city", "Regency").' })
  labelEn!: string;
  @Field(() => String, { description: 'Label in Bahasa Indonesia ("Kota kembar", "Kabupaten", "Jepang").' })
  labelId!: string;
  @Field(() => Int, { description: 'Number of matching partnerships in the bucket.' })
  partnershipCount!: number;
  @Field(() => [ID], { description: 'Ids of those partnerships, sorted.' })
  partnershipIds!: string[];
  @Field(() => [NetworkNodeType], {
    description: 'The governments that put the partnerships in this bucket (the foreign parties for PARTNER_COUNTRY, the Indonesian ones for PROVINCE and INDONESIAN_LEVEL, every party otherwise), by name.',
  })
  governments!: NetworkNodeType[];
  @Field(() => [NetworkNodeType], { description: 'The other parties of those partnerships (e.g. the Indonesian partners of a country), by name.' })
  partners!: NetworkNodeType[];
}

@ObjectType('Breakdown', { description: 'Matching partnerships counted by one dimension, for charts.' })
export class BreakdownType {
  @Field(() => BreakdownDimensionEnum, { description: 'The dimension counted by.' })
  dimension!: BreakdownDimension;
  @Field(() => Int, { description: 'Data version the counts were computed at.' })
  dataVersion!: number;
  @Field(() => Int, { description: 'Matching partnerships, each counted once. Buckets may add up to more (see BreakdownDimension).' })
  partnershipCount!: number;
  @Field(() => [BreakdownBucketType], { description: 'Buckets by partnership count descending then key; in time order for DECADE_SIGNED and YEAR_SIGNED.' })
  buckets!: BreakdownBucketType[];
  @Field(() => AnalysisBasisType, { description: 'What this breakdown counted: release, filter defaults, partnerships counted and left out by reason.' })
  basis!: AnalysisBasisType;
}

@ArgsType()
export class BreakdownArgs extends FilterArgs {
  @Field(() => BreakdownDimensionEnum, { description: 'What to count by.' })
  by!: BreakdownDimension;
}

@Resolver()
export class BreakdownResolver {
  constructor(private readonly breakdowns: BreakdownService) {}

  @Query(() => BreakdownType, { description: 'Partnerships matching the filter, counted by country, decade, year, type, field, province or level, with the governments behind each count.' })
  breakdown(@Args(() => BreakdownArgs) { by, filter }: BreakdownArgs): Promise<ResolvedBreakdown> {
    return this.breakdowns.breakdown(by, filter);
  }
}
