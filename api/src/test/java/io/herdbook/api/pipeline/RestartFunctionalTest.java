package io.herdbook.api.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.launch.JobLaunches;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.TenantStore;
import io.herdbook.sandbox.Sandbox;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A stats-refresh run that dies in the middle is restarted from its last committed chunk and ends
 * with exactly one snapshot per post: restartable, and idempotent by the (post, slot) key. One partition,
 * so the crash point is an exact chunk boundary; the restarted manager counts only its own run's work.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = {
        "herdbook.test.database.name=restart",
        "herdbook.refresh.chunk-size=5",
        "herdbook.partitions.count=1"})
class RestartFunctionalTest {

    private static Sandbox sandbox;

    @Autowired JobLaunches jobs;
    @Autowired JobOperator operator;
    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;
    @Autowired CreatorStore creators;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        sandbox = TestSandbox.ofCaptures(registry);
    }

    @AfterAll
    static void stop() {
        sandbox.close();
    }

    @Test
    void aRunThatFailsMidwayRestartsAfterItsLastCommittedChunkWithoutDuplicates() throws Exception {
        long project = tenants.ensureProject(tenants.ensureOrganisation("restart", "Restart"), "main", "Main");
        sandbox.library().creators().keySet().forEach(handle -> creators.register(project, handle));
        assertThat(jobs.run("discovery", Instant.parse("2026-05-01T00:00:00Z")).getStatus()).isEqualTo(BatchStatus.COMPLETED);
        long posts = jdbc.queryForObject("SELECT count(*) FROM posts", Long.class);
        // The database itself fails the write of the 23rd post, once: a crash in the fifth chunk.
        long victim = jdbc.queryForObject("SELECT id FROM posts ORDER BY id OFFSET 22 LIMIT 1", Long.class);
        jdbc.execute("CREATE SEQUENCE fail_once_seq");
        jdbc.execute("""
                CREATE FUNCTION fail_once() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.post_id = %d AND nextval('fail_once_seq') = 1 THEN
                        RAISE EXCEPTION 'injected failure writing post %%', NEW.post_id;
                    END IF;
                    RETURN NEW;
                END $$""".formatted(victim));
        jdbc.execute("CREATE TRIGGER fail_once BEFORE INSERT ON post_stats_latest FOR EACH ROW EXECUTE FUNCTION fail_once()");
        Instant slot = Instant.parse("2026-05-01T01:00:00Z");

        JobExecution failed = jobs.run("stats-refresh", slot);
        long committedBeforeCrash = snapshotsIn(slot);
        JobExecution restarted = operator.restart(failed);

        assertThat(failed.getStatus()).isEqualTo(BatchStatus.FAILED);
        assertThat(committedBeforeCrash).isEqualTo(20);
        assertThat(restarted.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        StepExecution resumed = restarted.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals("statsRefreshStep")).findFirst().orElseThrow();
        assertThat(resumed.getReadCount()).as("the restart reads only what the crash left").isEqualTo(posts - 20);
        assertThat(snapshotsIn(slot)).isEqualTo(posts);
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM (SELECT post_id FROM post_stats_snapshots WHERE observed_at = ?
                                       GROUP BY post_id HAVING count(*) > 1) twice""", Long.class, slot.atOffset(ZoneOffset.UTC)))
                .isZero();
        assertThat(jobs.run("stats-refresh", slot.plusSeconds(1)).getStatus()).isEqualTo(BatchStatus.COMPLETED);
    }

    private long snapshotsIn(Instant slot) {
        return jdbc.queryForObject("SELECT count(*) FROM post_stats_snapshots WHERE observed_at = ?", Long.class,
                slot.atOffset(ZoneOffset.UTC));
    }
}
