/**
 * Search rules shared by every store, so both return the same hits in the same order.
 *
 * Text is folded (folded()): Unicode NFKD, combining marks removed, recomposed (NFC,
 * so Hangul stays whole), lower-cased, a few letters spelled out (ß→ss, ø→o, ł→l,
 * æ→ae, œ→oe, đ→d, ı→i), whitespace collapsed. Words are Unicode (UAX #29) word
 * segments of the folded text, the same boundaries Lucene's standard tokenizer uses.
 *
 * A text MATCHES the query when every word of the query begins some word of the
 * text ("band" matches "Kota Bandung", "jakarta dki" matches "DKI Jakarta"). Its
 * tier is EXACT when the text's words equal the query's words, PREFIX when they
 * start with them, CONTAINS otherwise (punctuation never counts). A record's tier
 * is its best over its texts:
 * - a government: its name and each alias ("Jogja" → Kota Yogyakarta, DI Yogyakarta);
 * - a partnership: its title "A – B" (all parties' names), and each party's name
 *   and aliases, which count as CONTAINS at best (the government comes first);
 * - a program: its name.
 * Hits sort by tier (EXACT, PREFIX, CONTAINS), then folded title, then kind
 * (GOVERNMENT, PARTNERSHIP, PROGRAM), then id. A query with no words finds nothing.
 */
import type { Government, Partnership, Program } from './model';

export const SEARCH_KINDS = ['GOVERNMENT', 'PARTNERSHIP', 'PROGRAM'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const MATCH_TIERS = ['EXACT', 'PREFIX', 'CONTAINS'] as const;
export type MatchTier = (typeof MATCH_TIERS)[number];

export interface SearchHit {
  kind: SearchKind;
  /** Id of the government, partnership or program. */
  id: string;
  /** What a list shows: the government's or program's name, or "A – B" for a partnership. */
  title: string;
  /** The partnership a PARTNERSHIP hit is, or a PROGRAM hit belongs to; null for governments. */
  partnershipId: string | null;
  /** The name or alias that matched best. */
  matchedText: string;
  tier: MatchTier;
}

/** Search may return at most this many hits. */
export const MAX_SEARCH_RESULTS = 100;
/** Longest search text accepted, in characters. */
export const MAX_SEARCH_TEXT = 200;

const SPELLED_OUT: Record<string, string> = { ß: 'ss', ø: 'o', ł: 'l', æ: 'ae', œ: 'oe', đ: 'd', ı: 'i' };

/** Folded text (see the module comment). */
export function folded(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/[ßøłæœđı]/g, (c) => SPELLED_OUT[c])
    .replace(/\s+/g, ' ')
    .trim();
}

const segmenter = new Intl.Segmenter('en', { granularity: 'word' });

/** The words of a text, folded. */
export function searchWords(text: string): string[] {
  const words: string[] = [];
  for (const s of segmenter.segment(folded(text))) if (s.isWordLike) words.push(s.segment);
  return words;
}

/** The tier at which `text` matches the query (words compared, punctuation ignored), or null. */
export function matchTier(query: { words: string[] }, text: string): MatchTier | null {
  if (query.words.length === 0) return null;
  const words = searchWords(text);
  if (!query.words.every((q) => words.some((w) => w.startsWith(q)))) return null;
  const t = words.join(' ');
  const q = query.words.join(' ');
  return t === q ? 'EXACT' : t.startsWith(q) ? 'PREFIX' : 'CONTAINS';
}

/** What a store hands the ranking: candidate records and a government lookup for party names. */
export interface SearchCandidates {
  governments: Iterable<Government>;
  partnerships: Iterable<Partnership>;
  programs: Iterable<Program>;
  governmentById(id: string): Government | undefined;
}

/** The display title of a partnership: its parties' names joined by " – ". */
export function partnershipTitle(p: Partnership, governmentById: (id: string) => Government | undefined): string {
  return p.partyIds.map((id) => governmentById(id)?.name ?? id).join(' – ');
}

/**
 * The hits among the candidates, ranked, at most `first`.
 * Candidates that do not match are ignored, so a store may pass a superset.
 */
export function rankSearch(text: string, candidates: SearchCandidates, first: number): SearchHit[] {
  const query = { words: searchWords(text) };
  if (query.words.length === 0) return [];
  const hits: SearchHit[] = [];
  const consider = (kind: SearchKind, id: string, partnershipId: string | null, title: string, texts: string[], capped: string[] = []) => {
    let best: { tier: MatchTier; text: string } | null = null;
    for (const t of [...texts, ...capped]) {
      const matched = matchTier(query, t);
      const tier = matched && texts.includes(t) ? matched : matched && 'CONTAINS';
      if (tier && (!best || MATCH_TIERS.indexOf(tier) < MATCH_TIERS.indexOf(best.tier))) best = { tier, text: t };
    }
    if (best) hits.push({ kind, id, partnershipId, title, matchedText: best.text, tier: best.tier });
  };
  for (const g of candidates.governments) consider('GOVERNMENT', g.id, null, g.name, [g.name, ...g.aliases]);
  for (const p of candidates.partnerships) {
    const parties = p.partyIds.map((id) => candidates.governmentById(id)).filter((g): g is Government => g !== undefined);
    const title = partnershipTitle(p, candidates.governmentById);
    // A party's name matches the partnership at CONTAINS at best, so "Seoul" lists Seoul before its partnerships.
    consider('PARTNERSHIP', p.id, p.id, title, [title], parties.flatMap((g) => [g.name, ...g.aliases]));
  }
  for (const pr of candidates.programs) consider('PROGRAM', pr.id, pr.partnershipId, pr.name, [pr.name]);
  const keyed = hits.map((h) => ({ h, title: folded(h.title) }));
  keyed.sort(
    (a, b) =>
      MATCH_TIERS.indexOf(a.h.tier) - MATCH_TIERS.indexOf(b.h.tier) ||
      cmp(a.title, b.title) ||
      SEARCH_KINDS.indexOf(a.h.kind) - SEARCH_KINDS.indexOf(b.h.kind) ||
      cmp(a.h.id, b.h.id),
  );
  return keyed.slice(0, first).map((k) => k.h);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
