package io.herdbook.jobs.refresh;

import static io.herdbook.jobs.testing.TrackingData.aCreator;
import static io.herdbook.jobs.testing.TrackingData.aPost;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.refresh.RefreshCadence.Rung;
import io.herdbook.jobs.testing.MigratedDatabase;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.PostStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** The due-posts SQL runs on PostgreSQL for any valid ladder shape, one rung included. */
class DuePostsIntegrationTest {

    private static final Instant SLOT = Instant.parse("2026-03-10T06:00:00Z");

    private final JdbcTemplate jdbc = MigratedDatabase.named("due_posts");

    @Test
    void aOneRungLadderPerKindMakesEveryPostDueOnceItsIntervalPassed() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        new PostStore(jdbc).addAll(creator, List.of(aPost("7608826249200356630").build(), aPost("7608826249200356631").photo().build()),
                SLOT);
        RefreshCadence everySecond = new RefreshCadence(List.of(new Rung(null, Duration.ofSeconds(1))),
                List.of(new Rung(null, Duration.ofSeconds(1))));

        assertThat(due(everySecond, creator)).isEqualTo(2);
        assertThat(due(RefreshCadence.DEFAULTS, creator)).isEqualTo(2);
    }

    private long due(RefreshCadence cadence, CreatorRef creator) {
        return jdbc.queryForObject("SELECT count(*) " + DuePosts.fromClause(cadence, SLOT) + " WHERE creator_id = ?", Long.class,
                creator.id());
    }
}
