/**
 * The world layer: a global twin-town list (derived from English Wikipedia's "List of
 * twin towns and sister cities in …" pages) kept beside the dataset, never inside it.
 *
 * - A `WorldPlace` is a place as the list names it (name + country + geocoded point).
 *   When the committed match table (`seed/world/places.tsv`) links it to a government of
 *   the dataset, `governmentId` is that government's id and analyses use the
 *   government's node; otherwise the place is a node of its own, marked as a world place.
 * - A `WorldTie` is one undirected pair from the list. Every tie is LOW confidence by
 *   construction (unverified, no year, no type) and cites the list page(s) it came from.
 * - Catalogue queries (governments, partnerships, search, datasetStats) never read the
 *   world layer; only network analyses at `scope: WORLD` do (docs/decisions.md).
 */
import { BadInputError } from './errors';

export interface WorldPlace {
  /** Stable id: "w-<iso2 lower-case>-<slug>", e.g. "w-fr-grenoble". */
  id: string;
  /** The name as the list gives it ("Suzhou, Anhui", "Tokyo – Taitō"). */
  name: string;
  /** ISO 3166-1 alpha-2 of the country the list gives. */
  countryCode: string;
  lat: number;
  lon: number;
  /** The dataset government this place is (match table), or null. */
  governmentId: string | null;
}

export interface WorldTie {
  /** "<place id>--<place id>", the two ids sorted. */
  id: string;
  /** Place ids, sorted. */
  a: string;
  b: string;
  /** URL(s) of the Wikipedia list page(s) the pair was scraped from. */
  pages: string[];
  /** Set when the page is not certain (a country listed on two continental pages). */
  pageNote: string | null;
}

export interface WorldLayer {
  places: WorldPlace[];
  ties: WorldTie[];
}

/**
 * What network analysis reads of the world layer: the places and each tie's pair. A tie's
 * pages and page note are its provenance (exports of the layer, not of the network), so the
 * Neo4j store's analysis read leaves them out; a whole WorldLayer is a WorldNetwork too.
 */
export interface WorldNetwork {
  places: WorldPlace[];
  ties: Array<Pick<WorldTie, 'id' | 'a' | 'b'>>;
}

/** A tie's id: its two place ids, sorted, joined by "--". */
export function worldTieId(a: string, b: string): string {
  return `${a}--${b}`;
}

/**
 * Both stores refuse, whole, a layer with a tie whose places are not sorted or whose id is
 * not `worldTieId(a, b)` (the Neo4j store's analysis read rebuilds ids from the pair).
 */
export function checkWorldTies(layer: WorldLayer): void {
  const bad = layer.ties.filter((t) => !(t.a < t.b) || t.id !== worldTieId(t.a, t.b));
  if (bad.length > 0)
    throw new BadInputError(
      `${bad.length} world tie(s) are not named by their two place ids, sorted, joined by "--" (${bad
        .slice(0, 3)
        .map((t) => `"${t.id}": ${t.a}, ${t.b}`)
        .join('; ')}); nothing was written. Re-run "npm run world:match" to rebuild seed/world/ties.tsv.`,
    );
}

/** Confidence every world tie has, by construction. */
export const WORLD_TIE_CONFIDENCE = 'LOW' as const;

/** Attribution every view of the world layer must carry (seed/world/NOTES.md). */
export const WORLD_ATTRIBUTION =
  'World layer: Wikipedia contributors, "List of twin towns and sister cities in …" (CC BY-SA 4.0), scraped by Hekman/twincities (MIT); coordinates © OpenStreetMap contributors (ODbL 1.0) via Nominatim and the Wikipedia API. Unverified: every pair is a lead, LOW confidence.';

export function emptyWorldLayer(): WorldLayer {
  return { places: [], ties: [] };
}
