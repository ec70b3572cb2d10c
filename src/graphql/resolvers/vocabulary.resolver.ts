/**
 * `vocabulary`: every enum-like value the API returns, with its label in English
 * and Bahasa Indonesia, for frontends and for the error messages that point here
 * ("use a code from vocabulary { fields }"). Fields of cooperation come from the
 * dataset; the other lists from the shared catalogue (src/i18n/labels.ts).
 */
import { Ctx, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { LABELLED_ENUMS, type Label } from '../../i18n/labels';
import type { GraphQLContext } from '../context';

@ObjectType('VocabularyEntry', { description: 'A code the API uses, with its English and Indonesian label.' })
export class VocabularyEntryType {
  @Field({ description: 'The code as the API returns it, e.g. "SISTER_CITY" or "urban_planning".' })
  code!: string;

  @Field({ description: 'English label, e.g. "Sister city".' })
  labelEn!: string;

  @Field({ description: 'Bahasa Indonesia label, e.g. "Kota kembar".' })
  labelId!: string;
}

@ObjectType('Vocabulary', { description: 'Every enum-like value the API returns, labelled in English and Bahasa Indonesia.' })
export class VocabularyType {
  @Field(() => [VocabularyEntryType], { description: 'Fields of cooperation (the controlled vocabulary of the dataset), by code.' })
  fields!: VocabularyEntryType[];

  @Field(() => [VocabularyEntryType], { description: 'Agreement types (PartnershipType), in the enum order.' })
  agreementTypes!: VocabularyEntryType[];

  @Field(() => [VocabularyEntryType], { description: 'Partnership statuses (PartnershipStatus), in the enum order.' })
  statuses!: VocabularyEntryType[];

  @Field(() => [VocabularyEntryType], { description: 'Levels of government (GovernmentLevel), Indonesian levels first.' })
  levels!: VocabularyEntryType[];

  @Field(() => [VocabularyEntryType], { description: 'Confidence grades (Confidence), lowest first.' })
  confidences!: VocabularyEntryType[];
}

function entries(codes: readonly string[], labels: Record<string, Label>): VocabularyEntryType[] {
  return codes.map((code) => ({ code, labelEn: labels[code].en, labelId: labels[code].id }));
}

@Resolver()
export class VocabularyResolver {
  @Query(() => VocabularyType, { description: 'Every enum-like value the API returns, with English and Bahasa Indonesia labels.' })
  async vocabulary(@Ctx() ctx: GraphQLContext): Promise<VocabularyType> {
    const fields = [...(await ctx.loaders.fields()).values()].sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    return {
      fields: fields.map((f) => ({ code: f.code, labelEn: f.labelEn, labelId: f.labelId })),
      agreementTypes: entries(LABELLED_ENUMS.agreementTypes.codes, LABELLED_ENUMS.agreementTypes.labels),
      statuses: entries(LABELLED_ENUMS.statuses.codes, LABELLED_ENUMS.statuses.labels),
      levels: entries(LABELLED_ENUMS.levels.codes, LABELLED_ENUMS.levels.labels),
      confidences: entries(LABELLED_ENUMS.confidences.codes, LABELLED_ENUMS.confidences.labels),
    };
  }
}
