/**
 * Relay-style pagination over offsets. Cursors are opaque to clients (base64 of
 * "o:<offset>"); a cursor we did not issue is refused with BAD_USER_INPUT.
 */
import { BadInputError } from '../domain/errors';
import type { Page } from '../store/store';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`, 'utf8').toString('base64');
}

export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64').toString('utf8');
  const match = /^o:(\d{1,9})$/.exec(text);
  if (!match || encodeCursor(Number(match[1])) !== cursor)
    throw new BadInputError(`The cursor "${cursor.slice(0, 40)}" is not one this API issued; pass an endCursor from a previous page.`);
  return Number(match[1]);
}

/** Turn `first`/`after` into an offset page, checking bounds. `after` is exclusive. */
export function toPage(first: number | undefined, after: string | undefined | null): Page {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 0 || limit > MAX_PAGE_SIZE)
    throw new BadInputError(`Expected "first" between 0 and ${MAX_PAGE_SIZE}, got ${limit}.`);
  const offset = after ? decodeCursor(after) + 1 : 0;
  return { offset, limit };
}

export interface Edge<T> {
  node: T;
  cursor: string;
}

export interface PageInfoShape {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

/** A connection whose totalCount is computed only if a client selects it. */
export interface ConnectionShape<T> {
  edges: Edge<T>[];
  pageInfo: PageInfoShape;
  countTotal: () => Promise<number>;
}

/**
 * Build a connection from one over-fetched page (limit + 1 rows tell whether a next page exists).
 */
export function toConnection<T>(rows: T[], page: Page, countTotal: () => Promise<number>): ConnectionShape<T> {
  const items = rows.slice(0, page.limit);
  const edges = items.map((node, i) => ({ node, cursor: encodeCursor(page.offset + i) }));
  return {
    edges,
    pageInfo: {
      hasNextPage: rows.length > page.limit,
      hasPreviousPage: page.offset > 0,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    },
    countTotal,
  };
}
