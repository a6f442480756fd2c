package io.herdbook.jobs.archive;

import static io.herdbook.jobs.testing.TrackingData.aCreator;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.Payload;
import io.herdbook.jobs.testing.MigratedDatabase;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.FetchAttempt;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** Retention: payloads fetched longer ago than the setting go, in bounded batches, a capped number per run. */
class ArchiveRetentionIntegrationTest {

    private static final Instant DAY_0 = Instant.parse("2026-03-01T00:00:00Z");

    private final JdbcTemplate jdbc = MigratedDatabase.named("raw_archive_retention");
    private final SettableClock clock = new SettableClock(DAY_0);
    private CreatorRef creator;

    @BeforeEach
    void anEmptyArchive() {
        jdbc.update("DELETE FROM raw_payloads");
        creator = aCreator().insertInto(jdbc);
    }

    /**
     * One payload fetched per hour for {@code hours} hours from {@code from}, each for the slot a year before it: retention
     * goes by when a payload was fetched, so a backfilled past slot is kept as long as a fresh one.
     */
    private void archiveHourly(Instant from, int hours) {
        RawArchiveStore store = new RawArchiveStore(jdbc, ArchiveProperties.defaults());
        for (int h = 0; h < hours; h++) {
            Instant fetched = from.plusSeconds(3600L * h);
            store.keep(List.of(new FetchAttempt(creator.organisationId(), creator.id(), null, "discovery",
                    fetched.minus(Duration.ofDays(365)), "/@someone", Outcome.DATA, null, 200, Duration.ofMillis(5), fetched,
                    new Payload(Payload.Kind.API_BODY, "{}", 2))), fetched);
        }
    }

    private List<Instant> fetchesLeft() {
        return jdbc.queryForList("SELECT fetched_at FROM raw_payloads ORDER BY fetched_at", java.time.OffsetDateTime.class)
                .stream().map(java.time.OffsetDateTime::toInstant).toList();
    }

    /** Runs retention as the discovery job's step does: batches until it says stop. */
    private long runRetention(ArchiveProperties settings) {
        ArchiveRetention run = new ArchiveRetention(new RawArchiveStore(jdbc, settings), settings, clock);
        while (run.deleteOneBatch()) {
            // the step repeats the tasklet, each batch its own transaction
        }
        return run.deleted();
    }

    @Test
    void onlyPayloadsFetchedLongerAgoThanTheRetentionAreDeletedAndALargeBacklogDrainsOverRuns() {
        archiveHourly(DAY_0, 48);
        ArchiveProperties settings = new ArchiveProperties(Duration.ofDays(30), 5, 2);
        clock.set(DAY_0.plus(Duration.ofDays(30)).plus(Duration.ofHours(23)).plusSeconds(1));

        long first = runRetention(settings);
        long second = runRetention(settings);
        long third = runRetention(settings);

        assertThat(first).as("two batches of five").isEqualTo(10);
        assertThat(second).isEqualTo(10);
        assertThat(third).as("the last four older than the cutoff").isEqualTo(4);
        assertThat(fetchesLeft()).hasSize(24).first().isEqualTo(DAY_0.plus(Duration.ofHours(24)));
        assertThat(runRetention(settings)).isZero();
    }

    @Test
    void nothingIsDeletedBeforeItIsOldEnough() {
        archiveHourly(DAY_0, 3);
        clock.set(DAY_0.plus(Duration.ofDays(30)));

        assertThat(runRetention(ArchiveProperties.defaults())).isZero();
        assertThat(fetchesLeft()).hasSize(3);
    }

    @Test
    void aRetentionOfZeroDeletesWhatAnEarlierSettingKept() {
        archiveHourly(DAY_0, 3);
        clock.set(DAY_0.plus(Duration.ofHours(3)));

        assertThat(runRetention(new ArchiveProperties(Duration.ZERO, 1000, 10))).isEqualTo(3);
        assertThat(fetchesLeft()).isEmpty();
    }

    /** A clock the test moves; nothing sleeps. */
    private static final class SettableClock extends Clock {
        private Instant now;

        SettableClock(Instant now) {
            this.now = now;
        }

        void set(Instant value) {
            now = value;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
