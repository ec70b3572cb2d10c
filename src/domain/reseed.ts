/**
 * Re-seeding a store that editors have worked on. The seed is the base; API edits are a
 * layer on top. The store remembers a hash of every record as the last seed gave it (the
 * seed base). On a re-seed each record of the new seed is one of:
 *
 * - **added**: not in the store yet;
 * - **unchanged**: the store already holds exactly the seed's record;
 * - **updated**: untouched since the last seed (store = base), so the seed's change is applied;
 * - **kept edit**: edited (store ≠ base) and the seed did not change it (seed = base): the edit stays;
 * - **conflict**: edited, and the seed changed it too. Resolved only as told: `keep-edits` or
 *   `take-seed`, per record (a decisions file, `ReseedDecisions`) or for all the others (a
 *   policy), each with an audit entry; a conflict left undecided means nothing is written.
 *
 * When the store has no base entry for a record (seeded before bases existed), a record with
 * audit entries counts as edited with an unknown base, one without as untouched.
 * Countries and fields are not editable through the API: the seed always wins there.
 */
import { createHash } from 'node:crypto';
import type { AuditDraft, AuditEntityType } from './edits';
import type { Dataset, Partnership } from './model';

/** Entity key ("PARTNERSHIP:id-kota-bandung--kr-seoul") to the hash of the record the last seed gave. */
export type SeedBase = Record<string, string>;

export type ConflictPolicy = 'report' | 'keep-edits' | 'take-seed';
export const CONFLICT_POLICIES: readonly ConflictPolicy[] = ['report', 'keep-edits', 'take-seed'];

export type SeedEntityType = 'COUNTRY' | 'FIELD' | AuditEntityType;

/** How one conflict is resolved. */
export type ConflictDecision = Exclude<ConflictPolicy, 'report'>;

/** Per-record decisions, by entity key (`reseedKey`): they win over the policy for their record. */
export type ReseedDecisions = ReadonlyMap<string, ConflictDecision>;

/** The key of a record in the seed base and in decisions: "PARTNERSHIP:id-kota-bandung--kr-seoul". */
export function reseedKey(type: SeedEntityType, id: string): string {
  return `${type}:${id}`;
}

export interface SeedEntityRef {
  type: SeedEntityType;
  id: string;
}

export interface ReseedConflict extends SeedEntityRef {
  /** The record as the store holds it (with the editor's changes). */
  current: unknown;
  /** The record as the new seed has it. */
  seed: unknown;
  resolution: 'KEPT_EDIT' | 'TOOK_SEED' | 'UNRESOLVED';
  /** What resolved it: a per-record decision, the policy for the rest, or nothing. */
  resolvedBy: 'DECISION' | 'POLICY' | null;
}

export interface ReseedPlan {
  /** The records to upsert (partnerships carry their next version). */
  write: Dataset;
  /** The seed base once this seed is imported. */
  base: SeedBase;
  added: SeedEntityRef[];
  updated: SeedEntityRef[];
  keptEdits: SeedEntityRef[];
  conflicts: ReseedConflict[];
  unchanged: number;
  /** One entry per resolved conflict. */
  audit: AuditDraft[];
}

/**
 * Key order-independent JSON where a null or absent property is the same, without a
 * partnership's version (edits bump it; the content decides).
 */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.keys(value as object)
        .filter((k) => k !== 'version' && (value as Record<string, unknown>)[k] != null)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    );
  return value ?? null;
}

export function recordHash(record: unknown): string {
  return createHash('sha256').update(JSON.stringify(canonical(record))).digest('hex').slice(0, 24);
}

const KINDS: Array<{ kind: keyof Dataset; type: SeedEntityType; key: (r: never) => string; editable: boolean }> = [
  { kind: 'countries', type: 'COUNTRY', key: (r: { code: string }) => r.code, editable: false },
  { kind: 'fields', type: 'FIELD', key: (r: { code: string }) => r.code, editable: false },
  { kind: 'sources', type: 'SOURCE', key: (r: { url: string }) => r.url, editable: true },
  { kind: 'governments', type: 'GOVERNMENT', key: (r: { id: string }) => r.id, editable: true },
  { kind: 'partnerships', type: 'PARTNERSHIP', key: (r: { id: string }) => r.id, editable: true },
  { kind: 'programs', type: 'PROGRAM', key: (r: { id: string }) => r.id, editable: true },
];

/**
 * What importing `seed` into a store holding `current` does, given the store's seed base
 * and the ids of entities with audit entries. A conflict is resolved by its record's entry in
 * `decisions`, else by `policy`. Pure: the caller writes `plan.write`.
 */
export function planReseed(
  current: Dataset,
  base: SeedBase | null,
  editedIds: ReadonlySet<string>,
  seed: Dataset,
  policy: ConflictPolicy,
  decisions: ReseedDecisions = new Map(),
): ReseedPlan {
  const plan: ReseedPlan = {
    write: { countries: [], fields: [], governments: [], partnerships: [], programs: [], sources: [] },
    base: {},
    added: [],
    updated: [],
    keptEdits: [],
    conflicts: [],
    unchanged: 0,
    audit: [],
  };
  for (const { kind, type, key, editable } of KINDS) {
    const keyOf = key as (r: unknown) => string;
    const stored = new Map((current[kind] as unknown[]).map((r) => [keyOf(r), r]));
    const out = plan.write[kind] as unknown[];
    for (const record of seed[kind] as unknown[]) {
      const id = keyOf(record);
      const entityKey = reseedKey(type, id);
      const s = recordHash(record);
      plan.base[entityKey] = s;
      const cur = stored.get(id);
      const ref = { type, id };
      if (cur === undefined) {
        out.push(record);
        plan.added.push(ref);
        continue;
      }
      const c = recordHash(cur);
      if (c === s) {
        plan.unchanged++;
        continue;
      }
      // The base: the recorded one, else (no record) the current record when nobody edited it.
      const b = base?.[entityKey] ?? (editedIds.has(id) ? null : c);
      const next = () => (kind === 'partnerships' ? { ...(record as Partnership), version: (cur as Partnership).version + 1 } : record);
      if (!editable || c === b) {
        out.push(next());
        plan.updated.push(ref);
      } else if (s === b) {
        plan.keptEdits.push(ref);
      } else {
        const decided = decisions.get(entityKey);
        const choice = decided ?? policy;
        const resolvedBy = decided ? 'DECISION' : policy === 'report' ? null : 'POLICY';
        if (choice === 'take-seed') {
          const taken = next();
          out.push(taken);
          plan.conflicts.push({ ...ref, current: cur, seed: record, resolution: 'TOOK_SEED', resolvedBy });
          plan.audit.push({ action: 'RESEED_TAKE_SEED', entityType: type as AuditEntityType, entityId: id, before: cur, after: taken });
        } else if (choice === 'keep-edits') {
          plan.conflicts.push({ ...ref, current: cur, seed: record, resolution: 'KEPT_EDIT', resolvedBy });
          plan.audit.push({ action: 'RESEED_KEEP_EDIT', entityType: type as AuditEntityType, entityId: id, before: record, after: cur });
        } else {
          plan.conflicts.push({ ...ref, current: cur, seed: record, resolution: 'UNRESOLVED', resolvedBy: null });
        }
      }
    }
  }
  return plan;
}
