/**
 * Text normalisation shared by every store, so "Séoul", "SEOUL" and "seoul" match the
 * same government in the embedded store and in Neo4j alike.
 */

/** Lower case, accents stripped (NFKD, combining marks removed), whitespace collapsed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The text a government is matched by in `nameContains` filters: its name and aliases, normalised. */
export function governmentSearchText(g: { name: string; aliases: readonly string[] }): string {
  return [g.name, ...g.aliases].map(normalizeText).join('\n');
}
