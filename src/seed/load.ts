/**
 * Load the seed directory into a store: read, validate, and import in one atomic
 * write. A seed with any problem writes nothing.
 *
 * The seed is the base and API edits are an audited layer on top (domain/reseed.ts): a
 * re-seed applies the seed's changes to records nobody edited, keeps edits the seed did not
 * touch, and resolves a record changed on both sides only as told: its line in a decisions
 * file (`decisions`), else `onConflict`. A conflict left undecided stops the import
 * (ReseedConflictError) and nothing is written.
 */
import { KotaKembarError } from '../domain/errors';
import { planReseed, reseedKey, type ConflictPolicy, type ReseedDecisions, type ReseedPlan } from '../domain/reseed';
import type { ReleaseStamp } from '../domain/release';
import path from 'node:path';
import type { ImportResult, Store, WorldImportResult } from '../store/store';
import { hasWorldLayer, readWorldLayer } from './world/world-files';
import { readDataset } from './read-dataset';
import { seedRelease } from './release';
import { formatSeedProblem, type SeedProblem } from './seed-problem';

export class SeedInvalidError extends KotaKembarError {
  constructor(readonly problems: SeedProblem[]) {
    super(
      'BAD_USER_INPUT',
      `The seed has ${problems.length} problem(s); nothing was written:\n${problems.map(formatSeedProblem).join('\n')}`,
    );
  }
}

/** Records changed both by the seed and by an editor, and no policy to resolve them: nothing was written. */
export class ReseedConflictError extends KotaKembarError {
  constructor(readonly plan: ReseedPlan) {
    super(
      'CONFLICT',
      `The seed changes ${plan.conflicts.length} record(s) that editors changed too, ${plan.conflicts.filter((c) => c.resolution === 'UNRESOLVED').length} of them undecided; nothing was written:\n` +
        plan.conflicts
          .filter((c) => c.resolution === 'UNRESOLVED')
          .map((c) => `  ${c.type} ${c.id}`)
          .join('\n') +
        '\nDecide each in a decisions file (--decisions FILE: keep-edits or take-seed per record), or all the undecided ones at once with --on-conflict=keep-edits (keep the editors\' records) or --on-conflict=take-seed (take the seed\'s); each choice is recorded in the audit trail.',
    );
  }
}

/** A decisions file names records that are not conflicts of this re-seed (a stale or mistyped file): nothing was written. */
export class StaleDecisionsError extends KotaKembarError {
  constructor(readonly keys: string[]) {
    super(
      'BAD_USER_INPUT',
      `The decisions name ${keys.length} record(s) that are not conflicts of this re-seed (${keys.slice(0, 5).join(', ')}); nothing was written. Write a fresh decisions file from this seed's conflicts.`,
    );
  }
}

export interface LoadSeedOptions {
  /** What to do with records changed both in the seed and by an editor. Defaults to "report" (stop, write nothing). */
  onConflict?: ConflictPolicy;
  /** Per-record decisions (reseed-decisions.ts), before `onConflict`; each must name a conflict of this re-seed. */
  decisions?: ReseedDecisions;
  /** The name audit entries of resolved conflicts carry. Defaults to "seed". */
  who?: string;
}

/**
 * Read, check and import the seed in `seedDir`, recording in the store which
 * release it is (release.ts: its id from the seed's content and RELEASES.md) and the seed
 * base re-seeds compare against.
 */
export async function loadSeed(
  store: Store,
  seedDir: string,
  options: LoadSeedOptions = {},
): Promise<ImportResult & { release: ReleaseStamp; plan: ReseedPlan }> {
  const [{ dataset, problems }, release] = await Promise.all([readDataset(seedDir), seedRelease(seedDir)]);
  if (problems.length > 0) throw new SeedInvalidError(problems);
  const [current, base] = await Promise.all([store.snapshot(), store.seedBase()]);
  const edited = new Set<string>();
  if (!base && current.governments.length > 0)
    for (const a of await store.auditTrail({}, { offset: 0, limit: Number.MAX_SAFE_INTEGER })) edited.add(a.entityId);
  const decisions = options.decisions ?? new Map();
  const plan = planReseed(current, base, edited, dataset, options.onConflict ?? 'report', decisions);
  const conflicting = new Set(plan.conflicts.map((c) => reseedKey(c.type, c.id)));
  const stale = [...decisions.keys()].filter((key) => !conflicting.has(key));
  if (stale.length > 0) throw new StaleDecisionsError(stale);
  if (plan.conflicts.some((c) => c.resolution === 'UNRESOLVED')) throw new ReseedConflictError(plan);
  const result = await store.importDataset(plan.write, release.stamp, { base: plan.base, audit: plan.audit, who: options.who ?? 'seed' });
  return { ...result, release: release.stamp, plan };
}

/** A few lines saying what a (re-)seed did, for the CLI and logs. */
export function describePlan(plan: ReseedPlan): string {
  const list = (refs: Array<{ type: string; id: string }>) => refs.map((r) => `    ${r.type} ${r.id}`).join('\n');
  const lines = [
    `  added ${plan.added.length}, updated ${plan.updated.length} (untouched by editors), unchanged ${plan.unchanged}, edits kept ${plan.keptEdits.length}, conflicts ${plan.conflicts.length}`,
  ];
  if (plan.updated.length && plan.updated.length <= 50) lines.push('  updated from the seed:', list(plan.updated));
  if (plan.keptEdits.length) lines.push('  edited records the seed did not change (kept):', list(plan.keptEdits));
  for (const c of plan.conflicts)
    lines.push(
      `  conflict ${c.type} ${c.id}: ${c.resolution === 'KEPT_EDIT' ? "kept the editor's record" : c.resolution === 'TOOK_SEED' ? "took the seed's record" : 'unresolved'}${c.resolvedBy === 'DECISION' ? ' (decisions file)' : c.resolvedBy === 'POLICY' ? ' (--on-conflict)' : ''}`,
    );
  return lines.join('\n');
}

/**
 * Load the world layer committed under `<seedDir>/world/` (places.tsv + ties.tsv, see
 * seed/world/NOTES.md) into a store that already holds the dataset. Atomic: a layer naming
 * a government the store does not hold writes nothing. Resolves to null when the seed has
 * no world layer.
 */
export async function loadWorldLayer(store: Store, seedDir: string): Promise<WorldImportResult | null> {
  const dir = path.join(seedDir, 'world');
  if (!hasWorldLayer(dir)) return null;
  const layer = await readWorldLayer(dir);
  const known = new Set((await store.snapshot()).governments.map((g) => g.id));
  const unknown = [...new Set(layer.places.map((p) => p.governmentId).filter((id): id is string => id !== null && !known.has(id)))];
  if (unknown.length > 0)
    throw new KotaKembarError(
      'BAD_USER_INPUT',
      `The world layer's match table (${path.join(dir, 'places.tsv')}) names ${unknown.length} government(s) the store does not hold (${unknown.slice(0, 5).join(', ')}); nothing was written. Load the seed first, or re-run "npm run world:match".`,
    );
  return store.importWorldLayer(layer);
}
