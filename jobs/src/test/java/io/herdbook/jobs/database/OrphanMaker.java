package io.herdbook.jobs.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;

/**
 * Run in a child JVM by {@link StalePostmasterIntegrationTest}: starts an embedded PostgreSQL on the
 * folder given, then dies at once without stopping it, as a JVM does under {@code kill -9}.
 */
public final class OrphanMaker {

    private OrphanMaker() {
    }

    public static void main(String[] args) throws Exception {
        EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0])).setCleanDataDirectory(false).setRegisterShutdownHook(false).start();
        Runtime.getRuntime().halt(9);
    }
}
