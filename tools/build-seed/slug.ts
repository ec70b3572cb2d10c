import { normalizeName } from '../../src/domain/official-regions';

/** "Jung District (Ulsan)" → "jung-district-ulsan"; accents dropped, lower case, a-z0-9 and hyphens only. */
export function slug(name: string): string {
  return normalizeName(name.replace(/['’]/g, '')).replace(/ /g, '-');
}
