/** The explorer's GraphQL calls and the shapes they return. */

export async function graphql<T>(query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await fetch('/graphql', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await res.json();
  if (body.errors?.length) throw new Error(body.errors[0].message);
  return body.data as T;
}

export const GOVERNMENT = `query ($id: ID!) {
  government(id: $id) {
    id name localType countryCode country { name } province { id name }
    partners { id name }
    partnerships { id type status signedYear endedYear parties { id name } fields { labelEn } programs { name startYear } sources { url title } }
  }
}`;

export interface GovernmentDetails {
  id: string;
  name: string;
  localType: string;
  country: { name: string } | null;
  province: { id: string; name: string } | null;
  partners: Array<{ id: string; name: string }>;
  partnerships: Array<{
    id: string;
    type: string;
    status: string;
    signedYear: number | null;
    endedYear: number | null;
    parties: Array<{ id: string; name: string }>;
    fields: Array<{ labelEn: string }>;
    programs: Array<{ name: string; startYear: number | null }>;
    sources: Array<{ url: string; title: string | null }>;
  }>;
}

export const SEARCH = `query ($text: String!) { search(text: $text, first: 10) { kind id title tier partnership { parties { id } } } }`;

export interface Hit {
  kind: 'GOVERNMENT' | 'PARTNERSHIP' | 'PROGRAM';
  id: string;
  title: string;
  tier: string;
  /** For partnership and program hits; parties are listed Indonesian first. */
  partnership: { parties: Array<{ id: string }> } | null;
}
