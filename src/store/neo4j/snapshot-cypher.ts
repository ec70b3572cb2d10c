/**
 * The analysis snapshot (and, at scope WORLD, the world layer) in one statement, shaped
 * for neo4j-driver's decoder: each record kind is collected into positional lists (no map
 * keys to decode per row) and sent in rows of at most `$batch` of them. Few records, each
 * small enough to arrive in one or two Bolt chunks: the driver decodes a message spanning
 * many chunks through a slow path whose cost grows with the number of chunks (measured on
 * the world places: one row of 17,700 took ~70 ms of decoding, rows of 50 to 200 ~8 ms; see
 * docs/benchmarks.md). Orders are applied in JavaScript after decoding, as the store has
 * always given them.
 *
 * The columns are listed once, here: the statement's projections and the decoder are both
 * made from these tables, so a column cannot be sent in one order and read in another.
 */
import { int } from 'neo4j-driver';
import type { Country, Field, Government, Partnership, Program, Snapshot, Source } from '../../domain/model';
import { worldTieId, type WorldNetwork, type WorldPlace, type WorldTie } from '../../domain/world';
import { toCountry, toField, toGovernment, toPartnershipMap, toProgramMap, toSource } from './mappers';

/** Rows of one kind per record: enough to make records few, small enough to stay in one or two Bolt chunks. */
export const SNAPSHOT_BATCH = 50;

/** Stored properties read per kind, in the order each positional row carries them. */
export const SNAPSHOT_COLUMNS = {
  country: ['code', 'name', 'nameId'],
  field: ['code', 'labelEn', 'labelId'],
  government: ['id', 'name', 'level', 'localType', 'countryCode', 'parentId', 'admin1', 'kemendagriCode', 'lat', 'lon', 'aliases'],
  partnership: ['id', 'type', 'status', 'signedYear', 'signedYearAlternativesJson', 'endedYear', 'fields', 'confidence', 'note', 'version'],
  program: ['id', 'partnershipId', 'name', 'startYear', 'endYear', 'fields', 'summary', 'confidence'],
  source: ['url', 'kind', 'title', 'titleSupplied', 'publisher', 'accessed', 'language', 'publishedDate', 'checkedDate', 'checkNote'],
  worldPlace: ['id', 'name', 'countryCode', 'lat', 'lon', 'governmentId'],
} as const;

type Kind = keyof typeof SNAPSHOT_COLUMNS;

const props = (variable: string, kind: Kind) => SNAPSHOT_COLUMNS[kind].map((c) => `${variable}.${c}`).join(', ');

/** Ordered links as [position, id] pairs (sorted after decoding). */
const PARTIES = `[(x:Government)-[r:PARTY]->(p) | [r.position, x.id]]`;
const CITES = (v: string) => `[(${v})-[c:CITES]->(s:Source) | [c.position, s.url]]`;

/** One UNION ALL arm: every match of `pattern` as a positional list, sent in rows of `$batch`. */
function arm(kind: string, pattern: string, row: string): string {
  return `
  ${pattern}
  WITH collect(${row}) AS xs
  UNWIND range(0, size(xs) - 1, $batch) AS i
  RETURN '${kind}' AS kind, xs[i..i + $batch] AS rows`;
}

/** The data version and its epoch (cypher.ts BUMP_DATA_VERSION), read first: every record below is at least as new. */
const VERSION_ARM = `
  OPTIONAL MATCH (m:Meta {key: 'dataVersion'})
  RETURN 'version' AS kind, [[coalesce(m.value, 0), m.epoch]] AS rows`;

/** The record kinds of the snapshot: label, the variable its arm binds, the row it sends. */
const RECORD_KINDS = [
  { kind: 'country', label: 'Country', v: 'c', row: `[${props('c', 'country')}]` },
  { kind: 'field', label: 'Field', v: 'f', row: `[${props('f', 'field')}]` },
  { kind: 'government', label: 'Government', v: 'g', row: `[${props('g', 'government')}]` },
  { kind: 'partnership', label: 'Partnership', v: 'p', row: `[${props('p', 'partnership')}, ${PARTIES}, ${CITES('p')}]` },
  { kind: 'program', label: 'Program', v: 'pr', row: `[${props('pr', 'program')}, ${CITES('pr')}]` },
  { kind: 'source', label: 'Source', v: 's', row: `[${props('s', 'source')}]` },
] as const;

const DATASET_ARMS = [VERSION_ARM, ...RECORD_KINDS.map((k) => arm(k.kind, `MATCH (${k.v}:${k.label})`, k.row))];

/**
 * The records written after data version `$since`, each as the snapshot sends it, with the
 * current version first: what turns a held snapshot into the current one (neo4j-store.ts).
 * Every write tags what it writes with its own data version (`changedAt`, indexed per label),
 * and no write deletes a record of these kinds, so these rows are the whole difference.
 * Parameters: `$since`, `$batch`.
 */
export const SNAPSHOT_CHANGES = [
  VERSION_ARM,
  ...RECORD_KINDS.map((k) => arm(k.kind, `MATCH (${k.v}:${k.label}) WHERE ${k.v}.changedAt > $since`, k.row)),
].join('\n  UNION ALL');

const WORLD_PLACES = arm('worldPlace', 'MATCH (w:WorldPlace)', `[${props('w', 'worldPlace')}]`);

/** Every tie with its provenance (pages, page note): the world layer as stored. */
const WORLD_TIES = arm('worldTie', 'MATCH (a:WorldPlace)-[t:WORLD_TIE]->(b:WorldPlace)', '[t.id, a.id, b.id, t.pages, t.pageNote]');

/**
 * Every tie as its pair only, for analysis (domain/world.ts WorldNetwork): no property of the
 * 26,000 relationships is read. The id is rebuilt from the pair (`worldTieId`), which both
 * stores enforce on import.
 */
const WORLD_PAIRS = arm('worldPair', 'MATCH (a:WorldPlace)-[:WORLD_TIE]->(b:WorldPlace)', '[a.id, b.id]');

/** Everything analysis and export read, in one statement. Parameter: `$batch`. */
export const SNAPSHOT = DATASET_ARMS.join('\n  UNION ALL');

/** The snapshot and the world network (scope WORLD), in one statement. Parameter: `$batch`. */
export const WORLD_SNAPSHOT = [...DATASET_ARMS, WORLD_PLACES, WORLD_PAIRS].join('\n  UNION ALL');

/** The world network alone (places and tie pairs), in one statement. Parameter: `$batch`. */
export const WORLD_NETWORK = [WORLD_PLACES, WORLD_PAIRS].join('\n  UNION ALL');

/** The whole world layer (ties with their pages), in one statement. Parameter: `$batch`. */
export const WORLD_LAYER = [WORLD_PLACES, WORLD_TIES].join('\n  UNION ALL');

export const SNAPSHOT_PARAMS = { batch: int(SNAPSHOT_BATCH) };

/** One decoded (kind, rows) record of the statements above. */
export interface SnapshotRow {
  kind: string;
  rows: unknown[][];
}

function zip(kind: Kind, row: unknown[]): Record<string, unknown> {
  const columns = SNAPSHOT_COLUMNS[kind];
  const out: Record<string, unknown> = {};
  for (let i = 0; i < columns.length; i++) out[columns[i]!] = row[i] ?? null;
  return out;
}

/** Ids of [position, id] pairs, by position. */
function ordered(pairs: unknown): string[] {
  const list = (pairs as Array<[number, string]> | null) ?? [];
  return list.length < 2 ? list.map((p) => p[1]) : [...list].sort((x, y) => x[0] - y[0]).map((p) => p[1]);
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export interface DecodedSnapshot {
  snapshot: Snapshot;
  /** The epoch of the data version (cypher.ts BUMP_DATA_VERSION); null before the first write that set one. */
  epoch: string | null;
  places: WorldPlace[];
  /** From WORLD_LAYER. */
  ties: WorldTie[];
  /** From WORLD_SNAPSHOT and WORLD_NETWORK. */
  pairs: WorldNetwork['ties'];
}

/** Build the snapshot and the world layer from the statements' records, in the orders the store has always given. */
export function decodeSnapshot(records: Iterable<SnapshotRow>): DecodedSnapshot {
  let dataVersion = 0;
  let epoch: string | null = null;
  const countries: Country[] = [];
  const fields: Field[] = [];
  const governments: Government[] = [];
  const partnerships: Partnership[] = [];
  const programs: Program[] = [];
  const sources: Source[] = [];
  const places: WorldPlace[] = [];
  const ties: WorldTie[] = [];
  const pairs: WorldNetwork['ties'] = [];
  const nPartnership = SNAPSHOT_COLUMNS.partnership.length;
  const nProgram = SNAPSHOT_COLUMNS.program.length;
  for (const { kind, rows } of records) {
    switch (kind) {
      case 'version':
        dataVersion = (rows[0]?.[0] as number | null) ?? 0;
        epoch = (rows[0]?.[1] as string | null) ?? null;
        break;
      case 'country':
        for (const r of rows) countries.push(toCountry(zip('country', r)));
        break;
      case 'field':
        for (const r of rows) fields.push(toField(zip('field', r)));
        break;
      case 'government':
        for (const r of rows) governments.push(toGovernment(zip('government', r)));
        break;
      case 'partnership':
        for (const r of rows)
          partnerships.push(toPartnershipMap({ ...zip('partnership', r), partyIds: ordered(r[nPartnership]), sourceUrls: ordered(r[nPartnership + 1]) }));
        break;
      case 'program':
        for (const r of rows) programs.push(toProgramMap({ ...zip('program', r), sourceUrls: ordered(r[nProgram]) }));
        break;
      case 'source':
        for (const r of rows) sources.push(toSource(zip('source', r)));
        break;
      case 'worldPlace':
        for (const r of rows)
          places.push({
            id: r[0] as string,
            name: r[1] as string,
            countryCode: r[2] as string,
            lat: r[3] as number,
            lon: r[4] as number,
            governmentId: (r[5] as string | null) ?? null,
          });
        break;
      case 'worldTie':
        for (const r of rows)
          ties.push({ id: r[0] as string, a: r[1] as string, b: r[2] as string, pages: (r[3] as string[] | null) ?? [], pageNote: (r[4] as string | null) ?? null });
        break;
      case 'worldPair':
        for (const r of rows) {
          const a = r[0] as string;
          const b = r[1] as string;
          pairs.push({ id: worldTieId(a, b), a, b });
        }
        break;
      default:
        throw new Error(`Unknown snapshot row kind "${kind}"`);
    }
  }
  countries.sort((a, b) => compare(a.name, b.name));
  fields.sort((a, b) => compare(a.code, b.code));
  governments.sort((a, b) => compare(a.id, b.id));
  partnerships.sort((a, b) => compare(a.id, b.id));
  programs.sort((a, b) => compare(a.id, b.id));
  sources.sort((a, b) => compare(a.url, b.url));
  places.sort((a, b) => compare(a.id, b.id));
  ties.sort((a, b) => compare(a.id, b.id));
  pairs.sort((a, b) => compare(a.id, b.id));
  return { snapshot: { dataVersion, countries, fields, governments, partnerships, programs, sources }, epoch, places, ties, pairs };
}

/** Each record kind of the snapshot: its key and its order (the orders decodeSnapshot gives). */
const ORDERS = {
  countries: { key: (x: Country) => x.code, order: (a: Country, b: Country) => compare(a.name, b.name) },
  fields: { key: (x: Field) => x.code, order: (a: Field, b: Field) => compare(a.code, b.code) },
  governments: { key: (x: Government) => x.id, order: (a: Government, b: Government) => compare(a.id, b.id) },
  partnerships: { key: (x: Partnership) => x.id, order: (a: Partnership, b: Partnership) => compare(a.id, b.id) },
  programs: { key: (x: Program) => x.id, order: (a: Program, b: Program) => compare(a.id, b.id) },
  sources: { key: (x: Source) => x.url, order: (a: Source, b: Source) => compare(a.url, b.url) },
};

function merged<T>(held: readonly T[], changed: readonly T[], { key, order }: { key: (x: T) => string; order: (a: T, b: T) => number }): T[] {
  if (changed.length === 0) return held as T[];
  const byKey = new Map(held.map((x) => [key(x), x]));
  for (const x of changed) byKey.set(key(x), x);
  return [...byKey.values()].sort(order);
}

/**
 * The held snapshot with the changed records (SNAPSHOT_CHANGES) put in place: a changed
 * record replaces the one with its key, a new one joins, in the snapshot's orders; kinds
 * without changes keep the held arrays. Tagged with the changes' data version.
 */
export function applyChanges(held: Snapshot, changes: Snapshot): Snapshot {
  return {
    dataVersion: changes.dataVersion,
    countries: merged(held.countries, changes.countries, ORDERS.countries),
    fields: merged(held.fields, changes.fields, ORDERS.fields),
    governments: merged(held.governments, changes.governments, ORDERS.governments),
    partnerships: merged(held.partnerships, changes.partnerships, ORDERS.partnerships),
    programs: merged(held.programs, changes.programs, ORDERS.programs),
    sources: merged(held.sources, changes.sources, ORDERS.sources),
  };
}
