/**
 * Every Cypher statement the Neo4j store runs. Values always travel as $parameters;
 * the only text chosen at run time is an ORDER BY clause picked from a closed table.
 */
import { SNAPSHOT, SNAPSHOT_CHANGES, SNAPSHOT_PARAMS, WORLD_LAYER, WORLD_NETWORK, WORLD_SNAPSHOT } from './snapshot-cypher';
import type { GovernmentSort, PartnershipSort } from '../store';

export const SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT government_id IF NOT EXISTS FOR (g:Government) REQUIRE g.id IS UNIQUE',
  'CREATE CONSTRAINT partnership_id IF NOT EXISTS FOR (p:Partnership) REQUIRE p.id IS UNIQUE',
  'CREATE CONSTRAINT program_id IF NOT EXISTS FOR (p:Program) REQUIRE p.id IS UNIQUE',
  'CREATE CONSTRAINT source_url IF NOT EXISTS FOR (s:Source) REQUIRE s.url IS UNIQUE',
  'CREATE CONSTRAINT country_code IF NOT EXISTS FOR (c:Country) REQUIRE c.code IS UNIQUE',
  'CREATE CONSTRAINT field_code IF NOT EXISTS FOR (f:Field) REQUIRE f.code IS UNIQUE',
  'CREATE CONSTRAINT meta_key IF NOT EXISTS FOR (m:Meta) REQUIRE m.key IS UNIQUE',
  'CREATE CONSTRAINT audit_entry_id IF NOT EXISTS FOR (a:AuditEntry) REQUIRE a.id IS UNIQUE',
  'CREATE INDEX audit_entry_data_version IF NOT EXISTS FOR (a:AuditEntry) ON (a.dataVersion)',
  'CREATE INDEX audit_entry_entity IF NOT EXISTS FOR (a:AuditEntry) ON (a.entityId)',
  'CREATE INDEX government_sort_name IF NOT EXISTS FOR (g:Government) ON (g.sortName)',
  'CREATE INDEX government_country IF NOT EXISTS FOR (g:Government) ON (g.countryCode)',
  'CREATE INDEX partnership_signed_year IF NOT EXISTS FOR (p:Partnership) ON (p.signedYear)',
  // The data version of the write that last set each record (`changedAt`): the snapshot's delta read (SNAPSHOT_CHANGES).
  'CREATE INDEX country_changed_at IF NOT EXISTS FOR (c:Country) ON (c.changedAt)',
  'CREATE INDEX field_changed_at IF NOT EXISTS FOR (f:Field) ON (f.changedAt)',
  'CREATE INDEX government_changed_at IF NOT EXISTS FOR (g:Government) ON (g.changedAt)',
  'CREATE INDEX partnership_changed_at IF NOT EXISTS FOR (p:Partnership) ON (p.changedAt)',
  'CREATE INDEX program_changed_at IF NOT EXISTS FOR (p:Program) ON (p.changedAt)',
  'CREATE INDEX source_changed_at IF NOT EXISTS FOR (s:Source) ON (s.changedAt)',
  "CREATE FULLTEXT INDEX government_names IF NOT EXISTS FOR (g:Government) ON EACH [g.name, g.aliasText] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
  "CREATE FULLTEXT INDEX program_names IF NOT EXISTS FOR (p:Program) ON EACH [p.name] OPTIONS { indexConfig: { `fulltext.analyzer`: 'standard-folding' } }",
  // Last: an index created over existing data fills in the background; search must not start before it is online.
  'CALL db.awaitIndexes(300)',
];

/** The data version and its epoch (see BUMP_DATA_VERSION). */
export const DATA_VERSION = `OPTIONAL MATCH (m:Meta {key: 'dataVersion'}) RETURN coalesce(m.value, 0) AS v, m.epoch AS epoch`;

/**
 * The first statement of every write transaction: its lock on the Meta node serialises
 * writers, and the version it returns tags every record the transaction writes
 * (`changedAt`). `epoch` names this run of the counter: a wiped and re-seeded database
 * counts again from 1 under a new epoch, so a snapshot held from before is not mistaken
 * for a current one (snapshot-cypher.ts SNAPSHOT_CHANGES).
 */
export const BUMP_DATA_VERSION = `
  MERGE (m:Meta {key: 'dataVersion'})
  ON CREATE SET m.value = 0
  SET m.value = m.value + 1, m.epoch = coalesce(m.epoch, randomUUID())
  RETURN m.value AS v, m.epoch AS epoch`;

/** From the count store: no scan at all. */
/** The seed base (domain/reseed.ts) as one JSON property of a Meta node. */
export const SEED_BASE = `OPTIONAL MATCH (m:Meta {key: 'seedBase'}) RETURN m.json AS json`;
export const RECORD_SEED_BASE = `MERGE (m:Meta {key: 'seedBase'}) SET m.json = $json`;

export const IS_EMPTY = `MATCH (g:Government) RETURN count(g) = 0 AS empty`;

/** The release an import names: one Meta node, replaced by each such import (same transaction). */
export const RECORD_RELEASE = `
  MERGE (r:Meta {key: 'release'})
  SET r.id = $id, r.date = $date, r.importedAt = $importedAt, r.dataVersion = $dataVersion`;

/** The recorded release and the audited edits made after it. */
export const RELEASE = `
  MATCH (r:Meta {key: 'release'})
  RETURN r.id AS id, r.date AS date, r.importedAt AS importedAt, r.dataVersion AS dataVersion,
         COUNT { MATCH (a:AuditEntry) WHERE a.dataVersion > r.dataVersion } AS edits`;

export const IMPORT_COUNTRIES = `
  UNWIND $rows AS row
  MERGE (c:Country {code: row.code})
  SET c.name = row.name, c.nameId = row.nameId, c.changedAt = $changedAt`;

export const IMPORT_FIELDS = `
  UNWIND $rows AS row
  MERGE (f:Field {code: row.code})
  SET f.labelEn = row.labelEn, f.labelId = row.labelId, f.changedAt = $changedAt`;

export const IMPORT_SOURCES = `
  UNWIND $rows AS row
  MERGE (s:Source {url: row.url})
  SET s.kind = row.kind, s.title = row.title, s.titleSupplied = row.titleSupplied, s.publisher = row.publisher, s.accessed = row.accessed,
      s.language = row.language, s.publishedDate = row.publishedDate, s.checkedDate = row.checkedDate, s.checkNote = row.checkNote,
      s.changedAt = $changedAt`;

export const IMPORT_GOVERNMENTS = `
  UNWIND $rows AS row
  MERGE (g:Government {id: row.id})
  SET g += row.props, g.changedAt = $changedAt
  WITH g, row
  OPTIONAL MATCH (g)-[old:IN]->()
  DELETE old
  WITH DISTINCT g, row
  OPTIONAL MATCH (c:Country {code: row.props.countryCode})
  FOREACH (_ IN CASE WHEN c IS NULL THEN [] ELSE [1] END | MERGE (g)-[:IN]->(c))`;

export const LINK_PARENTS = `
  UNWIND $rows AS row
  MATCH (g:Government {id: row.id}), (parent:Government {id: row.parentId})
  MERGE (g)-[:IN]->(parent)`;

export const IMPORT_PARTNERSHIPS = `
  UNWIND $rows AS row
  MERGE (p:Partnership {id: row.id})
  SET p += row.props, p.changedAt = $changedAt
  WITH p, row
  OPTIONAL MATCH (p)<-[oldParty:PARTY]-()
  DELETE oldParty
  WITH DISTINCT p, row
  OPTIONAL MATCH (p)-[oldCite:CITES]->()
  DELETE oldCite
  WITH DISTINCT p, row
  CALL {
    WITH p, row
    UNWIND range(0, size(row.partyIds) - 1) AS i
    MATCH (g:Government {id: row.partyIds[i]})
    CREATE (g)-[:PARTY {position: i}]->(p)
  }
  CALL {
    WITH p, row
    UNWIND range(0, size(row.sourceUrls) - 1) AS i
    MATCH (s:Source {url: row.sourceUrls[i]})
    CREATE (p)-[:CITES {position: i}]->(s)
  }`;

export const IMPORT_PROGRAMS = `
  UNWIND $rows AS row
  MERGE (pr:Program {id: row.id})
  SET pr += row.props, pr.changedAt = $changedAt
  WITH pr, row
  OPTIONAL MATCH (pr)-[old:UNDER|CITES]->()
  DELETE old
  WITH DISTINCT pr, row
  MATCH (p:Partnership {id: row.props.partnershipId})
  CREATE (pr)-[:UNDER]->(p)
  WITH pr, row
  CALL {
    WITH pr, row
    UNWIND range(0, size(row.sourceUrls) - 1) AS i
    MATCH (s:Source {url: row.sourceUrls[i]})
    CREATE (pr)-[:CITES {position: i}]->(s)
  }`;

/** The partnership projection every read returns: properties plus ordered parties and sources. */
const PARTNERSHIP_RETURN = `
  CALL {
    WITH p
    MATCH (g:Government)-[r:PARTY]->(p)
    WITH g, r ORDER BY r.position
    RETURN collect(g.id) AS partyIds
  }
  CALL {
    WITH p
    OPTIONAL MATCH (p)-[c:CITES]->(s:Source)
    WITH s, c ORDER BY c.position
    RETURN collect(s.url) AS sourceUrls
  }
  RETURN p {.*} AS p, partyIds, sourceUrls`;

const PROGRAM_RETURN = `
  CALL {
    WITH pr
    OPTIONAL MATCH (pr)-[c:CITES]->(s:Source)
    WITH s, c ORDER BY c.position
    RETURN collect(s.url) AS sourceUrls
  }
  RETURN pr {.*} AS pr, sourceUrls`;

export const ALL_COUNTRIES = `MATCH (c:Country) RETURN c {.*} AS c ORDER BY c.name`;
export const ALL_FIELDS = `MATCH (f:Field) RETURN f {.*} AS f ORDER BY f.code`;
export const ALL_SOURCES = `MATCH (s:Source) RETURN s {.*} AS s ORDER BY s.url`;

/** A partnership as a map with its ordered `partyIds` and `sourceUrls` (needs `p` bound). */
const PARTNERSHIP_MAP = `p {.*,
      partyIds: COLLECT { MATCH (x:Government)-[r:PARTY]->(p) WITH x, r ORDER BY r.position RETURN x.id },
      sourceUrls: COLLECT { MATCH (p)-[c:CITES]->(s:Source) WITH s, c ORDER BY c.position RETURN s.url } }`;

export const GOVERNMENTS_BY_IDS = `
  UNWIND $ids AS id
  MATCH (g:Government {id: id})
  RETURN g {.*} AS g`;

const GOVERNMENT_WHERE = `
  WHERE ($nameContains IS NULL OR g.searchText CONTAINS $nameContains)
    AND ($levels IS NULL OR g.level IN $levels)
    AND ($countryCodes IS NULL OR g.countryCode IN $countryCodes)
    AND ($provinceId IS NULL OR g.id = $provinceId OR g.parentId = $provinceId)
    AND ($hasPartnerships IS NULL OR EXISTS { (g)-[:PARTY]->(:Partnership) } = $hasPartnerships)`;

const GOVERNMENT_ORDER: Record<`${GovernmentSort['field']}_${GovernmentSort['direction']}`, string> = {
  NAME_ASC: 'g.sortName ASC, g.id ASC',
  NAME_DESC: 'g.sortName DESC, g.id DESC',
  PARTNER_COUNT_ASC: 'partnerCount ASC, g.sortName ASC, g.id ASC',
  PARTNER_COUNT_DESC: 'partnerCount DESC, g.sortName ASC, g.id ASC',
};

export function listGovernmentsQuery(sort: GovernmentSort): string {
  // Partner counts only when they decide the order: counting them for every government
  // made a plain page of 50 by name cost a walk over the whole graph.
  if (sort.field === 'NAME')
    return `
  MATCH (g:Government) ${GOVERNMENT_WHERE}
  RETURN g {.*} AS g
  ORDER BY ${GOVERNMENT_ORDER[`${sort.field}_${sort.direction}`]}
  SKIP $offset LIMIT $limit`;
  return `
  MATCH (g:Government) ${GOVERNMENT_WHERE}
  CALL {
    WITH g
    OPTIONAL MATCH (g)-[:PARTY]->(:Partnership)<-[:PARTY]-(o:Government)
    WHERE o <> g
    RETURN count(DISTINCT o) AS partnerCount
  }
  RETURN g {.*} AS g, partnerCount
  ORDER BY ${GOVERNMENT_ORDER[`${sort.field}_${sort.direction}`]}
  SKIP $offset LIMIT $limit`;
}

/** What governmentDetailsQuery can bring along (mirrors GovernmentDetailsInclude). */
export interface DetailsParts {
  partnerships: boolean;
  partners: boolean;
  programs: boolean;
  sources: boolean;
  province: boolean;
}


/**
 * A government lookup and what its GraphQL selection needs, in one statement: its
 * partnerships (with ordered parties and sources), partners, their programs and
 * sources, its province. The text is assembled from fixed fragments only.
 */
export function governmentDetailsQuery(parts: DetailsParts): string {
  const columns = ['g {.*} AS g'];
  const withPartnerships = parts.partnerships || parts.partners || parts.programs || parts.sources;
  if (withPartnerships)
    columns.push(`COLLECT {
    MATCH (g)-[:PARTY]->(p:Partnership)
    WITH p ORDER BY p.signedYear IS NULL, p.signedYear ASC, p.id ASC
    RETURN ${PARTNERSHIP_MAP} } AS partnerships`);
  if (parts.partners)
    columns.push(`COLLECT {
    MATCH (g)-[:PARTY]->(:Partnership)<-[:PARTY]-(o:Government) WHERE o <> g
    WITH DISTINCT o RETURN o {.*} } AS partners`);
  if (parts.programs)
    columns.push(`COLLECT {
    MATCH (g)-[:PARTY]->(:Partnership)<-[:UNDER]-(pr:Program)
    WITH DISTINCT pr
    RETURN pr {.*, sourceUrls: COLLECT { MATCH (pr)-[c:CITES]->(s:Source) WITH s, c ORDER BY c.position RETURN s.url } } } AS programs`);
  if (parts.sources)
    columns.push(`COLLECT {
    MATCH (g)-[:PARTY]->(:Partnership)-[:CITES]->(s:Source)
    WITH DISTINCT s RETURN s {.*} } AS sources`);
  if (parts.province) columns.push(`COLLECT { MATCH (g)-[:IN]->(pv:Government) RETURN pv {.*} } AS province`);
  return `
  UNWIND $ids AS gid
  MATCH (g:Government {id: gid})
  RETURN ${columns.join(',\n    ')}`;
}

export const COUNT_GOVERNMENTS = `MATCH (g:Government) ${GOVERNMENT_WHERE} RETURN count(g) AS n`;

export const PARTNERSHIPS_BY_IDS = `
  UNWIND $ids AS id
  MATCH (p:Partnership {id: id})
  ${PARTNERSHIP_RETURN}`;

export const PARTNERSHIPS_OF_GOVERNMENTS = `
  UNWIND $ids AS gid
  MATCH (:Government {id: gid})-[:PARTY]->(p:Partnership)
  WITH gid, p ORDER BY p.signedYear IS NULL, p.signedYear ASC, p.id ASC
  ${PARTNERSHIP_RETURN}, gid`;

const PARTNERSHIP_WHERE = `
  WHERE ($types IS NULL OR p.type IN $types)
    AND ($statuses IS NULL OR p.status IN $statuses)
    AND ($signedYearFrom IS NULL OR p.signedYear >= $signedYearFrom)
    AND ($signedYearTo IS NULL OR p.signedYear <= $signedYearTo)
    AND ($minConfidenceRank IS NULL OR p.confidenceRank >= $minConfidenceRank)
    AND ($nameContains IS NULL OR EXISTS { (g:Government)-[:PARTY]->(p) WHERE g.searchText CONTAINS $nameContains })
    AND ($countryCodes IS NULL OR EXISTS { (g:Government)-[:PARTY]->(p) WHERE g.countryCode IN $countryCodes })
    AND ($levels IS NULL OR EXISTS { (g:Government)-[:PARTY]->(p) WHERE g.level IN $levels })
    AND ($provinceId IS NULL OR EXISTS {
      (g:Government)-[:PARTY]->(p) WHERE g.countryCode = 'ID' AND (g.id = $provinceId OR g.parentId = $provinceId) })`;

const PARTNERSHIP_ORDER: Record<`${PartnershipSort['field']}_${PartnershipSort['direction']}`, string> = {
  SIGNED_YEAR_ASC: 'p.signedYear IS NULL, p.signedYear ASC, p.id ASC',
  SIGNED_YEAR_DESC: 'p.signedYear IS NULL, p.signedYear DESC, p.id ASC',
  NAME_ASC: 'p.sortName ASC, p.id ASC',
  NAME_DESC: 'p.sortName DESC, p.id DESC',
};

/** Where a partnership query starts: from the party's index entry when there is one, else every partnership. */
function partnershipMatch(byParty: boolean): string {
  return byParty ? 'MATCH (:Government {id: $partyId})-[:PARTY]->(p:Partnership)' : 'MATCH (p:Partnership)';
}

export function listPartnershipsQuery(sort: PartnershipSort, byParty = false): string {
  return `
  ${partnershipMatch(byParty)} ${PARTNERSHIP_WHERE}
  WITH p ORDER BY ${PARTNERSHIP_ORDER[`${sort.field}_${sort.direction}`]}
  SKIP $offset LIMIT $limit
  ${PARTNERSHIP_RETURN}
  ORDER BY ${PARTNERSHIP_ORDER[`${sort.field}_${sort.direction}`]}`;
}

export function countPartnershipsQuery(byParty = false): string {
  return `${partnershipMatch(byParty)} ${PARTNERSHIP_WHERE} RETURN count(p) AS n`;
}

export const PROGRAMS_OF_PARTNERSHIPS = `
  UNWIND $ids AS pid
  MATCH (pr:Program)-[:UNDER]->(:Partnership {id: pid})
  WITH pid, pr ORDER BY pr.startYear IS NULL, pr.startYear ASC, pr.id ASC
  ${PROGRAM_RETURN}, pid`;

export const SOURCES_BY_URLS = `
  UNWIND $urls AS url
  MATCH (s:Source {url: url})
  RETURN s {.*} AS s`;

export const PING = 'RETURN 1 AS ok';

// Writes. Each write transaction starts with BUMP_DATA_VERSION: the write lock on the
// Meta node serialises writers, so what they read next is the latest committed data.

/** Partnership ids among `$ids` or starting with `$prefix` (null: none), for id clashes of one write. */
export const PARTNERSHIP_IDS_LIKE = `
  CALL () {
    UNWIND $ids AS wanted
    MATCH (p:Partnership {id: wanted})
    RETURN p.id AS id
    UNION
    MATCH (p:Partnership)
    WHERE $prefix IS NOT NULL AND p.id STARTS WITH $prefix
    RETURN p.id AS id
  }
  RETURN collect(id) AS ids`;
/** Program ids among `$ids` or starting with `$prefix` (null: none). */
export const PROGRAM_IDS_LIKE = `
  CALL () {
    UNWIND $ids AS wanted
    MATCH (pr:Program {id: wanted})
    RETURN pr.id AS id
    UNION
    MATCH (pr:Program)
    WHERE $prefix IS NOT NULL AND pr.id STARTS WITH $prefix
    RETURN pr.id AS id
  }
  RETURN collect(id) AS ids`;
export const ALL_GOVERNMENT_IDS = `MATCH (g:Government) RETURN collect(g.id) AS ids`;

export const CREATE_AUDIT_ENTRY = `CREATE (a:AuditEntry) SET a = $props`;

/** Audit entries newest first; from the entity index when one entity is asked for. */
export function auditTrailQuery(byEntity: boolean): string {
  return `
  MATCH (a:AuditEntry) ${byEntity ? 'WHERE a.entityId = $entityId AND' : 'WHERE'}
    ($who IS NULL OR a.who = $who)
    AND ($action IS NULL OR a.action = $action)
  RETURN a {.*} AS a
  ORDER BY a.dataVersion DESC
  SKIP $offset LIMIT $limit`;
}

export const SEARCH_CANDIDATES = `
  CALL () {
    CALL db.index.fulltext.queryNodes('government_names', $query) YIELD node
    RETURN collect(node.id) AS governmentIds
  }
  CALL () {
    CALL db.index.fulltext.queryNodes('program_names', $query) YIELD node
    RETURN collect(node.id) AS programIds
  }
  OPTIONAL MATCH (g:Government)-[:PARTY]->(p:Partnership) WHERE g.id IN governmentIds
  WITH governmentIds, programIds, collect(DISTINCT p.id) AS viaParties
  OPTIONAL MATCH (pr:Program)-[:UNDER]->(q:Partnership) WHERE pr.id IN programIds
  RETURN governmentIds, programIds, viaParties, collect(DISTINCT q.id) AS programPartnershipIds`;

/** A read statement the store can issue, with parameters to plan it with. */
export interface ReadStatement {
  name: string;
  text: string;
  params: Record<string, unknown>;
  /**
   * Why this statement reads every node of a label (a NodeByLabelScan is then expected):
   * it wants all of them, or its filters are optional and combined so no one index applies.
   * Absent: the statement must start from an index.
   */
  readsAll?: string;
}

const GOVERNMENT_PARAMS = { nameContains: null, levels: null, countryCodes: null, provinceId: null, hasPartnerships: null };
const PARTNERSHIP_PARAMS = {
  nameContains: null,
  types: null,
  statuses: null,
  countryCodes: null,
  provinceId: null,
  levels: null,
  partyId: 'id-kota-bandung',
  signedYearFrom: null,
  signedYearTo: null,
  minConfidenceRank: null,
};
const PAGE = { offset: 0, limit: 10 };

/**
 * Every read statement (and variant) the Neo4j store issues: the EXPLAIN test plans each
 * of them and a guard test checks that the store runs nothing outside this list.
 */
export function readStatements(): ReadStatement[] {
  const all = (why: string) => `reads every ${why}`;
  const list: ReadStatement[] = [
    { name: 'PING', text: PING, params: {} },
    { name: 'DATA_VERSION', text: DATA_VERSION, params: {} },
    { name: 'IS_EMPTY', text: IS_EMPTY, params: {} },
    { name: 'SEED_BASE', text: SEED_BASE, params: {} },
    { name: 'RELEASE', text: RELEASE, params: {}, readsAll: all('audit entry once to count the edits since the release') },
    { name: 'SNAPSHOT', text: SNAPSHOT, params: SNAPSHOT_PARAMS, readsAll: all('record: the snapshot for analysis and export') },
    { name: 'SNAPSHOT_CHANGES', text: SNAPSHOT_CHANGES, params: { ...SNAPSHOT_PARAMS, since: 1 } },
    {
      name: 'WORLD_SNAPSHOT',
      text: WORLD_SNAPSHOT,
      params: SNAPSHOT_PARAMS,
      readsAll: all('record and every world place and tie: the snapshot for analysis at scope WORLD'),
    },
    { name: 'WORLD_NETWORK', text: WORLD_NETWORK, params: SNAPSHOT_PARAMS, readsAll: all('world place and tie pair: the world network for analysis') },
    { name: 'ALL_COUNTRIES', text: ALL_COUNTRIES, params: {}, readsAll: all('country (the reference list)') },
    { name: 'ALL_FIELDS', text: ALL_FIELDS, params: {}, readsAll: all('field (the vocabulary)') },
    { name: 'ALL_GOVERNMENT_IDS', text: ALL_GOVERNMENT_IDS, params: {}, readsAll: all('government id (write rules check references)') },
    { name: 'PARTNERSHIP_IDS_LIKE', text: PARTNERSHIP_IDS_LIKE, params: { ids: ['id-kota-bandung--kr-seoul'], prefix: 'id-kota-bandung--' } },
    { name: 'PROGRAM_IDS_LIKE', text: PROGRAM_IDS_LIKE, params: { ids: ['prog-x'], prefix: 'prog-' } },
    { name: 'GOVERNMENTS_BY_IDS', text: GOVERNMENTS_BY_IDS, params: { ids: ['id-kota-bandung'] } },
    { name: 'PARTNERSHIPS_BY_IDS', text: PARTNERSHIPS_BY_IDS, params: { ids: ['id-kota-bandung--kr-seoul'] } },
    { name: 'PARTNERSHIPS_OF_GOVERNMENTS', text: PARTNERSHIPS_OF_GOVERNMENTS, params: { ids: ['id-kota-bandung'] } },
    { name: 'PROGRAMS_OF_PARTNERSHIPS', text: PROGRAMS_OF_PARTNERSHIPS, params: { ids: ['id-kota-bandung--kr-seoul'] } },
    { name: 'SOURCES_BY_URLS', text: SOURCES_BY_URLS, params: { urls: ['https://example.org/source-a'] } },
    {
      name: 'COUNT_GOVERNMENTS',
      text: COUNT_GOVERNMENTS,
      params: GOVERNMENT_PARAMS,
      readsAll: all('government once: optional combined filters (name substring, level, country, province, has partnerships)'),
    },
    { name: 'SEARCH_CANDIDATES', text: SEARCH_CANDIDATES, params: { query: 'bandung*' } },
    { name: 'AUDIT_TRAIL(entity)', text: auditTrailQuery(true), params: { entityId: 'x', who: null, action: null, ...PAGE } },
    { name: 'AUDIT_TRAIL', text: auditTrailQuery(false), params: { who: null, action: null, ...PAGE }, readsAll: all('audit entry: the whole trail, newest first') },
    { name: 'WORLD_LAYER', text: WORLD_LAYER, params: SNAPSHOT_PARAMS, readsAll: all('world place and tie: the world layer') },
  ];
  for (const field of ['NAME', 'PARTNER_COUNT'] as const)
    for (const direction of ['ASC', 'DESC'] as const)
      list.push({
        name: `LIST_GOVERNMENTS(${field} ${direction})`,
        text: listGovernmentsQuery({ field, direction }),
        params: { ...GOVERNMENT_PARAMS, ...PAGE },
        readsAll: all('government once: optional combined filters, then a sort'),
      });
  for (const byParty of [false, true]) {
    const readsAll = byParty ? undefined : all('partnership once: optional combined filters, then a sort');
    for (const field of ['SIGNED_YEAR', 'NAME'] as const)
      for (const direction of ['ASC', 'DESC'] as const)
        list.push({
          name: `LIST_PARTNERSHIPS(${field} ${direction}${byParty ? ', party' : ''})`,
          text: listPartnershipsQuery({ field, direction }, byParty),
          params: { ...PARTNERSHIP_PARAMS, ...PAGE },
          readsAll,
        });
    list.push({ name: `COUNT_PARTNERSHIPS${byParty ? '(party)' : ''}`, text: countPartnershipsQuery(byParty), params: PARTNERSHIP_PARAMS, readsAll });
  }
  for (let bits = 0; bits < 32; bits++) {
    const parts = {
      partnerships: (bits & 1) !== 0,
      partners: (bits & 2) !== 0,
      programs: (bits & 4) !== 0,
      sources: (bits & 8) !== 0,
      province: (bits & 16) !== 0,
    };
    list.push({ name: `GOVERNMENT_DETAILS(${JSON.stringify(parts)})`, text: governmentDetailsQuery(parts), params: { ids: ['id-kota-bandung'] } });
  }
  return list;
}
