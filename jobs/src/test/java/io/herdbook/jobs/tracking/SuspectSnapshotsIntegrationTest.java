package io.herdbook.jobs.tracking;

import static io.herdbook.jobs.testing.TrackingData.aCreator;
import static io.herdbook.jobs.testing.TrackingData.aPost;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.PostStats;
import io.herdbook.jobs.testing.MigratedDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A snapshot too far below the post's last good one is stored as suspect with its reason and moves nothing; small
 * recounts are believed; the last good one is the baseline whatever suspect rows came after it.
 */
class SuspectSnapshotsIntegrationTest {

    private static final Instant T1 = Instant.parse("2026-03-10T06:00:00Z");
    private static final Instant T2 = Instant.parse("2026-03-10T06:15:00Z");
    private static final Instant T3 = Instant.parse("2026-03-10T06:30:00Z");
    private static final Instant T4 = Instant.parse("2026-03-10T06:45:00Z");

    private final JdbcTemplate jdbc = MigratedDatabase.named("tracking_stores");
    private final PostStore posts = new PostStore(jdbc);
    private final StatsStore stats = new StatsStore(jdbc);

    @Test
    void viewsFallingByMoreThanHalfAreHeldAsSuspectAndTheLatestStaysAtTheLastGood() {
        long post = aStoredPost();
        record(post, new PostStats(1_000, 100, 10, 5, 2L, true), T1);

        // when views fall 60 %
        record(post, new PostStats(400, 100, 10, 5, 2L, true), T2);

        // then
        assertThat(snapshots(post)).containsExactly(
                new Row(T1, 1_000, 100, 10, false, null),
                new Row(T2, 400, 100, 10, true, "views fell 60% (1000 to 400) below the last good snapshot of " + T1));
        assertThat(latest(post)).isEqualTo(new Latest(T1, 1_000, 100, 10));
    }

    @Test
    void everyJudgedMetricThatFellIsNamedInTheReason() {
        long post = aStoredPost();
        record(post, new PostStats(1_000, 100, 40, 5, 2L, true), T1);

        record(post, new PostStats(1_000, 20, 0, 0, null, false), T2);

        assertThat(snapshots(post)).last().isEqualTo(new Row(T2, 1_000, 20, 0, true,
                "likes fell 80% (100 to 20); comments fell 100% (40 to 0) below the last good snapshot of " + T1));
        assertThat(latest(post)).isEqualTo(new Latest(T1, 1_000, 100, 40));
    }

    @Test
    void recountsAreBelieved() {
        long post = aStoredPost();
        record(post, new PostStats(1_000, 100, 8, 5, 2L, true), T1);

        // a few views and likes withdrawn; all comments deleted, but only 8 of them (under the minimum of 10);
        // shares and saves are not judged
        record(post, new PostStats(990, 99, 0, 0, 0L, true), T2);
        // exactly half the views: not more than the fraction
        record(post, new PostStats(495, 99, 0, 0, 0L, true), T3);

        assertThat(snapshots(post)).extracting(Row::suspect).containsExactly(false, false, false);
        assertThat(latest(post)).isEqualTo(new Latest(T3, 495, 99, 0));
    }

    @Test
    void aLaterGoodSnapshotClearsNothingAndTheBaselineStaysTheLastGoodOne() {
        long post = aStoredPost();
        record(post, new PostStats(1_000, 100, 10, 5, 2L, true), T1);
        record(post, new PostStats(100, 100, 10, 5, 2L, true), T2);

        // when a second low one comes (near the suspect one, still far below the last good), then a good one
        record(post, new PostStats(110, 100, 10, 5, 2L, true), T3);
        record(post, new PostStats(1_050, 101, 10, 5, 2L, true), T4);

        // then
        assertThat(snapshots(post)).extracting(Row::observedAt, Row::suspect).containsExactly(
                org.assertj.core.groups.Tuple.tuple(T1, false), org.assertj.core.groups.Tuple.tuple(T2, true),
                org.assertj.core.groups.Tuple.tuple(T3, true), org.assertj.core.groups.Tuple.tuple(T4, false));
        assertThat(snapshots(post).get(2).reason()).isEqualTo("views fell 89% (1000 to 110) below the last good snapshot of " + T1);
        assertThat(latest(post)).isEqualTo(new Latest(T4, 1_050, 101, 10));
    }

    @Test
    void aBackfilledOlderSlotIsJudgedAgainstTheLastGoodSnapshotBeforeIt() {
        // given good snapshots at T1 (1000) and T4 (5000), and a suspect one at T2
        long post = aStoredPost();
        record(post, new PostStats(1_000, 100, 10, 5, 2L, true), T1);
        record(post, new PostStats(5_000, 100, 10, 5, 2L, true), T4);
        record(post, new PostStats(10, 100, 10, 5, 2L, true), T2);

        // when T3 is backfilled with 600 views: below T4's, but T4 is after it; T1 is its last good one before
        record(post, new PostStats(600, 100, 10, 5, 2L, true), T3);

        // then it is believed against T1 (40 % down), the T2 one was suspect against T1, and the latest stays T4
        assertThat(snapshots(post)).extracting(Row::suspect).containsExactly(false, true, false, false);
        assertThat(snapshots(post).get(1).reason()).isEqualTo("views fell 99% (1000 to 10) below the last good snapshot of " + T1);
        assertThat(latest(post)).isEqualTo(new Latest(T4, 5_000, 100, 10));
    }

    @Test
    void aRetryOfASuspectSlotWritesNothingNew() {
        long post = aStoredPost();
        record(post, new PostStats(1_000, 100, 10, 5, 2L, true), T1);
        record(post, new PostStats(100, 100, 10, 5, 2L, true), T2);

        record(post, new PostStats(1_100, 100, 10, 5, 2L, true), T2);

        assertThat(snapshots(post)).containsExactly(
                new Row(T1, 1_000, 100, 10, false, null),
                new Row(T2, 100, 100, 10, true, "views fell 90% (1000 to 100) below the last good snapshot of " + T1));
        assertThat(latest(post)).isEqualTo(new Latest(T1, 1_000, 100, 10));
    }

    @Test
    void theThresholdsAreTheStoresSettings() {
        long post = aStoredPost();
        StatsStore strict = new StatsStore(jdbc, new SuspectDrop(0.1, 0.5, 0.5, 5));
        strict.record(orgOf(post), post, new PostStats(1_000, 100, 10, 5, 2L, true), T1, T1);

        strict.record(orgOf(post), post, new PostStats(850, 100, 10, 5, 2L, true), T2, T2);

        assertThat(snapshots(post)).last().isEqualTo(new Row(T2, 850, 100, 10, true,
                "views fell 15% (1000 to 850) below the last good snapshot of " + T1));
    }

    private record Row(Instant observedAt, long views, long likes, long comments, boolean suspect, String reason) {
    }

    private record Latest(Instant observedAt, long views, long likes, long comments) {
    }

    private void record(long post, PostStats counts, Instant slot) {
        stats.record(orgOf(post), post, counts, slot, slot);
    }

    private long orgOf(long post) {
        return jdbc.queryForObject("SELECT organisation_id FROM posts WHERE id = ?", Long.class, post);
    }

    private long aStoredPost() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        posts.addAll(creator, List.of(aPost("7608826249200356630").build()), T1);
        return jdbc.queryForObject("SELECT id FROM posts WHERE creator_id = ?", Long.class, creator.id());
    }

    private List<Row> snapshots(long post) {
        return jdbc.query("""
                SELECT observed_at, views, likes, comments, suspect, suspect_reason FROM post_stats_snapshots
                 WHERE post_id = ? ORDER BY observed_at
                """, (rs, i) -> new Row(Sql.instant(rs, "observed_at"), rs.getLong("views"), rs.getLong("likes"), rs.getLong("comments"),
                rs.getBoolean("suspect"), rs.getString("suspect_reason")), post);
    }

    private Latest latest(long post) {
        return jdbc.queryForObject("SELECT observed_at, views, likes, comments FROM post_stats_latest WHERE post_id = ?",
                (rs, i) -> new Latest(Sql.instant(rs, "observed_at"), rs.getLong("views"), rs.getLong("likes"), rs.getLong("comments")),
                post);
    }
}
