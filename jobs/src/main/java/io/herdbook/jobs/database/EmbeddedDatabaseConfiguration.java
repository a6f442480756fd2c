package io.herdbook.jobs.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts an embedded PostgreSQL when no database URL is configured, and exposes it as the
 * application's {@link DataSource} (Boot's own DataSource auto-configuration then backs off).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoDatabaseUrlCondition.class)
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
public class EmbeddedDatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfiguration.class);

    /**
     * The server itself. zonky's own shutdown hook is off: it would stop PostgreSQL while Quartz and
     * JobRunr are still shutting down and hang the JVM on connection timeouts; Spring closes it last.
     */
    @Bean(destroyMethod = "close")
    EmbeddedServer embeddedPostgres(EmbeddedDatabaseProperties properties) {
        Path dataDir = properties.dataDir().toAbsolutePath();
        try {
            Files.createDirectories(dataDir);
            StalePostmaster.clear(dataDir);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(properties.port() == 0 ? FreePort.find() : properties.port())
                    .setRegisterShutdownHook(false)
                    .start();
            StalePostmaster.claim(dataDir);
            log.info("Database: embedded PostgreSQL on 127.0.0.1:{}, data in {}", postgres.getPort(), dataDir);
            return new EmbeddedServer(postgres, dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start the embedded PostgreSQL in " + dataDir
                    + " (is another Herdbook using that folder? set herdbook.database.embedded.data-dir"
                    + " or spring.datasource.url)", e);
        }
    }

    @Bean
    DataSource dataSource(EmbeddedServer postgres) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(postgres.jdbcUrl());
        config.setUsername("postgres");
        config.setMaximumPoolSize(10);
        config.setPoolName("herdbook-embedded");
        return new HikariDataSource(config);
    }

    /** The running server; closing it stops PostgreSQL and releases the data folder. */
    record EmbeddedServer(EmbeddedPostgres postgres, Path dataDir) implements java.io.Closeable {

        String jdbcUrl() {
            return postgres.getJdbcUrl("postgres", "postgres");
        }

        @Override
        public void close() throws IOException {
            postgres.close();
            StalePostmaster.release(dataDir);
        }
    }
}
