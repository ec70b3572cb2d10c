/**
 * Problems found while reading or validating a seed. Every problem names the file
 * and the 1-based line (the header is line 1) so a person can go and fix it.
 */
import { RULE_PROBLEM_CODES } from '../domain/rules/rule-context';

export const SEED_PROBLEM_CODES = [
  'MISSING_FILE', // a seed file is absent
  'BAD_HEADER', // the header row is not the expected one
  'BAD_COLUMN_COUNT', // a row has more or fewer cells than the header
  ...RULE_PROBLEM_CODES, // the data rules (src/domain/rules/rule-context.ts)
] as const;
export type SeedProblemCode = (typeof SEED_PROBLEM_CODES)[number];

export interface SeedProblem {
  /** Seed file name relative to the seed directory, e.g. "partnerships.tsv". */
  file: string;
  /** 1-based line; the header is line 1. 0 when the problem concerns the whole file. */
  line: number;
  code: SeedProblemCode;
  /** A sentence a person can act on. */
  message: string;
}

/** Formats a problem as `file:line CODE message`, the way the CLI prints it. */
export function formatSeedProblem(p: SeedProblem): string {
  return `${p.file}:${p.line} ${p.code} ${p.message}`;
}
