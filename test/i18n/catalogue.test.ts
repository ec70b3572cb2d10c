/**
 * The translation catalogues: both languages have every key with a non-empty
 * message and the same placeholders; every enum value the API returns has a
 * label in both languages; the language choice follows ?lang=, then the browser.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import {
  AGREEMENT_TYPE_LABELS,
  CATALOGUES,
  chooseLanguage,
  CONFIDENCE_LABELS,
  joinList,
  LEVEL_LABELS,
  LEFT_OUT_LABELS,
  MEASURE_KEYS,
  MEASURE_LABELS,
  STATUS_LABELS,
  translate,
  type Label,
} from '../../src/i18n';
import { CONFIDENCES, GOVERNMENT_LEVELS, PARTNERSHIP_STATUSES, PARTNERSHIP_TYPES } from '../../src/domain/model';
import { REPO_ROOT } from '../support/neo4j-env';

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogues', () => {
  const enKeys = Object.keys(CATALOGUES.en).sort();
  const idKeys = Object.keys(CATALOGUES.id).sort();

  it('have the same keys in English and Bahasa Indonesia', () => {
    expect(idKeys).toEqual(enKeys);
    expect(enKeys.length).toBeGreaterThan(100);
  });

  it('have a non-empty message for every key, with the same placeholders in both languages', () => {
    for (const key of enKeys) {
      const en = CATALOGUES.en[key as keyof typeof CATALOGUES.en];
      const id = CATALOGUES.id[key as keyof typeof CATALOGUES.id];
      expect([key, en.trim().length > 0, id.trim().length > 0]).toEqual([key, true, true]);
      expect([key, placeholders(id)]).toEqual([key, placeholders(en)]);
    }
  });

  it('are translated, not copied: most Indonesian messages differ from the English ones', () => {
    const same = enKeys.filter((k) => CATALOGUES.en[k as keyof typeof CATALOGUES.en] === CATALOGUES.id[k as keyof typeof CATALOGUES.id]);
    // Names and formats (Kota Kembar, PNG, SVG, "Status") may read the same in both.
    expect(same.length).toBeLessThan(enKeys.length / 10);
  });

  it('fills placeholders and keeps unknown ones visible', () => {
    expect(translate('id', 'basis.shown', { count: 12 })).toBe('12 kerja sama ditampilkan');
    expect(translate('en', 'count.summary', { nodes: 3, edges: 2 })).toBe('3 governments · 2 ties');
    expect(translate('en', 'basis.shown')).toBe('{count} partnerships shown');
    expect(joinList(['a', 'b', 'c'], 'id')).toBe('a, b dan c');
    expect(joinList(['a'], 'en')).toBe('a');
  });
});

describe('enum labels', () => {
  const check = (codes: readonly string[], table: Record<string, Label>) => {
    expect(Object.keys(table).sort()).toEqual([...codes].sort());
    for (const code of codes) {
      expect(table[code].en.trim()).not.toBe('');
      expect(table[code].id.trim()).not.toBe('');
    }
  };
  it('label every agreement type, status, level, confidence and measure in both languages', () => {
    check(PARTNERSHIP_TYPES, AGREEMENT_TYPE_LABELS);
    check(PARTNERSHIP_STATUSES, STATUS_LABELS);
    check(GOVERNMENT_LEVELS, LEVEL_LABELS);
    check(CONFIDENCES, CONFIDENCE_LABELS);
    check(MEASURE_KEYS, MEASURE_LABELS);
  });
  it('label every reason a basis gives for leaving partnerships out', () => {
    for (const reason of ['LOW_CONFIDENCE', 'UNDATED', 'ENDED', 'NOT_YET_SIGNED', 'FILTERED'])
      expect(LEFT_OUT_LABELS[reason]).toEqual({ en: expect.any(String), id: expect.any(String) });
  });
  it('use the Indonesian words people use for the agreements and levels', () => {
    expect(AGREEMENT_TYPE_LABELS.SISTER_CITY.id).toBe('Kota kembar');
    expect(AGREEMENT_TYPE_LABELS.SISTER_PROVINCE.id).toBe('Provinsi bersaudara');
    expect(AGREEMENT_TYPE_LABELS.MOU.id).toBe('Nota kesepahaman');
    expect(AGREEMENT_TYPE_LABELS.LETTER_OF_INTENT.id).toBe('Surat pernyataan kehendak');
    expect([LEVEL_LABELS.PROVINCE.id, LEVEL_LABELS.CITY.id, LEVEL_LABELS.REGENCY.id]).toEqual(['Provinsi', 'Kota', 'Kabupaten']);
  });
  it('label every field of cooperation of the seed in both languages (seed/fields.tsv)', () => {
    const rows = readFileSync(path.join(REPO_ROOT, 'seed', 'fields.tsv'), 'utf8').trim().split('\n').slice(1);
    expect(rows.length).toBeGreaterThan(10);
    for (const row of rows) {
      const [code, labelEn, labelId] = row.split('\t');
      expect([code, Boolean(labelEn?.trim()), Boolean(labelId?.trim())]).toEqual([code, true, true]);
    }
  });
});

describe('chooseLanguage', () => {
  it('takes ?lang= first, then the browser language, then English', () => {
    expect(chooseLanguage('id', ['en-US'])).toBe('id');
    expect(chooseLanguage('EN', ['id-ID'])).toBe('en');
    expect(chooseLanguage(null, ['id-ID', 'en'])).toBe('id');
    expect(chooseLanguage('fr', ['id'])).toBe('id');
    expect(chooseLanguage(null, ['de-DE', 'en-GB'])).toBe('en');
    expect(chooseLanguage(undefined, [])).toBe('en');
  });
});
