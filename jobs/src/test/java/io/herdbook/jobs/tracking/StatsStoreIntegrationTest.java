package io.herdbook.jobs.tracking;

import static io.herdbook.jobs.testing.TrackingData.aCreator;
import static io.herdbook.jobs.testing.TrackingData.aPost;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herdbook.jobs.platform.PostStats;
import io.herdbook.jobs.testing.MigratedDatabase;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

/** Stats snapshots (once per post and slot, in the slot's monthly partition) and the forward-only latest row. */
class StatsStoreIntegrationTest {

    private static final Instant MARCH = Instant.parse("2026-03-10T06:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-10T06:00:00Z");

    private final JdbcTemplate jdbc = MigratedDatabase.named("tracking_stores");
    private final PostStore posts = new PostStore(jdbc);
    private final StatsStore stats = new StatsStore(jdbc);

    @Test
    void recordingTheSameSlotTwiceKeepsOneSnapshotWithTheFirstCounts() {
        Post post = aStoredPost();

        stats.record(post.organisationId(), post.id(), counts(1_000), MARCH, MARCH);
        stats.record(post.organisationId(), post.id(), counts(1_500), MARCH, MARCH.plusSeconds(60));

        assertThat(jdbc.queryForList("SELECT views FROM post_stats_snapshots WHERE post_id = ?", Long.class, post.id()))
                .containsExactly(1_000L);
        assertThat(latestOf(post)).isEqualTo(new Latest(1_000L, 2L, MARCH));
    }

    @Test
    void aLaterSlotMovesTheLatestStatsForward() {
        Post post = aStoredPost();

        stats.record(post.organisationId(), post.id(), counts(1_000), MARCH, MARCH);
        stats.record(post.organisationId(), post.id(), counts(2_000), APRIL, APRIL);

        assertThat(latestOf(post)).isEqualTo(new Latest(2_000L, 2L, APRIL));
        assertThat(snapshotCountOf(post)).isEqualTo(2);
    }

    @Test
    void aLateRecordOfAnOlderSlotDoesNotMoveTheLatestStatsBack() {
        Post post = aStoredPost();
        stats.record(post.organisationId(), post.id(), counts(2_000), APRIL, APRIL);

        stats.record(post.organisationId(), post.id(), counts(1_000), MARCH, APRIL.plusSeconds(60));

        assertThat(latestOf(post)).isEqualTo(new Latest(2_000L, 2L, APRIL));
        assertThat(snapshotCountOf(post)).as("the older slot still gets its snapshot").isEqualTo(2);
    }

    @Test
    void oneCallWithTheSamePostTwiceInOneSlotKeepsTheFirstAsOneRowAfterTheOtherWould() {
        Post post = aStoredPost();

        stats.recordAll(List.of(observation(post, 1_000, MARCH), observation(post, 1_500, MARCH)));

        assertThat(jdbc.queryForList("SELECT views FROM post_stats_snapshots WHERE post_id = ?", Long.class, post.id()))
                .containsExactly(1_000L);
        assertThat(latestOf(post)).isEqualTo(new Latest(1_000L, 2L, MARCH));
    }

    @Test
    void oneCallWithTwoSlotsOfAPostMovesTheLatestToTheNewerWhateverTheirOrder() {
        Post post = aStoredPost();
        Post other = aStoredPost();

        stats.recordAll(List.of(observation(post, 2_000, APRIL), observation(post, 1_000, MARCH),
                observation(other, 1_000, MARCH), observation(other, 2_000, APRIL)));

        assertThat(latestOf(post)).isEqualTo(new Latest(2_000L, 2L, APRIL));
        assertThat(latestOf(other)).isEqualTo(new Latest(2_000L, 2L, APRIL));
        assertThat(snapshotCountOf(post)).isEqualTo(2);
        assertThat(snapshotCountOf(other)).isEqualTo(2);
    }

    @Test
    void unknownSavesStayNullNeverZero() {
        Post post = aStoredPost();

        stats.record(post.organisationId(), post.id(), new PostStats(1_000, 100, 10, 5, null, false), MARCH, MARCH);

        assertThat(jdbc.queryForMap("SELECT saves FROM post_stats_snapshots WHERE post_id = ?", post.id()))
                .containsEntry("saves", null);
        assertThat(latestOf(post).saves()).isNull();
    }

    @Test
    void countsPast2To32AreStoredWhole() {
        Post post = aStoredPost();

        stats.record(post.organisationId(), post.id(), new PostStats(4_300_000_000L, 22_609, 15_955, 259, 2_787L, true), MARCH, MARCH);

        assertThat(latestOf(post)).isEqualTo(new Latest(4_300_000_000L, 2_787L, MARCH));
    }

    @Test
    void aSnapshotLandsInThePartitionOfItsSlotsMonth() {
        Post post = aStoredPost();

        stats.record(post.organisationId(), post.id(), counts(1_000), Instant.parse("2026-03-31T23:59:59Z"), MARCH);
        stats.record(post.organisationId(), post.id(), counts(1_000), Instant.parse("2026-04-01T00:00:00Z"), MARCH);

        assertThat(partitionsOf(post)).containsExactly("post_stats_snapshots_2026_03", "post_stats_snapshots_2026_04");
    }

    @Test
    void aSnapshotOutsideThePremadeMonthsLandsInTheDefaultPartition() {
        Post post = aStoredPost();

        stats.record(post.organisationId(), post.id(), counts(1_000), Instant.parse("2031-01-01T00:00:00Z"), MARCH);

        assertThat(partitionsOf(post)).containsExactly("post_stats_snapshots_default");
    }

    @Test
    void theDatabaseRefusesANegativeCount() {
        Post post = aStoredPost();

        assertThatThrownBy(() -> stats.record(post.organisationId(), post.id(), new PostStats(-1, 100, 10, 5, 2L, true), MARCH, MARCH))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("views_check");
        assertThatThrownBy(() -> stats.record(post.organisationId(), post.id(), new PostStats(1, 100, 10, 5, -2L, true), MARCH, MARCH))
                .isInstanceOf(DataIntegrityViolationException.class)
                .hasMessageContaining("saves_check");
        assertThat(snapshotCountOf(post)).isZero();
    }

    private record Post(long id, long organisationId) {
    }

    private static StatsStore.Observation observation(Post post, long views, Instant slot) {
        return new StatsStore.Observation(post.organisationId(), post.id(), counts(views), slot, slot);
    }

    private Post aStoredPost() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        posts.addAll(creator, List.of(aPost("7608826249200356630").build()), MARCH);
        long id = jdbc.queryForObject("SELECT id FROM posts WHERE creator_id = ?", Long.class, creator.id());
        return new Post(id, creator.organisationId());
    }

    private static PostStats counts(long views) {
        return new PostStats(views, 100, 10, 5, 2L, true);
    }

    private record Latest(long views, Long saves, Instant observedAt) {
    }

    private Latest latestOf(Post post) {
        return jdbc.queryForObject("SELECT views, saves, observed_at FROM post_stats_latest WHERE post_id = ?",
                (rs, i) -> new Latest(rs.getLong("views"), Sql.nullableLong(rs, "saves"), Sql.instant(rs, "observed_at")), post.id());
    }

    private long snapshotCountOf(Post post) {
        return jdbc.queryForObject("SELECT count(*) FROM post_stats_snapshots WHERE post_id = ?", Long.class, post.id());
    }

    private List<String> partitionsOf(Post post) {
        return jdbc.queryForList("SELECT tableoid::regclass::text FROM post_stats_snapshots WHERE post_id = ? ORDER BY observed_at",
                String.class, post.id());
    }
}
