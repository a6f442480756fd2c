package io.herdbook.jobs.goals;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.testing.MigratedDatabase;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** What goals and payouts measure a post by: its newest snapshot before the cutoff that was not held as suspect. */
class PeriodPostsIntegrationTest {

    private static final Instant GOOD = Instant.parse("2026-03-20T00:00:00Z");
    private static final Instant HELD = Instant.parse("2026-03-25T00:00:00Z");

    private final JdbcTemplate jdbc = MigratedDatabase.named("goal_result_writer");
    private final PeriodPosts periodPosts = new PeriodPosts(jdbc);
    private final Period march = new Period(PeriodKind.MONTHLY, LocalDate.parse("2026-03-01"), ZoneOffset.UTC);

    @Test
    void aSuspectSnapshotIsSkippedForTheLastGoodOneBeforeTheCutoffUnderEitherCutoff() {
        // given a post with a good snapshot, then a newer one held as suspect, both before the cutoff
        Seeded seeded = aPost();
        snapshot(seeded, GOOD, 5_000, false);
        snapshot(seeded, HELD, 50, true);

        // when it is measured at a fixed cutoff, and at a 30-day window after posting
        List<PostMeasure> fixed = periodPosts.measure(seeded.organisation(), List.of(seeded.creator()), march,
                StatsCutoff.at(Instant.parse("2026-04-03T00:00:00Z")));
        List<PostMeasure> window = periodPosts.measure(seeded.organisation(), List.of(seeded.creator()), march,
                StatsCutoff.afterPosting(Duration.ofDays(30)));

        // then both read the good one
        PostMeasure expected = new PostMeasure(seeded.post(), seeded.creator(), seeded.platformId(), Instant.parse("2026-03-10T00:00:00Z"),
                GOOD, 5_000, 50, true);
        assertThat(fixed).containsExactly(expected);
        assertThat(window).containsExactly(expected);
    }

    @Test
    void aPostMeasuredOnlyBySuspectSnapshotsIsUnmeasured() {
        Seeded seeded = aPost();
        snapshot(seeded, HELD, 900_000, true);

        List<PostMeasure> measured = periodPosts.measure(seeded.organisation(), List.of(seeded.creator()), march,
                StatsCutoff.at(Instant.parse("2026-04-03T00:00:00Z")));

        assertThat(measured).singleElement().satisfies(m -> {
            assertThat(m.measured()).isFalse();
            assertThat(m.snapshotObservedAt()).isNull();
            assertThat(m.views()).isZero();
        });
    }

    private record Seeded(long organisation, long creator, long post, String platformId) {
    }

    private Seeded aPost() {
        String slug = "period-posts-" + System.nanoTime();
        long organisation = jdbc.queryForObject("INSERT INTO organisations (slug, name) VALUES (?, ?) RETURNING id", Long.class, slug, slug);
        long project = jdbc.queryForObject("INSERT INTO projects (organisation_id, slug, name) VALUES (?, 'p', 'p') RETURNING id",
                Long.class, organisation);
        long creator = jdbc.queryForObject("INSERT INTO creators (organisation_id, project_id, handle) VALUES (?, ?, 'c') RETURNING id",
                Long.class, organisation, project);
        String platformId = String.valueOf(7_610_000_000_000_000_000L + organisation);
        long post = jdbc.queryForObject("""
                INSERT INTO posts (organisation_id, creator_id, platform_post_id, kind, url, posted_at, first_seen_at)
                VALUES (?, ?, ?, 'VIDEO', 'u', '2026-03-10T00:00Z', '2026-03-10T00:00Z') RETURNING id""",
                Long.class, organisation, creator, platformId);
        return new Seeded(organisation, creator, post, platformId);
    }

    private void snapshot(Seeded seeded, Instant observedAt, long views, boolean suspect) {
        jdbc.update("""
                INSERT INTO post_stats_snapshots (organisation_id, post_id, observed_at, fetched_at, views, likes, comments, shares,
                                                  exact_counts, suspect, suspect_reason)
                VALUES (?, ?, ?, ?, ?, ?, 0, 0, true, ?, ?)""", seeded.organisation(), seeded.post(), observedAt.atOffset(ZoneOffset.UTC),
                observedAt.atOffset(ZoneOffset.UTC), views, views / 100, suspect, suspect ? "views fell" : null);
    }
}
