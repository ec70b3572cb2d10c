import { Field, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { Confidence, PartnershipType } from '../../domain/model';
import type { Coverage, DatasetStats } from '../../seed/dataset-stats';
import type { DatasetStatsService } from '../../services/dataset-stats-service';
import { ConfidenceEnum, PartnershipTypeEnum } from '../enums';

@ObjectType('CoverageBasis', { description: 'Which partnerships a coverage figure counts.' })
class CoverageBasisType {
  @Field({ description: 'Stable key: ALL_TYPES, EXCLUDING_OTHER or EXCLUDING_OTHER_AND_LOW.' })
  key!: string;
  @Field({ description: 'The counting rule in words.' })
  description!: string;
  @Field(() => [PartnershipTypeEnum], { description: 'Partnership types counted.' })
  countedTypes!: PartnershipType[];
  @Field(() => ConfidenceEnum, { description: 'Lowest confidence counted.' })
  minConfidence!: Confidence;
}

@ObjectType('Coverage', {
  description: 'How many Indonesian governments have at least one partnership, by level, under one counting rule.',
})
class CoverageType {
  @Field(() => CoverageBasisType, { description: 'The counting rule: which types and confidences count.' })
  basis!: CoverageBasisType;
  @Field(() => Int, { description: 'Kota (cities) with at least one counted partnership.' })
  cities!: number;
  @Field(() => Int, { description: 'Kabupaten (regencies) with at least one counted partnership.' })
  regencies!: number;
  @Field(() => Int, { description: 'Provinces (incl. DKI Jakarta, DI Yogyakarta) with at least one counted partnership.' })
  provinces!: number;
  @Field(() => Int, { description: 'The Nusantara Capital Authority, 1 when it has a counted partnership.' })
  capitalAuthorities!: number;
  @Field(() => Int, { description: 'Sum of the levels above.' })
  total!: number;
}

@ObjectType('KeyCount', { description: 'A count for one key of a breakdown.' })
class KeyCountType {
  @Field(() => String, {
    nullable: true,
    description: 'The key: a country code, a type, a status, a confidence, or a decade start year; null for "no year known".',
  })
  key!: string | null;
  @Field(() => Int, { description: 'Number of partnerships with this key.' })
  count!: number;
}

@ObjectType('DatasetRelease', {
  description:
    'A dataset release: the seed as published on one date, named by its content (same files, same id). Quote it with every figure: the id, the licence and the attribution.',
})
class DatasetReleaseType {
  @Field(() => String, { description: 'Release id, "YYYY.MM.DD-<first 8 hex of the SHA-256 of the seed files>" (e.g. "2026.11.29-ab12cd34"); "unreleased-<8 hex>" for a seed with no entry in seed/RELEASES.md.' })
  id!: string;
  @Field(() => String, { nullable: true, description: 'Release date (ISO, YYYY-MM-DD); null for an unreleased seed.' })
  date!: string | null;
  @Field(() => Int, { description: 'Edits made through the API (audited writes) since the store was loaded from this release: figures include them on top of the release.' })
  editsSinceRelease!: number;
  @Field(() => String, { description: 'The dataset licence (ODbL 1.0, contents DbCL 1.0).' })
  license!: string;
  @Field(() => String, { description: 'The attribution the reference datasets require, in one line (the same text every export and report carries).' })
  attribution!: string;
  @Field(() => String, { description: 'How to cite this release.' })
  citation!: string;
}

@ObjectType('CitationCoverage', {
  description:
    "How complete the sources' citations are. A title is either the page's own or, for a page found without a title of its own, a description supplied in square brackets (Source.titleSupplied); the two are counted apart.",
})
class CitationCoverageType {
  @Field(() => Int, { description: 'All sources, web pages and documents.' })
  sources!: number;
  @Field(() => Int, { description: 'Sources with a title (their own or a supplied description) and a publisher: withPageTitleAndPublisher + withSuppliedTitleAndPublisher.' })
  withTitleAndPublisher!: number;
  @Field(() => Int, { description: "Sources with the page's (or document's) own title and a publisher." })
  withPageTitleAndPublisher!: number;
  @Field(() => Int, { description: 'Sources with a supplied description as title (the page was found but has no title of its own) and a publisher.' })
  withSuppliedTitleAndPublisher!: number;
  @Field(() => Int, { description: "Sources whose title is the page's (or document's) own." })
  withPageTitle!: number;
  @Field(() => Int, { description: 'Sources whose title is a supplied description in square brackets.' })
  withSuppliedTitle!: number;
  @Field(() => Int, { description: "Sources with no title: the page's stored copy was not found, or not found again to describe it (its check note says what was searched)." })
  withoutTitle!: number;
  @Field(() => Int, { description: 'Sources with a publisher.' })
  withPublisher!: number;
  @Field(() => Int, { description: 'Sources with the date their citation was last checked.' })
  withCheckedDate!: number;
  @Field(() => Int, { description: 'Sources with a language tag.' })
  withLanguage!: number;
  @Field(() => Int, { description: 'Sources with the publication date the page gives.' })
  withPublishedDate!: number;
}

@ObjectType('DatasetStats', {
  description:
    "The dataset's size and coverage, for frontends to show next to any figure. Research counts 47 city and 16 province governments with foreign partnerships; these are the counts this dataset can source.",
})
class DatasetStatsType {
  @Field(() => Int, { description: 'Governments in the dataset (Indonesian and foreign, incl. provinces that are only context).' })
  governmentCount!: number;
  @Field(() => Int, { description: 'Indonesian governments in the dataset, with or without partnerships.' })
  indonesianGovernmentCount!: number;
  @Field(() => Int, { description: 'Partnerships.' })
  partnershipCount!: number;
  @Field(() => Int, { description: 'Programs under partnerships.' })
  programCount!: number;
  @Field(() => Int, { description: 'Distinct sources cited.' })
  sourceCount!: number;
  @Field(() => Int, { description: 'Countries with a government in the dataset.' })
  countryCount!: number;
  @Field(() => [CoverageType], {
    description: 'Indonesian governments with partners, by level, under each counting rule (all types; excluding OTHER; excluding OTHER and LOW confidence).',
  })
  coverage!: CoverageType[];
  @Field(() => [KeyCountType], { description: 'Partnerships per foreign partner country (ISO alpha-2), most first.' })
  partnershipsByCountry!: KeyCountType[];
  @Field(() => [KeyCountType], { description: 'Partnerships per agreement type.' })
  partnershipsByType!: KeyCountType[];
  @Field(() => [KeyCountType], { description: 'Partnerships per status.' })
  partnershipsByStatus!: KeyCountType[];
  @Field(() => [KeyCountType], { description: 'Partnerships per decade signed (key "1990" = 1990–1999; null = year unknown).' })
  partnershipsByDecade!: KeyCountType[];
  @Field(() => [KeyCountType], { description: 'Partnerships per confidence grade.' })
  partnershipsByConfidence!: KeyCountType[];
  @Field(() => CitationCoverageType, { description: "How complete the sources' citations are: titles from the page and supplied descriptions counted apart, publishers, dates." })
  citations!: CitationCoverageType;
  @Field(() => DatasetReleaseType, { nullable: true, description: 'The dataset release the store was loaded from; null when the store holds no release record (filled through the API only).' })
  release!: DatasetReleaseType | null;
}

function toCoverage(c: Coverage): CoverageType {
  return {
    basis: c.basis as CoverageBasisType,
    cities: c.byLevel.CITY,
    regencies: c.byLevel.REGENCY,
    provinces: c.byLevel.PROVINCE,
    capitalAuthorities: c.byLevel.CAPITAL_AUTHORITY,
    total: c.total,
  };
}

const keyed = (list: { key: unknown; count: number }[]): KeyCountType[] =>
  list.map((c) => ({ key: c.key === null ? null : String(c.key), count: c.count }));

@Resolver()
export class DatasetStatsResolver {
  constructor(private readonly service: DatasetStatsService) {}

  @Query(() => DatasetStatsType, { description: 'Size and coverage of the dataset, with the counting rule of each figure.' })
  async datasetStats(): Promise<DatasetStatsType> {
    const [s, release]: [DatasetStats, DatasetReleaseType | null] = await Promise.all([this.service.stats(), this.service.release()]);
    return {
      release,
      ...s,
      coverage: s.coverage.map(toCoverage),
      partnershipsByCountry: keyed(s.partnershipsByCountry),
      partnershipsByType: keyed(s.partnershipsByType),
      partnershipsByStatus: keyed(s.partnershipsByStatus),
      partnershipsByDecade: keyed(s.partnershipsByDecade),
      partnershipsByConfidence: keyed(s.partnershipsByConfidence),
    };
  }
}
