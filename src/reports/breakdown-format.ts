/**
 * A breakdown as CSV for charts in a spreadsheet: one row per bucket with its key,
 * label, partnership count and the governments behind it (names joined with "|"),
 * plus the dimension, data version, release, time, basis, licence and attribution
 * on every row so the file stands alone.
 */
import { toCsv } from '../export/csv';
import { basisLine } from '../analysis/basis';
import { ATTRIBUTION_TEXT, DATASET_LICENSE } from '../domain/attribution';
import type { ResolvedBreakdown } from '../services/breakdown-service';

export function breakdownCsv(b: ResolvedBreakdown, generatedAt: Date = new Date()): string {
  return toCsv(
    ['Key', 'Label', 'Partnerships', 'Governments', 'Government ids', 'Partners', 'Dimension', 'Data version', 'Release', 'Generated', 'Basis', 'Licence', 'Attribution'],
    b.buckets.map((bucket) => [
      bucket.key,
      bucket.label,
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
