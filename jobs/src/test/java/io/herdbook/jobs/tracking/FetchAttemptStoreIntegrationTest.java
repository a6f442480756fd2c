package io.herdbook.jobs.tracking;

import static io.herdbook.jobs.testing.TrackingData.aCreator;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.testing.MigratedDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Fetch attempts: one row per (job, slot, creator, resource), counting its retries and keeping the latest outcome. */
class FetchAttemptStoreIntegrationTest {

    private static final Instant SLOT = Instant.parse("2026-03-10T06:00:00Z");

    private final JdbcTemplate jdbc = MigratedDatabase.named("tracking_stores");
    private final FetchAttemptStore attempts = new FetchAttemptStore(jdbc);

    @Test
    void aRetryOfTheSameFetchInTheSameSlotCountsTwoAttemptsOnOneRowWithTheLatestOutcome() {
        CreatorRef creator = aCreator().insertInto(jdbc);

        attempts.record(List.of(attempt(creator, "discovery", SLOT, "/@someone", Outcome.BLOCKED, "http 403 AkamaiGHost", 403)));
        attempts.record(List.of(attempt(creator, "discovery", SLOT, "/@someone", Outcome.DATA, null, 200)));

        assertThat(rowsOf(creator)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("attempts", 2)
                .containsEntry("outcome", "DATA")
                .containsEntry("reason", null)
                .containsEntry("http_status", 200));
    }

    @Test
    void aRepeatWithinOneCallCountsAsAnotherAttemptOnTheSameRowAsACallOfItsOwnWould() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        attempts.record(List.of(attempt(creator, "discovery", SLOT, "/@someone", Outcome.FAILED, "timeout", null)));

        attempts.record(List.of(
                attempt(creator, "discovery", SLOT, "/@someone", Outcome.BLOCKED, "http 403 AkamaiGHost", 403),
                attempt(creator, "discovery", SLOT, "/@someone", Outcome.DATA, null, 200)));

        assertThat(rowsOf(creator)).singleElement().satisfies(row -> assertThat(row)
                .containsEntry("attempts", 3)
                .containsEntry("outcome", "DATA")
                .containsEntry("reason", null)
                .containsEntry("http_status", 200));
    }

    @Test
    void anotherSlotJobOrResourceIsAnotherRow() {
        CreatorRef creator = aCreator().insertInto(jdbc);

        attempts.record(List.of(
                attempt(creator, "discovery", SLOT, "/@someone", Outcome.DATA, null, 200),
                attempt(creator, "discovery", SLOT.plusSeconds(3600), "/@someone", Outcome.DATA, null, 200),
                attempt(creator, "stats-refresh", SLOT, "/@someone", Outcome.DATA, null, 200),
                attempt(creator, "discovery", SLOT, "/api/post/item_list?cursor=0", Outcome.DATA, null, 200)));

        assertThat(rowsOf(creator)).hasSize(4).allSatisfy(row -> assertThat(row).containsEntry("attempts", 1));
    }

    private static FetchAttempt attempt(CreatorRef creator, String job, Instant slot, String resource, Outcome outcome,
                                        String reason, Integer httpStatus) {
        return new FetchAttempt(creator.organisationId(), creator.id(), null, job, slot, resource, outcome, reason, httpStatus,
                Duration.ofMillis(120), slot.plusSeconds(1));
    }

    private List<Map<String, Object>> rowsOf(CreatorRef creator) {
        return jdbc.queryForList("SELECT outcome, reason, http_status, attempts FROM fetch_attempts WHERE creator_id = ? ORDER BY id",
                creator.id());
    }
}
