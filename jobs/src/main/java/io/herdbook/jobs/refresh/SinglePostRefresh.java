package io.herdbook.jobs.refresh;

import io.herdbook.jobs.archive.RawArchiveStore;
import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.PostKind;
import io.herdbook.jobs.source.PlatformSource;
import io.herdbook.jobs.tracking.FetchAttemptStore;
import io.herdbook.jobs.tracking.PostStore;
import io.herdbook.jobs.tracking.StatsStore;
import io.herdbook.jobs.tracking.TrackedPost;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A stats refresh of one tracked post outside a run, as stats-refresh does it for each due post ({@link PostRefresh}
 * then {@link RefreshWriter}), for on-demand work such as the API's manual refresh. Its writes are keyed by the slot
 * the caller gives, as the job's are, so a retry of the same request writes nothing twice; its attempt is a
 * stats-refresh attempt, so the next scheduled run counts the post's interval from it.
 */
@Service
public class SinglePostRefresh {

    private final JdbcTemplate jdbc;
    private final PlatformSource source;
    private final StatsStore stats;
    private final PostStore posts;
    private final FetchAttemptStore attempts;
    private final RawArchiveStore archive;
    private final Clock clock;

    public SinglePostRefresh(JdbcTemplate jdbc, PlatformSource source, StatsStore stats, PostStore posts, FetchAttemptStore attempts,
                             RawArchiveStore archive, Clock clock) {
        this.jdbc = jdbc;
        this.source = source;
        this.stats = stats;
        this.posts = posts;
        this.attempts = attempts;
        this.archive = archive;
        this.clock = clock;
    }

    /**
     * Refreshes the organisation's post now, observed as of {@code slot}.
     *
     * @return how the fetch ended, or empty when the organisation has no such tracked post (any more)
     */
    @Transactional
    public Optional<Outcome> refresh(long organisationId, long postId, Instant slot) {
        Optional<TrackedPost> post = jdbc.query("""
                SELECT p.id, p.organisation_id, p.creator_id, c.handle, p.platform_post_id, p.kind, l.views
                  FROM posts p JOIN creators c ON c.id = p.creator_id AND c.organisation_id = p.organisation_id
                  LEFT JOIN post_stats_latest l ON l.post_id = p.id AND l.organisation_id = p.organisation_id
                 WHERE p.organisation_id = ? AND p.id = ? AND p.tracked""",
                (rs, i) -> new TrackedPost(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        PostKind.valueOf(rs.getString(6)), rs.getObject(7, Long.class)),
                organisationId, postId).stream().findFirst();
        if (post.isEmpty()) {
            return Optional.empty();
        }
        RefreshResult result = new PostRefresh(source, clock, slot).process(post.get());
        new RefreshWriter(stats, posts, attempts, archive, clock, slot).write(Chunk.of(result));
        return Optional.of(result.attempt().outcome());
    }
}
