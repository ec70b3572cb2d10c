/**
 * The re-seed decisions file: one line per conflicting record (changed both by an editor and
 * in the seed, domain/reseed.ts) saying how to resolve it, `keep-edits` or `take-seed`.
 * `npm run seed` writes the conflicts it finds in this format, with the decision column empty
 * and what differs beside it, so an editor fills it in and runs `npm run seed -- --decisions FILE`.
 *
 * Format: the seed's TSV dialect (tsv.ts) plus comment lines starting with "#". The header
 * must name `type`, `id` and `decision`; other columns (`fields`, `store`, `seed`) are there
 * for the reader and are ignored. An empty decision leaves that record undecided.
 */
import { readFile } from 'node:fs/promises';
import { KotaKembarError } from '../domain/errors';
import { reseedKey, type ConflictDecision, type ReseedConflict, type ReseedDecisions, type SeedEntityType } from '../domain/reseed';
import { formatTsv } from './tsv';

export const DECISIONS_HEADER = ['type', 'id', 'decision', 'fields', 'store', 'seed'] as const;
const DECISIONS: readonly ConflictDecision[] = ['keep-edits', 'take-seed'];
/** Kinds editors can change, so the only ones that can conflict. */
const EDITABLE: readonly SeedEntityType[] = ['SOURCE', 'GOVERNMENT', 'PARTNERSHIP', 'PROGRAM'];

const COMMENT = [
  '# Re-seed conflicts: records changed both by an editor and in the seed. In the "decision" column write',
  '# keep-edits (keep the editor\'s record) or take-seed (take the seed\'s), then run:',
  '#   npm run seed -- --decisions <this file>',
  '# Each decision is recorded in the audit trail. A line left empty stays undecided and nothing is written.',
  '# Konflik seed ulang: rekaman yang diubah editor dan juga diubah di seed. Di kolom "decision" tulis',
  '# keep-edits (pertahankan rekaman editor) atau take-seed (ambil rekaman dari seed), lalu jalankan:',
  '#   npm run seed -- --decisions <berkas ini>',
  '# Setiap keputusan dicatat di jejak audit. Baris yang dibiarkan kosong tetap belum diputuskan dan tidak ada yang ditulis.',
];

/** The file's problems, all of them, with line numbers: nothing is written when there is any. */
export class ReseedDecisionsError extends KotaKembarError {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super('BAD_USER_INPUT', `The decisions file ${file} has ${problems.length} problem(s); nothing was written:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  }
}

/** The properties whose values differ between the stored record and the seed's (a partnership's version aside). */
function differing(current: unknown, seed: unknown): string[] {
  const a = (current ?? {}) as Record<string, unknown>;
  const b = (seed ?? {}) as Record<string, unknown>;
  return [...new Set([...Object.keys(a), ...Object.keys(b)])]
    .filter((k) => k !== 'version' && JSON.stringify(a[k] ?? null) !== JSON.stringify(b[k] ?? null))
    .sort();
}

function pick(record: unknown, keys: string[]): string {
  const r = (record ?? {}) as Record<string, unknown>;
  return JSON.stringify(Object.fromEntries(keys.map((k) => [k, r[k] ?? null])));
}

/**
 * The conflicts as a decisions file to fill in: the decision column holds what already
 * resolved a conflict (a decision file's or the policy's choice), else it is empty.
 */
export function formatDecisions(conflicts: readonly ReseedConflict[]): string {
  const rows = conflicts.map((c) => {
    const fields = differing(c.current, c.seed);
    const decision = c.resolution === 'KEPT_EDIT' ? 'keep-edits' : c.resolution === 'TOOK_SEED' ? 'take-seed' : '';
    return [c.type, c.id, decision, fields.join(';'), pick(c.current, fields), pick(c.seed, fields)];
  });
  return `${COMMENT.join('\n')}\n${formatTsv(DECISIONS_HEADER, rows)}`;
}

/** Read a decisions file's text; throws ReseedDecisionsError listing every problem. */
export function parseDecisions(text: string, file: string): ReseedDecisions {
  const lines = text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((content, i) => ({ line: i + 1, content }))
    .filter((l) => l.content.trim() !== '' && !l.content.startsWith('#'));
  const problems: string[] = [];
  const decisions = new Map<string, ConflictDecision>();
  const header = lines.shift();
  const columns = header ? header.content.split('\t') : [];
  const at = (name: string) => columns.indexOf(name);
  const missing = ['type', 'id', 'decision'].filter((c) => at(c) < 0);
  if (!header || missing.length > 0) throw new ReseedDecisionsError(file, [`the header must name the columns type, id and decision (missing: ${missing.join(', ')})`]);
  for (const { line, content } of lines) {
    const cells = content.split('\t');
    const type = (cells[at('type')] ?? '').trim() as SeedEntityType;
    const id = (cells[at('id')] ?? '').trim();
    const decision = (cells[at('decision')] ?? '').trim();
    if (!EDITABLE.includes(type)) problems.push(`line ${line}: type "${type}" is not one of ${EDITABLE.join(', ')}`);
    if (id === '') problems.push(`line ${line}: the id is empty`);
    if (decision === '') continue;
    if (!DECISIONS.includes(decision as ConflictDecision)) {
      problems.push(`line ${line}: decision "${decision}" is not keep-edits or take-seed`);
      continue;
    }
    const key = reseedKey(type, id);
    if (decisions.has(key) && decisions.get(key) !== decision) problems.push(`line ${line}: ${type} ${id} is decided twice, differently`);
    decisions.set(key, decision as ConflictDecision);
  }
  if (problems.length > 0) throw new ReseedDecisionsError(file, problems);
  return decisions;
}

export async function readDecisions(file: string): Promise<ReseedDecisions> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (err) {
    throw new ReseedDecisionsError(file, [`cannot be read: ${(err as Error).message}`]);
  }
  return parseDecisions(text, file);
}
