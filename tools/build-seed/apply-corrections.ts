/**
 * Applies corrections.ts to the researched rows and records what happened to
 * each (applied or dropped) for CHANGES.md. A correction that matches no row, or
 * more than one, stops the build: the table changed and the fix must be re-checked.
 */
import { CORRECTIONS, LOW_ROW_CORRECTIONS, REVIEW_CORRECTIONS, type Correction } from './corrections';
import { pairLabel, type SharedRow } from './shared-rows';

export interface CorrectionLogEntry {
  correction: Correction;
  /** Where the row came from ("partnerships.tsv:74") and its pair before the fix. */
  origin: string;
  pair: string;
  dropped: boolean;
}

export function applyCorrections(input: SharedRow[]): { rows: SharedRow[]; log: CorrectionLogEntry[] } {
  let rows = [...input];
  const log: CorrectionLogEntry[] = [];
  for (const c of [...CORRECTIONS, ...REVIEW_CORRECTIONS, ...LOW_ROW_CORRECTIONS]) {
    const [party, level, foreign] = c.pair;
    const matches = rows.filter((r) => r.idParty === party && r.idLevel === level && r.foreignParty === foreign);
    if (matches.length !== 1) throw new Error(`Correction ${c.id} (${party} ${level} – ${foreign}) matches ${matches.length} rows; re-check it.`);
    const row = matches[0];
    const entry = { correction: c, origin: row.origin, pair: pairLabel(row), dropped: false };
    if (c.apply(row) === 'drop') {
      rows = rows.filter((r) => r !== row);
      entry.dropped = true;
    }
    log.push(entry);
  }
  return { rows, log };
}
