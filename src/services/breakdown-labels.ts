/**
 * Breakdown bucket labels in English and Bahasa Indonesia: enum keys (agreement
 * types, levels) from the shared catalogue (src/i18n), countries and fields from
 * the dataset's own Indonesian names, and the "unknown"/"none" buckets worded.
 */
import { UNKNOWN_KEY, type BreakdownDimension } from '../analysis/breakdown';
import type { Snapshot } from '../domain/model';
import { AGREEMENT_TYPE_LABELS, LEVEL_LABELS, type Label } from '../i18n';

const UNKNOWN: Partial<Record<BreakdownDimension, Label>> = {
  DECADE_SIGNED: { en: 'Year unknown', id: 'Tahun tidak diketahui' },
  YEAR_SIGNED: { en: 'Year unknown', id: 'Tahun tidak diketahui' },
  PROVINCE: { en: 'Province unknown', id: 'Provinsi tidak diketahui' },
};

/** A labeller for one snapshot: (dimension, key, the analysis's label) → both languages. */
export function bucketLabeller(snapshot: Snapshot): (dimension: BreakdownDimension, key: string, label: string) => Label {
  const countries = new Map(snapshot.countries.map((c) => [c.code, c]));
  const fields = new Map(snapshot.fields.map((f) => [f.code, f]));
  return (dimension, key, label) => {
    if (key === UNKNOWN_KEY && UNKNOWN[dimension]) return UNKNOWN[dimension];
    switch (dimension) {
      case 'PARTNER_COUNTRY': {
        const c = countries.get(key);
        return { en: label, id: c?.nameId ?? label };
      }
      case 'FIELD': {
        if (key === 'none') return { en: 'No field recorded', id: 'Bidang tidak tercatat' };
        const f = fields.get(key);
        return { en: f?.labelEn ?? label, id: f?.labelId ?? label };
      }
      case 'AGREEMENT_TYPE':
        return (AGREEMENT_TYPE_LABELS as Record<string, Label>)[key] ?? { en: label, id: label };
      case 'INDONESIAN_LEVEL':
        return (LEVEL_LABELS as Record<string, Label>)[key] ?? { en: label, id: label };
      default:
        return { en: label, id: label };
    }
  };
}
