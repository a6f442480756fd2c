package io.herdbook.api.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.TestKeys;
import io.herdbook.jobs.goals.GoalEvaluationJobConfiguration;
import io.herdbook.jobs.testing.SettableClock;
import io.herdbook.scheduler.control.LocalRuns;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The books end to end: stats in PostgreSQL → goal-evaluation → accrual lines → the finance CSV over HTTP. Every CSV
 * line leads back to the snapshot it was computed from, and a range already downloaded gives the same bytes after a
 * re-evaluation, whose correction lands on the day it was made.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"herdbook.test.database.name=payout_books"})
@Import(PayoutBooksFunctionalTest.Clocks.class)
class PayoutBooksFunctionalTest {

    static final String ORGANISATION = "payout-books";
    static final SettableClock CLOCK = new SettableClock(Instant.parse("2026-10-03T05:10:30Z"));

    @TestConfiguration
    static class Clocks {
        @Bean
        @Primary
        Clock settableClock() {
            return CLOCK;
        }
    }

    @LocalServerPort int port;
    @Autowired ApplicationContext context;

    @Autowired JdbcTemplate jdbc;
    @Autowired LocalRuns runs;

    private List<CSVRecord> csv(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(new StringReader(response.body())).getRecords();
    }

    @Test
    void everyExportedLineLeadsBackToItsSnapshotAndADownloadedRangeNeverChanges() throws Exception {
        PayoutSeed seed = new PayoutSeed(jdbc, ORGANISATION);
        long project = seed.project("books", "America/Chicago");
        jdbc.update("UPDATE projects SET slug = 'books' WHERE id = ?", project);
        long ida = seed.creator(project, "=ida");   // a handle that looks like a formula to a spreadsheet
        long post = seed.post(ida, Instant.parse("2026-09-14T15:00:00Z"));
        seed.snapshot(post, Instant.parse("2026-09-20T00:00:00Z"), 12_345, 10);
        seed.snapshot(post, Instant.parse("2026-10-03T05:00:00Z"), 99_999, 10);   // at the mark: not counted
        long cpm = seed.cpm(project, null, "2.50", null, null, LocalDate.parse("2026-09-01"));
        PayoutHttp http = new PayoutHttp(port, TestKeys.owner(context, ORGANISATION));

        runs.run(GoalEvaluationJobConfiguration.JOB_NAME, Instant.parse("2026-10-03T05:10:00Z"));
        String october3 = "/api/v1/projects/" + project + "/exports/accruals.csv?from=2026-10-03&to=2026-10-03";
        HttpResponse<String> first = http.get(october3);
        List<CSVRecord> lines = csv(first);

        // 12,345 × 2.50 / 1000 = 30.8625 → 30.86, from the snapshot of Sept 20, accrued at 00:10:30 on Oct 3 in Chicago.
        assertThat(lines).hasSize(1);
        CSVRecord line = lines.getFirst();
        assertThat(line.toMap()).containsEntry("creator_handle", "'=ida").containsEntry("kind", "CPM").containsEntry("views", "12345")
                .containsEntry("snapshot_observed_at", "2026-09-20T00:00:00Z").containsEntry("amount", "30.86")
                .containsEntry("computed_amount", "30.86").containsEntry("period_start", "2026-09-01").containsEntry("period_end", "2026-10-01")
                .containsEntry("accrual_date", "2026-10-03").containsEntry("revision", "0");
        Map<String, Object> snapshot = jdbc.queryForMap("""
                SELECT s.views FROM post_stats_snapshots s JOIN posts p ON p.id = s.post_id
                 WHERE p.platform_post_id = ? AND s.observed_at = ?::timestamptz""", line.get("post_id"), line.get("snapshot_observed_at"));
        assertThat(snapshot.get("views")).isEqualTo(12_345L);

        // A reparse a week later finds a snapshot before the cutoff with more views; the correction is a new line.
        seed.snapshot(post, Instant.parse("2026-09-30T00:00:00Z"), 20_000, 10);
        CLOCK.set(Instant.parse("2026-10-10T15:00:00Z"));
        assertThat(http.post("/api/v1/payout-structures/" + cpm + "/reevaluations", "{\"period_start\": \"2026-09-01\"}").statusCode()).isEqualTo(200);

        assertThat(http.get(october3).body()).isEqualTo(first.body());
        List<CSVRecord> october10 = csv(http.get("/api/v1/projects/" + project + "/exports/accruals.csv?from=2026-10-10&to=2026-10-10"));
        // 20,000 × 2.50 / 1000 = 50.00; 50.00 − 30.86 = 19.14.
        assertThat(october10).hasSize(1);
        assertThat(october10.getFirst().toMap()).containsEntry("revision", "1").containsEntry("amount", "19.14")
                .containsEntry("views", "20000").containsEntry("snapshot_observed_at", "2026-09-30T00:00:00Z")
                .containsEntry("adjusts_line", line.get("line_id"));
    }
}
