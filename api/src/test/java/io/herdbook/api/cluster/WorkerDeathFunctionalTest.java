package io.herdbook.api.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.pipeline.TestSandbox;
import io.herdbook.jobs.testing.TestDatabase;
import io.herdbook.jobs.tracking.CreatorStore;
import io.herdbook.jobs.tracking.TenantStore;
import io.herdbook.sandbox.Fault;
import io.herdbook.sandbox.Sandbox;
import io.herdbook.scheduler.control.Backfills;
import io.herdbook.scheduler.control.LocalRuns;
import io.herdbook.scheduler.ledger.Run;
import io.herdbook.scheduler.ledger.RunLedger;
import io.herdbook.scheduler.ledger.RunStatus;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Cases C7 and C9 with a real {@code kill -9}: two worker processes, a stats-refresh run slowed down
 * by the sandbox, and the worker running it killed after its first committed chunks. The run leaves
 * the dead node, is picked up by the other one, whose attempt recovers the execution the dead one
 * left STARTED and restarts it after its last committed chunk; in the end every post has exactly one
 * snapshot for the run's period.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "herdbook.test.database.name=worker_death")
class WorkerDeathFunctionalTest {

    private static final String DATABASE = "worker_death";
    private static Sandbox sandbox;

    @Autowired TenantStore tenants;
    @Autowired CreatorStore creators;
    @Autowired LocalRuns localRuns;
    @Autowired Backfills backfills;
    @Autowired RunLedger ledger;
    @Autowired JdbcTemplate jdbc;

    private final List<NodeProcess> nodes = new ArrayList<>();

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        sandbox = TestSandbox.ofGeneratedPages(registry);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @AfterEach
    void stopNodes() throws InterruptedException {
        for (NodeProcess node : nodes) {
            node.close();
        }
    }

    @Test
    void aRunWhoseWorkerIsKilledCompletesOnAnotherWorkerWithoutDuplicates() throws Exception {
        long project = tenants.ensureProject(tenants.ensureOrganisation("death", "Death"), "main", "Main");
        sandbox.library().creators().keySet().forEach(handle -> creators.register(project, handle));
        assertThat(localRuns.run("discovery", Instant.now().truncatedTo(ChronoUnit.SECONDS)).status()).isEqualTo(RunStatus.COMPLETED);
        long posts = jdbc.queryForObject("SELECT count(*) FROM posts", Long.class);
        assertThat(posts).isGreaterThanOrEqualTo(15);
        // Each post page takes 700 ms: with one post per chunk the run lasts long enough to kill its worker mid-way.
        sandbox.library().creators().keySet().forEach(handle -> sandbox.faults().set("@" + handle, new Fault.Slow(700)));

        TestDatabase.Connection database = TestDatabase.database(DATABASE);
        List<String> settings = List.of("--herdbook.platform.base-url=" + sandbox.baseUrl(), "--herdbook.refresh.chunk-size=1");
        nodes.add(NodeProcess.start("worker-a", "worker", database, settings));
        nodes.add(NodeProcess.start("worker-b", "worker", database, settings));
        NodeProcess.await("two JobRunr workers", Duration.ofSeconds(120),
                () -> jdbc.queryForObject("SELECT count(*) FROM jobrunr_backgroundjobservers", Long.class) == 2, nodes);

        Run queued = backfills.runNow("stats-refresh").run();
        Instant period = queued.period();
        NodeProcess.await("the run to commit its first chunks", Duration.ofSeconds(60),
                () -> snapshotsOf(period) >= 2 && ledger.find(queued.id()).map(Run::node).isPresent(), nodes);
        String victim = ledger.find(queued.id()).orElseThrow().node();
        NodeProcess dying = nodes.stream().filter(node -> node.name().equals(victim)).findFirst().orElseThrow();
        dying.kill();
        long committedBeforeTheKill = snapshotsOf(period);
        assertThat(committedBeforeTheKill).as("killed mid-run").isLessThan(posts);

        NodeProcess.await("the run to complete on the other worker", Duration.ofSeconds(150),
                () -> ledger.find(queued.id()).map(Run::status).filter(RunStatus.COMPLETED::equals).isPresent(), nodes);

        Run finished = ledger.find(queued.id()).orElseThrow();
        assertThat(finished.node()).isNotEqualTo(victim);
        assertThat(finished.attempts()).isGreaterThanOrEqualTo(2);
        assertThat(snapshotsOf(period)).as("one snapshot per post").isEqualTo(posts);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT post_id) FROM post_stats_snapshots WHERE observed_at = ?", Long.class,
                Timestamp.from(period))).isEqualTo(posts);
        // C9: the dead node's execution was recovered (FAILED, with an end time) and a restart completed the instance.
        List<String> executions = jdbc.queryForList("""
                SELECT e.status FROM batch_job_execution e JOIN batch_job_instance i USING (job_instance_id)
                 WHERE i.job_instance_id = ? ORDER BY e.job_execution_id""", String.class, finished.batchInstanceId());
        assertThat(executions).hasSizeGreaterThanOrEqualTo(2).startsWith("FAILED").endsWith("COMPLETED");
        assertThat(jdbc.queryForObject("""
                SELECT count(*) FROM batch_job_execution WHERE job_instance_id = ? AND end_time IS NULL""", Long.class,
                finished.batchInstanceId())).isZero();
        assertThat(finished.writeCount()).as("the run's totals count every post once over both executions").isEqualTo(posts);
    }

    private long snapshotsOf(Instant period) {
        return jdbc.queryForObject("SELECT count(*) FROM post_stats_snapshots WHERE observed_at = ?", Long.class, Timestamp.from(period));
    }
}
