/**
 * Rules for partnerships, programs and sources: parties exist and differ, years
 * are plausible, fields are in the vocabulary, and every fact cites a described,
 * well-formed source.
 */
import {
  CONFIDENCES, PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES, type Dataset, type Partnership,
} from '../domain/model';
import { DOCUMENTS_PREFIX, type SeedEntity } from './seed-format';
import { levenshtein } from './official-regions';
import { duplicates, isWellFormedUrl, type ValidationContext } from './validation-context';

export interface PartnershipRuleOptions {
  /** Says whether a DOCUMENT source's file exists; skipped when absent. */
  documentExists?: (url: string) => boolean;
}

export function validatePartnerships(ctx: ValidationContext, dataset: Dataset): void {
  const govIds = dataset.governments.map((g) => g.id);
  const governments = new Map(dataset.governments.map((g) => [g.id, g]));
  dataset.partnerships.forEach((p, i) => {
    ctx.checkEnum('partnerships', i, 'type', p.type, PARTNERSHIP_TYPES);
    ctx.checkEnum('partnerships', i, 'status', p.status, PARTNERSHIP_STATUSES);
    ctx.checkEnum('partnerships', i, 'confidence', p.confidence, CONFIDENCES);
    checkParties(ctx, i, p, govIds);
    const first = governments.get(p.partyIds[0] ?? '');
    if (first && first.countryCode !== 'ID') {
      ctx.report('partnerships', i, 'BAD_VALUE', `Partnership "${p.id}" should list its Indonesian party first, not "${first.id}"`);
    }
    ctx.checkYear('partnerships', i, 'signed_year', p.signedYear);
    ctx.checkYear('partnerships', i, 'ended_year', p.endedYear);
    ctx.checkYearOrder('partnerships', i, p.signedYear, p.endedYear, ['signed_year', 'ended_year']);
    for (const alt of p.signedYearAlternatives) {
      ctx.checkYear('partnerships', i, 'signed_year_alternatives', alt.year);
      checkUrl(ctx, 'partnerships', i, alt.sourceUrl);
    }
    checkFields(ctx, 'partnerships', i, p.fields, dataset);
    checkSources(ctx, 'partnerships', i, `Partnership "${p.id}"`, p.sourceUrls, dataset);
  });
  for (const d of duplicates(dataset.partnerships, (p) => p.id)) {
    ctx.report('partnerships', d.index, 'DUPLICATE_ID', `Partnership id "${d.key}" is used twice (first on line ${ctx.line('partnerships', d.first)})`);
  }
}

function checkParties(ctx: ValidationContext, i: number, p: Partnership, govIds: readonly string[]): void {
  if (new Set(p.partyIds).size < p.partyIds.length) {
    ctx.report('partnerships', i, 'SELF_PARTNERSHIP', `Partnership "${p.id}" lists the same government more than once (${p.partyIds.join(', ')})`);
  }
  if (p.partyIds.length < 2) {
    ctx.report('partnerships', i, 'BAD_VALUE', `Partnership "${p.id}" needs at least two party_ids, got ${p.partyIds.length}`);
  }
  const known = new Set(govIds);
  for (const id of p.partyIds) {
    if (known.has(id)) continue;
    const near = govIds.map((g) => ({ g, d: levenshtein(id, g) })).sort((a, b) => a.d - b.d)[0];
    const hint = near && near.d <= Math.max(3, id.length / 4) ? `; did you mean "${near.g}"?` : '.';
    ctx.report('partnerships', i, 'UNKNOWN_GOVERNMENT', `Party "${id}" of partnership "${p.id}" is not a government in governments.tsv`, hint);
  }
}

export function validatePrograms(ctx: ValidationContext, dataset: Dataset): void {
  const partnershipIds = new Set(dataset.partnerships.map((p) => p.id));
  dataset.programs.forEach((pr, i) => {
    if (!partnershipIds.has(pr.partnershipId)) {
      ctx.report('programs', i, 'UNKNOWN_PARTNERSHIP', `Program "${pr.id}" belongs to partnership "${pr.partnershipId}", which partnerships.tsv does not have`);
    }
    if (!pr.name.trim()) ctx.report('programs', i, 'BAD_VALUE', `Program "${pr.id}" has no name`);
    ctx.checkYear('programs', i, 'start_year', pr.startYear);
    ctx.checkYear('programs', i, 'end_year', pr.endYear);
    ctx.checkYearOrder('programs', i, pr.startYear, pr.endYear, ['start_year', 'end_year']);
    checkFields(ctx, 'programs', i, pr.fields, dataset);
    checkSources(ctx, 'programs', i, `Program "${pr.id}"`, pr.sourceUrls, dataset);
  });
  for (const d of duplicates(dataset.programs, (p) => p.id)) {
    ctx.report('programs', d.index, 'DUPLICATE_ID', `Program id "${d.key}" is used twice (first on line ${ctx.line('programs', d.first)})`);
  }
}

export function validateSources(ctx: ValidationContext, dataset: Dataset, options: PartnershipRuleOptions): void {
  dataset.sources.forEach((s, i) => {
    ctx.checkEnum('sources', i, 'kind', s.kind, ['WEB', 'DOCUMENT']);
    checkUrl(ctx, 'sources', i, s.url);
    const isDocument = s.url.startsWith(DOCUMENTS_PREFIX);
    if ((s.kind === 'DOCUMENT') !== isDocument) {
      ctx.report('sources', i, 'BAD_VALUE', `Source "${s.url}" has kind ${s.kind}; DOCUMENT sources, and only they, live under ${DOCUMENTS_PREFIX}`);
    } else if (isDocument && options.documentExists && !options.documentExists(s.url)) {
      ctx.report('sources', i, 'MISSING_DOCUMENT', `Document "${s.url}" is cited but the file is not in seed/documents/`);
    }
    if (s.accessed !== null && !/^\d{4}-\d{2}-\d{2}$/.test(s.accessed)) {
      ctx.report('sources', i, 'BAD_VALUE', `Expected "accessed" as an ISO date (YYYY-MM-DD), got "${s.accessed}"`);
    }
  });
  for (const d of duplicates(dataset.sources, (s) => s.url)) {
    ctx.report('sources', d.index, 'DUPLICATE_ID', `Source "${d.key}" is described twice (first on line ${ctx.line('sources', d.first)})`);
  }
}

function checkFields(ctx: ValidationContext, entity: SeedEntity, i: number, fields: readonly string[], dataset: Dataset): void {
  const known = new Set(dataset.fields.map((f) => f.code));
  for (const code of fields) {
    if (!known.has(code)) ctx.report(entity, i, 'UNKNOWN_FIELD', `Field "${code}" is not in fields.tsv; use a code from the vocabulary or add it there`);
  }
}

function checkSources(ctx: ValidationContext, entity: SeedEntity, i: number, what: string, urls: readonly string[], dataset: Dataset): void {
  if (urls.length === 0) ctx.report(entity, i, 'MISSING_SOURCE', `${what} cites no source; every fact needs at least one source URL`);
  const described = new Set(dataset.sources.map((s) => s.url));
  for (const url of urls) {
    if (!checkUrl(ctx, entity, i, url)) continue;
    if (!described.has(url)) ctx.report(entity, i, 'UNKNOWN_SOURCE', `${what} cites "${url}", which sources.tsv does not describe`);
  }
}

function checkUrl(ctx: ValidationContext, entity: SeedEntity, i: number, url: string): boolean {
  if (isWellFormedUrl(url)) return true;
  ctx.report(entity, i, 'MALFORMED_URL', `"${url}" is not an http(s) URL or a path under ${DOCUMENTS_PREFIX}`);
  return false;
}
