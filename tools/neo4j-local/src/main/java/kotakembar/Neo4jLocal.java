package kotakembar;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * Runs Neo4j Community 5.26 embedded, with Bolt on 127.0.0.1 and authentication on.
 * Usage: java -cp ... kotakembar.Neo4jLocal &lt;home dir&gt;
 * Env: NEO4J_BOLT_PORT (7687), NEO4J_PASSWORD (kotakembar-local; 8+ characters).
 * The password of user "neo4j" is set at every start, so it never asks to be changed.
 */
public final class Neo4jLocal {
  public static void main(String[] args) throws Exception {
    if (args.length != 1) {
      System.err.println("usage: Neo4jLocal <home dir>");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(System.getenv().getOrDefault("NEO4J_BOLT_PORT", "7687"));
    String password = System.getenv().getOrDefault("NEO4J_PASSWORD", "kotakembar-local");
    if (password.length() < 8) {
      System.err.println("NEO4J_PASSWORD must have at least 8 characters.");
      System.exit(2);
    }

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(HttpsConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        .setConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      dbms.shutdown();
      stopped.countDown();
    }, "neo4j-shutdown"));

    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (RuntimeException e) {
      // Setting the password it already has is refused; anything else is a real problem.
      if (!String.valueOf(e.getMessage()).contains("cannot be the same")) throw e;
    }
    dbms.database("neo4j").executeTransactionally("RETURN 1");

    System.out.println("Neo4j " + org.neo4j.kernel.internal.Version.getNeo4jVersion()
        + " ready on bolt://127.0.0.1:" + port + " (data in " + home + ")");
    System.out.flush();
    stopped.await();
  }
}
