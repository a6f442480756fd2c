package io.herdbook.jobs.lifecycle;

import static io.herdbook.jobs.testing.TrackingData.aCreator;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.testing.MigratedDatabase;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.CreatorStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The accounting of one slot on a real PostgreSQL, with the profile outcomes as discovery's writer leaves them:
 * what counts, what an outage slot excuses, what a block leaves alone, and that a slot counts once. Every test has
 * slots of its own, since the accounting reads every creator of a slot.
 */
class FailureAccountingIntegrationTest {

    private static final AtomicLong DAY = new AtomicLong();

    private final JdbcTemplate jdbc = MigratedDatabase.named("failure_accounting");
    private final Instant first = Instant.parse("2027-01-01T00:00:00Z").plus(Duration.ofDays(DAY.incrementAndGet()));
    private final Clock clock = Clock.fixed(first, ZoneOffset.UTC);
    private final CreatorStore creators = new CreatorStore(jdbc, clock);
    private final FailureAccounting accounting = new FailureAccounting(jdbc, FailureProperties.defaults(), clock);

    private Instant slot(int n) {
        return first.plus(Duration.ofHours(n));
    }

    private void fetched(Instant slot, Map<CreatorRef, Outcome> outcomes) {
        creators.recordProfileOutcomes(outcomes.entrySet().stream()
                .map(e -> new CreatorStore.ProfileOutcome(e.getKey(), e.getValue(), slot)).toList());
    }

    private Map<String, Object> stateOf(CreatorRef creator) {
        return jdbc.queryForMap("SELECT status, consecutive_failures, disabled_reason FROM creators WHERE id = ?", creator.id());
    }

    private static Map<String, Object> state(String status, int failures, String reason) {
        java.util.HashMap<String, Object> state = new java.util.HashMap<>();
        state.put("status", status);
        state.put("consecutive_failures", failures);
        state.put("disabled_reason", reason);
        return state;
    }

    @Test
    void inASlotWhereMostFetchesFailedTheFailuresAreAnOutageButANotFoundStillCounts() {
        CreatorRef timedOut = aCreator().insertInto(jdbc);
        CreatorRef blocked = aCreator().insertInto(jdbc);
        CreatorRef missing = aCreator().insertInto(jdbc);
        CreatorRef healthy = aCreator().insertInto(jdbc);
        fetched(slot(0), Map.of(timedOut, Outcome.FAILED, blocked, Outcome.BLOCKED, missing, Outcome.NOT_FOUND, healthy, Outcome.DATA));
        // 2 of 4 unreached is not more than half: not an outage.
        FailureAccounting.SlotAccount normal = accounting.account(slot(0));
        fetched(slot(1), Map.of(timedOut, Outcome.FAILED, blocked, Outcome.BLOCKED, missing, Outcome.NOT_FOUND, healthy, Outcome.FAILED));
        // 3 of 4: an outage.
        FailureAccounting.SlotAccount outage = accounting.account(slot(1));

        assertThat(normal).isEqualTo(new FailureAccounting.SlotAccount(4, 2, false, 3, 0));
        assertThat(outage).isEqualTo(new FailureAccounting.SlotAccount(4, 3, true, 1, 0));
        assertThat(List.of(stateOf(timedOut), stateOf(blocked), stateOf(missing), stateOf(healthy))).containsExactly(
                state("ACTIVE", 1, null), state("ACTIVE", 0, null), state("ACTIVE", 2, null), state("ACTIVE", 0, null));
    }

    @Test
    void aBlockNeitherCountsNorEndsAStreak() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        CreatorRef healthy = aCreator().insertInto(jdbc);
        CreatorRef healthyToo = aCreator().insertInto(jdbc);
        Outcome[] outcomes = {Outcome.FAILED, Outcome.BLOCKED, Outcome.SHELL, Outcome.FAILED};
        for (int i = 0; i < outcomes.length; i++) {
            fetched(slot(i), Map.of(creator, outcomes[i], healthy, Outcome.DATA, healthyToo, Outcome.DATA));
            accounting.account(slot(i));
        }

        assertThat(stateOf(creator)).isEqualTo(state("ACTIVE", 2, null));
        assertThat(jdbc.queryForObject("SELECT last_failure_slot FROM creators WHERE id = ?", java.time.OffsetDateTime.class, creator.id())
                .toInstant()).isEqualTo(slot(3));
    }

    @Test
    void aSlotAccountedTwiceCountsOnceAndAnOlderSlotRunLateChangesNothing() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        fetched(slot(1), Map.of(creator, Outcome.NOT_FOUND));

        FailureAccounting.SlotAccount once = accounting.account(slot(1));
        FailureAccounting.SlotAccount twice = accounting.account(slot(1));
        fetched(slot(0), Map.of(creator, Outcome.DATA));
        FailureAccounting.SlotAccount late = accounting.account(slot(0));

        assertThat(once.counted()).isEqualTo(1);
        assertThat(twice.counted()).isZero();
        assertThat(late).isEqualTo(new FailureAccounting.SlotAccount(0, 0, false, 0, 0));
        assertThat(stateOf(creator)).isEqualTo(state("ACTIVE", 1, null));
    }

    @Test
    void theFifthFailureDisablesWithTheBucketOfTheStatusDiscoveryLeftAndOneEvent() {
        CreatorRef unreachable = aCreator().insertInto(jdbc);
        CreatorRef healthy = aCreator().insertInto(jdbc);
        CreatorRef healthyToo = aCreator().insertInto(jdbc);
        for (int i = 0; i < 5; i++) {
            fetched(slot(i), Map.of(unreachable, Outcome.UNREADABLE, healthy, Outcome.DATA, healthyToo, Outcome.DATA));
            assertThat(accounting.account(slot(i)).disabled()).isEqualTo(i == 4 ? 1 : 0);
        }
        accounting.account(slot(4));

        assertThat(stateOf(unreachable)).isEqualTo(state("DISABLED", 5, "UNREACHABLE"));
        assertThat(jdbc.queryForList("SELECT kind || ' ' || detail::text || ' ' || actor FROM creator_events WHERE creator_id = ?",
                String.class, unreachable.id())).containsExactly(
                "AUTO_DISABLED {\"reason\": \"UNREACHABLE\", \"last_outcome\": \"UNREADABLE\", \"consecutive_failures\": 5} discovery");
    }
}
