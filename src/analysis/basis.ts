/**
 * analysisBasis: what an analysis counted. For a filter, how many partnerships
 * of the snapshot it counts and how many it leaves out, by reason.
 *
 * Each partnership left out is counted once, under the FIRST reason that
 * applies, in this order (LEFT_OUT_REASONS):
 * 1. LOW_CONFIDENCE: its confidence is below `minConfidence` (MEDIUM by default,
 *    so by default these are the LOW rows, the leads).
 * 2. UNDATED: `asOf` or `signedFrom` is set, `undated` is EXCLUDE and no signing year is known.
 * 3. ENDED: `asOf` is set and it ended in or before that year.
 * 4. NOT_YET_SIGNED: `asOf` is set and it was signed after that year.
 * 5. FILTERED: any other criterion of the filter (`signedFrom`, types, statuses,
 *    countries, levels, provinces, fields) leaves it out.
 * So `partnershipsCounted` + the left-out counts = every partnership of the
 * snapshot. Confidence comes first because it is the reason a reader most needs
 * to know about ("35 leads not shown"), then time, then the reader's own choices.
 */
import { confidenceRank, type Confidence, type Snapshot } from '../domain/model';
import { checkFilter, normalizeFilter, otherCriteriaMatcher, type NetworkFilter, type NetworkScope, type UndatedPolicy } from './filter';

export const LEFT_OUT_REASONS = ['LOW_CONFIDENCE', 'UNDATED', 'ENDED', 'NOT_YET_SIGNED', 'FILTERED'] as const;
export type LeftOutReason = (typeof LEFT_OUT_REASONS)[number];

export { NETWORK_SCOPES, type NetworkScope } from './filter';

export interface LeftOutCount {
  reason: LeftOutReason;
  count: number;
}

export interface AnalysisBasis {
  /** Id of the dataset release the store was loaded from, or null when it holds no release record. */
  release: string | null;
  scope: NetworkScope;
  minConfidence: Confidence;
  asOf: number | null;
  undated: UndatedPolicy;
  /** Partnerships the filter counts. */
  partnershipsCounted: number;
  /** Every reason, in LEFT_OUT_REASONS order, zeros included. */
  leftOut: LeftOutCount[];
  /**
   * Scope WORLD: ties of the world layer counted (LOW confidence by construction, counted
   * whatever minConfidence says; those duplicating a sourced partnership are not). 0 otherwise.
   */
  worldTiesCounted: number;
}

/**
 * The basis of any analysis of `snapshot` under `filter` (see the module comment).
 * @throws BadInputError when the filter names an unknown country, province or field.
 */
export function analysisBasis(snapshot: Snapshot, filter: NetworkFilter | null | undefined, release: string | null): AnalysisBasis {
  const f = normalizeFilter(filter);
  checkFilter(snapshot, f);
  const minRank = confidenceRank(f.minConfidence!);
  const asOf = f.asOf ?? null;
  const signedFrom = f.signedFrom ?? null;
  const undated = f.undated!;
  const other = otherCriteriaMatcher(snapshot, f);

  const left: Record<LeftOutReason, number> = { LOW_CONFIDENCE: 0, UNDATED: 0, ENDED: 0, NOT_YET_SIGNED: 0, FILTERED: 0 };
  let counted = 0;
  for (const p of snapshot.partnerships) {
    const reason: LeftOutReason | null =
      confidenceRank(p.confidence) < minRank
        ? 'LOW_CONFIDENCE'
        : (asOf !== null || signedFrom !== null) && p.signedYear === null && undated === 'EXCLUDE'
          ? 'UNDATED'
          : asOf !== null && p.endedYear !== null && p.endedYear <= asOf
            ? 'ENDED'
            : asOf !== null && p.signedYear !== null && p.signedYear > asOf
              ? 'NOT_YET_SIGNED'
              : (signedFrom !== null && p.signedYear !== null && p.signedYear < signedFrom) || !other(p)
                ? 'FILTERED'
                : null;
    if (reason === null) counted++;
    else left[reason]++;
  }
  return {
    release,
    scope: scopeOf(f),
    minConfidence: f.minConfidence!,
    asOf,
    undated,
    partnershipsCounted: counted,
    leftOut: LEFT_OUT_REASONS.map((reason) => ({ reason, count: left[reason] })),
    // Filled in by AnalysisService at scope WORLD, where the world layer is at hand.
    worldTiesCounted: 0,
  };
}

/** The filter's scope; INDONESIA until a filter names another. */
function scopeOf(filter: NetworkFilter): NetworkScope {
  const scope = (filter as { scope?: NetworkScope | null }).scope;
  return scope ?? 'INDONESIA';
}

/**
 * The basis in one line of English, for report headers and logs, e.g.
 * "release 2026.11.29-ab12cd34; scope INDONESIA; minConfidence MEDIUM; asOf 2010 (undated EXCLUDE);
 * 130 partnerships counted; left out: 35 LOW_CONFIDENCE, 42 UNDATED".
 */
export function basisLine(basis: AnalysisBasis): string {
  const asOf = basis.asOf === null ? 'asOf none' : `asOf ${basis.asOf} (undated ${basis.undated})`;
  const left = basis.leftOut.filter((l) => l.count > 0).map((l) => `${l.count} ${l.reason}`);
  return [
    `release ${basis.release ?? 'none'}`,
    `scope ${basis.scope}`,
    `minConfidence ${basis.minConfidence}`,
    asOf,
    `${basis.partnershipsCounted} partnerships counted`,
    ...(basis.scope === 'WORLD' ? [`${basis.worldTiesCounted} world ties counted (LOW)`] : []),
    `left out: ${left.length > 0 ? left.join(', ') : 'none'}`,
  ].join('; ');
}
