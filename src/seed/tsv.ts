/**
 * The seed's TSV dialect: UTF-8, tab-separated, one header row, no quoting, no
 * tabs or newlines inside cells, lists separated by ";". Empty cell = null/empty list.
 */

export interface TsvRow {
  /** 1-based line number in the file (the header is line 1). */
  line: number;
  cells: string[];
}

export interface TsvFile {
  header: string[];
  rows: TsvRow[];
}

/** Splits TSV text into a header and rows, keeping line numbers; skips blank lines. */
export function parseTsv(text: string): TsvFile {
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  const header = (lines[0] ?? '').split('\t');
  const rows: TsvRow[] = [];
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    rows.push({ line: i + 1, cells: lines[i].split('\t') });
  }
  return { header, rows };
}

/** Formats rows as TSV text; throws if a cell holds a tab or a newline. */
export function formatTsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const check = (cell: string): string => {
    if (/[\t\r\n]/.test(cell)) throw new Error(`A TSV cell cannot hold a tab or newline: ${JSON.stringify(cell)}.`);
    return cell;
  };
  return [header, ...rows].map((r) => r.map(check).join('\t')).join('\n') + '\n';
}

/** Splits a ";"-separated list cell; an empty cell is an empty list. */
export function splitList(cell: string): string[] {
  return cell
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
