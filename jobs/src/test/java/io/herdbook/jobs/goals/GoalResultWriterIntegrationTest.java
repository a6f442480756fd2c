package io.herdbook.jobs.goals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.herdbook.jobs.testing.MigratedDatabase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A goal's period measured and written on a real PostgreSQL: the results and their evidence once, a second write of
 * the same period a no-op, and a goal whose terms changed between measuring and writing left for the next run.
 */
class GoalResultWriterIntegrationTest {

    private final JdbcTemplate jdbc = MigratedDatabase.named("goal_result_writer");
    private final GoalStore goals = new GoalStore(jdbc);
    private final EvaluatedPeriods evaluated = new EvaluatedPeriods(jdbc);
    private final GoalMeasurer measurer = new GoalMeasurer(goals, new PeriodPosts(jdbc));
    private final GoalResultWriter writer = new GoalResultWriter(jdbc, evaluated, Clock.fixed(Instant.parse("2026-04-05T00:00:00Z"), ZoneOffset.UTC));

    private long goal(String slug) {
        long organisation = jdbc.queryForObject("INSERT INTO organisations (slug, name) VALUES (?, ?) RETURNING id", Long.class, slug, slug);
        long project = jdbc.queryForObject("INSERT INTO projects (organisation_id, slug, name) VALUES (?, 'p', 'p') RETURNING id", Long.class, organisation);
        long creator = jdbc.queryForObject("INSERT INTO creators (organisation_id, project_id, handle) VALUES (?, ?, 'c') RETURNING id",
                Long.class, organisation, project);
        long post = jdbc.queryForObject("""
                INSERT INTO posts (organisation_id, creator_id, platform_post_id, kind, url, posted_at, first_seen_at)
                VALUES (?, ?, ?, 'VIDEO', 'u', '2026-03-10T00:00Z', '2026-03-10T00:00Z') RETURNING id""",
                Long.class, organisation, creator, String.valueOf(7_600_000_000_000_000_000L + organisation));
        jdbc.update("""
                INSERT INTO post_stats_snapshots (organisation_id, post_id, observed_at, fetched_at, views, likes, comments, shares, exact_counts)
                VALUES (?, ?, '2026-03-20T00:00Z', '2026-03-20T00:00Z', 5000, 50, 0, 0, true)""", organisation, post);
        return jdbc.queryForObject("""
                INSERT INTO goals (organisation_id, project_id, name, metric, target, period, starts_on)
                VALUES (?, ?, 'views', 'TOTAL_VIEWS', 4000, 'MONTHLY', '2026-03-01') RETURNING id""", Long.class, organisation, project);
    }

    private GoalPeriod march(long goalId) {
        Goal goal = goals.evaluated().stream().filter(g -> g.id() == goalId).findFirst().orElseThrow();
        return new GoalPeriod(goal, new Period(PeriodKind.MONTHLY, LocalDate.parse("2026-03-01"), ZoneOffset.UTC));
    }

    @Test
    void aPeriodIsWrittenOnceWithTheSnapshotsItCounted() {
        long goal = goal("writes-once");
        writer.write(Chunk.of(measurer.process(march(goal))));
        writer.write(Chunk.of(measurer.process(march(goal))));   // a duplicate run that measured before the first wrote

        assertThat(jdbc.queryForList("SELECT actual, met, posts, stats_cutoff FROM goal_results WHERE goal_id = ?", goal))
                .extracting(r -> r.get("actual"), r -> r.get("met"), r -> r.get("posts"))
                .containsExactly(tuple(5000L, true, 1L));
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM goal_result_posts p JOIN goal_results r ON r.id = p.goal_result_id
                 WHERE r.goal_id = ? AND p.views = 5000 AND p.snapshot_observed_at = '2026-03-20T00:00Z'""", Long.class, goal)).isEqualTo(1);
        assertThat(evaluated.isDone(EvaluatedPeriods.Subject.GOAL, goal, LocalDate.parse("2026-03-01"))).isTrue();
    }

    @Test
    void aGoalWhoseTermsChangedAfterMeasuringIsLeftForTheNextRunAndThenJudgedByTheNewTerms() {
        long goal = goal("terms-changed");
        GoalPeriodResults measuredByOldTerms = measurer.process(march(goal));
        jdbc.update("UPDATE goals SET target = 6000 WHERE id = ?", goal);

        writer.write(Chunk.of(measuredByOldTerms));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM goal_results WHERE goal_id = ?", Long.class, goal)).isZero();
        assertThat(evaluated.isDone(EvaluatedPeriods.Subject.GOAL, goal, LocalDate.parse("2026-03-01"))).isFalse();

        writer.write(Chunk.of(measurer.process(march(goal))));
        assertThat(jdbc.queryForList("SELECT target, met FROM goal_results WHERE goal_id = ?", goal))
                .extracting(r -> r.get("target"), r -> r.get("met")).containsExactly(tuple(6000L, false));
    }
}
