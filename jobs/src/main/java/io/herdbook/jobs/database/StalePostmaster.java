package io.herdbook.jobs.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Clears the way for the embedded PostgreSQL when an earlier Herdbook was killed ({@code kill -9}, a
 * crash): its postmaster is daemonised (its parent is init even while the JVM lives), so it outlives
 * the JVM and keeps the data folder locked. Which JVM started it is kept in an owner file beside the
 * folder: a postmaster serving <em>this</em> folder whose owner is gone is stopped (SIGTERM, then
 * SIGKILL); one whose owner still runs belongs to a live Herdbook and is left alone.
 */
final class StalePostmaster {

    private static final Logger log = LoggerFactory.getLogger(StalePostmaster.class);
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private StalePostmaster() {
    }

    /**
     * Stops an orphaned postmaster of {@code dataDir}, if there is one.
     *
     * @throws IllegalStateException if a live Herdbook still uses the folder
     */
    static void clear(Path dataDir) {
        Optional<ProcessHandle> postmaster = postmasterOf(dataDir);
        if (postmaster.isEmpty()) {
            return;
        }
        ProcessHandle process = postmaster.get();
        Optional<ProcessHandle> owner = ownerOf(dataDir).filter(p -> p.pid() != ProcessHandle.current().pid());
        if (owner.isPresent()) {
            throw new IllegalStateException("the embedded PostgreSQL in " + dataDir + " belongs to a running Herdbook (java pid "
                    + owner.get().pid() + "); stop it, or give this one another herdbook.database.embedded.data-dir");
        }
        log.warn("Stopping the embedded PostgreSQL (pid {}) left running in {} by a Herdbook that was killed", process.pid(), dataDir);
        process.destroy();
        if (!waitForExit(process)) {
            process.destroyForcibly();
            waitForExit(process);
        }
    }

    /** Records this JVM as the owner of the postmaster it just started in {@code dataDir}. */
    static void claim(Path dataDir) throws IOException {
        Files.writeString(ownerFile(dataDir), Long.toString(ProcessHandle.current().pid()));
    }

    /** Forgets the owner after a clean stop. */
    static void release(Path dataDir) throws IOException {
        Files.deleteIfExists(ownerFile(dataDir));
    }

    private static Path ownerFile(Path dataDir) {
        // Beside the folder, not in it: initdb wants an empty folder.
        return dataDir.resolveSibling(dataDir.getFileName() + ".owner");
    }

    private static Optional<ProcessHandle> ownerOf(Path dataDir) {
        try {
            Path file = ownerFile(dataDir);
            long pid = Long.parseLong(Files.readString(file).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("java")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<ProcessHandle> postmasterOf(Path dataDir) {
        Path pidFile = dataDir.resolve("postmaster.pid");
        try {
            List<String> lines = Files.isRegularFile(pidFile) ? Files.readAllLines(pidFile) : List.of();
            if (lines.size() < 2 || !Path.of(lines.get(1).trim()).toAbsolutePath().equals(dataDir.toAbsolutePath())) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            // A stale file whose pid now names another program is PostgreSQL's own business: it handles that.
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static boolean waitForExit(ProcessHandle process) {
        try {
            process.onExit().get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return !process.isAlive();
        }
    }
}
