package io.herdbook.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.testing.TestDatabase;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Cases C6 and C23: three nodes — three processes, each a Quartz member and a JobRunr worker —
 * start together on one fresh database with discovery due every 2 seconds. Over the window every
 * period has exactly one ledger row, none is missing, each completed, and each is one Spring Batch
 * instance with one execution: a fire that reached two nodes would show as a second row, instance
 * or execution.
 */
class ExactlyOncePerPeriodFunctionalTest {

    private static final Duration WINDOW = Duration.ofSeconds(24);

    private final List<NodeProcess> nodes = new ArrayList<>();

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (NodeProcess node : nodes) {
            node.close();
        }
    }

    @Test
    void threeNodesRunEveryPeriodOnceAndMissNone() throws Exception {
        TestDatabase.Connection database = TestDatabase.database("exactly_once");
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(database.url(), database.username(), database.password()));
        List<String> settings = List.of("--herdbook.schedule.discovery.cron=0/2 * * * * ?");
        for (int i = 1; i <= 3; i++) {
            nodes.add(NodeProcess.start("node-" + i, "scheduler,worker", database, settings));
        }
        NodeProcess.await("three Quartz members and three JobRunr workers", Duration.ofSeconds(120),
                () -> count(jdbc, "SELECT count(*) FROM qrtz_scheduler_state") == 3
                        && count(jdbc, "SELECT count(*) FROM jobrunr_backgroundjobservers") == 3, nodes);

        Thread.sleep(WINDOW.toMillis());
        jdbc.update("UPDATE qrtz_triggers SET trigger_state = 'PAUSED' WHERE trigger_name = 'discovery'");
        Instant paused = Instant.now();
        NodeProcess.await("every claimed discovery run to finish", Duration.ofSeconds(90),
                () -> count(jdbc, "SELECT count(*) FROM job_runs WHERE job_name = 'discovery' AND status IN ('QUEUED', 'STARTED')") == 0, nodes);

        List<Map<String, Object>> rows = jdbc.queryForList("""
                SELECT period, status, trigger, revision, node FROM job_runs
                 WHERE job_name = 'discovery' AND period < ? ORDER BY period""", Timestamp.from(paused));
        assertThat(rows).as("a window of %s at one period per 2 s", WINDOW).hasSizeGreaterThanOrEqualTo(10);
        List<Instant> periods = rows.stream().map(row -> ((Timestamp) row.get("period")).toInstant()).toList();
        for (int i = 1; i < periods.size(); i++) {
            assertThat(Duration.between(periods.get(i - 1), periods.get(i))).as("no period missing after %s", periods.get(i - 1))
                    .isEqualTo(Duration.ofSeconds(2));
        }
        assertThat(rows).allSatisfy(row -> {
            assertThat(row.get("status")).isEqualTo("COMPLETED");
            assertThat(row.get("trigger")).isEqualTo("SCHEDULE");
            assertThat(row.get("revision")).isEqualTo(0);
        });
        long allRows = count(jdbc, "SELECT count(*) FROM job_runs WHERE job_name = 'discovery'");
        assertThat(count(jdbc, "SELECT count(*) FROM batch_job_instance WHERE job_name = 'discovery'")).isEqualTo(allRows);
        assertThat(count(jdbc, """
                SELECT count(*) FROM batch_job_execution e JOIN batch_job_instance i USING (job_instance_id)
                 WHERE i.job_name = 'discovery'""")).as("one execution per instance: nothing ran twice").isEqualTo(allRows);
        // C23: three members registered the catalogue at the same moment without tripping over Quartz's lock rows.
        assertThat(count(jdbc, "SELECT count(*) FROM qrtz_triggers WHERE sched_name = 'herdbook'")).isEqualTo(9);
        for (NodeProcess node : nodes) {
            assertThat(node.output()).as(node.name()).doesNotContain("qrtz_locks_pkey").doesNotContain("current transaction is aborted");
        }
    }

    private static long count(JdbcTemplate jdbc, String sql) {
        try {
            return jdbc.queryForObject(sql, Long.class);
        } catch (org.springframework.dao.DataAccessException e) {
            return -1; // the nodes have not migrated the schema yet
        }
    }
}
