import { Field, Int, ObjectType } from 'type-graphql';
import type { Government, Partnership } from '../../domain/model';
import type { ConnectionShape } from '../../services/pagination';
import { GovernmentType } from './government.type';
import { PartnershipType } from './partnership.type';
import { PageInfoType } from './reference.type';

@ObjectType('GovernmentEdge', { description: 'A government in a page of results.' })
export class GovernmentEdgeType {
  @Field(() => GovernmentType, { description: 'The government.' })
  node!: Government;
  @Field({ description: 'Opaque cursor of this edge; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType('GovernmentConnection', { description: 'A page of governments (Relay connection).' })
export class GovernmentConnectionType implements Partial<ConnectionShape<Government>> {
  @Field(() => [GovernmentEdgeType], { description: 'The governments of this page, in order.' })
  edges!: GovernmentEdgeType[];
  @Field(() => PageInfoType, { description: 'Where this page is and whether more follow.' })
  pageInfo!: PageInfoType;
  /** Resolved by a field resolver, so the count query runs only when selected. */
  @Field(() => Int, { description: 'Number of governments matching the filter, over all pages. Counted only when selected.' })
  totalCount!: number;
}

@ObjectType('PartnershipEdge', { description: 'A partnership in a page of results.' })
export class PartnershipEdgeType {
  @Field(() => PartnershipType, { description: 'The partnership.' })
  node!: Partnership;
  @Field({ description: 'Opaque cursor of this edge; pass it as `after` to continue after it.' })
  cursor!: string;
}

@ObjectType('PartnershipConnection', { description: 'A page of partnerships (Relay connection).' })
export class PartnershipConnectionType {
  @Field(() => [PartnershipEdgeType], { description: 'The partnerships of this page, in order.' })
  edges!: PartnershipEdgeType[];
  @Field(() => PageInfoType, { description: 'Where this page is and whether more follow.' })
  pageInfo!: PageInfoType;
  @Field(() => Int, { description: 'Number of partnerships matching the filter, over all pages. Counted only when selected.' })
  totalCount!: number;
}
