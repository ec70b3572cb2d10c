/**
 * The rules every write obeys, shared by both stores so they cannot drift. Each
 * `plan*` function takes a view of the data the edit touches and an edit, and returns the
 * record to store or throws: BadInputError (with every problem found, as structured
 * `problems` and a sentence worded for API clients), NotFoundError, or ConflictError (stale
 * version, taken id). The data rules are the domain's (src/domain/rules/), the same ones
 * the seed obeys; a write checks only the rows it adds or changes. `needsOf*` say what a
 * store must read for the view (the parties, the cited sources, the ids that could clash),
 * so a write never reads the whole dataset. Pure: no I/O, no clock (the caller passes `now`).
 */
import { randomUUID } from 'node:crypto';
import type {
  AuditAction,
  AuditEntityType,
  AuditEntry,
  NewGovernment,
  NewPartnership,
  NewProgram,
  NewSource,
  PartnershipChanges,
} from '../domain/edits';
import { BadInputError, ConflictError, NotFoundError } from '../domain/errors';
import type { Country, Dataset, Field, Government, Partnership, Program, Source } from '../domain/model';
import { normalizeText } from '../domain/text';
import { officialRegions } from '../domain/official-regions';
import { validateGovernments } from '../domain/rules/government-rules';
import { validatePartnerships, validatePrograms, validateSources } from '../domain/rules/partnership-rules';
import { DOCUMENTS_PREFIX, RuleContext, type RuleEntity, type RuleProblem, type Wording } from '../domain/rules/rule-context';

/** What the rules need to know about the current data: at least what `needsOf*` name. */
export interface WriteView {
  /** The country list (a small reference table). */
  countries: Country[];
  /** The field vocabulary (a small reference table). */
  fields: Field[];
  /** Governments; at least the edit's parties, parent, and any with the id being added. */
  governments: Government[];
  /** Sources; at least those the edit cites or describes. */
  sources: Source[];
  /** Partnership ids that exist; at least those the edit names and those starting with its id prefix. */
  partnershipIds: ReadonlySet<string>;
  /** Program ids that exist; at least those the edit names and those starting with its id prefix. */
  programIds: ReadonlySet<string>;
  /** Every government id, where a store has them at hand, for "did you mean" hints. */
  allGovernmentIds?: readonly string[];
}

/** What a store reads to build the view of one write. */
export interface WriteNeeds {
  governmentIds: string[];
  sourceUrls: string[];
  /** Partnership ids to look up, and a prefix whose ids a new partnership's id could clash with. */
  partnershipIds: string[];
  partnershipIdPrefix: string | null;
  programIds: string[];
  programIdPrefix: string | null;
}

const NO_NEEDS: WriteNeeds = { governmentIds: [], sourceUrls: [], partnershipIds: [], partnershipIdPrefix: null, programIds: [], programIdPrefix: null };

export function needsOfNewPartnership(input: NewPartnership): WriteNeeds {
  const partyIds = input.partyIds ?? [];
  return {
    ...NO_NEEDS,
    governmentIds: [...partyIds],
    sourceUrls: [...(input.sourceUrls ?? [])],
    partnershipIds: input.id ? [input.id] : [],
    partnershipIdPrefix: input.id ? null : partyIds.slice(0, 2).join('--'),
  };
}

/** For an update or retirement of `current` (read first). */
export function needsOfPartnershipChange(current: Partnership | null, changes: PartnershipChanges = {}): WriteNeeds {
  return { ...NO_NEEDS, governmentIds: [...(current?.partyIds ?? [])], sourceUrls: [...(changes.sourceUrls ?? current?.sourceUrls ?? [])] };
}

export function needsOfProgram(input: NewProgram): WriteNeeds {
  return {
    ...NO_NEEDS,
    sourceUrls: [...(input.sourceUrls ?? [])],
    partnershipIds: [input.partnershipId],
    programIds: input.id ? [input.id] : [],
    programIdPrefix: input.id ? null : programIdBase(input),
  };
}

export function needsOfSource(input: NewSource): WriteNeeds {
  return { ...NO_NEEDS, sourceUrls: [(input.url ?? '').trim()] };
}

export function needsOfGovernment(input: NewGovernment): WriteNeeds {
  return { ...NO_NEEDS, governmentIds: [input.id, ...(input.parentId ? [input.parentId] : [])] };
}

/** Longest accepted text values, in characters. */
export const MAX_TEXT = { id: 200, name: 300, note: 5000, url: 2000 } as const;

const ID_PATTERN = /^[a-z0-9]+(?:-{1,2}[a-z0-9]+)*$/;

export function viewOf(dataset: Dataset): WriteView {
  return {
    countries: dataset.countries,
    fields: dataset.fields,
    governments: dataset.governments,
    sources: dataset.sources,
    partnershipIds: new Set(dataset.partnerships.map((p) => p.id)),
    programIds: new Set(dataset.programs.map((p) => p.id)),
    allGovernmentIds: dataset.governments.map((g) => g.id),
  };
}

/** The partnership to create; throws BadInputError or ConflictError (id taken). */
export function planPartnership(view: WriteView, input: NewPartnership): Partnership {
  const partyIds = input.partyIds ?? [];
  const id = input.id ?? freeId(view.partnershipIds, partyIds.slice(0, 2).join('--'));
  checkId('partnership', id);
  if (view.partnershipIds.has(id)) throw new ConflictError(`A partnership with the id "${id}" already exists; update it instead, or choose another id.`);
  const p: Partnership = {
    id,
    partyIds: [...partyIds],
    type: input.type,
    status: input.status ?? 'ACTIVE',
    signedYear: input.signedYear ?? null,
    signedYearAlternatives: input.signedYearAlternatives ?? [],
    endedYear: input.endedYear ?? null,
    fields: input.fields ?? [],
    confidence: input.confidence ?? 'MEDIUM',
    sourceUrls: [...(input.sourceUrls ?? [])],
    note: input.note ?? null,
    version: 1,
  };
  checkPartnership(view, p);
  return p;
}

/**
 * The partnership after `changes`; throws NotFoundError, ConflictError when
 * `expectedVersion` is not the stored version, or BadInputError.
 */
export function planPartnershipUpdate(
  view: WriteView,
  current: Partnership | null,
  id: string,
  expectedVersion: number,
  changes: PartnershipChanges,
): Partnership {
  if (!current) throw new NotFoundError('partnership', id);
  checkVersion(current, expectedVersion);
  const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)) as PartnershipChanges;
  const next: Partnership = { ...current, ...defined, version: current.version + 1 };
  checkPartnership(view, next);
  return next;
}

/** The partnership marked ENDED in `endedYear`; throws like planPartnershipUpdate. */
export function planRetirement(
  view: WriteView,
  current: Partnership | null,
  id: string,
  expectedVersion: number,
  endedYear: number,
  note?: string | null,
): Partnership {
  if (current?.status === 'ENDED' && current.version === expectedVersion)
    throw new BadInputError(`Partnership "${id}" has already ended (in ${current.endedYear ?? 'an unknown year'}).`);
  return planPartnershipUpdate(view, current, id, expectedVersion, {
    status: 'ENDED',
    endedYear,
    ...(note === undefined ? {} : { note }),
  });
}

export function planProgram(view: WriteView, input: NewProgram): Program {
  if (!view.partnershipIds.has(input.partnershipId)) throw new NotFoundError('partnership', input.partnershipId);
  const id = input.id ?? freeId(view.programIds, programIdBase(input));
  checkId('program', id);
  if (view.programIds.has(id)) throw new ConflictError(`A program with the id "${id}" already exists; choose another id.`);
  const pr: Program = {
    id,
    partnershipId: input.partnershipId,
    name: input.name.trim(),
    startYear: input.startYear ?? null,
    endYear: input.endYear ?? null,
    fields: input.fields ?? [],
    summary: input.summary ?? '',
    sourceUrls: [...(input.sourceUrls ?? [])],
    confidence: input.confidence ?? 'MEDIUM',
  };
  const ctx = apiContext();
  textProblems(ctx, 'programs', { name: [pr.name, MAX_TEXT.name], summary: [pr.summary, MAX_TEXT.note] });
  validatePrograms(ctx, { ...datasetOf(view), partnerships: [{ id: pr.partnershipId } as Partnership], programs: [pr] });
  throwIfAny('program', ctx);
  return pr;
}

export function planSource(view: WriteView, input: NewSource): Source {
  const url = (input.url ?? '').trim();
  if (view.sources.some((s) => s.url === url)) throw new ConflictError(`The source "${url}" is already described.`);
  const s: Source = {
    url,
    kind: input.kind ?? (url.startsWith(DOCUMENTS_PREFIX) ? 'DOCUMENT' : 'WEB'),
    title: input.title ?? null,
    titleSupplied: input.titleSupplied ?? false,
    publisher: input.publisher ?? null,
    accessed: input.accessed ?? null,
    language: input.language ?? null,
    publishedDate: input.publishedDate ?? null,
    checkedDate: input.checkedDate ?? input.accessed ?? null,
    checkNote: input.checkNote ?? null,
  };
  const ctx = apiContext();
  textProblems(ctx, 'sources', {
    url: [s.url, MAX_TEXT.url], title: [s.title, MAX_TEXT.name], publisher: [s.publisher, MAX_TEXT.name], checkNote: [s.checkNote, MAX_TEXT.note],
  });
  validateSources(ctx, { ...datasetOf(view), sources: [s] }, {});
  throwIfAny('source', ctx);
  return s;
}

export function planGovernment(view: WriteView, input: NewGovernment): Government {
  const g: Government = {
    id: input.id,
    name: (input.name ?? '').trim(),
    level: input.level,
    localType: input.localType,
    countryCode: input.countryCode,
    parentId: input.parentId ?? null,
    admin1: input.admin1 ?? null,
    kemendagriCode: input.kemendagriCode ?? null,
    lat: input.lat ?? null,
    lon: input.lon ?? null,
    aliases: input.aliases ?? [],
  };
  checkId('government', g.id);
  if (view.governments.some((x) => x.id === g.id)) throw new ConflictError(`A government with the id "${g.id}" already exists.`);
  const ctx = apiContext();
  textProblems(ctx, 'governments', {
    name: [g.name, MAX_TEXT.name],
    localType: [g.localType, MAX_TEXT.name],
    admin1: [g.admin1, MAX_TEXT.name],
    ...Object.fromEntries(g.aliases.map((a, i) => [`aliases[${i}]`, [a, MAX_TEXT.name]])),
  });
  const index = view.governments.length;
  // Only the new row: existing rows are there to be referred to, not this edit's business.
  validateGovernments(ctx, { ...datasetOf(view), governments: [...view.governments, g] }, {
    regions: officialRegions(),
    requireCoordinates: false,
    rows: [index],
  });
  throwIfAny('government', ctx);
  return g;
}

/** The audit entry of a write, stamped with the version it produced. */
export function auditEntry(
  draft: { action: AuditAction; entityType: AuditEntityType; entityId: string; before: unknown; after: unknown },
  who: string,
  dataVersion: number,
  now: Date,
): AuditEntry {
  return {
    id: randomUUID(),
    dataVersion,
    at: now.toISOString(),
    who,
    action: draft.action,
    entityType: draft.entityType,
    entityId: draft.entityId,
    before: draft.before == null ? null : JSON.stringify(draft.before),
    after: draft.after == null ? null : JSON.stringify(draft.after),
  };
}

function checkPartnership(view: WriteView, p: Partnership): void {
  const ctx = apiContext();
  textProblems(ctx, 'partnerships', { note: [p.note, MAX_TEXT.note] });
  if (p.status === 'ENDED' && p.endedYear === null) {
    ctx.report('partnerships', 0, 'BAD_VALUE', 'endedYear', { status: p.status }, 'An ENDED partnership needs "endedYear"');
  }
  validatePartnerships(ctx, { ...datasetOf(view), partnerships: [p] }, { allGovernmentIds: view.allGovernmentIds });
  throwIfAny('partnership', ctx);
}

function checkVersion(current: Partnership, expectedVersion: number): void {
  if (current.version !== expectedVersion)
    throw new ConflictError(
      `Partnership "${current.id}" is at version ${current.version}, not ${expectedVersion}: someone else changed it. Read it again and reapply your change.`,
    );
}

function checkId(what: string, id: string): void {
  if (typeof id !== 'string' || id.length > MAX_TEXT.id || !ID_PATTERN.test(id))
    throw new BadInputError(
      `Expected the ${what} id to be a lower-case slug of a-z, 0-9 and dashes (at most ${MAX_TEXT.id} characters), got "${String(id).slice(0, 80)}".`,
    );
}

/** `base`, or `base--2`, `base--3`, ... whichever is free. */
function freeId(taken: ReadonlySet<string>, base: string): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) if (!taken.has(`${base}--${n}`)) return `${base}--${n}`;
}

function slug(text: string): string {
  return normalizeText(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 80).replace(/-+$/, '');
}

function programIdBase(input: NewProgram): string {
  return `${input.partnershipId}--${slug(input.name ?? '') || 'program'}`;
}

// Control characters other than tab and newline have no place in the data.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function textProblems(ctx: RuleContext, entity: RuleEntity, values: Record<string, [string | null | undefined, number]>): void {
  for (const [name, [value, max]] of Object.entries(values)) {
    if (value == null) continue;
    if (value.length > max) {
      ctx.report(entity, 0, 'BAD_VALUE', name, { length: value.length, max }, `Expected "${name}" to have at most ${max} characters, got ${value.length}`);
    }
    if (CONTROL.test(value)) ctx.report(entity, 0, 'BAD_VALUE', name, {}, `"${name}" contains control characters; remove them`);
  }
}

function datasetOf(view: WriteView): Dataset {
  return { countries: view.countries, fields: view.fields, governments: view.governments, sources: view.sources, partnerships: [], programs: [] };
}

/** The mutation that adds a row of each kind, for "add it with … first". */
const ADD_MUTATION: Partial<Record<RuleEntity, string>> = { governments: 'addGovernment', sources: 'addSource', partnerships: 'createPartnership' };

/** How the API words rule problems: input field names and the queries and mutations to use. */
export const API_WORDING: Wording = {
  field: (_entity, field) => field,
  list: (entity) => (entity === 'fields' ? 'the field vocabulary' : entity === 'countries' ? 'the country list' : 'the dataset'),
  howToAdd: (entity) =>
    entity === 'fields'
      ? 'use a code from `vocabulary { fields }`'
      : ADD_MUTATION[entity]
        ? `add it with ${ADD_MUTATION[entity]} first`
        : 'use an existing one',
  row: (_entity, index) => `entry ${index + 1}`,
};

function apiContext(): RuleContext {
  return new RuleContext(API_WORDING, new Date().getUTCFullYear());
}

/** A problem as API clients see it: the input field path and the sentence. */
export function apiProblem(p: RuleProblem): { code: string; field: string; values: RuleProblem['values']; message: string } {
  return { code: p.code, field: p.field, values: p.values, message: `${p.head}${p.tail}` };
}

function throwIfAny(what: string, ctx: RuleContext): void {
  if (ctx.problems.length === 0) return;
  const problems = ctx.problems.map(apiProblem);
  const sentences = [...new Set(problems.map((p) => p.message))];
  throw new BadInputError(`The ${what} was not saved: ${sentences.join(' ')}`, { problems });
}
