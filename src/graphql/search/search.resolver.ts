/**
 * `search(text, first)`: governments, partnerships and programs by name, alias or
 * party name, ranked (rules in domain/search.ts; the same in both stores).
 */
import { MaxLength, Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import type { Government, Partnership } from '../../domain/model';
import { MAX_SEARCH_RESULTS, MAX_SEARCH_TEXT, type SearchHit } from '../../domain/search';
import type { Store } from '../../store/store';
import type { GraphQLContext } from '../context';
import { GovernmentType } from '../types/government.type';
import { PartnershipType } from '../types/partnership.type';
import { SearchHitType } from './search.type';

@ArgsType()
export class SearchArgs {
  @Field(() => String, {
    description: `What to look for, up to ${MAX_SEARCH_TEXT} characters: any part of a name, Indonesian or English, or a common alias ("Jogja", "DKI", "서울"). Case and accents do not matter; punctuation is ignored, never read as query syntax.`,
  })
  @MaxLength(MAX_SEARCH_TEXT)
  text!: string;

  @Field(() => Int, { defaultValue: 20, description: `Most hits to return, 1 to ${MAX_SEARCH_RESULTS}. Defaults to 20.` })
  @Min(1)
  @Max(MAX_SEARCH_RESULTS)
  first = 20;
}

@Resolver(() => SearchHitType)
export class SearchResolver {
  constructor(private readonly store: Store) {}

  @Query(() => [SearchHitType], {
    description:
      'Governments (by name and aliases), partnerships (by a party’s name or alias) and programs (by name) matching the text: every word of the text must begin a word of the name. Ranked EXACT, then PREFIX, then CONTAINS, then by title. Text with no letters or digits finds nothing.',
  })
  search(@Args(() => SearchArgs) { text, first }: SearchArgs): Promise<SearchHit[]> {
    return this.store.search(text, first);
  }

  @FieldResolver(() => GovernmentType, { nullable: true, description: 'The government, for a GOVERNMENT hit; null otherwise.' })
  government(@Root() hit: SearchHit, @Ctx() ctx: GraphQLContext): Promise<Government | null> | null {
    return hit.kind === 'GOVERNMENT' ? ctx.loaders.government.load(hit.id) : null;
  }

  @FieldResolver(() => PartnershipType, { nullable: true, description: 'The partnership a PARTNERSHIP hit is or a PROGRAM hit belongs to; null for a GOVERNMENT.' })
  partnership(@Root() hit: SearchHit, @Ctx() ctx: GraphQLContext): Promise<Partnership | null> | null {
    return hit.partnershipId === null ? null : ctx.loaders.partnership.load(hit.partnershipId);
  }
}
