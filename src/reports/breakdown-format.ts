/**
 * A breakdown as CSV for charts in a spreadsheet: one row per bucket with its key,
 * label, partnership count and the governments behind it (names joined with "|"),
 * plus the dimension, data version, release, time, basis, licence and attribution
 * on every row so the file stands alone.
 */
import { toCsv } from '../export/csv';
import { basisLine } from '../analysis/basis';
import { ATTRIBUTION_TEXT, DATASET_LICENSE } from '../domain/attribution';
import { translate, type Language, type MessageKey } from '../i18n';
import type { ResolvedBreakdown } from '../services/breakdown-service';

/** The breakdown as CSV; headers and labels in `lang` (English by default). */
export function breakdownCsv(b: ResolvedBreakdown, generatedAt: Date = new Date(), lang: Language = 'en'): string {
  const header = ['key', 'label', 'partnerships', 'governments', 'governmentIds', 'partners', 'dimension', 'dataVersion', 'release', 'generated', 'basis', 'licence', 'attribution'];
  return toCsv(
    header.map((k) => translate(lang, `report.col.${k}` as MessageKey)),
    b.buckets.map((bucket) => [
      bucket.key,
      lang === 'id' ? bucket.labelId : bucket.labelEn,
      bucket.partnershipCount,
      bucket.governments.map((g) => g.name),
      bucket.governments.map((g) => g.id),
      bucket.partners.map((g) => g.name),
      b.dimension,
      b.dataVersion,
      b.basis.release ?? '',
      generatedAt.toISOString(),
      basisLine(b.basis),
      DATASET_LICENSE,
      ATTRIBUTION_TEXT,
    ]),
  );
}
