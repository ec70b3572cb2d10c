/**
 * The network filter of an export URL: the GraphQL NetworkFilter's fields as
 * query parameters, e.g.
 * `/export/network.gexf?asOf=2010&countries=JP,KR&agreementTypes=SISTER_CITY&minConfidence=medium`
 * (`scope=world` adds the world layer).
 * A list parameter may be repeated or comma-separated; enum values are
 * case-insensitive. `minConfidence` defaults to MEDIUM and `undated` (what
 * `asOf` does with partnerships of unknown year) to EXCLUDE. Unknown countries, provinces and fields are caught later,
 * against the data (checkFilter).
 */
import { BadInputError } from '../domain/errors';
import {
  CONFIDENCES,
  INDONESIAN_LEVELS,
  PARTNERSHIP_STATUSES,
  PARTNERSHIP_TYPES,
  type Confidence,
} from '../domain/model';
import { NETWORK_SCOPES, UNDATED_POLICIES, type NetworkFilter, type NetworkScope } from '../analysis/filter';

export const FILTER_PARAMETERS = [
  'asOf',
  'signedFrom',
  'agreementTypes',
  'statuses',
  'countries',
  'indonesianLevels',
  'provinces',
  'fields',
  'minConfidence',
  'undated',
  'scope',
] as const;

/** Most values one list parameter may carry. */
const MAX_LIST = 300;

/**
 * Parse the query object Express gives (`req.query`).
 * @throws BadInputError naming the parameter and the bad value.
 */
export function parseFilterQuery(query: Record<string, unknown>, allowed: readonly string[] = []): NetworkFilter {
  const unknown = Object.keys(query).filter((k) => !(FILTER_PARAMETERS as readonly string[]).includes(k) && !allowed.includes(k));
  if (unknown.length > 0)
    throw new BadInputError(
      `Unknown query parameter ${unknown.map((k) => `"${k}"`).join(', ')}; expected any of ${[...FILTER_PARAMETERS, ...allowed].join(', ')}.`,
    );
  const filter: NetworkFilter = {};
  const asOf = single(query, 'asOf');
  if (asOf !== undefined) {
    if (!/^\d{4}$/.test(asOf) || Number(asOf) < 1900 || Number(asOf) > 2100)
      throw new BadInputError(`Expected "asOf" to be a year from 1900 to 2100, got "${asOf}".`);
    filter.asOf = Number(asOf);
  }
  const signedFrom = single(query, 'signedFrom');
  if (signedFrom !== undefined) {
    if (!/^\d{4}$/.test(signedFrom) || Number(signedFrom) < 1900 || Number(signedFrom) > 2100)
      throw new BadInputError(`Expected "signedFrom" to be a year from 1900 to 2100, got "${signedFrom}".`);
    filter.signedFrom = Number(signedFrom);
  }
  const types = list(query, 'agreementTypes');
  if (types) filter.agreementTypes = oneOf('agreementTypes', types, PARTNERSHIP_TYPES);
  const statuses = list(query, 'statuses');
  if (statuses) filter.statuses = oneOf('statuses', statuses, PARTNERSHIP_STATUSES);
  const levels = list(query, 'indonesianLevels');
  if (levels) filter.indonesianLevels = oneOf('indonesianLevels', levels, INDONESIAN_LEVELS);
  const countries = list(query, 'countries');
  if (countries) {
    const bad = countries.filter((c) => !/^[A-Za-z]{2}$/.test(c));
    if (bad.length > 0)
      throw new BadInputError(`Expected two-letter country codes (like "JP") in "countries", got ${bad.map((c) => `"${c}"`).join(', ')}.`);
    filter.countries = countries.map((c) => c.toUpperCase());
  }
  const provinces = list(query, 'provinces');
  if (provinces) filter.provinces = provinces;
  const fields = list(query, 'fields');
  if (fields) filter.fields = fields;
  const confidence = single(query, 'minConfidence');
  if (confidence !== undefined) filter.minConfidence = oneOf('minConfidence', [confidence], CONFIDENCES)[0] as Confidence;
  const undated = single(query, 'undated');
  if (undated !== undefined) filter.undated = oneOf('undated', [undated], UNDATED_POLICIES)[0];
  const scope = single(query, 'scope');
  if (scope !== undefined) filter.scope = oneOf('scope', [scope], NETWORK_SCOPES)[0] as NetworkScope;
  return filter;
}

function raw(query: Record<string, unknown>, name: string): string[] | undefined {
  const value = query[name];
  if (value === undefined) return undefined;
  const values = Array.isArray(value) ? value : [value];
  if (!values.every((v) => typeof v === 'string'))
    throw new BadInputError(`Expected "${name}" to be plain text, like ${name}=value.`);
  return values as string[];
}

function single(query: Record<string, unknown>, name: string): string | undefined {
  const values = raw(query, name);
  if (values === undefined) return undefined;
  if (values.length !== 1) throw new BadInputError(`Expected one value for "${name}", got ${values.length}.`);
  return values[0].trim();
}

function list(query: Record<string, unknown>, name: string): string[] | undefined {
  const values = raw(query, name);
  if (values === undefined) return undefined;
  const items = values.flatMap((v) => v.split(',')).map((v) => v.trim()).filter((v) => v !== '');
  if (items.length === 0) throw new BadInputError(`Expected at least one value in "${name}".`);
  if (items.length > MAX_LIST) throw new BadInputError(`Expected at most ${MAX_LIST} values in "${name}", got ${items.length}.`);
  return items;
}

function oneOf<T extends string>(name: string, values: string[], allowed: readonly T[]): T[] {
  const upper = values.map((v) => v.toUpperCase());
  const bad = upper.filter((v) => !(allowed as readonly string[]).includes(v));
  if (bad.length > 0)
    throw new BadInputError(`Unknown value ${bad.map((v) => `"${v}"`).join(', ')} in "${name}"; expected any of ${allowed.join(', ')}.`);
  return upper as T[];
}
