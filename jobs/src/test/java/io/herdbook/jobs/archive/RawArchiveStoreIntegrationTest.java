package io.herdbook.jobs.archive;

import static io.herdbook.jobs.testing.TrackingData.aCreator;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.platform.Outcome;
import io.herdbook.jobs.platform.Payload;
import io.herdbook.jobs.testing.MigratedDatabase;
import io.herdbook.jobs.tracking.CreatorRef;
import io.herdbook.jobs.tracking.FetchAttempt;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/** raw_payloads: one compressed payload per (job, slot, creator, resource), read back in (slot, id) order. */
class RawArchiveStoreIntegrationTest {

    private static final Instant SLOT = Instant.parse("2026-03-10T06:00:00Z");
    private static final Instant FETCHED = SLOT.plusSeconds(42);
    private static final String SCRIPT = "{\"__DEFAULT_SCOPE__\":{\"webapp.user-detail\":{\"statusCode\":0,\"note\":\"caf\u00e9 "
            + "x".repeat(4000) + "\"}}}";

    private final JdbcTemplate jdbc = MigratedDatabase.named("raw_archive");
    private final RawArchiveStore archive = new RawArchiveStore(jdbc, ArchiveProperties.defaults());

    private static FetchAttempt attempt(CreatorRef creator, String job, Instant slot, String resource, Outcome outcome, Payload payload) {
        return new FetchAttempt(creator.organisationId(), creator.id(), null, job, slot, resource, outcome, null, 200,
                Duration.ofMillis(30), FETCHED, payload);
    }

    private static Payload script(String text) {
        return new Payload(Payload.Kind.REHYDRATION_SCRIPT, text, text.length() + 50_000);
    }

    private List<Map<String, Object>> rowsOf(CreatorRef creator) {
        return jdbc.queryForList("""
                SELECT job_name, resource, payload_kind, outcome, encoding, payload_bytes, compressed_bytes, response_bytes,
                       length(body) AS stored FROM raw_payloads WHERE creator_id = ? ORDER BY id""", creator.id());
    }

    @Test
    void aPayloadIsStoredCompressedWithItsSizesAndReadsBackAsItWasKept() {
        CreatorRef creator = aCreator().insertInto(jdbc);

        archive.keep(List.of(attempt(creator, "discovery", SLOT, "/@someone", Outcome.DATA, script(SCRIPT))), FETCHED);

        int utf8 = SCRIPT.getBytes(StandardCharsets.UTF_8).length;
        assertThat(rowsOf(creator)).singleElement().satisfies(row -> {
            assertThat(row).containsEntry("payload_kind", "REHYDRATION_SCRIPT").containsEntry("outcome", "DATA")
                    .containsEntry("encoding", "gzip").containsEntry("payload_bytes", utf8)
                    .containsEntry("response_bytes", SCRIPT.length() + 50_000);
            assertThat((int) row.get("compressed_bytes")).isEqualTo((int) row.get("stored")).isLessThan(utf8 / 10);
        });
        List<ArchivedPayload> read = archive.page(new ReparseRange("discovery", SLOT, SLOT), null, null, 10).stream()
                .filter(p -> p.creatorId() == creator.id()).toList();
        assertThat(read).singleElement().satisfies(p -> {
            assertThat(p.payload()).isEqualTo(script(SCRIPT));
            assertThat(p.observedAt()).isEqualTo(SLOT);
            assertThat(p.fetchedAt()).isEqualTo(FETCHED);
            assertThat(p.outcome()).isEqualTo(Outcome.DATA);
            assertThat(p.postId()).isNull();
        });
    }

    @Test
    void attemptsWithoutAPayloadKeepNothing() {
        CreatorRef creator = aCreator().insertInto(jdbc);

        archive.keep(List.of(attempt(creator, "discovery", SLOT, "/@someone", Outcome.FAILED, null)), FETCHED);

        assertThat(rowsOf(creator)).isEmpty();
    }

    @Test
    void aRepeatKeepsTheFirstDataPayloadButReplacesOneTheJobCouldNotUse() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        String unusable = "{\"__DEFAULT_SCOPE__\":{}}";

        archive.keep(List.of(attempt(creator, "stats-refresh", SLOT, "/@a/video/1", Outcome.UNREADABLE, script(unusable)),
                attempt(creator, "stats-refresh", SLOT, "/@a/video/2", Outcome.DATA, script(SCRIPT))), FETCHED);
        archive.keep(List.of(attempt(creator, "stats-refresh", SLOT, "/@a/video/1", Outcome.DATA, script(SCRIPT)),
                attempt(creator, "stats-refresh", SLOT, "/@a/video/2", Outcome.DATA, script(unusable))), FETCHED);

        List<ArchivedPayload> read = archive.page(new ReparseRange("stats-refresh", SLOT, SLOT), null, null, 100).stream()
                .filter(p -> p.creatorId() == creator.id()).toList();
        assertThat(read).extracting(ArchivedPayload::resource, p -> p.payload().text(), ArchivedPayload::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("/@a/video/1", SCRIPT, Outcome.DATA),
                        org.assertj.core.groups.Tuple.tuple("/@a/video/2", SCRIPT, Outcome.DATA));
    }

    @Test
    void pagesFollowSlotThenIdAndHonourTheRange() {
        CreatorRef creator = aCreator().handle("ranged" + System.nanoTime()).insertInto(jdbc);
        String job = "job-" + creator.id();
        Instant later = SLOT.plusSeconds(3600);
        archive.keep(List.of(attempt(creator, job, later, "/b", Outcome.DATA, script("{}")),
                attempt(creator, job, SLOT, "/a", Outcome.DATA, script("{}")),
                attempt(creator, job, later, "/c", Outcome.DATA, script("{}"))), FETCHED);

        List<ArchivedPayload> first = archive.page(new ReparseRange(job, null, null), null, null, 2);
        List<ArchivedPayload> rest = archive.page(new ReparseRange(job, null, null), first.getLast().observedAt(), first.getLast().id(), 2);

        assertThat(first).extracting(ArchivedPayload::resource).containsExactly("/a", "/b");
        assertThat(rest).extracting(ArchivedPayload::resource).containsExactly("/c");
        assertThat(archive.page(new ReparseRange(job, later, null), null, null, 10)).extracting(ArchivedPayload::resource)
                .containsExactly("/b", "/c");
        assertThat(archive.page(new ReparseRange(job, null, SLOT), null, null, 10)).extracting(ArchivedPayload::resource)
                .containsExactly("/a");
    }

    @Test
    void aRetentionOfZeroKeepsNothing() {
        CreatorRef creator = aCreator().insertInto(jdbc);
        RawArchiveStore keepingNone = new RawArchiveStore(jdbc, new ArchiveProperties(Duration.ZERO, 10, 1));

        keepingNone.keep(List.of(attempt(creator, "discovery", SLOT, "/@someone", Outcome.DATA, script(SCRIPT))), FETCHED);

        assertThat(rowsOf(creator)).isEmpty();
    }
}
