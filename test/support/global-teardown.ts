/** After all suites: stop the local Neo4j test instance if global-setup started it. */
import { neo4jLocal } from './neo4j-env';

export default async function globalTeardown(): Promise<void> {
  if (process.env.KK_STARTED_TEST_NEO4J === '1' && process.env.KK_KEEP_TEST_NEO4J !== '1') neo4jLocal('stop');
}
