#!/usr/bin/env node
// A real Bolt round-trip for neo4j.sh: verifyConnectivity + `RETURN 1` on the `neo4j` database,
// with the repository's own neo4j-driver (resolved from the repo root, so any cwd works).
// Env: NEO4J_CHECK_URI, NEO4J_CHECK_PASSWORD (user neo4j).
// Exit: 0 answers; 1 does not answer; 3 neo4j-driver is not installed; 4 wrong password/auth refused.
'use strict';
const path = require('node:path');

const repo = path.resolve(__dirname, '..', '..');
let neo4j;
try {
  neo4j = require(require.resolve('neo4j-driver', { paths: [repo] }));
} catch {
  process.exit(3);
}

const uri = process.env.NEO4J_CHECK_URI || 'bolt://127.0.0.1:7687';
const password = process.env.NEO4J_CHECK_PASSWORD || 'kotakembar-local';
const verbose = process.env.NEO4J_CHECK_VERBOSE === '1';

const hardStop = setTimeout(() => {
  if (verbose) console.error('bolt-check: timed out');
  process.exit(1);
}, 15000);

(async () => {
  const driver = neo4j.driver(uri, neo4j.auth.basic('neo4j', password), {
    connectionTimeout: 3000,
    connectionAcquisitionTimeout: 5000,
    maxConnectionPoolSize: 1,
    disableLosslessIntegers: true,
    logging: { level: 'error', logger: () => {} },
  });
  let code = 0;
  try {
    await driver.verifyConnectivity({ database: 'neo4j' });
    const { records } = await driver.executeQuery('RETURN 1 AS one', {}, { database: 'neo4j' });
    if (records.length !== 1 || records[0].get('one') !== 1) throw new Error('unexpected RETURN 1 result');
  } catch (e) {
    const c = String((e && e.code) || '');
    code = c.startsWith('Neo.ClientError.Security.') ? 4 : 1;
    if (verbose || code === 4) console.error(`bolt-check: ${c || 'error'}: ${e && e.message}`);
  } finally {
    await driver.close().catch(() => {});
  }
  clearTimeout(hardStop);
  process.exit(code);
})();
