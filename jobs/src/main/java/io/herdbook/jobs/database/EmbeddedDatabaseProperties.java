package io.herdbook.jobs.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the embedded PostgreSQL, used only when no {@code spring.datasource.url} is set.
 *
 * @param dataDir where the cluster's files live between runs; relative paths resolve against the working directory
 * @param port    the port to listen on (loopback only); 0 picks a free one at each start
 */
@ConfigurationProperties("herdbook.database.embedded")
public record EmbeddedDatabaseProperties(Path dataDir, int port) {

    public EmbeddedDatabaseProperties {
        dataDir = dataDir == null ? Path.of(".herdbook", "postgres") : dataDir;
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("herdbook.database.embedded.port must be 0..65535, was " + port);
        }
    }
}
