package io.herdbook.scheduler.partition;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.launch.JobLaunches;
import io.herdbook.jobs.partition.PartitionKeys;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Stream;
import org.jobrunr.jobs.context.JobDashboardLogger;
import org.jobrunr.jobs.context.JobDashboardProgressBar;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Two nodes (two application contexts, each with a JobRunr background server of one worker) on one PostgreSQL run
 * the probe job's four partitions as JobRunr jobs: partition 1 fails once in its second chunk and is retried by
 * JobRunr; partition 2's worker "dies" in its second chunk, leaving its attempt STARTED (the database refuses to
 * record its end), and another attempt takes it over. One run, several facts about it.
 *
 * <p>Items: 40, of creators 1..10 (4 each); by {@code mod(creator_id, 4)}: partition0 = 8, partition1 = 12,
 * partition2 = 12, partition3 = 8.
 */
class PartitionsOnJobRunrClusterFunctionalTest {

    private static final Instant SLOT = Instant.parse("2026-06-01T00:00:00Z");
    private static final List<ConfigurableApplicationContext> NODES = new ArrayList<>();
    private static JobExecution run;
    private static JdbcTemplate jdbc;

    @BeforeAll
    static void runTheProbeJobOnTwoNodes() throws Exception {
        ConfigurableApplicationContext first = startNode("node-a");
        jdbc = first.getBean(JdbcTemplate.class);
        createProbeData();
        startNode("node-b");

        run = first.getBean(JobLaunches.class).run(ProbeJobConfiguration.JOB_NAME, SLOT);
    }

    @AfterAll
    static void stopNodes() {
        NODES.reversed().forEach(ConfigurableApplicationContext::close);
    }

    @Test
    void theRunCompletesWithEveryItemWrittenExactlyOnce() {
        assertThat(run.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM probe_results", Long.class)).isEqualTo(40);
        assertThat(jdbc.queryForList("SELECT item_id FROM probe_results ORDER BY item_id", Long.class))
                .containsExactlyElementsOf(Stream.iterate(1L, i -> i + 1).limit(40).toList());
    }

    @Test
    void partitionsRanOnMoreThanOneNode() {
        // Over all attempts: which node ends up completing the retried ones is JobRunr's choice.
        assertThat(partitions().stream().map(p -> p.getExecutionContext().getString(PartitionKeys.NODE)).distinct())
                .hasSizeGreaterThan(1)
                .allMatch(node -> node.equals("node-a") || node.equals("node-b"));
    }

    @Test
    void theManagersTotalsAreTheSumOfEveryAttemptOfEveryPartition() {
        StepExecution manager = stored().getStepExecutions().stream().filter(s -> s.getStepName().equals("probeStep")).findFirst().orElseThrow();
        Collection<StepExecution> attempts = partitions();

        assertThat(manager.getStatus()).isEqualTo(BatchStatus.COMPLETED);
        assertThat(manager.getReadCount()).isEqualTo(attempts.stream().mapToLong(StepExecution::getReadCount).sum());
        assertThat(manager.getWriteCount()).isEqualTo(attempts.stream().mapToLong(StepExecution::getWriteCount).sum()).isEqualTo(40);
        assertThat(manager.getFilterCount()).isEqualTo(attempts.stream().mapToLong(StepExecution::getFilterCount).sum());
        assertThat(manager.getSkipCount()).isEqualTo(attempts.stream().mapToLong(StepExecution::getSkipCount).sum());
        assertThat(attempts).as("two partitions needed a second attempt").hasSize(6);
    }

    @Test
    void aPartitionThatFailedOnceIsRetriedByJobRunrAndResumesAfterItsLastCommittedChunk() {
        List<StepExecution> attempts = attemptsOf("partition1");

        assertThat(attempts).extracting(StepExecution::getStatus).containsExactly(BatchStatus.FAILED, BatchStatus.COMPLETED);
        assertThat(attempts.getFirst().getWriteCount()).isEqualTo(3);
        assertThat(attempts.getLast().getReadCount()).as("the retry reads only what the failure left").isEqualTo(9);
        assertThat(attempts.getLast().getExecutionContext().getInt(PartitionKeys.ATTEMPT)).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM probe_results WHERE partition_name = ? AND attempt = 1",
                Long.class, WORKER_PREFIX + "partition1")).isEqualTo(3);
    }

    @Test
    void anAttemptLeftStartedByAWorkerThatDiedIsMarkedFailedAndTakenOverByAnotherAttempt() {
        List<StepExecution> attempts = attemptsOf("partition2");

        assertThat(attempts).extracting(StepExecution::getStatus).containsExactly(BatchStatus.FAILED, BatchStatus.COMPLETED);
        assertThat(attempts.getFirst().getExitStatus().getExitDescription()).startsWith("orphaned: left STARTED by node ");
        assertThat(attempts.getFirst().getWriteCount()).as("its committed chunk stays committed").isEqualTo(3);
        assertThat(attempts.getLast().getReadCount()).isEqualTo(9);
    }

    @Test
    void eachPartitionsJobrunrJobShowsItsChunksAndAFullProgressBar() throws InterruptedException {
        StorageProvider storage = NODES.getFirst().getBean(StorageProvider.class);
        StepExecution firstOfPartition0 = attemptsOf("partition0").getFirst();
        java.util.UUID id = new PartitionRequest(run.getId(), firstOfPartition0.getId(), ProbeJobConfiguration.WORKER).jobId();
        // The step execution completes inside the job's method; JobRunr stores the job, with its log and bar, only after
        // the method returns, so read it once JobRunr has it as succeeded.
        var job = storage.getJobById(id);
        for (Instant deadline = Instant.now().plusSeconds(30);
             job.getState() != org.jobrunr.jobs.states.StateName.SUCCEEDED && Instant.now().isBefore(deadline);
             job = storage.getJobById(id)) {
            Thread.sleep(100);
        }

        List<String> lines = job.getMetadata().entrySet().stream()
                .filter(entry -> entry.getKey().startsWith(JobDashboardLogger.JOBRUNR_LOG_KEY))
                .flatMap(entry -> ((JobDashboardLogger.JobDashboardLogLines) entry.getValue()).getLogLines().stream())
                .map(JobDashboardLogger.JobDashboardLogLine::getLogMessage).toList();
        JobDashboardProgressBar progress = JobDashboardProgressBar.get(job);

        assertThat(lines).contains("chunk 1: read 3, written 3, skipped 0", "chunk 2: read 3, written 3, skipped 0",
                "chunk 3: read 2, written 2, skipped 0");
        assertThat(progress.getTotalAmount()).isEqualTo(8);
        assertThat(progress.getSucceededAmount()).isEqualTo(8);
    }

    private static final String WORKER_PREFIX = ProbeJobConfiguration.WORKER + ":";

    private static JobExecution stored() {
        return NODES.getFirst().getBean(JobRepository.class).getJobExecution(run.getId());
    }

    private static Collection<StepExecution> partitions() {
        return stored().getStepExecutions().stream().filter(s -> s.getStepName().startsWith(WORKER_PREFIX)).toList();
    }

    private static List<StepExecution> attemptsOf(String partition) {
        return PartitionAttempts.of(stored(), WORKER_PREFIX + partition);
    }

    private static ConfigurableApplicationContext startNode(String name) {
        // Arguments, not builder properties: properties are defaults that any application.properties would override.
        ConfigurableApplicationContext node = new SpringApplicationBuilder(ClusterTestApplication.class).run(
                "--herdbook.test.database.name=partitions_cluster",
                "--herdbook.node.name=" + name,
                "--herdbook.partitions.dispatch=jobrunr",
                "--herdbook.partitions.count=4",
                "--probe.failing-partitions=1,2",
                "--spring.main.web-application-type=none",
                "--spring.main.banner-mode=off",
                "--spring.batch.job.enabled=false",
                "--spring.batch.jdbc.initialize-schema=never",
                "--spring.quartz.auto-startup=false",
                "--jobrunr.background-job-server.enabled=true",
                "--jobrunr.background-job-server.name=" + name,
                "--jobrunr.background-job-server.worker-count=1",
                "--jobrunr.background-job-server.poll-interval-in-seconds=5",
                // A retry is due 1^n = 1 s after a failure, so it waits only for the next poll.
                "--jobrunr.jobs.back-off-time-seed=1",
                "--jobrunr.miscellaneous.allow-anonymous-data-usage=false",
                "--logging.level.root=WARN",
                "--logging.level.io.herdbook=INFO");
        NODES.add(node);
        return node;
    }

    private static void createProbeData() {
        jdbc.execute("DROP TABLE IF EXISTS probe_items, probe_results, probe_starts");
        jdbc.execute("CREATE TABLE probe_items (id bigint PRIMARY KEY, creator_id bigint NOT NULL)");
        jdbc.execute("CREATE TABLE probe_results (item_id bigint PRIMARY KEY, partition_name text NOT NULL, node text NOT NULL, attempt int NOT NULL)");
        jdbc.execute("CREATE TABLE probe_starts (partition_name text NOT NULL, node text NOT NULL)");
        jdbc.update("INSERT INTO probe_items SELECT i, i % 10 + 1 FROM generate_series(1, 40) AS i");
        // The worker of partition 2's first attempt "dies": the database refuses to record that attempt's end, so it
        // stays STARTED with its first chunk committed, as a killed JVM leaves it. Taking it over (exit message
        // "orphaned: ...") is allowed.
        jdbc.execute("""
                CREATE OR REPLACE FUNCTION probe_worker_dies() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF OLD.step_name = '%1$spartition2' AND OLD.status = 'STARTED' AND NEW.status <> 'STARTED'
                       AND coalesce(NEW.exit_message, '') NOT LIKE 'orphaned%%'
                       AND NOT EXISTS (SELECT 1 FROM batch_step_execution e
                                        WHERE e.job_execution_id = OLD.job_execution_id AND e.step_name = OLD.step_name
                                          AND e.step_execution_id < OLD.step_execution_id) THEN
                        RAISE EXCEPTION 'probe: the worker of %% died before it could record its end', OLD.step_name;
                    END IF;
                    RETURN NEW;
                END $$""".formatted(WORKER_PREFIX));
        jdbc.execute("DROP TRIGGER IF EXISTS probe_worker_dies ON batch_step_execution");
        jdbc.execute("CREATE TRIGGER probe_worker_dies BEFORE UPDATE ON batch_step_execution FOR EACH ROW EXECUTE FUNCTION probe_worker_dies()");
    }
}
