package io.herdbook.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.scheduler.control.ScheduleControls;
import io.herdbook.scheduler.ledger.RunLedger;
import io.herdbook.scheduler.ledger.RunStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Case C6 and C23: three nodes, each a Quartz member and a JobRunr worker, on one fresh database,
 * with discovery due every 2 seconds. Over the window every period has exactly one ledger row, none
 * is missing, each completed, and each is one Spring Batch instance with one execution — a fire that
 * reached two nodes would show as a second row, instance or execution.
 */
class ExactlyOncePerPeriodFunctionalTest {

    private static final Duration WINDOW = Duration.ofSeconds(20);

    @Test
    void threeNodesRunEveryPeriodOnceAndMissNone() throws Exception {
        List<String> settings = new ArrayList<>(ClusterNodes.common("exactly_once"));
        settings.add("--herdbook.schedule.discovery.cron=0/2 * * * * ?");
        try (ClusterNodes cluster = ClusterNodes.start(3, settings)) {
            JdbcTemplate jdbc = cluster.node(0).getBean(JdbcTemplate.class);
            Thread.sleep(WINDOW.toMillis());
            cluster.node(1).getBean(ScheduleControls.class).pause("discovery", "test");
            awaitNoOpenRuns(cluster.node(0).getBean(RunLedger.class), Duration.ofSeconds(60));

            List<Map<String, Object>> rows = jdbc.queryForList("""
                    SELECT period, status, trigger, revision, batch_instance_id FROM job_runs
                     WHERE job_name = 'discovery' ORDER BY period""");
            assertThat(rows).as("a window of %s at one period per 2 s", WINDOW).hasSizeGreaterThanOrEqualTo(8);
            List<Instant> periods = rows.stream().map(row -> ((java.sql.Timestamp) row.get("period")).toInstant()).toList();
            for (int i = 1; i < periods.size(); i++) {
                assertThat(Duration.between(periods.get(i - 1), periods.get(i))).as("no period missing after %s", periods.get(i - 1))
                        .isEqualTo(Duration.ofSeconds(2));
            }
            assertThat(rows).allSatisfy(row -> {
                assertThat(row.get("status")).isEqualTo(RunStatus.COMPLETED.name());
                assertThat(row.get("trigger")).isEqualTo("SCHEDULE");
                assertThat(row.get("revision")).isEqualTo(0);
            });
            assertThat(jdbc.queryForObject("SELECT count(*) FROM batch_job_instance WHERE job_name = 'discovery'", Long.class))
                    .isEqualTo(rows.size());
            assertThat(jdbc.queryForObject("""
                    SELECT count(*) FROM batch_job_execution e JOIN batch_job_instance i USING (job_instance_id)
                     WHERE i.job_name = 'discovery'""", Long.class)).as("one execution per instance: nothing ran twice").isEqualTo(rows.size());
            // C23: the three members registered the catalogue at the same moment without tripping over Quartz's lock rows.
            assertThat(jdbc.queryForObject("SELECT count(*) FROM qrtz_triggers WHERE sched_name = 'herdbook'", Long.class))
                    .isEqualTo(9);
            assertThat(jdbc.queryForObject("SELECT count(*) FROM qrtz_scheduler_state WHERE sched_name = 'herdbook'", Long.class))
                    .isEqualTo(3);
        }
    }

    static void awaitNoOpenRuns(RunLedger ledger, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (Stream.of("discovery").allMatch(job -> ledger.list(job, null, 100).stream().noneMatch(run -> run.status().isOpen()))) {
                return;
            }
            Thread.sleep(500);
        }
    }
}
