/**
 * Dataset releases as the rest of the code sees them: the stamp a seed carries
 * (src/seed/release.ts derives it from the seed's content) and the record a
 * store keeps of the release it was loaded from.
 */
import { ATTRIBUTIONS } from './attribution';

/** How a release is identified, wherever one is shown. */
export interface ReleaseStamp {
  /** "2026.11.29-ab12cd34": the release date and the first 8 hex digits of the seed's content hash; "unreleased-ab12cd34" for a seed with no release entry. */
  id: string;
  /** ISO date of the release (YYYY-MM-DD), or null for an unreleased seed. */
  date: string | null;
}

/** What a store records when a release is imported, and what it reports about it. */
export interface StoredRelease extends ReleaseStamp {
  /** ISO time of the import. */
  importedAt: string;
  /** The data version the import produced. */
  dataVersion: number;
  /** Audited edits (API writes) made after the import. */
  editsSinceRelease: number;
}

/** The text to cite a release with. */
export function citationText(release: ReleaseStamp | null): string {
  const which = release
    ? release.date
      ? `release ${release.id} (${release.date})`
      : `unreleased seed ${release.id}`
    : 'data with no release record';
  return `Kota Kembar: foreign partnerships of Indonesia's local governments, ${which}. Licensed under the ODbL 1.0. ${ATTRIBUTIONS.map((a) => a.credit).join('; ')}.`;
}
