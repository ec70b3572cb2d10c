/**
 * Before any suite: make sure the Neo4j suites have a database. With NEO4J_URI set, use
 * it; otherwise start the project's local Neo4j 5.26 test instance. Without Java/Maven
 * the Neo4j suites are skipped with a loud warning, but never under CI=true.
 */
import { hasJavaAndMaven, isCI, neo4jLocal, neo4jLocalRunning, TEST_INSTANCE } from './neo4j-env';

export default async function globalSetup(): Promise<void> {
  if (process.env.NEO4J_URI) {
    process.env.KK_TEST_NEO4J_URI = process.env.NEO4J_URI;
    process.env.KK_TEST_NEO4J_USER = process.env.NEO4J_USER ?? 'neo4j';
    process.env.KK_TEST_NEO4J_PASSWORD = process.env.NEO4J_PASSWORD ?? '';
    return;
  }
  if (!hasJavaAndMaven()) {
    if (isCI()) throw new Error('CI=true but Java 17 and Maven are missing: the Neo4j suites must run in CI.');
    process.env.KK_NEO4J_SKIP = '1';
    console.warn(
      '\n\n  !!! WARNING: Java and/or Maven not found; the Neo4j contract suites are SKIPPED.\n' +
        '  !!! Install Java 17 + Maven, or set NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD, to run them.\n\n',
    );
    return;
  }
  // Stop it afterwards only if this run started it: another run may be using it.
  if (!neo4jLocalRunning()) {
    neo4jLocal('start');
    process.env.KK_STARTED_TEST_NEO4J = '1';
  }
  process.env.KK_TEST_NEO4J_URI = `bolt://127.0.0.1:${TEST_INSTANCE.port}`;
  process.env.KK_TEST_NEO4J_USER = 'neo4j';
  process.env.KK_TEST_NEO4J_PASSWORD = TEST_INSTANCE.password;
}
