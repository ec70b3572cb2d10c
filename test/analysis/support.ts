/**
 * Helpers for the analysis tests: loading networkx fixtures, comparing scores
 * within a tolerance, and a small hand-made snapshot.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FixtureGraph } from '../../tools/networkx-fixtures/fixture-graph';

export const FIXTURE_DIR = join(__dirname, '..', 'fixtures', 'networkx');

/** Relative tolerance every score must meet; absolute near zero. */
export const RELATIVE_TOLERANCE = 1e-9;
export const ABSOLUTE_TOLERANCE = 1e-12;

export interface Fixture extends FixtureGraph {
  versions: Record<string, string>;
  expected: any;
}

export function loadFixtures(): Fixture[] {
  return readdirSync(FIXTURE_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(FIXTURE_DIR, f), 'utf8')) as Fixture);
}

/** Largest relative deviation seen per measure, printed by the fixture suite so the report can quote it. */
export const worstDeviation = new Map<string, number>();

export function closeEnough(actual: number, expected: number): boolean {
  const diff = Math.abs(actual - expected);
  return diff <= ABSOLUTE_TOLERANCE || diff <= RELATIVE_TOLERANCE * Math.abs(expected);
}

/** Same keys; every value within tolerance. `label` keys the worst-deviation record. */
export function expectScoresClose(actual: Record<string, number>, expected: Record<string, number | null>, label: string): void {
  expect(Object.keys(actual).sort()).toEqual(Object.keys(expected).sort());
  const bad: string[] = [];
  for (const [id, e] of Object.entries(expected)) {
    const a = actual[id];
    expect(Number.isFinite(a)).toBe(true);
    if (e === null) throw new Error(`expected value for ${id} is null`);
    const rel = e === 0 ? Math.abs(a) : Math.abs(a - e) / Math.abs(e);
    worstDeviation.set(label, Math.max(worstDeviation.get(label) ?? 0, rel));
    if (!closeEnough(a, e)) bad.push(`${id}: got ${a}, networkx ${e}`);
  }
  expect(bad).toEqual([]);
}

export function expectValueClose(actual: number | null, expected: number | null, label: string): void {
  if (expected === null) {
    expect(actual).toBeNull();
    return;
  }
  expectScoresClose({ value: actual as number }, { value: expected }, label);
}
