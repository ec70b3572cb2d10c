package kotakembar.neo4jlocal;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;

/**
 * Runs Neo4j Community (embedded) with the Bolt connector on 127.0.0.1, for local development and CI.
 *
 * <pre>
 *   java -cp 'target/neo4j-local.jar:target/lib/*' kotakembar.neo4jlocal.Neo4jLocal [homeDir]
 * </pre>
 *
 * Configuration (environment):
 * <ul>
 *   <li>{@code NEO4J_LOCAL_HOME} or the first argument: the Neo4j home directory (databases under
 *       {@code <home>/data}, debug.log under {@code <home>/logs}); default {@code ./.neo4j-local/data}.</li>
 *   <li>{@code NEO4J_BOLT_PORT}: Bolt port on 127.0.0.1, default 7687.</li>
 *   <li>{@code NEO4J_PASSWORD}: password of the user {@code neo4j}, default {@code kotakembar-local}
 *       (at least 8 characters). Set on every start, with no change required.</li>
 *   <li>{@code NEO4J_LOCAL_PAGECACHE_MB}: page cache size in MiB, default 64.</li>
 *   <li>{@code NEO4J_LOCAL_PIDFILE}: optional; this JVM writes its own pid there (atomically) at start.</li>
 * </ul>
 *
 * Prints {@code Neo4j <version> ready on bolt://127.0.0.1:<port> (pid <pid>)} once a client with that password can
 * run queries on the {@code neo4j} database. Shuts down cleanly on SIGTERM/SIGINT (shutdown hook).
 */
public final class Neo4jLocal {
    static final String DEFAULT_PASSWORD = "kotakembar-local";
    static final int MIN_PASSWORD_LENGTH = 8;

    private Neo4jLocal() {}

    public static void main(String[] args) {
        Path home = Path.of(args.length > 0 ? args[0] : env("NEO4J_LOCAL_HOME", ".neo4j-local/data"))
                .toAbsolutePath()
                .normalize();
        int port = parsePort(env("NEO4J_BOLT_PORT", "7687"));
        String password = env("NEO4J_PASSWORD", DEFAULT_PASSWORD);
        long pageCacheMb = Long.parseLong(env("NEO4J_LOCAL_PAGECACHE_MB", "64"));
        if (password.length() < MIN_PASSWORD_LENGTH) {
            fail("NEO4J_PASSWORD must be at least " + MIN_PASSWORD_LENGTH + " characters (Neo4j's minimum)", null);
        }

        long pid = ProcessHandle.current().pid();
        writePidfile(env("NEO4J_LOCAL_PIDFILE", ""), pid);
        log("starting Neo4j (home " + home + ", bolt 127.0.0.1:" + port + ", page cache " + pageCacheMb + "m, pid "
                + pid + ")");

        DatabaseManagementService service;
        try {
            Files.createDirectories(home);
            service = new DatabaseManagementServiceBuilder(home)
                    .setConfig(BoltConnector.enabled, true)
                    .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                    .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                    .setConfig(HttpConnector.enabled, false)
                    .setConfig(HttpsConnector.enabled, false)
                    .setConfig(GraphDatabaseSettings.auth_enabled, true)
                    .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(pageCacheMb))
                    .setConfig(GraphDatabaseSettings.udc_enabled, false)
                    // Small disk footprint: no 256 MiB pre-allocated transaction log per database.
                    .setConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                    .setConfig(GraphDatabaseSettings.preallocate_store_files, false)
                    .setConfig(GraphDatabaseSettings.logical_log_rotation_threshold, ByteUnit.mebiBytes(32))
                    // Internal settings (pinned 5.26.x): on shutdown Bolt otherwise waits 5 s for connections
                    // and 5 s for its thread pool even when idle; 1 s each keeps stop/start fault tests quick.
                    .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
                    .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
                    .build();
        } catch (Throwable e) {
            fail("could not start Neo4j (is port " + port + " already in use? see " + home.resolve("logs/debug.log")
                    + ")", e);
            return;
        }

        CountDownLatch stopped = new CountDownLatch(1);
        AtomicBoolean shuttingDown = new AtomicBoolean(false);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!shuttingDown.compareAndSet(false, true)) {
                return;
            }
            log("shutting down");
            try {
                service.shutdown();
                log("stopped");
            } catch (Throwable e) {
                System.err.println("[neo4j-local] error during shutdown: " + e);
            } finally {
                stopped.countDown();
            }
        }, "neo4j-local-shutdown"));

        String version;
        try {
            GraphDatabaseService system = service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME);
            // The embedded API runs with full privileges, so this works on a fresh store (initial password "neo4j",
            // change required) and on a store whose password was changed since: the environment is the truth.
            try {
                system.executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $p CHANGE NOT REQUIRED", Map.of("p", password));
            } catch (RuntimeException e) {
                // Neo4j refuses to "change" a password to the one it already has (every restart after the first).
                if (!String.valueOf(e.getMessage()).contains("cannot be the same")) {
                    throw e;
                }
                system.executeTransactionally("ALTER USER neo4j SET PASSWORD CHANGE NOT REQUIRED");
            }
            version = system.executeTransactionally(
                    "CALL dbms.components() YIELD name, versions RETURN versions[0] AS v",
                    Map.of(),
                    r -> r.hasNext() ? String.valueOf(r.next().get("v")) : "5.x");
            GraphDatabaseService neo4j = service.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
            neo4j.executeTransactionally("RETURN 1");
        } catch (Throwable e) {
            System.err.println("[neo4j-local] FATAL: Neo4j started but could not be prepared");
            e.printStackTrace(System.err);
            System.exit(1); // runs the shutdown hook: clean shutdown of the half-ready service
            return;
        }

        log("Neo4j " + version + " ready on bolt://127.0.0.1:" + port + " (pid " + pid + ")");
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void writePidfile(String pidfile, long pid) {
        if (pidfile.isEmpty()) {
            return;
        }
        try {
            Path target = Path.of(pidfile).toAbsolutePath();
            Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
            Files.writeString(tmp, pid + "\n");
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (Exception e) {
            fail("could not write the pidfile " + pidfile, e);
        }
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port > 0 && port < 65536) {
                return port;
            }
        } catch (NumberFormatException ignored) {
            // fall through
        }
        fail("NEO4J_BOLT_PORT must be a port number, got '" + value + "'", null);
        return -1;
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isEmpty() ? fallback : value;
    }

    private static void log(String message) {
        System.out.println("[neo4j-local] " + message);
        System.out.flush();
    }

    private static void fail(String message, Throwable e) {
        System.err.println("[neo4j-local] FATAL: " + message);
        if (e != null) {
            e.printStackTrace(System.err);
        }
        System.err.flush();
        // halt: a half-started database service must not keep the JVM alive.
        Runtime.getRuntime().halt(1);
    }
}
