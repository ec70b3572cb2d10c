/**
 * Bounds on what one GraphQL request may ask, so no client can make the server walk
 * the whole graph many times over: a token limit on the document (checked while
 * parsing, see `parseOptions`), then depth, alias and cost limits on the resolved
 * operation. Each refusal is QUERY_TOO_COMPLEX with HTTP 400 and says which limit was
 * hit and how to stay under it. Introspection (`__schema`, `__type`) is not counted:
 * this is a public data API and its schema stays explorable.
 */
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  isListType,
  getNullableType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import type { Snapshot } from '../domain/model';

export interface QueryLimits {
  /** Most tokens in a query document. Defaults to 4000. */
  maxTokens?: number;
  /** Deepest nesting of fields. Defaults to 12. */
  maxDepth?: number;
  /** Most aliased fields in a document. Defaults to 30. */
  maxAliases?: number;
  /** Highest estimated cost (see `costEstimator`). Defaults to 50000. */
  maxCost?: number;
}

/** A list field without a size argument and without a known bound is assumed to hold this many items. */
export const ASSUMED_LIST_SIZE = 5;

/**
 * Real bounds of the lists that have no page size, from the data (the composition root
 * reads them from the shared snapshot, once per data version): a government's partners,
 * the nodes and edges of a whole network, a ranking without `first`.
 */
export interface ListBounds {
  /** Governments in the dataset: nodes of a network, rows of a ranking. */
  governments: number;
  /** Partnerships in the dataset: edges of a network. */
  partnerships: number;
  /** Most partners one government has. */
  partnersPerGovernment: number;
  /** Most partnerships one government is party to. */
  partnershipsPerGovernment: number;
}

/** The list bounds of a snapshot's data. */
export function listBoundsOf(snapshot: Snapshot): ListBounds {
  const partners = new Map<string, Set<string>>();
  const partnerships = new Map<string, number>();
  for (const p of snapshot.partnerships)
    for (const id of p.partyIds) {
      partnerships.set(id, (partnerships.get(id) ?? 0) + 1);
      const set = partners.get(id) ?? new Set<string>();
      for (const other of p.partyIds) if (other !== id) set.add(other);
      partners.set(id, set);
    }
  return {
    governments: snapshot.governments.length,
    partnerships: snapshot.partnerships.length,
    partnersPerGovernment: Math.max(0, ...[...partners.values()].map((s) => s.size)),
    partnershipsPerGovernment: Math.max(0, ...partnerships.values()),
  };
}

/** Which bound an unpaginated list field takes, by `Type.field`. */
const BOUND_OF: Record<string, keyof ListBounds> = {
  'Government.partners': 'partnersPerGovernment',
  'Government.partnerships': 'partnershipsPerGovernment',
  'Network.nodes': 'governments',
  'Network.edges': 'partnerships',
  'EgoNetwork.nodes': 'governments',
  'EgoNetwork.edges': 'partnerships',
  'Query.centrality': 'governments',
  'Query.clustering': 'governments',
  'Query.articulationPoints': 'governments',
  'Query.bridges': 'partnerships',
  'Query.components': 'governments',
  'Query.communities': 'governments',
};
const SIZE_ARGS = ['first', 'top', 'limit'] as const;

/** Error of a refused request: QUERY_TOO_COMPLEX, HTTP 400. */
export function tooComplex(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'QUERY_TOO_COMPLEX', http: { status: 400 } } });
}

/** The token limit as graphql-js parse options, for ApolloServer's `parseOptions`. */
export function parseLimits(limits: QueryLimits = {}): { maxTokens: number } {
  return { maxTokens: limits.maxTokens ?? 4000 };
}

/**
 * Cost of a field: 1, plus its children times how many items it returns: the value of
 * its `first`/`top`/`limit` argument; for a list without one, its real bound from the
 * data (`bounds`, see BOUND_OF) or ASSUMED_LIST_SIZE; else 1. Connection `edges` are
 * counted once (their `first` is on the connection field).
 */
export function costEstimatorFor(bounds: ListBounds | null): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (field.name.startsWith('__')) return 0;
    const size = SIZE_ARGS.map((name) => args[name]).find((v): v is number => typeof v === 'number');
    const isList = isListType(getNullableType(field.type));
    const bound = bounds && BOUND_OF[`${type.name}.${field.name}`];
    const items =
      size !== undefined
        ? Math.max(size, 1)
        : bound
          ? Math.max(bounds[bound], 1)
          : isList && !(field.name === 'edges' && type.name.endsWith('Connection'))
            ? ASSUMED_LIST_SIZE
            : 1;
    return 1 + items * childComplexity;
  };
}

/** The estimator without data bounds (every unpaginated list counts ASSUMED_LIST_SIZE). */
export const costEstimator: ComplexityEstimator = costEstimatorFor(null);

/** Most cost results kept per document (one per distinct operation name and variables). */
const COSTS_PER_DOCUMENT = 64;

interface DocumentChecks {
  aliases: number;
  /** Depth per operation name ('' for an anonymous operation). */
  depths: Map<string, number>;
  /** Cost per operation name and variables. */
  costs: Map<string, number | null>;
}

/**
 * @param listBounds the real sizes of unpaginated lists for the current data (cached by the
 *   caller per data version); without it they count ASSUMED_LIST_SIZE.
 */
export function queryLimitsPlugin(
  schema: GraphQLSchema,
  limits: QueryLimits = {},
  listBounds?: () => ListBounds | null,
): ApolloServerPlugin {
  const maxDepth = limits.maxDepth ?? 12;
  const maxAliases = limits.maxAliases ?? 30;
  const maxCost = limits.maxCost ?? 50000;
  // Apollo hands the same parsed DocumentNode to every request with the same query text
  // (its document store), so the checks are worked out once per document (and per
  // variables, for the cost), not on every request.
  const checked = new WeakMap<DocumentNode, DocumentChecks>();
  const checksOf = (document: DocumentNode): DocumentChecks => {
    let checks = checked.get(document);
    if (!checks) checked.set(document, (checks = { aliases: countAliases(document), depths: new Map(), costs: new Map() }));
    return checks;
  };
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request }) {
          if (!operation) return;
          const checks = checksOf(document);
          const aliases = checks.aliases;
          if (aliases > maxAliases)
            throw tooComplex(`The query uses ${aliases} aliases; at most ${maxAliases} are allowed. Split it into several requests.`);
          const operationKey = operation.name?.value ?? '';
          let depth = checks.depths.get(operationKey);
          if (depth === undefined) checks.depths.set(operationKey, (depth = depthOf(operation, fragmentsOf(document))));
          if (depth > maxDepth)
            throw tooComplex(`The query nests fields ${depth} deep; at most ${maxDepth} levels are allowed. Ask for less nesting, or follow ids in a second request.`);
          const bounds = listBounds?.() ?? null;
          const costKey = `${operationKey}\u0000${JSON.stringify(request.variables ?? {})}\u0000${bounds ? JSON.stringify(bounds) : ''}`;
          let cost = checks.costs.get(costKey);
          if (cost === undefined) {
            try {
              cost = getComplexity({
                schema,
                query: document,
                variables: request.variables ?? {},
                operationName: request.operationName ?? undefined,
                estimators: [costEstimatorFor(bounds)],
              });
            } catch {
              cost = null; // invalid variables: execution reports them as BAD_USER_INPUT
            }
            if (checks.costs.size >= COSTS_PER_DOCUMENT) checks.costs.clear();
            checks.costs.set(costKey, cost);
          }
          if (cost !== null && cost > maxCost)
            throw tooComplex(
              `The query's estimated cost is ${cost}, above the limit of ${maxCost}. Ask for smaller pages (\`first\`), fewer nested lists, or split it.`,
            );
        },
      };
    },
  };
}

function fragmentsOf(document: DocumentNode): Map<string, FragmentDefinitionNode> {
  const out = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) out.set(d.name.value, d);
  return out;
}

function countAliases(document: DocumentNode): number {
  let n = 0;
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const record = node as { kind?: string; alias?: unknown; selectionSet?: SelectionSetNode; definitions?: unknown };
    if (record.kind === Kind.FIELD && record.alias) n++;
    if (record.selectionSet) visit(record.selectionSet.selections);
    if (record.definitions) visit(record.definitions);
  };
  visit(document);
  return n;
}

/** Deepest field nesting of the operation, following fragments, skipping introspection. */
function depthOf(operation: OperationDefinitionNode, fragments: Map<string, FragmentDefinitionNode>): number {
  const walk = (set: SelectionSetNode | undefined, depth: number, seen: ReadonlySet<string>): number => {
    if (!set) return depth;
    let deepest = depth;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value.startsWith('__')) continue;
        deepest = Math.max(deepest, walk(s.selectionSet, depth + 1, seen));
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, walk(s.selectionSet, depth, seen));
      } else {
        const name = s.name.value;
        if (seen.has(name)) continue; // cycles are refused by validation; never loop here
        deepest = Math.max(deepest, walk(fragments.get(name)?.selectionSet, depth, new Set([...seen, name])));
      }
    }
    return deepest;
  };
  return walk(operation.selectionSet, 0, new Set());
}
