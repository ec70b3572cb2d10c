import { Field, Int, ObjectType } from 'type-graphql';
import type { LeftOutReason, NetworkScope } from '../../analysis/basis';
import type { UndatedPolicy } from '../../analysis/filter';
import type { Confidence } from '../../domain/model';
import { ConfidenceEnum } from '../enums';
import { LeftOutReasonEnum, NetworkScopeEnum, UndatedPolicyEnum } from './analysis.enums';

@ObjectType('LeftOutCount', { description: 'How many partnerships were left out for one reason.' })
export class LeftOutCountType {
  @Field(() => LeftOutReasonEnum, { description: 'The reason (each partnership is counted under the first reason that applies).' })
  reason!: LeftOutReason;
  @Field(() => Int, { description: 'Partnerships left out for this reason.' })
  count!: number;
}

@ObjectType('AnalysisBasis', {
  description:
    'What an analysis counted: the dataset release, the filter with its defaults spelled out, the partnerships counted and those left out by reason. partnershipsCounted + the sum of leftOut = every partnership in the store.',
})
export class AnalysisBasisType {
  @Field(() => String, { nullable: true, description: 'Id of the dataset release the store was loaded from (e.g. "2026.11.29-ab12cd34"); null when the store holds no release record.' })
  release!: string | null;
  @Field(() => NetworkScopeEnum, { description: 'Which network was analysed.' })
  scope!: NetworkScope;
  @Field(() => ConfidenceEnum, { description: 'Lowest confidence counted (MEDIUM unless the filter says otherwise).' })
  minConfidence!: Confidence;
  @Field(() => Int, { nullable: true, description: 'The filter’s asOf year, or null.' })
  asOf!: number | null;
  @Field(() => UndatedPolicyEnum, { description: 'What asOf did with partnerships of unknown signing year (EXCLUDE unless the filter says otherwise).' })
  undated!: UndatedPolicy;
  @Field(() => Int, { description: 'Partnerships counted.' })
  partnershipsCounted!: number;
  @Field(() => [LeftOutCountType], {
    description: 'Partnerships left out, by reason, every reason listed (zeros included) in the order LOW_CONFIDENCE, UNDATED, ENDED, NOT_YET_SIGNED, FILTERED.',
  })
  leftOut!: LeftOutCountType[];
  @Field(() => Int, {
    description:
      'Scope WORLD: ties of the world layer counted (derived from Wikipedia\'s twin-town lists, LOW confidence by construction, counted whatever minConfidence says; a tie duplicating a sourced partnership is not counted). 0 at scope INDONESIA.',
  })
  worldTiesCounted!: number;
}
