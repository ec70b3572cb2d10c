/**
 * Turn scores into a ranking: sorted by score descending, ties by id ascending.
 * Rank is competition ranking ("1224"): governments with equal scores share the
 * rank of the first of them, and the next rank skips. Scores are compared after
 * rounding to 12 significant digits, so two governments whose scores differ only
 * by floating-point noise (symmetric positions) tie instead of being ordered by
 * noise. Reported scores are not rounded.
 */
import type { Scores } from './types';

export interface Ranked {
  id: string;
  score: number;
  /** 1-based competition rank. */
  rank: number;
}

/** @param first keep only the top `first` entries (after ranking); all when omitted. */
export function rank(scores: Scores, first?: number | null): Ranked[] {
  const entries = Object.entries(scores).map(([id, score]) => ({ id, score, key: roundForRanking(score) }));
  entries.sort((a, b) => b.key - a.key || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const out: Ranked[] = [];
  entries.forEach((e, i) => {
    const tied = i > 0 && entries[i - 1].key === e.key;
    out.push({ id: e.id, score: e.score, rank: tied ? out[i - 1].rank : i + 1 });
  });
  return first == null ? out : out.slice(0, first);
}

function roundForRanking(score: number): number {
  return score === 0 ? 0 : Number(score.toPrecision(12));
}
