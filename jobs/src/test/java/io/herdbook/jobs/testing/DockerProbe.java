package io.herdbook.jobs.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The middle choice of {@link TestDatabase}: a PostgreSQL container, where a Docker engine answers. */
final class DockerProbe {

    private DockerProbe() {
    }

    static boolean dockerAnswers() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    static TestDatabase.Connection startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:15");
        container.start();
        // Testcontainers' Ryuk stops the container when the JVM exits.
        return new TestDatabase.Connection("Testcontainers PostgreSQL", container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
}
