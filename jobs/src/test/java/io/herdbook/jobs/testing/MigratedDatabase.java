package io.herdbook.jobs.testing;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * A database of its own on the test PostgreSQL ({@link TestDatabase#database}), with the project's
 * Flyway migrations applied once per test JVM, for integration tests that use the stores without a
 * Spring context.
 */
public final class MigratedDatabase {

    private static final Map<String, JdbcTemplate> MIGRATED = new ConcurrentHashMap<>();

    private MigratedDatabase() {
    }

    /** A JdbcTemplate over the migrated database of this name (a lower-case identifier); each call opens its own connection. */
    public static JdbcTemplate named(String name) {
        return MIGRATED.computeIfAbsent(name, MigratedDatabase::migrate);
    }

    private static JdbcTemplate migrate(String name) {
        TestDatabase.Connection db = TestDatabase.database(name);
        Flyway.configure().dataSource(db.url(), db.username(), db.password()).locations("classpath:db/migration").load().migrate();
        return new JdbcTemplate(new SimpleDriverDataSource(new org.postgresql.Driver(), db.url(), db.username(), db.password()));
    }
}
