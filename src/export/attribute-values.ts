/**
 * How list and missing values are written in the flat formats (GEXF, GraphML,
 * CSV), which have no portable list type: lists become one string joined by
 * LIST_SEPARATOR ("SISTER_CITY|MOU", "1990|2005"), and null means "leave the
 * value out" (an empty CSV cell, no <data>/<attvalue> element).
 */

export const LIST_SEPARATOR = '|';

export type FlatValue = string | number | boolean | null;

/** A value as the flat formats hold it. */
export function toFlatValue(value: unknown): FlatValue {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.join(LIST_SEPARATOR);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return JSON.stringify(value);
}

/** `text` without the characters XML 1.0 cannot carry (control characters other than tab, LF, CR). */
export function stripInvalidXml(text: string): string {
  // eslint-disable-next-line no-control-regex -- the point of this pattern is to name the allowed control characters
  return text.replace(/[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '');
}

/** Escape text for XML element content and attribute values; drops characters XML 1.0 forbids. */
export function escapeXml(text: string): string {
  return stripInvalidXml(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
