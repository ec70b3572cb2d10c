import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfoType } from '../types/reference.type';
import { MATCH_TIERS, SEARCH_KINDS, type MatchTier, type SearchKind } from '../../domain/search';

export const SearchKindEnum = Object.fromEntries(SEARCH_KINDS.map((v) => [v, v])) as { [K in SearchKind]: K };
registerEnumType(SearchKindEnum, {
  name: 'SearchKind',
  description: 'What a search hit is.',
  valuesConfig: {
    GOVERNMENT: { description: 'A government, matched by its name or an alias.' },
    PARTNERSHIP: { description: 'A partnership, matched by a party’s name or alias, or by "A – B".' },
    PROGRAM: { description: 'A program, matched by its name.' },
  },
});

export const MatchTierEnum = Object.fromEntries(MATCH_TIERS.map((v) => [v, v])) as { [K in MatchTier]: K };
registerEnumType(MatchTierEnum, {
  name: 'MatchTier',
  description: 'How well a hit matched, best first. Case, accents and spacing never matter.',
  valuesConfig: {
    EXACT: { description: 'A name or alias equals the search text.' },
    PREFIX: { description: 'A name or alias starts with the search text.' },
    CONTAINS: { description: 'Every word of the search text begins a word of a name or alias.' },
  },
});

@ObjectType('SearchHit', { description: 'One search result: a government, partnership or program.' })
export class SearchHitType {
  @Field(() => SearchKindEnum, { description: 'What the hit is.' })
  kind!: SearchKind;
  @Field(() => ID, { description: 'Id of the government, partnership or program.' })
  id!: string;
  @Field(() => String, { description: 'What to show: the name, or "A – B" (the parties’ names) for a partnership.' })
  title!: string;
  @Field(() => String, { description: 'The name or alias that matched best (e.g. "Jogja" for Kota Yogyakarta).' })
  matchedText!: string;
  @Field(() => MatchTierEnum, { description: 'How well it matched; hits are sorted by it, then by title.' })
  tier!: MatchTier;
  @Field(() => ID, { nullable: true, description: 'The partnership a PARTNERSHIP hit is or a PROGRAM hit belongs to; null for a GOVERNMENT.' })
  partnershipId!: string | null;
}

@ObjectType('SearchHitEdge', { description: 'A search hit in a page of results.' })
export class SearchHitEdgeType {
  @Field(() => SearchHitType, { description: 'The hit.' })
  node!: SearchHitType;
  @Field({ description: 'Opaque cursor of this edge; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType('SearchHitConnection', { description: 'A page of ranked search hits (Relay connection).' })
export class SearchHitConnectionType {
  @Field(() => [SearchHitEdgeType], { description: 'The hits of this page, best first.' })
  edges!: SearchHitEdgeType[];
  @Field(() => PageInfoType, { description: 'Where this page is and whether more follow.' })
  pageInfo!: PageInfoType;
  @Field(() => Int, { description: 'Number of hits for the text, over all pages.' })
  totalCount!: number;
}
