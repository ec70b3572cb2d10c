/** Inputs of the editing mutations; the store's write rules check them in full. */
import { ArrayMaxSize, Max, MaxLength, Min } from 'class-validator';
import { ArgsType, Field, Float, ID, InputType, Int } from 'type-graphql';
import type { AuditAction } from '../../domain/edits';
import type {
  Confidence,
  GovernmentLevel,
  PartnershipStatus,
  PartnershipType as PartnershipTypeValue,
  SourceKind,
} from '../../domain/model';
import {
  AuditActionEnum,
  ConfidenceEnum,
  GovernmentLevelEnum,
  PartnershipStatusEnum,
  PartnershipTypeEnum,
  SourceKindEnum,
} from '../enums';

const MAX_LIST = 50;

@InputType('YearAlternativeInput', { description: 'A signing year another source gives.' })
export class YearAlternativeInput {
  @Field(() => Int, { description: 'The year that source gives.' })
  year!: number;

  @Field({ description: 'URL of the source that gives it.' })
  sourceUrl!: string;

  @Field(() => String, { nullable: true, description: 'What the source says, or why it differs.' })
  note!: string | null;
}

@InputType('CreatePartnershipInput', { description: 'A new partnership. Every partnership cites at least one known source.' })
export class CreatePartnershipInput {
  @Field(() => ID, {
    nullable: true,
    description: 'Id to give it; omit to derive "<first party id>--<second party id>" (with "--2", "--3", ... when the pair has one already).',
  })
  id?: string;

  @Field(() => [ID], { description: 'Government ids of the parties, at least two, all different, the Indonesian party first.' })
  @ArrayMaxSize(10)
  partyIds!: string[];

  @Field(() => PartnershipTypeEnum, { description: 'The most advanced stage the agreement has reached.' })
  type!: PartnershipTypeValue;

  @Field(() => PartnershipStatusEnum, { nullable: true, description: 'Current state; ACTIVE when omitted.' })
  status?: PartnershipStatus;

  @Field(() => Int, { nullable: true, description: 'Year signed, 1945 to this year; leave out when no source gives it.' })
  signedYear?: number | null;

  @Field(() => [YearAlternativeInput], { nullable: true, description: 'Other signing years that sources give.' })
  @ArrayMaxSize(MAX_LIST)
  signedYearAlternatives?: YearAlternativeInput[];

  @Field(() => Int, { nullable: true, description: 'Year it ended, if it has.' })
  endedYear?: number | null;

  @Field(() => [String], { nullable: true, description: 'Codes of fields of cooperation, from `vocabulary { fields }` (e.g. "education").' })
  @ArrayMaxSize(MAX_LIST)
  fields?: string[];

  @Field(() => ConfidenceEnum, { nullable: true, description: 'Strength of the evidence; MEDIUM when omitted.' })
  confidence?: Confidence;

  @Field(() => [String], { description: 'URLs of the sources, at least one; each must be known (see addSource).' })
  @ArrayMaxSize(MAX_LIST)
  sourceUrls!: string[];

  @Field(() => String, { nullable: true, description: 'A note on the partnership or its sources.' })
  note?: string | null;
}

@InputType('UpdatePartnershipInput', {
  description: 'Changes to a partnership; only the fields given change. The parties cannot change: create a new partnership instead.',
})
export class UpdatePartnershipInput {
  @Field(() => PartnershipTypeEnum, { nullable: true, description: 'New agreement type.' })
  type?: PartnershipTypeValue;

  @Field(() => PartnershipStatusEnum, { nullable: true, description: 'New status (use retirePartnership to end one).' })
  status?: PartnershipStatus;

  @Field(() => Int, { nullable: true, description: 'New signing year.' })
  signedYear?: number | null;

  @Field(() => [YearAlternativeInput], { nullable: true, description: 'Replaces the other signing years.' })
  @ArrayMaxSize(MAX_LIST)
  signedYearAlternatives?: YearAlternativeInput[];

  @Field(() => Int, { nullable: true, description: 'New year it ended.' })
  endedYear?: number | null;

  @Field(() => [String], { nullable: true, description: 'Replaces the field codes.' })
  @ArrayMaxSize(MAX_LIST)
  fields?: string[];

  @Field(() => ConfidenceEnum, { nullable: true, description: 'New confidence.' })
  confidence?: Confidence;

  @Field(() => [String], { nullable: true, description: 'Replaces the sources; at least one, each known.' })
  @ArrayMaxSize(MAX_LIST)
  sourceUrls?: string[];

  @Field(() => String, { nullable: true, description: 'Replaces the note.' })
  note?: string | null;
}

@ArgsType()
export class UpdatePartnershipArgs {
  @Field(() => ID, { description: 'The partnership to change.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; if someone changed it since, you get CONFLICT and nothing changes.' })
  @Min(1)
  version!: number;

  @Field(() => UpdatePartnershipInput, { description: 'The changes.' })
  changes!: UpdatePartnershipInput;
}

@ArgsType()
export class RetirePartnershipArgs {
  @Field(() => ID, { description: 'The partnership that ended.' })
  id!: string;

  @Field(() => Int, { description: 'The `version` you read; a stale one gets CONFLICT.' })
  @Min(1)
  version!: number;

  @Field(() => Int, { description: 'Year it ended, not before it was signed.' })
  endedYear!: number;

  @Field(() => String, { nullable: true, description: 'Replaces the note, e.g. with why and how it ended; kept when omitted.' })
  note?: string | null;
}

@InputType('AddProgramInput', { description: 'A program carried out under a partnership.' })
export class AddProgramInput {
  @Field(() => ID, { nullable: true, description: 'Id to give it; omit to derive "<partnership id>--<name as a slug>".' })
  id?: string;

  @Field(() => ID, { description: 'The partnership it runs under.' })
  partnershipId!: string;

  @Field({ description: 'Name of the program.' })
  @MaxLength(300)
  name!: string;

  @Field(() => Int, { nullable: true, description: 'First year, where known.' })
  startYear?: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year, where known.' })
  endYear?: number | null;

  @Field(() => [String], { nullable: true, description: 'Field codes from the vocabulary.' })
  @ArrayMaxSize(MAX_LIST)
  fields?: string[];

  @Field(() => String, { nullable: true, description: 'What the program did, in a sentence or two.' })
  summary?: string;

  @Field(() => [String], { description: 'URLs of the sources, at least one, each known.' })
  @ArrayMaxSize(MAX_LIST)
  sourceUrls!: string[];

  @Field(() => ConfidenceEnum, { nullable: true, description: 'Strength of the evidence; MEDIUM when omitted.' })
  confidence?: Confidence;
}

@InputType('AddSourceInput', { description: 'A source that partnerships and programs can then cite.' })
export class AddSourceInput {
  @Field({ description: 'An http(s) URL, or a path under seed/documents/.' })
  url!: string;

  @Field(() => SourceKindEnum, { nullable: true, description: 'WEB or DOCUMENT; derived from the URL when omitted.' })
  kind?: SourceKind;

  @Field(() => String, { nullable: true, description: 'Title of the page or document; for an untitled work, a description in square brackets (then set titleSupplied).' })
  title?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when title is a description in square brackets supplied for a work without a title of its own; false when omitted.' })
  titleSupplied?: boolean;

  @Field(() => String, { nullable: true, description: 'Publisher (news outlet, government, university).' })
  publisher?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) it was read.' })
  accessed?: string | null;

  @Field(() => String, { nullable: true, description: 'BCP 47 language tag of the source, e.g. "id", "en", "ko".' })
  language?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) the source gives as its publication date.' })
  publishedDate?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO date (YYYY-MM-DD) the citation was checked; the `accessed` date when omitted.' })
  checkedDate?: string | null;

  @Field(() => String, { nullable: true, description: 'What the check found (where the title came from, or why it is unverified).' })
  @MaxLength(5000)
  checkNote?: string | null;
}

@InputType('AddGovernmentInput', {
  description: 'A government. Indonesian ones are checked against the official Kemendagri region list (name, code, level, province).',
})
export class AddGovernmentInput {
  @Field(() => ID, { description: 'A lower-case slug starting with the country code, e.g. "kr-busan", "id-kota-bandung".' })
  id!: string;

  @Field({ description: 'Usual name ("Kota Bogor", "Busan").' })
  name!: string;

  @Field(() => GovernmentLevelEnum, { description: 'Level of the government.' })
  level!: GovernmentLevel;

  @Field({ description: 'The local word for the level ("Kota", "Kabupaten", "Metropolitan City").' })
  @MaxLength(100)
  localType!: string;

  @Field({ description: 'ISO 3166-1 alpha-2 country code, upper case; the country must be known.' })
  countryCode!: string;

  @Field(() => ID, { nullable: true, description: 'For an Indonesian city or regency, the id of its province government.' })
  parentId?: string | null;

  @Field(() => String, { nullable: true, description: 'First-level region of a foreign government ("Gyeonggi").' })
  admin1?: string | null;

  @Field(() => String, { nullable: true, description: 'Kemendagri code of an Indonesian government ("32.73").' })
  kemendagriCode?: string | null;

  @Field(() => Float, { nullable: true, description: 'Latitude, -90 to 90.' })
  @Min(-90)
  @Max(90)
  lat?: number | null;

  @Field(() => Float, { nullable: true, description: 'Longitude, -180 to 180.' })
  @Min(-180)
  @Max(180)
  lon?: number | null;

  @Field(() => [String], { nullable: true, description: 'Other names people search by.' })
  @ArrayMaxSize(MAX_LIST)
  aliases?: string[];
}

@ArgsType()
export class AuditTrailArgs {
  @Field(() => ID, { nullable: true, description: 'Only entries about this record (a partnership, program or government id, or a source URL).' })
  entityId?: string;

  @Field(() => String, { nullable: true, description: 'Only entries by this editor.' })
  who?: string;

  @Field(() => AuditActionEnum, { nullable: true, description: 'Only entries of this action.' })
  action?: AuditAction;

  @Field(() => Int, { defaultValue: 20, description: 'How many entries, 1 to 100.' })
  @Min(1)
  @Max(100)
  first!: number;

  @Field(() => Int, { defaultValue: 0, description: 'How many of the newest entries to skip.' })
  @Min(0)
  offset!: number;
}
