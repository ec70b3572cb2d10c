/**
 * Rules for partnerships, programs and sources: parties exist and differ, years
 * are plausible, fields are in the vocabulary, and every fact cites a described,
 * well-formed source.
 */
import {
  CONFIDENCES, PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES, type Dataset, type Partnership,
} from '../model';
import { levenshtein } from '../official-regions';
import { DOCUMENTS_PREFIX, duplicates, isWellFormedUrl, type RuleContext, type RuleEntity } from './rule-context';

export interface PartnershipRuleOptions {
  /** Says whether a DOCUMENT source's file exists; skipped when absent. */
  documentExists?: (url: string) => boolean;
  /** Report sources without a checked date (the shipped seed records one for every citation). */
  requireCheckedDate?: boolean;
}

export interface ReferenceOptions {
  /**
   * Every government id, for "did you mean" hints on an unknown party. Defaults to the ids in
   * `dataset.governments` (a write passes only the governments it touches, so no hint there).
   */
  allGovernmentIds?: readonly string[];
}

export function validatePartnerships(ctx: RuleContext, dataset: Dataset, options: ReferenceOptions = {}): void {
  const govIds = options.allGovernmentIds ?? dataset.governments.map((g) => g.id);
  const known = new Set(dataset.governments.map((g) => g.id));
  const governments = new Map(dataset.governments.map((g) => [g.id, g]));
  dataset.partnerships.forEach((p, i) => {
    ctx.checkEnum('partnerships', i, 'type', p.type, PARTNERSHIP_TYPES);
    ctx.checkEnum('partnerships', i, 'status', p.status, PARTNERSHIP_STATUSES);
    ctx.checkEnum('partnerships', i, 'confidence', p.confidence, CONFIDENCES);
    checkParties(ctx, i, p, known, govIds);
    const first = governments.get(p.partyIds[0] ?? '');
    if (first && first.countryCode !== 'ID') {
      ctx.report('partnerships', i, 'BAD_VALUE', 'partyIds', { value: first.id }, `Partnership "${p.id}" should list its Indonesian party first, not "${first.id}"`);
    }
    ctx.checkYear('partnerships', i, 'signedYear', p.signedYear);
    ctx.checkYear('partnerships', i, 'endedYear', p.endedYear);
    ctx.checkYearOrder('partnerships', i, p.signedYear, p.endedYear, ['signedYear', 'endedYear']);
    for (const alt of p.signedYearAlternatives) {
      ctx.checkYear('partnerships', i, 'signedYearAlternatives', alt.year);
      checkUrl(ctx, 'partnerships', i, 'signedYearAlternatives', alt.sourceUrl);
    }
    checkFields(ctx, 'partnerships', i, p.fields, dataset);
    checkSources(ctx, 'partnerships', i, `Partnership "${p.id}"`, p.sourceUrls, dataset);
  });
  for (const d of duplicates(dataset.partnerships, (p) => p.id)) {
    ctx.report('partnerships', d.index, 'DUPLICATE_ID', 'id', { value: d.key }, `Partnership id "${d.key}" is used twice (first on ${ctx.row('partnerships', d.first)})`);
  }
}

function checkParties(ctx: RuleContext, i: number, p: Partnership, known: ReadonlySet<string>, govIds: readonly string[]): void {
  if (new Set(p.partyIds).size < p.partyIds.length) {
    ctx.report('partnerships', i, 'SELF_PARTNERSHIP', 'partyIds', { value: p.partyIds }, `Partnership "${p.id}" lists the same government more than once (${p.partyIds.join(', ')})`);
  }
  if (p.partyIds.length < 2) {
    ctx.report('partnerships', i, 'BAD_VALUE', 'partyIds', { count: p.partyIds.length }, `Partnership "${p.id}" needs at least two ${ctx.f('partnerships', 'partyIds')}, got ${p.partyIds.length}`);
  }
  for (const id of p.partyIds) {
    if (known.has(id)) continue;
    const near = govIds.map((g) => ({ g, d: levenshtein(id, g) })).sort((a, b) => a.d - b.d)[0];
    const hint = near && near.d <= Math.max(3, id.length / 4) ? `; did you mean "${near.g}"?` : '.';
    ctx.report('partnerships', i, 'UNKNOWN_GOVERNMENT', 'partyIds', { value: id, suggestion: hint === '.' ? null : near!.g },
      `Party "${id}" of partnership "${p.id}" is not a government in ${ctx.wording.list('governments')}`, hint === '.' ? `; ${ctx.wording.howToAdd('governments')}.` : hint);
  }
}

export function validatePrograms(ctx: RuleContext, dataset: Dataset): void {
  const partnershipIds = new Set(dataset.partnerships.map((p) => p.id));
  dataset.programs.forEach((pr, i) => {
    if (!partnershipIds.has(pr.partnershipId)) {
      ctx.report('programs', i, 'UNKNOWN_PARTNERSHIP', 'partnershipId', { value: pr.partnershipId },
        `Program "${pr.id}" belongs to partnership "${pr.partnershipId}", which ${ctx.wording.list('partnerships')} does not have`);
    }
    if (!pr.name.trim()) ctx.report('programs', i, 'BAD_VALUE', 'name', { value: pr.name }, `Program "${pr.id}" has no name`);
    ctx.checkYear('programs', i, 'startYear', pr.startYear);
    ctx.checkYear('programs', i, 'endYear', pr.endYear);
    ctx.checkYearOrder('programs', i, pr.startYear, pr.endYear, ['startYear', 'endYear']);
    ctx.checkEnum('programs', i, 'confidence', pr.confidence, CONFIDENCES);
    checkFields(ctx, 'programs', i, pr.fields, dataset);
    checkSources(ctx, 'programs', i, `Program "${pr.id}"`, pr.sourceUrls, dataset);
  });
  for (const d of duplicates(dataset.programs, (p) => p.id)) {
    ctx.report('programs', d.index, 'DUPLICATE_ID', 'id', { value: d.key }, `Program id "${d.key}" is used twice (first on ${ctx.row('programs', d.first)})`);
  }
}

export function validateSources(ctx: RuleContext, dataset: Dataset, options: PartnershipRuleOptions): void {
  dataset.sources.forEach((s, i) => {
    ctx.checkEnum('sources', i, 'kind', s.kind, ['WEB', 'DOCUMENT']);
    checkUrl(ctx, 'sources', i, 'url', s.url);
    const isDocument = s.url.startsWith(DOCUMENTS_PREFIX);
    if ((s.kind === 'DOCUMENT') !== isDocument) {
      ctx.report('sources', i, 'BAD_VALUE', 'kind', { value: s.kind }, `Source "${s.url}" has kind ${s.kind}; DOCUMENT sources, and only they, live under ${DOCUMENTS_PREFIX}`);
    } else if (isDocument && options.documentExists && !options.documentExists(s.url)) {
      ctx.report('sources', i, 'MISSING_DOCUMENT', 'url', { value: s.url }, `Document "${s.url}" is cited but the file is not in seed/documents/`);
    }
    checkIsoDate(ctx, i, 'accessed', s.accessed);
    checkIsoDate(ctx, i, 'publishedDate', s.publishedDate);
    checkIsoDate(ctx, i, 'checkedDate', s.checkedDate);
    if (s.language !== null && !isLanguageTag(s.language)) {
      ctx.report('sources', i, 'BAD_VALUE', 'language', { value: s.language },
        `Expected "${ctx.f('sources', 'language')}" as a BCP 47 tag in canonical form (e.g. "id", "en", "zh-Hant"), got "${s.language}"`);
    }
    const bracketed = s.title !== null && isSuppliedTitleForm(s.title);
    if (s.titleSupplied && !bracketed) {
      ctx.report('sources', i, 'BAD_VALUE', 'titleSupplied', {},
        `Source "${s.url}" has "${ctx.f('sources', 'titleSupplied')}" set, so its title must be a description in square brackets, got ${s.title === null ? 'no title' : `"${s.title}"`}`);
    } else if (bracketed && !s.titleSupplied) {
      ctx.report('sources', i, 'BAD_VALUE', 'title', { value: s.title },
        `Source "${s.url}" has a title in square brackets, which marks a supplied description; set "${ctx.f('sources', 'titleSupplied')}" too, or give the page's own title`);
    }
    if (options.requireCheckedDate && s.checkedDate === null) {
      ctx.report('sources', i, 'MISSING_CHECK', 'checkedDate', {},
        `Source "${s.url}" has no ${ctx.f('sources', 'checkedDate')}; every citation records when it was last checked`);
    }
  });
  for (const d of duplicates(dataset.sources, (s) => s.url)) {
    ctx.report('sources', d.index, 'DUPLICATE_ID', 'url', { value: d.key }, `Source "${d.key}" is described twice (first on ${ctx.row('sources', d.first)})`);
  }
}

/** The form of a supplied title: a description in square brackets, e.g. "[List of Bangkok's sister cities]". */
export function isSuppliedTitleForm(title: string): boolean {
  return /^\[[^[\]].*\]$/s.test(title.trim());
}

/** A real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** A well-formed BCP 47 language tag written in its canonical form ("id", "en-GB", "zh-Hant"). */
export function isLanguageTag(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value)[0] === value;
  } catch {
    return false;
  }
}

function checkIsoDate(ctx: RuleContext, i: number, field: string, value: string | null): void {
  if (value !== null && !isIsoDate(value)) {
    ctx.report('sources', i, 'BAD_VALUE', field, { value }, `Expected "${ctx.f('sources', field)}" as an ISO date (YYYY-MM-DD), got "${value}"`);
  }
}

function checkFields(ctx: RuleContext, entity: RuleEntity, i: number, fields: readonly string[], dataset: Dataset): void {
  const known = new Set(dataset.fields.map((f) => f.code));
  for (const code of fields) {
    if (!known.has(code)) {
      ctx.report(entity, i, 'UNKNOWN_FIELD', 'fields', { value: code }, `Field "${code}" is not in ${ctx.wording.list('fields')}; ${ctx.wording.howToAdd('fields')}`);
    }
  }
}

function checkSources(ctx: RuleContext, entity: RuleEntity, i: number, what: string, urls: readonly string[], dataset: Dataset): void {
  if (urls.length === 0) ctx.report(entity, i, 'MISSING_SOURCE', 'sourceUrls', {}, `${what} cites no source; every fact needs at least one source URL`);
  const described = new Set(dataset.sources.map((s) => s.url));
  for (const url of urls) {
    if (!checkUrl(ctx, entity, i, 'sourceUrls', url)) continue;
    if (!described.has(url)) {
      ctx.report(entity, i, 'UNKNOWN_SOURCE', 'sourceUrls', { value: url },
        `${what} cites "${url}", which ${ctx.wording.list('sources')} does not describe`, `; ${ctx.wording.howToAdd('sources')}.`);
    }
  }
}

function checkUrl(ctx: RuleContext, entity: RuleEntity, i: number, field: string, url: string): boolean {
  if (isWellFormedUrl(url)) return true;
  ctx.report(entity, i, 'MALFORMED_URL', field, { value: url }, `"${url}" is not an http(s) URL or a path under ${DOCUMENTS_PREFIX}`);
  return false;
}
