package io.herdbook.jobs.refresh;

import io.herdbook.jobs.archive.ArchiveProperties;
import io.herdbook.jobs.archive.RawArchiveStore;
import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.PostStats;
import io.herdbook.jobs.tracking.FetchAttempt;
import io.herdbook.jobs.tracking.FetchAttemptStore;
import io.herdbook.jobs.tracking.PostStore;
import io.herdbook.jobs.tracking.StatsStore;
import io.herdbook.jobs.tracking.TrackedPost;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Lets figure P2 of {@code ops/bench} drive the {@code stats-refresh} job's own {@link RefreshWriter} over its own
 * stores, as the chunk-oriented step does: one chunk per transaction. It sits in the writer's package but in the
 * bench module, so the job keeps its writer and results package-private and nothing in production can call this.
 */
public final class RefreshWriterBench {

    /** A chunk of refresh results as the job's processor hands them to the writer. */
    public static final class PreparedChunk {

        private final Chunk<RefreshResult> results;

        private PreparedChunk(Chunk<RefreshResult> results) {
            this.results = results;
        }
    }

    private static final Duration FETCH_TIME = Duration.ofMillis(150);

    private final RefreshWriter writer;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final Instant slot;

    /** The writer of the slot {@code slot}, over the job's stores on {@code dataSource}; {@code clock} stamps fetches. */
    public RefreshWriterBench(DataSource dataSource, Clock clock, Instant slot) {
        JdbcTemplate jdbc = new JdbcTemplate(dataSource);
        this.writer = new RefreshWriter(new StatsStore(jdbc), new PostStore(jdbc), new FetchAttemptStore(jdbc),
                new RawArchiveStore(jdbc, ArchiveProperties.defaults()), clock, slot);
        this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        this.clock = clock;
        this.slot = slot;
    }

    /** One chunk of successful fetches: {@code posts.get(i)} was read with {@code stats.get(i)}. */
    public PreparedChunk prepare(List<TrackedPost> posts, List<PostStats> stats) {
        List<RefreshResult> results = new ArrayList<>(posts.size());
        for (int i = 0; i < posts.size(); i++) {
            TrackedPost post = posts.get(i);
            FetchAttempt attempt = new FetchAttempt(post.organisationId(), post.creatorId(), post.id(),
                    StatsRefreshJobConfiguration.JOB_NAME, slot, resource(post), Outcome.DATA, null, 200, FETCH_TIME, clock.instant());
            results.add(new RefreshResult(post, stats.get(i), attempt));
        }
        return new PreparedChunk(new Chunk<>(results));
    }

    /** Writes one chunk in a transaction of its own, committed before this returns. */
    public void write(PreparedChunk chunk) {
        transactions.executeWithoutResult(status -> writer.write(chunk.results));
    }

    private static String resource(TrackedPost post) {
        return "/@" + post.handle() + "/" + post.kind().name().toLowerCase(Locale.ROOT) + "/" + post.platformPostId();
    }
}
