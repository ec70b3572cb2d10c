/**
 * The world layer's committed files under `seed/world/`:
 * - `places.tsv`: the match table, one row per place of the list (see match.ts);
 * - `ties.tsv`: the distinct pairs, by place id, with the list page(s) they came from;
 * - `overrides.tsv`: the reviewer's decisions the matcher applies first.
 * `readWorldLayer` turns places + ties into the WorldLayer the stores load; it needs
 * nothing outside `seed/world/` at run time.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { WorldLayer, WorldPlace, WorldTie } from '../../domain/world';
import { parseTsv, formatTsv } from '../tsv';
import { CONTINENT_PAGES, type Continent } from './countries';
import type { MatchedPlace, MatchedTie, MatchStatus, Override } from './match';

export const PLACES_HEADER = ['id', 'name', 'country', 'country_code', 'lat', 'lon', 'status', 'government_id', 'distance_km', 'note'] as const;
export const TIES_HEADER = ['id', 'a', 'b', 'pages', 'page_note'] as const;
export const OVERRIDES_HEADER = ['name', 'country', 'decision', 'government_id', 'reason'] as const;

/** Statuses whose place stands for a dataset government in analyses. */
const MATCHED: ReadonlySet<MatchStatus> = new Set(['MATCHED', 'MATCHED_OVERRIDE']);

function rowsOf(text: string, header: readonly string[], file: string): Array<Record<string, string>> {
  const tsv = parseTsv(text);
  if (tsv.header.join('\t') !== header.join('\t'))
    throw new Error(`Expected the header of ${file} to be "${header.join(' | ')}", got "${tsv.header.join(' | ')}".`);
  return tsv.rows.map((r) => {
    if (r.cells.length !== header.length) throw new Error(`${file} line ${r.line}: expected ${header.length} cells, got ${r.cells.length}.`);
    return Object.fromEntries(header.map((h, i) => [h, r.cells[i]]));
  });
}

export async function readOverrides(dir: string): Promise<Override[]> {
  const file = path.join(dir, 'overrides.tsv');
  if (!existsSync(file)) return [];
  return rowsOf(await readFile(file, 'utf8'), OVERRIDES_HEADER, 'overrides.tsv').map((r) => ({
    name: r.name,
    country: r.country,
    decision: r.decision as Override['decision'],
    governmentId: r.government_id || null,
    reason: r.reason,
  }));
}

/** Whether `dir` holds a world layer (places.tsv and ties.tsv). */
export function hasWorldLayer(dir: string): boolean {
  return existsSync(path.join(dir, 'places.tsv')) && existsSync(path.join(dir, 'ties.tsv'));
}

/** The page URL(s) a tie's `pages` cell names. */
export function pageUrls(cell: string): string[] {
  return cell === '' ? [] : cell.split(';').map((c) => CONTINENT_PAGES[c as Continent] ?? c);
}

/** Read `places.tsv` + `ties.tsv` into the layer the stores hold (excluded places and their ties left out). */
export async function readWorldLayer(dir: string): Promise<WorldLayer> {
  const [placesText, tiesText] = await Promise.all([
    readFile(path.join(dir, 'places.tsv'), 'utf8'),
    readFile(path.join(dir, 'ties.tsv'), 'utf8'),
  ]);
  const places: WorldPlace[] = [];
  for (const r of rowsOf(placesText, PLACES_HEADER, 'places.tsv')) {
    if (r.status === 'EXCLUDED') continue;
    places.push({
      id: r.id,
      name: r.name,
      countryCode: r.country_code,
      lat: Number(r.lat),
      lon: Number(r.lon),
      governmentId: MATCHED.has(r.status as MatchStatus) && r.government_id ? r.government_id : null,
    });
  }
  const known = new Set(places.map((p) => p.id));
  const ties: WorldTie[] = [];
  for (const r of rowsOf(tiesText, TIES_HEADER, 'ties.tsv')) {
    if (!known.has(r.a) || !known.has(r.b)) throw new Error(`ties.tsv: tie "${r.id}" names a place missing from places.tsv.`);
    ties.push({ id: r.id, a: r.a, b: r.b, pages: pageUrls(r.pages), pageNote: r.page_note || null });
  }
  return { places, ties };
}

export function formatPlaces(places: MatchedPlace[]): string {
  return formatTsv(
    PLACES_HEADER,
    places.map((p) => [
      p.id, p.name, p.country, p.countryCode, String(p.lat), String(p.lon), p.status, p.governmentId ?? '',
      p.distanceKm === null ? '' : String(p.distanceKm), p.note,
    ]),
  );
}

export function formatTies(ties: MatchedTie[]): string {
  return formatTsv(TIES_HEADER, ties.map((t) => [t.id, t.a, t.b, t.continents.join(';'), t.pageNote ?? '']));
}
