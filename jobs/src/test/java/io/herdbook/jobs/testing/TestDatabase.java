package io.herdbook.jobs.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one PostgreSQL of a test JVM, chosen once: an external server when
 * {@code HERDBOOK_TEST_DATABASE_URL} (or {@code -Dherdbook.test.database.url}) names one; else a
 * Testcontainers PostgreSQL where a Docker engine answers; else an embedded PostgreSQL (real server
 * binaries from the zonky artifact). No test is ever skipped for want of Docker.
 */
public final class TestDatabase {

    private static final Logger log = LoggerFactory.getLogger(TestDatabase.class);
    private static volatile Connection connection;

    /** How to reach the chosen server. */
    public record Connection(String kind, String url, String username, String password) {
    }

    private TestDatabase() {
    }

    /** The test JVM's database, started on first use and kept until the JVM exits. */
    public static Connection get() {
        Connection current = connection;
        if (current == null) {
            synchronized (TestDatabase.class) {
                if (connection == null) {
                    connection = choose();
                    log.info("Test database: {} at {}", connection.kind(), connection.url());
                    System.out.println("[herdbook] test database: " + connection.kind() + " at " + connection.url());
                }
                current = connection;
            }
        }
        return current;
    }

    private static Connection choose() {
        String external = firstNonBlank(System.getProperty("herdbook.test.database.url"), System.getenv("HERDBOOK_TEST_DATABASE_URL"));
        if (external != null) {
            return new Connection("external PostgreSQL",
                    external,
                    firstNonBlank(System.getProperty("herdbook.test.database.username"), System.getenv("HERDBOOK_TEST_DATABASE_USERNAME"), "postgres"),
                    firstNonBlank(System.getProperty("herdbook.test.database.password"), System.getenv("HERDBOOK_TEST_DATABASE_PASSWORD"), ""));
        }
        if (DockerProbe.dockerAnswers()) {
            return DockerProbe.startContainer();
        }
        return startEmbedded();
    }

    private static Connection startEmbedded() {
        try {
            // Every Spring context a test JVM caches keeps its pools open (one database per context), and node tests
            // start whole processes beside them: room for them all, well past PostgreSQL's default of 100.
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setServerConfig("max_connections", "500").start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                awaitSpringShutdown();
                closeQuietly(postgres);
            }, "test-postgres-stop"));
            return new Connection("embedded PostgreSQL (zonky)", postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded test PostgreSQL", e);
        }
    }

    /**
     * JVM shutdown hooks run at once, in no order: let Spring close the test contexts (Quartz, the
     * pools) before the server they talk to goes away, or they log connection errors on the way out.
     */
    private static void awaitSpringShutdown() {
        for (Thread thread : Thread.getAllStackTraces().keySet()) {
            if (thread.getName().startsWith("SpringApplicationShutdownHook") || thread.getName().startsWith("SpringContextShutdownHook")) {
                try {
                    thread.join(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private static void closeQuietly(EmbeddedPostgres postgres) {
        try {
            postgres.close();
        } catch (IOException e) {
            log.warn("embedded test PostgreSQL did not stop cleanly", e);
        }
    }

    /**
     * A database of its own on the test server, created on first use, for a test that must not share
     * rows with the others (a name is one database per test JVM).
     */
    public static Connection database(String name) {
        if (!name.matches("[a-z][a-z0-9_]{0,40}")) {
            throw new IllegalArgumentException("test database names are lower-case identifiers: " + name);
        }
        Connection server = get();
        synchronized (TestDatabase.class) {
            try (java.sql.Connection admin = java.sql.DriverManager.getConnection(server.url(), server.username(), server.password());
                 java.sql.Statement statement = admin.createStatement();
                 java.sql.ResultSet exists = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
                if (!exists.next()) {
                    statement.execute("CREATE DATABASE " + name);
                }
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("could not create test database " + name, e);
            }
        }
        return new Connection(server.kind() + ", database " + name, withDatabase(server.url(), name), server.username(), server.password());
    }

    /** Replaces the database name in a {@code jdbc:postgresql://host:port/db?params} URL. */
    static String withDatabase(String url, String name) {
        return url.replaceFirst("^(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
    }

    private static String firstNonBlank(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
