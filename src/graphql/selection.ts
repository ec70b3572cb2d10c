/**
 * What a government's GraphQL selection needs from the store, worked out from the query
 * document before any resolver reads: so a lookup becomes one `governmentDetails` read.
 */
import type { FieldNode, FragmentDefinitionNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { GovernmentDetailsInclude } from '../store/store';

/** Field nodes directly selected in `set` (through inline fragments and fragment spreads). */
function fieldsOf(set: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, out: FieldNode[] = []): FieldNode[] {
  for (const s of set?.selections ?? []) {
    if (s.kind === 'Field') out.push(s);
    else if (s.kind === 'InlineFragment') fieldsOf(s.selectionSet, fragments, out);
    else fieldsOf(fragments[s.name.value]?.selectionSet, fragments, out);
  }
  return out;
}

/** The include a government field (government(id), governments' nodes, …) asks for. */
export function governmentInclude(nodes: readonly FieldNode[], fragments: Record<string, FragmentDefinitionNode>): GovernmentDetailsInclude {
  const include: GovernmentDetailsInclude = { partnerships: false, partners: false, programs: false, sources: false, province: false };
  for (const node of nodes)
    for (const f of fieldsOf(node.selectionSet, fragments)) {
      switch (f.name.value) {
        case 'partners':
        case 'partnerCount':
          include.partnerships = include.partners = true;
          break;
        case 'province':
          include.province = true;
          break;
        case 'partnerships':
          include.partnerships = true;
          for (const sub of fieldsOf(f.selectionSet, fragments)) {
            if (sub.name.value === 'programs') include.programs = true;
            if (sub.name.value === 'sources') include.sources = true;
            if (sub.name.value === 'parties') include.partners = true;
          }
          break;
      }
    }
  return include;
}

/** The include of the field being resolved (its own selection is a government's). */
export function includeOf(info: Pick<GraphQLResolveInfo, 'fieldNodes' | 'fragments'>): GovernmentDetailsInclude {
  return governmentInclude(info.fieldNodes, info.fragments);
}

/** Does the include ask for anything beyond the government itself? */
export function asksForMore(include: GovernmentDetailsInclude): boolean {
  return include.partnerships || include.partners || include.programs || include.sources || include.province;
}
