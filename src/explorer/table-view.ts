/**
 * The table view: the same filtered data as the network and the map, as two
 * sortable, searchable tables (governments with their centralities and rank;
 * partnerships with their sources as links), each downloadable as CSV. Sorting
 * is by buttons in the column headings (keyboard-reachable, with aria-sort).
 */
import { el } from './dom';

export interface Column<R> {
  key: string;
  label: string;
  /** Sort value. */
  value: (row: R) => string | number | null;
  /** Cell content; the text of `value` when omitted. */
  render?: (row: R) => Node | string;
  /** CSV cell; the text of `value` when omitted. */
  csv?: (row: R) => string;
  numeric?: boolean;
}

export interface TableSpec<R> {
  id: string;
  title: string;
  columns: Column<R>[];
  rows: R[];
  /** Text a search matches against. */
  search: (row: R) => string;
  initialSort: { key: string; descending: boolean };
}

interface Sorted {
  key: string;
  descending: boolean;
}

const compare = (a: string | number | null, b: string | number | null): number => {
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b));
};

const cellText = (v: string | number | null) => (v === null ? '' : typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(4) : String(v));

/** One table section: heading, row count, the table. Re-renders itself on sort. */
export class DataTable<R> {
  readonly section: HTMLElement;
  private sorted: Sorted;
  private query = '';
  private readonly tbody: HTMLTableSectionElement;
  private readonly count: HTMLElement;
  private readonly headers = new Map<string, HTMLTableCellElement>();

  constructor(
    private readonly spec: TableSpec<R>,
    private readonly texts: { rows: (n: number) => string; empty: string; sortHint: string },
  ) {
    this.sorted = spec.initialSort;
    this.section = el('section', undefined, { class: 'table-section', id: spec.id });
    this.count = el('span', '', { class: 'muted row-count' });
    const heading = el('h2', spec.title);
    heading.append(' ', this.count);
    const table = el('table', undefined, { class: 'data' });
    const caption = el('caption', texts.sortHint, { class: 'sr-only' });
    const head = el('thead');
    const tr = el('tr');
    for (const c of spec.columns) {
      const th = el('th', undefined, { scope: 'col', 'data-key': c.key });
      if (c.numeric) th.classList.add('n');
      const button = el('button', c.label, { type: 'button', class: 'sort' });
      button.addEventListener('click', () => this.sortBy(c.key));
      th.append(button);
      this.headers.set(c.key, th);
      tr.append(th);
    }
    head.append(tr);
    this.tbody = el('tbody');
    table.append(caption, head, this.tbody);
    this.section.append(heading, table);
    this.render();
  }

  sortBy(key: string): void {
    this.sorted = this.sorted.key === key ? { key, descending: !this.sorted.descending } : { key, descending: this.spec.columns.find((c) => c.key === key)?.numeric ?? false };
    this.render();
  }

  filter(query: string): void {
    this.query = query.trim().toLowerCase();
    this.render();
  }

  /** The rows shown, in order. */
  visibleRows(): R[] {
    const col = this.spec.columns.find((c) => c.key === this.sorted.key) ?? this.spec.columns[0];
    const words = this.query.split(/\s+/).filter(Boolean);
    const rows = this.spec.rows.filter((r) => {
      const text = this.spec.search(r).toLowerCase();
      return words.every((w) => text.includes(w));
    });
    rows.sort((a, b) => {
      const c = compare(col.value(a), col.value(b));
      return this.sorted.descending ? -c : c;
    });
    return rows;
  }

  private render(): void {
    for (const [key, th] of this.headers) th.setAttribute('aria-sort', key === this.sorted.key ? (this.sorted.descending ? 'descending' : 'ascending') : 'none');
    const rows = this.visibleRows();
    this.count.textContent = this.texts.rows(rows.length);
    if (rows.length === 0) {
      const td = el('td', this.texts.empty, { colspan: String(this.spec.columns.length), class: 'muted' });
      const tr = el('tr');
      tr.append(td);
      this.tbody.replaceChildren(tr);
      return;
    }
    this.tbody.replaceChildren(
      ...rows.map((r) => {
        const tr = el('tr');
        for (const c of this.spec.columns) {
          const td = el('td', undefined, c.numeric ? { class: 'n' } : {});
          const content = c.render ? c.render(r) : cellText(c.value(r));
          td.append(content);
          tr.append(td);
        }
        return tr;
      }),
    );
  }

  /** The rows shown, as CSV (RFC 4180, UTF-8 with BOM), with `extra` columns repeated on every row. */
  toCsv(extra: Array<[string, string]> = []): string {
    const quote = (v: string) => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
    const header = [...this.spec.columns.map((c) => c.label), ...extra.map(([k]) => k)];
    const lines = this.visibleRows().map((r) => [...this.spec.columns.map((c) => (c.csv ? c.csv(r) : cellText(c.value(r)))), ...extra.map(([, v]) => v)]);
    return '\uFEFF' + [header, ...lines].map((l) => l.map(quote).join(',')).join('\r\n') + '\r\n';
  }
}
