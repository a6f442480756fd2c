package io.herdbook.scheduler.runs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jobrunr.storage.BackgroundJobServerStatus;
import org.jobrunr.storage.StorageProvider;
import org.springframework.stereotype.Component;

/**
 * Which workers are alive, by the heartbeats JobRunr's servers write. A worker's JobRunr server is named
 * after its node ({@code herdbook.node.name}), which is what the run ledger records as a run's node.
 */
@Component
public class LiveWorkers {

    /** Missed polls after which JobRunr itself counts a server dead (its minimum, which Herdbook uses). */
    private static final int MISSED_POLLS = 4;

    private final StorageProvider storage;
    private final Clock clock;

    public LiveWorkers(StorageProvider storage, Clock clock) {
        this.storage = storage;
        this.clock = clock;
    }

    /** Whether a running JobRunr server named {@code node} has sent a heartbeat recently enough to count as alive. */
    public boolean isAlive(String node) {
        Instant now = clock.instant();
        for (BackgroundJobServerStatus server : storage.getBackgroundJobServers()) {
            Duration timeout = Duration.ofSeconds((long) server.getPollIntervalInSeconds() * MISSED_POLLS);
            if (node.equals(server.getName()) && server.isRunning() && server.getLastHeartbeat().plus(timeout).isAfter(now)) {
                return true;
            }
        }
        return false;
    }
}
