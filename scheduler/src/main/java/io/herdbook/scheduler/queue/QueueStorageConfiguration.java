package io.herdbook.scheduler.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.jobrunr.jobs.mappers.JobMapper;
import org.jobrunr.spring.autoconfigure.JobRunrProperties;
import org.jobrunr.storage.StorageProvider;
import org.jobrunr.storage.StorageProviderUtils.DatabaseOptions;
import org.jobrunr.storage.sql.common.SqlStorageProviderFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * JobRunr's storage on Herdbook's PostgreSQL, created safely when several nodes start at once.
 *
 * <p>JobRunr creates and migrates its own tables when its storage starts; two nodes doing that at
 * the same moment on a fresh database both try {@code CREATE TABLE jobrunr_migrations} and the loser
 * fails to start (seen in the three-node test). Here the storage is built while holding a
 * PostgreSQL advisory lock, so one node creates or upgrades the tables and the others wait for it
 * and then find them in place — the same for JobRunr upgrades that bring new table migrations.
 */
@Configuration(proxyBeanMethods = false)
public class QueueStorageConfiguration {

    /** An arbitrary, fixed advisory lock key: "JobRunr schema" for every Herdbook node. */
    static final long SCHEMA_LOCK = 0x4a6f6252756eL;

    @Bean(destroyMethod = "close")
    StorageProvider storageProvider(DataSource dataSource, JobMapper jobMapper, JobRunrProperties properties) throws SQLException {
        DatabaseOptions options = properties.getDatabase().isSkipCreate() ? DatabaseOptions.SKIP_CREATE : DatabaseOptions.CREATE;
        try (Connection lock = dataSource.getConnection()) {
            advisory(lock, "SELECT pg_advisory_lock(?)");
            try {
                StorageProvider storage = SqlStorageProviderFactory.using(dataSource, properties.getDatabase().getTablePrefix(), options);
                storage.setJobMapper(jobMapper);
                return storage;
            } finally {
                advisory(lock, "SELECT pg_advisory_unlock(?)");
            }
        }
    }

    private static void advisory(Connection connection, String sql) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, SCHEMA_LOCK);
            statement.execute();
        }
    }
}
