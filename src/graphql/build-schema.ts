/**
 * Build the executable schema from the resolver classes. Resolvers are constructed by
 * hand here (no DI container): type-graphql takes any object with `get(cls)`.
 */
import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import type { CatalogService } from '../services/catalog-service';
import type { Store } from '../store/store';
import { GovernmentConnectionResolver, GovernmentResolver } from './resolvers/government.resolver';
import {
  PartnershipConnectionResolver,
  PartnershipResolver,
  ProgramResolver,
} from './resolvers/partnership.resolver';
import { extraResolvers, type ExtraResolverDeps, type ResolverClass } from './extra-resolvers';
import { EditResolver } from './resolvers/edit.resolver';

/** The services the resolvers use (src/app/services.ts builds them once). */
export interface SchemaDeps extends ExtraResolverDeps {
  store: Store;
  catalog: CatalogService;
}

export async function buildKotaKembarSchema(deps: SchemaDeps): Promise<GraphQLSchema> {
  const instances = new Map<ResolverClass, unknown>([
    [GovernmentResolver, new GovernmentResolver(deps.catalog, deps.store)],
    [GovernmentConnectionResolver, new GovernmentConnectionResolver()],
    [PartnershipResolver, new PartnershipResolver(deps.catalog)],
    [PartnershipConnectionResolver, new PartnershipConnectionResolver()],
    [ProgramResolver, new ProgramResolver()],
    [EditResolver, new EditResolver(deps.store)],
  ]);
  const extra = extraResolvers(deps);
  for (const [cls, instance] of extra.instances) instances.set(cls, instance);
  const resolvers = [...instances.keys()] as [ResolverClass, ...ResolverClass[]];
  return buildSchema({
    resolvers,
    container: { get: (cls) => instances.get(cls) },
    validate: true,
    emitSchemaFile: false,
  });
}
