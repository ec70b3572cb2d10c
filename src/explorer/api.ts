/** The explorer's calls to its own origin (GraphQL and the network export) and the shapes they return. */

export class ApiError extends Error {}

export async function graphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors?.length) throw new ApiError(body.errors[0].message);
  return body.data as T;
}

/** Like `graphql`, but null when the server does not have the field yet or answers with an error. */
export async function optionalGraphql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T | null> {
  try {
    return await graphql<T>(query, variables);
  } catch {
    return null;
  }
}

export const META = `{
  countries { code name nameId }
  governments(first: 100, where: { countryCodes: ["ID"], levels: [PROVINCE] }) { edges { node { id name } } }
  vocabulary { fields { code labelEn labelId } }
  filterInput: __type(name: "NetworkFilter") { inputFields { name } }
  queryType: __type(name: "Query") { fields { name } }
  statsType: __type(name: "DatasetStats") { fields { name } }
}`;

export interface Meta {
  countries: Array<{ code: string; name: string; nameId: string | null }>;
  governments: { edges: Array<{ node: { id: string; name: string } }> };
  vocabulary: { fields: Array<{ code: string; labelEn: string; labelId: string }> };
  filterInput: { inputFields: Array<{ name: string }> } | null;
  /** What this server offers, so the page asks only for fields it has (basis and release came later). */
  queryType: { fields: Array<{ name: string }> } | null;
  statsType: { fields: Array<{ name: string }> } | null;
}

export const RELEASE = `{ datasetStats { release { id date license attribution } } }`;
export interface Release {
  id: string;
  date: string | null;
  license: string | null;
  attribution: string | null;
}

export const BASIS = `query ($filter: NetworkFilter) { analysisBasis(filter: $filter) { release partnershipsCounted worldTiesCounted leftOut { reason count } } }`;
export interface Basis {
  release: string | null;
  partnershipsCounted: number;
  /** World-layer ties counted at scope WORLD (0 otherwise). */
  worldTiesCounted?: number;
  leftOut: Array<{ reason: string; count: number }>;
}

export const PARTNERSHIPS = `query ($after: String) {
  partnerships(first: 100, after: $after, where: { minConfidence: LOW }) {
    edges { node { id type status signedYear endedYear confidence parties { id name countryCode } sources { url title titleSupplied publisher } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

export interface SourceRef {
  url: string;
  /** The page's own title, or (titleSupplied) a description in square brackets for a page without one. */
  title: string | null;
  titleSupplied: boolean;
  publisher: string | null;
}

export interface PartnershipRow {
  id: string;
  type: string;
  status: string;
  signedYear: number | null;
  endedYear: number | null;
  confidence: 'LOW' | 'MEDIUM' | 'HIGH';
  parties: Array<{ id: string; name: string; countryCode: string }>;
  sources: SourceRef[];
}

/** Every partnership of the dataset, leads included (a few pages of 100). */
export async function allPartnerships(): Promise<PartnershipRow[]> {
  const rows: PartnershipRow[] = [];
  let after: string | null = null;
  for (let page = 0; page < 100; page++) {
    const data: { partnerships: { edges: Array<{ node: PartnershipRow }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } } =
      await graphql(PARTNERSHIPS, { after });
    rows.push(...data.partnerships.edges.map((e) => e.node));
    if (!data.partnerships.pageInfo.hasNextPage) break;
    after = data.partnerships.pageInfo.endCursor;
  }
  return rows;
}

export const GOVERNMENT = `query ($id: ID!) {
  government(id: $id) {
    id name level localType countryCode province { id name }
    partners { id name }
    partnerships { id type status confidence signedYear endedYear parties { id name } fields { code labelEn labelId } programs { name startYear } sources { url title titleSupplied publisher } }
  }
}`;

export interface GovernmentDetails {
  id: string;
  name: string;
  level: string;
  localType: string;
  countryCode: string;
  province: { id: string; name: string } | null;
  partners: Array<{ id: string; name: string }>;
  partnerships: Array<{
    id: string;
    type: string;
    status: string;
    confidence: string;
    signedYear: number | null;
    endedYear: number | null;
    parties: Array<{ id: string; name: string }>;
    fields: Array<{ code: string; labelEn: string; labelId: string }>;
    programs: Array<{ name: string; startYear: number | null }>;
    sources: SourceRef[];
  }>;
}

export const SEARCH = `query ($text: String!) { search(text: $text, first: 10) { edges { node { kind id title tier partnership { parties { id } } } } } }`;

export interface Hit {
  kind: 'GOVERNMENT' | 'PARTNERSHIP' | 'PROGRAM';
  id: string;
  title: string;
  tier: string;
  /** For partnership and program hits; parties are listed Indonesian first. */
  partnership: { parties: Array<{ id: string }> } | null;
}
