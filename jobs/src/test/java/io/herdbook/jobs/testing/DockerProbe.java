package io.herdbook.jobs.testing;

import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;

/** The middle choice of {@link TestDatabase}: a PostgreSQL container, where a Docker engine answers. */
final class DockerProbe {

    private DockerProbe() {
    }

    static boolean dockerAnswers() {
        if (!anyDockerConfigured()) {
            // Nothing to ask: skip Testcontainers' own probe, which logs a page of errors on machines without Docker.
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** A Docker endpoint or Testcontainers configuration exists on this machine. */
    private static boolean anyDockerConfigured() {
        String home = System.getProperty("user.home");
        return System.getenv("DOCKER_HOST") != null
                || java.nio.file.Files.exists(java.nio.file.Path.of("/var/run/docker.sock"))
                || java.nio.file.Files.exists(java.nio.file.Path.of(home, ".docker", "run", "docker.sock"))
                || java.nio.file.Files.exists(java.nio.file.Path.of(home, ".testcontainers.properties"));
    }

    static TestDatabase.Connection startContainer() {
        PostgreSQLContainer container = new PostgreSQLContainer("postgres:15");
        container.start();
        // Testcontainers' Ryuk stops the container when the JVM exits.
        return new TestDatabase.Connection("Testcontainers PostgreSQL", container.getJdbcUrl(), container.getUsername(), container.getPassword());
    }
}
