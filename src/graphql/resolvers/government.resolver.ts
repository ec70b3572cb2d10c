import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { Country, Government, Partnership } from '../../domain/model';
import type { CatalogService } from '../../services/catalog-service';
import type { Store } from '../../store/store';
import type { GraphQLContext } from '../context';
import { unwrapMany } from '../loaders';
import { asksForMore, includeOf } from '../selection';
import type { ConnectionShape } from '../../services/pagination';
import { GovernmentConnectionType } from '../types/connections.type';
import { GovernmentType } from '../types/government.type';
import { GovernmentsArgs } from '../types/inputs';
import { PartnershipType } from '../types/partnership.type';
import { CountryType } from '../types/reference.type';

@Resolver(() => GovernmentType)
export class GovernmentResolver {
  constructor(
    private readonly catalog: CatalogService,
    private readonly store: Store,
  ) {}

  @Query(() => GovernmentType, { nullable: true, description: 'A government by its id; null when no government has it.' })
  async government(
    @Arg('id', () => ID, { description: 'The government id, e.g. "id-kota-bandung".' }) id: string,
    @Ctx() ctx: GraphQLContext,
    @Info() info: GraphQLResolveInfo,
  ) {
    // One read for the government and what its selection needs (partners, partnerships, …).
    const include = includeOf(info);
    if (!asksForMore(include)) return ctx.loaders.government.load(id);
    return (await ctx.loaders.details(include).load(id))?.government ?? null;
  }

  @Query(() => GovernmentConnectionType, {
    description:
      'Governments, filtered, sorted and paged. Sort by PARTNER_COUNT (descending) to rank governments by number of partners.',
  })
  governments(@Args() args: GovernmentsArgs, @Ctx() ctx: GraphQLContext): Promise<ConnectionShape<Government>> {
    return this.catalog.governments(args.where, args.sort, args.first, args.after, ctx.loaders.reads);
  }

  @Query(() => [CountryType], { description: 'Every country with a government in the dataset, by English name.' })
  countries(@Ctx() ctx: GraphQLContext): Promise<Country[]> {
    return ctx.loaders.reads.countries();
  }

  @FieldResolver(() => CountryType, { nullable: true, description: 'The country of this government.' })
  async country(@Root() g: Government, @Ctx() ctx: GraphQLContext): Promise<Country | null> {
    return (await ctx.loaders.countries()).get(g.countryCode) ?? null;
  }

  @FieldResolver(() => GovernmentType, {
    nullable: true,
    description: 'The province an Indonesian city or regency lies in; null for provinces and foreign governments.',
  })
  province(@Root() g: Government, @Ctx() ctx: GraphQLContext): Promise<Government | null> | null {
    return g.parentId ? ctx.loaders.government.load(g.parentId) : null;
  }

  @FieldResolver(() => [PartnershipType], {
    description: 'Partnerships this government is party to, by signed year (unknown years last), of every type and status.',
  })
  partnerships(@Root() g: Government, @Ctx() ctx: GraphQLContext): Promise<Partnership[]> {
    return ctx.loaders.partnershipsOf.load(g.id);
  }

  @FieldResolver(() => [GovernmentType], {
    description: 'Distinct governments this one shares a partnership with (any type or status), by name.',
  })
  async partners(@Root() g: Government, @Ctx() ctx: GraphQLContext): Promise<Government[]> {
    const ids = await partnerIds(g, ctx);
    const found = unwrapMany(await ctx.loaders.government.loadMany(ids));
    return found
      .filter((x): x is Government => x !== null)
      .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : a.id < b.id ? -1 : 1));
  }

  @FieldResolver(() => Int, { description: 'Number of distinct partner governments (any type or status).' })
  async partnerCount(@Root() g: Government, @Ctx() ctx: GraphQLContext): Promise<number> {
    return (await partnerIds(g, ctx)).length;
  }
}

async function partnerIds(g: Government, ctx: GraphQLContext): Promise<string[]> {
  const partnerships = await ctx.loaders.partnershipsOf.load(g.id);
  return [...new Set(partnerships.flatMap((p) => p.partyIds).filter((id) => id !== g.id))];
}

@Resolver(() => GovernmentConnectionType)
export class GovernmentConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: ConnectionShape<Government>): Promise<number> {
    return connection.countTotal();
  }
}
