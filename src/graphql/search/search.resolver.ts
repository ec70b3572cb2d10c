/**
 * `search(text, first, after)`: governments, partnerships and programs by name, alias or
 * party name, ranked (rules in domain/search.ts; the same in both stores), as a Relay
 * connection over the ranked hits.
 */
import { MaxLength, Max, Min } from 'class-validator';
import { Args, ArgsType, Ctx, Field, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { toConnection, toPage, type ConnectionShape } from '../../services/pagination';
import type { Government, Partnership } from '../../domain/model';
import { MAX_SEARCH_RESULTS, MAX_SEARCH_TEXT, type SearchHit } from '../../domain/search';
import type { Store } from '../../store/store';
import type { GraphQLContext } from '../context';
import { GovernmentType } from '../types/government.type';
import { PartnershipType } from '../types/partnership.type';
import { SearchHitConnectionType, SearchHitType } from './search.type';

@ArgsType()
export class SearchArgs {
  @Field(() => String, {
    description: `What to look for, up to ${MAX_SEARCH_TEXT} characters: any part of a name, Indonesian or English, or a common alias ("Jogja", "DKI", "서울"). Case and accents do not matter; punctuation is ignored, never read as query syntax.`,
  })
  @MaxLength(MAX_SEARCH_TEXT)
  text!: string;

  @Field(() => Int, { defaultValue: 20, description: `Page size: hits to return, 1 to ${MAX_SEARCH_RESULTS}. Defaults to 20.` })
  @Min(1)
  @Max(MAX_SEARCH_RESULTS)
  first = 20;

  @Field(() => String, { nullable: true, description: 'Cursor of the last hit of the previous page (its `endCursor`); the page starts after it.' })
  after?: string | null;
}

@Resolver(() => SearchHitType)
export class SearchResolver {
  constructor(private readonly store: Store) {}

  @Query(() => SearchHitConnectionType, {
    description:
      'Governments (by name and aliases), partnerships (by a party’s name or alias) and programs (by name) matching the text: every word of the text must begin a word of the name. Ranked EXACT, then PREFIX, then CONTAINS, then by title; paged as a Relay connection (`first`, `after`) over that ranking. Text with no letters or digits finds nothing.',
  })
  async search(@Args(() => SearchArgs) { text, first, after }: SearchArgs): Promise<ConnectionShape<SearchHit>> {
    const page = toPage(first, after);
    // Both stores rank every candidate before cutting, so asking for all hits costs the
    // same as asking for one page, and gives the total for free.
    const hits = await this.store.search(text, Number.MAX_SAFE_INTEGER);
    return toConnection(hits.slice(page.offset, page.offset + page.limit + 1), page, async () => hits.length);
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

@Resolver(() => SearchHitConnectionType)
export class SearchHitConnectionResolver {
  @FieldResolver(() => Int, { description: 'Number of hits for the text, over all pages.' })
  totalCount(@Root() connection: ConnectionShape<SearchHit>): Promise<number> {
    return connection.countTotal();
  }
}
