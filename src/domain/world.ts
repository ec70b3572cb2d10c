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

/** Confidence every world tie has, by construction. */
export const WORLD_TIE_CONFIDENCE = 'LOW' as const;

/** Attribution every view of the world layer must carry (seed/world/NOTES.md). */
export const WORLD_ATTRIBUTION =
  'World layer: Wikipedia contributors, "List of twin towns and sister cities in …" (CC BY-SA 4.0), scraped by Hekman/twincities (MIT); coordinates © OpenStreetMap contributors (ODbL 1.0) via Nominatim and the Wikipedia API. Unverified: every pair is a lead, LOW confidence.';

export function emptyWorldLayer(): WorldLayer {
  return { places: [], ties: [] };
}
