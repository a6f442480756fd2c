package io.herdbook.jobs.database;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Herdbook killed with {@code kill -9} leaves its daemonised PostgreSQL running on the data folder;
 * the next start must stop that orphan instead of failing on the folder's lock.
 */
class StalePostmasterIntegrationTest {

    @Test
    void anOrphanedPostmasterOfTheFolderIsStoppedSoTheNextStartCanUseIt(@TempDir Path parent) throws Exception {
        Path dataDir = parent.resolve("postgres");
        // Given a server left running on the folder by a JVM that died without stopping it
        Process jvm = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), OrphanMaker.class.getName(), dataDir.toString())
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertThat(jvm.waitFor()).isEqualTo(9);
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).getFirst().trim());
        assertThat(ProcessHandle.of(pid)).hasValueSatisfying(p -> assertThat(p.isAlive()).isTrue());

        // When the next start clears the way
        StalePostmaster.clear(dataDir);

        // Then the orphan is gone and a new server starts on the same folder, data intact
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        try (EmbeddedPostgres next = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false)
                .setRegisterShutdownHook(false).start();
             var connection = next.getPostgresDatabase().getConnection();
             var rs = connection.createStatement().executeQuery("SELECT 1")) {
            assertThat(rs.next()).isTrue();
        }
    }

    @Test
    void aFolderWithoutARunningPostmasterIsLeftAlone(@TempDir Path parent) throws Exception {
        Path dataDir = Files.createDirectories(parent.resolve("postgres"));
        Files.write(dataDir.resolve("postmaster.pid"), List.of("999999999", dataDir.toString()));

        StalePostmaster.clear(dataDir);

        assertThat(dataDir.resolve("postmaster.pid")).exists();
    }

    @Test
    void claimAndReleaseKeepTheOwnerFileBesideTheFolderNotInIt(@TempDir Path parent) throws Exception {
        Path dataDir = Files.createDirectories(parent.resolve("postgres"));

        StalePostmaster.claim(dataDir);
        assertThat(parent.resolve("postgres.owner")).hasContent(Long.toString(ProcessHandle.current().pid()));
        assertThat(dataDir).isEmptyDirectory();
        StalePostmaster.release(dataDir);

        assertThat(parent.resolve("postgres.owner")).doesNotExist();
    }
}
