#!/usr/bin/env node
// Smoke test for a running local Neo4j: constraint, full-text index, MERGE, read back,
// full-text query, SHOW INDEXES. Idempotent; uses the label :NeoLocalSmoke only.
//   node tools/neo4j-local/smoke.cjs          # write + read
//   node tools/neo4j-local/smoke.cjs --read   # read only (e.g. after a restart: data persisted?)
// Env: NEO4J_BOLT_PORT (7687), NEO4J_PASSWORD (kotakembar-local).
'use strict';
const path = require('node:path');

const neo4j = require(require.resolve('neo4j-driver', { paths: [path.resolve(__dirname, '..', '..')] }));
const uri = `bolt://127.0.0.1:${process.env.NEO4J_BOLT_PORT || 7687}`;
const password = process.env.NEO4J_PASSWORD || 'kotakembar-local';
const readOnly = process.argv.includes('--read');

(async () => {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), { disableLosslessIntegers: true });
  const q = (cypher, params = {}) => driver.executeQuery(cypher, params, { database: 'neo4j' });
  try {
    await driver.verifyConnectivity({ database: 'neo4j' });
    const info = await driver.getServerInfo();
    console.log(`connected: ${info.agent} protocol ${info.protocolVersion} at ${uri}`);
    if (!readOnly) {
      await q('CREATE CONSTRAINT neo_local_smoke_id IF NOT EXISTS FOR (n:NeoLocalSmoke) REQUIRE n.id IS UNIQUE');
      await q('CREATE FULLTEXT INDEX neo_local_smoke_name IF NOT EXISTS FOR (n:NeoLocalSmoke) ON EACH [n.name]');
      await q('CALL db.awaitIndexes(60)');
      await q('MERGE (n:NeoLocalSmoke {id: $id}) SET n.name = $name', { id: 'id-kota-bandung', name: 'Kota Bandung' });
      // The constraint must hold: a second node with the same id is refused.
      let refused = false;
      try {
        await q('CREATE (:NeoLocalSmoke {id: $id})', { id: 'id-kota-bandung' });
      } catch (e) {
        refused = /ConstraintValidationFailed/.test(e.code);
      }
      if (!refused) throw new Error('uniqueness constraint did not refuse a duplicate id');
      console.log('constraint: duplicate id refused');
    }
    const read = await q('MATCH (n:NeoLocalSmoke {id: $id}) RETURN n.name AS name', { id: 'id-kota-bandung' });
    if (read.records.length !== 1 || read.records[0].get('name') !== 'Kota Bandung') {
      throw new Error(`read back failed: ${JSON.stringify(read.records.map((r) => r.toObject()))}`);
    }
    console.log('read back: Kota Bandung');
    const ft = await q(
      "CALL db.index.fulltext.queryNodes('neo_local_smoke_name', 'bandung') YIELD node, score RETURN node.id AS id, score",
    );
    if (ft.records.length < 1 || ft.records[0].get('id') !== 'id-kota-bandung') throw new Error('full-text query found nothing');
    console.log(`full-text: 'bandung' -> ${ft.records[0].get('id')} (score ${ft.records[0].get('score').toFixed(3)})`);
    const idx = await q('SHOW INDEXES YIELD name, type, state, indexProvider RETURN name, type, state, indexProvider ORDER BY name');
    for (const r of idx.records) console.log(`index: ${r.get('name')} ${r.get('type')} ${r.get('state')} ${r.get('indexProvider')}`);
    const mine = idx.records.filter((r) => r.get('name').startsWith('neo_local_smoke'));
    if (mine.length !== 2 || mine.some((r) => r.get('state') !== 'ONLINE')) throw new Error('smoke indexes not both ONLINE');
    console.log('smoke: OK');
  } catch (e) {
    console.error(`smoke: FAILED: ${e.code || ''} ${e.message}`);
    process.exitCode = 1;
  } finally {
    await driver.close();
  }
})();
