/**
 * Lucene query text for the full-text indexes, built from search words only: each
 * word is escaped (every Lucene special character, so user text is never query
 * syntax) and becomes a prefix term (`word*`).
 */

/** Lucene's special characters: + - && || ! ( ) { } [ ] ^ " ~ * ? : \ / (and & |, escaped singly). */
const SPECIAL = /[+\-&|!(){}[\]^"~*?:\\/]/g;

/** `text` with every Lucene special character backslash-escaped. */
export function escapeLucene(text: string): string {
  return text.replace(SPECIAL, (c) => `\\${c}`);
}

/**
 * A query matching documents that contain a word beginning with each of `words`
 * (`AND`), or with any of them (`OR`). Null when there are no words.
 * @example prefixQuery(['dki', 'jak'], 'AND') === 'dki* AND jak*'
 */
export function prefixQuery(words: readonly string[], operator: 'AND' | 'OR'): string | null {
  if (words.length === 0) return null;
  return words.map((w) => `${escapeLucene(w)}*`).join(` ${operator} `);
}
