/**
 * Translations for everything a person reads: one catalogue per language
 * (en.ts, id.ts) and one table of enum labels (labels.ts), shared by the
 * explorer page, the reports and the `vocabulary` query.
 */
import { en, type MessageKey } from './en';
import { id } from './id';
import type { Label } from './labels';

export * from './labels';
export type { MessageKey } from './en';

export const LANGUAGES = ['id', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const CATALOGUES: Record<Language, Record<MessageKey, string>> = { en, id };

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The message `key` in `lang` with `{name}` placeholders filled from `params`. */
export function translate(lang: Language, key: MessageKey, params: Record<string, string | number> = {}): string {
  const template = CATALOGUES[lang][key];
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** A translator bound to one language. */
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;
export function translator(lang: Language): Translate {
  return (key, params) => translate(lang, key, params);
}

/** The label of an enum value in `lang`; the code itself when the table has none. */
export function labelOf(table: Record<string, Label>, code: string, lang: Language): string {
  return table[code]?.[lang] ?? code;
}

/**
 * The page language: `?lang=` when it names one, else the first of the
 * browser's languages that we have (an Indonesian browser, "id" or "id-ID", gets
 * Indonesian; "ms" too, as Malay readers read Indonesian), else English.
 */
export function chooseLanguage(param: string | null | undefined, browserLanguages: readonly string[] = []): Language {
  const asked = param?.toLowerCase();
  if (isLanguage(asked)) return asked;
  for (const tag of browserLanguages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (primary === 'id' || primary === 'in' || primary === 'ms') return 'id';
    if (primary === 'en') return 'en';
  }
  return 'en';
}

/** "a, b and c" / "a, b dan c". */
export function joinList(items: string[], lang: Language): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${translate(lang, 'basis.and')} ${items[items.length - 1]}`;
}
