/**
 * Cypher for the world layer (src/domain/world.ts). World places are `:WorldPlace`
 * nodes, never `:Government`, so every catalogue query keeps its meaning; a matched
 * place points at its government with `SAME_AS`; a tie is a `WORLD_TIE` relationship.
 * All parameterised; rows go in with UNWIND in batches.
 */
export const WORLD_SCHEMA_STATEMENTS = [
  'CREATE CONSTRAINT world_place_id IF NOT EXISTS FOR (w:WorldPlace) REQUIRE w.id IS UNIQUE',
];

/** Rows per UNWIND statement. */
export const WORLD_BATCH = 5000;

export const CLEAR_WORLD_TIES = `MATCH (:WorldPlace)-[t:WORLD_TIE]->(:WorldPlace) DELETE t`;
export const CLEAR_WORLD_PLACES = `MATCH (w:WorldPlace) DETACH DELETE w`;

export const IMPORT_WORLD_PLACES = `
  UNWIND $rows AS r
  CREATE (w:WorldPlace {id: r.id, name: r.name, countryCode: r.countryCode, lat: r.lat, lon: r.lon, governmentId: r.governmentId})
  WITH w, r WHERE r.governmentId IS NOT NULL
  MATCH (g:Government {id: r.governmentId})
  CREATE (w)-[:SAME_AS]->(g)`;

export const IMPORT_WORLD_TIES = `
  UNWIND $rows AS r
  MATCH (a:WorldPlace {id: r.a})
  MATCH (b:WorldPlace {id: r.b})
  CREATE (a)-[:WORLD_TIE {id: r.id, pages: r.pages, pageNote: r.pageNote, confidence: 'LOW'}]->(b)`;
