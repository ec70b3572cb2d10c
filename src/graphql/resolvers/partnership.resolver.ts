import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import type { Field, Government, Partnership, Program, Source } from '../../domain/model';
import type { CatalogService } from '../../services/catalog-service';
import type { GraphQLContext } from '../context';
import { unwrapMany } from '../loaders';
import type { ConnectionShape } from '../../services/pagination';
import { PartnershipConnectionType } from '../types/connections.type';
import { GovernmentType } from '../types/government.type';
import { PartnershipsArgs } from '../types/inputs';
import { PartnershipType, ProgramType } from '../types/partnership.type';
import { CooperationFieldType, SourceType } from '../types/reference.type';

async function loadSources(urls: string[], ctx: GraphQLContext): Promise<Source[]> {
  const found = unwrapMany(await ctx.loaders.source.loadMany(urls));
  // A cited URL always has a Source record in a valid dataset; fall back to the bare URL otherwise.
  return found.map((s, i) =>
    s ?? { url: urls[i]!, kind: 'WEB', title: null, titleSupplied: false, publisher: null, accessed: null, language: null, publishedDate: null, checkedDate: null, checkNote: null },
  );
}

async function loadFields(codes: string[], ctx: GraphQLContext): Promise<Field[]> {
  const vocabulary = await ctx.loaders.fields();
  return codes.map((code) => vocabulary.get(code) ?? { code, labelEn: code, labelId: code });
}

@Resolver(() => PartnershipType)
export class PartnershipResolver {
  constructor(private readonly catalog: CatalogService) {}

  @Query(() => PartnershipType, { nullable: true, description: 'A partnership by its id; null when no partnership has it.' })
  partnership(
    @Arg('id', () => ID, { description: 'The partnership id, e.g. "id-kota-bandung--kr-seoul".' }) id: string,
    @Ctx() ctx: GraphQLContext,
  ) {
    return ctx.loaders.partnership.load(id);
  }

  @Query(() => PartnershipConnectionType, { description: 'Partnerships, filtered, sorted and paged.' })
  partnerships(@Args() args: PartnershipsArgs, @Ctx() ctx: GraphQLContext): Promise<ConnectionShape<Partnership>> {
    return this.catalog.partnerships(args.where, args.sort, args.first, args.after, ctx.loaders.reads);
  }

  @FieldResolver(() => [GovernmentType], { description: 'The parties, Indonesian party first.' })
  async parties(@Root() p: Partnership, @Ctx() ctx: GraphQLContext): Promise<Government[]> {
    const found = unwrapMany(await ctx.loaders.government.loadMany(p.partyIds));
    return found.filter((g): g is Government => g !== null);
  }

  @FieldResolver(() => [CooperationFieldType], { description: 'Fields of cooperation named by the sources, in the controlled vocabulary.' })
  fields(@Root() p: Partnership, @Ctx() ctx: GraphQLContext): Promise<Field[]> {
    return loadFields(p.fields, ctx);
  }

  @FieldResolver(() => [ProgramType], { description: 'Programs carried out under this partnership, by start year.' })
  programs(@Root() p: Partnership, @Ctx() ctx: GraphQLContext): Promise<Program[]> {
    return ctx.loaders.programsOf.load(p.id);
  }

  @FieldResolver(() => [SourceType], { description: 'Sources of this partnership, at least one, most authoritative first.' })
  sources(@Root() p: Partnership, @Ctx() ctx: GraphQLContext): Promise<Source[]> {
    return loadSources(p.sourceUrls, ctx);
  }

  @FieldResolver(() => Int, { description: 'Number of sources cited.' })
  sourceCount(@Root() p: Partnership): number {
    return p.sourceUrls.length;
  }
}

@Resolver(() => ProgramType)
export class ProgramResolver {
  @FieldResolver(() => PartnershipType, { nullable: true, description: 'The partnership this program runs under.' })
  partnership(@Root() pr: Program, @Ctx() ctx: GraphQLContext) {
    return ctx.loaders.partnership.load(pr.partnershipId);
  }

  @FieldResolver(() => [CooperationFieldType], { description: 'Fields of cooperation of this program.' })
  fields(@Root() pr: Program, @Ctx() ctx: GraphQLContext): Promise<Field[]> {
    return loadFields(pr.fields, ctx);
  }

  @FieldResolver(() => [SourceType], { description: 'Sources describing this program, at least one.' })
  sources(@Root() pr: Program, @Ctx() ctx: GraphQLContext): Promise<Source[]> {
    return loadSources(pr.sourceUrls, ctx);
  }
}

@Resolver(() => PartnershipConnectionType)
export class PartnershipConnectionResolver {
  @FieldResolver(() => Int)
  totalCount(@Root() connection: ConnectionShape<Partnership>): Promise<number> {
    return connection.countTotal();
  }
}
