/**
 * The rules every write obeys, shared by both stores so they cannot drift. Each
 * `plan*` function takes a view of the current data and an edit, and returns the
 * record to store or throws: BadInputError (with every problem found, reusing the
 * seed's validation rules), NotFoundError, or ConflictError (stale version, taken id).
 * Pure: no I/O, no clock (the caller passes `now`).
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
import { officialRegions } from '../seed/validate-dataset';
import { validateGovernments } from '../seed/validate-governments';
import { validatePartnerships, validatePrograms, validateSources } from '../seed/validate-partnerships';
import { DOCUMENTS_PREFIX } from '../seed/seed-format';
import { locateByIndex, ValidationContext } from '../seed/validation-context';

/** What the rules need to know about the current data. */
export interface WriteView {
  countries: Country[];
  fields: Field[];
  governments: Government[];
  /** Sources; at least those the edit cites. */
  sources: Source[];
  partnershipIds: ReadonlySet<string>;
  programIds: ReadonlySet<string>;
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
  const id = input.id ?? freeId(view.programIds, `${input.partnershipId}--${slug(input.name ?? '') || 'program'}`);
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
  };
  const problems = [...textProblems({ name: [pr.name, MAX_TEXT.name], summary: [pr.summary, MAX_TEXT.note] })];
  problems.push(
    ...seedProblems((ctx) =>
      validatePrograms(ctx, {
        ...datasetOf(view),
        partnerships: [{ id: pr.partnershipId } as Partnership],
        programs: [pr],
      }),
    ),
  );
  throwIfAny('program', problems);
  return pr;
}

export function planSource(view: WriteView, input: NewSource): Source {
  const url = (input.url ?? '').trim();
  if (view.sources.some((s) => s.url === url)) throw new ConflictError(`The source "${url}" is already described.`);
  const s: Source = {
    url,
    kind: input.kind ?? (url.startsWith(DOCUMENTS_PREFIX) ? 'DOCUMENT' : 'WEB'),
    title: input.title ?? null,
    publisher: input.publisher ?? null,
    accessed: input.accessed ?? null,
  };
  const problems = textProblems({ url: [s.url, MAX_TEXT.url], title: [s.title, MAX_TEXT.name], publisher: [s.publisher, MAX_TEXT.name] });
  problems.push(...seedProblems((ctx) => validateSources(ctx, { ...datasetOf(view), sources: [s] }, {})));
  throwIfAny('source', problems);
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
  const problems = textProblems({
    name: [g.name, MAX_TEXT.name],
    localType: [g.localType, MAX_TEXT.name],
    admin1: [g.admin1, MAX_TEXT.name],
    ...Object.fromEntries(g.aliases.map((a, i) => [`aliases[${i}]`, [a, MAX_TEXT.name]])),
  });
  const index = view.governments.length;
  problems.push(
    ...seedProblems(
      (ctx) =>
        validateGovernments(ctx, { ...datasetOf(view), governments: [...view.governments, g] }, {
          regions: officialRegions(),
          requireCoordinates: false,
        }),
      // Only the new row: existing rows are not this edit's business.
      (line) => line === locateByIndex('governments', index).line,
    ),
  );
  throwIfAny('government', problems);
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
  const problems = textProblems({ note: [p.note, MAX_TEXT.note] });
  if (p.status === 'ENDED' && p.endedYear === null) problems.push('An ENDED partnership needs "endedYear".');
  problems.push(...seedProblems((ctx) => validatePartnerships(ctx, { ...datasetOf(view), partnerships: [p] })));
  throwIfAny('partnership', problems);
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

// Control characters other than tab and newline have no place in the data.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;

function textProblems(values: Record<string, [string | null | undefined, number]>): string[] {
  const problems: string[] = [];
  for (const [name, [value, max]] of Object.entries(values)) {
    if (value == null) continue;
    if (value.length > max) problems.push(`Expected "${name}" to have at most ${max} characters, got ${value.length}.`);
    if (CONTROL.test(value)) problems.push(`"${name}" contains control characters; remove them.`);
  }
  return problems;
}

function datasetOf(view: WriteView): Dataset {
  return { countries: view.countries, fields: view.fields, governments: view.governments, sources: view.sources, partnerships: [], programs: [] };
}

/** Run seed rules and return their messages, reworded for the API (no seed lines or file names). */
function seedProblems(run: (ctx: ValidationContext) => void, keepLine: (line: number) => boolean = () => true): string[] {
  const ctx = new ValidationContext(locateByIndex, new Date().getUTCFullYear());
  run(ctx);
  return ctx.problems.filter((p) => keepLine(p.line)).map((p) => forTheApi(p.message));
}

const REWORDINGS: Array<[RegExp, string]> = [
  [/ \(line \d+\)/g, ''],
  [/is not a government in governments\.tsv/g, 'is not a known government (add it with addGovernment first)'],
  [/which sources\.tsv does not describe/g, 'which is not a known source (add it with addSource first)'],
  [/is not in fields\.tsv; use a code from the vocabulary or add it there/g, 'is not in the field vocabulary; use a code from `vocabulary { fields }`'],
  [/which countries\.tsv does not list/g, 'which is not a known country'],
  [/party_ids/g, 'partyIds'],
  [/"signed_year"/g, '"signedYear"'],
  [/"ended_year"/g, '"endedYear"'],
  [/"start_year"/g, '"startYear"'],
  [/"end_year"/g, '"endYear"'],
  [/parent_id/g, 'parentId'],
  [/\b([a-z]+)\.tsv\b/g, 'the dataset'],
];

function forTheApi(message: string): string {
  return REWORDINGS.reduce((m, [re, to]) => m.replace(re, to), message);
}

function throwIfAny(what: string, problems: string[]): void {
  if (problems.length === 0) return;
  const unique = [...new Set(problems)];
  throw new BadInputError(`The ${what} was not saved: ${unique.join(' ')}`);
}
