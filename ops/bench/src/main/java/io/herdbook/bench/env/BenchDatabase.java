package io.herdbook.bench.env;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * A fresh embedded PostgreSQL for one benchmark run, migrated with Herdbook's Flyway scripts. Its data
 * folder is wiped at start, so every run measures the same empty tables.
 */
public final class BenchDatabase implements AutoCloseable {

    private final EmbeddedPostgres postgres;
    private final HikariDataSource dataSource;

    private BenchDatabase(EmbeddedPostgres postgres, HikariDataSource dataSource) {
        this.postgres = postgres;
        this.dataSource = dataSource;
    }

    /** Starts PostgreSQL with its data in {@code dataDir} (emptied first) and migrates it. */
    public static BenchDatabase start(Path dataDir) throws IOException {
        Files.createDirectories(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(true)
                .setPort(freePort())
                // The big inserts of P2/P3 would otherwise be measured against checkpoints of the default 1 GB WAL.
                .setServerConfig("max_wal_size", "4GB")
                .start();
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        config.setUsername("postgres");
        config.setMaximumPoolSize(16);
        config.setPoolName("bench");
        HikariDataSource dataSource = new HikariDataSource(config);
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
        return new BenchDatabase(postgres, dataSource);
    }

    public DataSource dataSource() {
        return dataSource;
    }

    /** The JDBC URL another process (a Herdbook node) uses to reach this database. */
    public String jdbcUrl() {
        return postgres.getJdbcUrl("postgres", "postgres");
    }

    @Override
    public void close() throws IOException {
        dataSource.close();
        postgres.close();
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
