import { Field, ID, Int, ObjectType } from 'type-graphql';
import type { Confidence, PartnershipStatus, PartnershipType as PartnershipTypeValue } from '../../domain/model';
import { ConfidenceEnum, PartnershipStatusEnum, PartnershipTypeEnum } from '../enums';
import { YearAlternativeType } from './reference.type';

@ObjectType('Partnership', {
  description:
    'A formal partnership between governments (usually one Indonesian and one foreign): sister city, sister province, friendship, MoU, letter of intent or other.',
})
export class PartnershipType {
  @Field(() => ID, { description: 'Stable id, "<Indonesian party id>--<foreign party id>", e.g. "id-kota-bandung--kr-seoul".' })
  id!: string;

  @Field(() => PartnershipTypeEnum, { description: 'The most advanced stage the agreement has reached.' })
  type!: PartnershipTypeValue;

  @Field(() => PartnershipStatusEnum, { description: 'Current state, as the sources show it.' })
  status!: PartnershipStatus;

  @Field(() => Int, {
    nullable: true,
    description: 'Year the agreement of this type was signed; null when no source gives it (years are never inferred).',
  })
  signedYear!: number | null;

  @Field(() => [YearAlternativeType], {
    description: 'Other signing years that sources give, when they disagree with `signedYear`; empty when they agree.',
  })
  signedYearAlternatives!: YearAlternativeType[];

  @Field(() => Int, { nullable: true, description: 'Year the partnership ended, or null.' })
  endedYear!: number | null;

  @Field(() => ConfidenceEnum, { description: 'Strength of the evidence for this partnership.' })
  confidence!: Confidence;

  @Field(() => String, { nullable: true, description: 'A note on the partnership or its sources, where there is one.' })
  note!: string | null;

  @Field(() => Int, {
    description: 'Edit version, starting at 1; pass it back when updating, so a concurrent edit is detected.',
  })
  version!: number;

  partyIds!: string[];
  sourceUrls!: string[];
  fields!: string[];
}

@ObjectType('Program', { description: 'A program carried out under a partnership (training, exchange, capacity building).' })
export class ProgramType {
  @Field(() => ID, { description: 'Stable id of the program.' })
  id!: string;

  @Field({ description: 'Name of the program, e.g. "Seoul Vocational Training".' })
  name!: string;

  @Field(() => Int, { nullable: true, description: 'First year of the program, where known.' })
  startYear!: number | null;

  @Field(() => Int, { nullable: true, description: 'Last year of the program, where known.' })
  endYear!: number | null;

  @Field({ description: 'What the program did, in a sentence or two, as its source describes it.' })
  summary!: string;

  @Field(() => ConfidenceEnum, {
    description:
      'Strength of the evidence that the program ran, graded like a partnership\'s: HIGH (an official or first-hand source with names and dates), MEDIUM (one secondary account), LOW (a lead only).',
  })
  confidence!: Confidence;

  partnershipId!: string;
  sourceUrls!: string[];
  fields!: string[];
}
