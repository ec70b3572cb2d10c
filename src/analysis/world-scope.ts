/**
 * The world layer in analyses (scope WORLD): world places that match no dataset
 * government become governments of their own for the length of an analysis (level
 * OTHER, local type "Place in the world list"), so every analysis, export and report
 * can name them; world ties become edges (see filter.ts for which ones a filter keeps).
 */
import type { Government, Snapshot } from '../domain/model';
import type { WorldNetwork } from '../domain/world';

export const WORLD_PLACE_LOCAL_TYPE = 'Place in the world list';

/** The government a world place stands for in analyses. */
export function worldPlaceGovernment(p: WorldNetwork['places'][number]): Government {
  return {
    id: p.id,
    name: p.name,
    level: 'OTHER',
    localType: WORLD_PLACE_LOCAL_TYPE,
    countryCode: p.countryCode,
    parentId: null,
    admin1: null,
    kemendagriCode: null,
    lat: p.lat,
    lon: p.lon,
    aliases: [],
  };
}

/** The snapshot plus one government per unmatched world place, and the ids of those places. */
export function withWorldPlaces(snapshot: Snapshot, world: WorldNetwork): { snapshot: Snapshot; worldIds: Set<string> } {
  const extra = world.places.filter((p) => p.governmentId === null).map(worldPlaceGovernment);
  return { snapshot: { ...snapshot, governments: [...snapshot.governments, ...extra] }, worldIds: new Set(extra.map((g) => g.id)) };
}
