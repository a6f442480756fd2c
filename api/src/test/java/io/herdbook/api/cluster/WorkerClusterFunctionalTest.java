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
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.util.Base64;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Three worker processes on one database, running stats-refresh against a sandbox slowed down so a
 * run lasts seconds: a run's partitions spread over the workers and its totals add up (fan-out),
 * and a {@code kill -9} of the node running a run loses nothing and duplicates nothing (C7, C9).
 * The tests run in order on the same three workers; the second kills one of them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE, properties = "herdbook.test.database.name=worker_cluster")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WorkerClusterFunctionalTest {

    private static final String DATABASE = "worker_cluster";
    private static Sandbox sandbox;

    @Autowired TenantStore tenants;
    @Autowired CreatorStore creators;
    @Autowired LocalRuns localRuns;
    @Autowired Backfills backfills;
    @Autowired RunLedger ledger;
    @Autowired JdbcTemplate jdbc;
    @Autowired JobRepository jobRepository;

    private static final String DASHBOARD_PASSWORD = "cluster-test-secret";

    private final List<NodeProcess> nodes = new ArrayList<>();
    private final HttpClient http = HttpClient.newHttpClient();
    private long posts;
    private int dashboardPort;

    @DynamicPropertySource
    static void platform(DynamicPropertyRegistry registry) {
        sandbox = TestSandbox.ofGeneratedPages(registry);
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    @BeforeAll
    void startThreeWorkers() throws Exception {
        long project = tenants.ensureProject(tenants.ensureOrganisation("cluster", "Cluster"), "main", "Main");
        sandbox.library().creators().keySet().forEach(handle -> creators.register(project, handle));
        assertThat(localRuns.run("discovery", Instant.now().truncatedTo(ChronoUnit.SECONDS)).status()).isEqualTo(RunStatus.COMPLETED);
        posts = jdbc.queryForObject("SELECT count(*) FROM posts", Long.class);
        assertThat(posts).isGreaterThanOrEqualTo(15);
        // Each post page takes 700 ms: with one post per chunk a run lasts long enough to watch it and kill its worker.
        sandbox.library().creators().keySet().forEach(handle -> sandbox.faults().set("@" + handle, new Fault.Slow(700)));

        TestDatabase.Connection database = TestDatabase.database(DATABASE);
        // One JobRunr worker per node makes the spread certain rather than likely: the run's manager holds its
        // node's worker while it waits, and each other node takes one partition at a time, polling every 5 s.
        List<String> settings = List.of("--herdbook.platform.base-url=" + sandbox.baseUrl(), "--herdbook.refresh.chunk-size=1",
                "--herdbook.partitions.count=3", "--jobrunr.background-job-server.worker-count=1",
                // Both tests refresh every post, minutes apart: every post is due a second after its last attempt.
                "--herdbook.refresh.cadence.video[0].interval=1s", "--herdbook.refresh.cadence.photo[0].interval=1s");
        // worker-a also serves the API role, and so the JobRunr dashboard, behind its credentials.
        dashboardPort = freePort();
        List<String> dashboard = new ArrayList<>(settings);
        dashboard.addAll(List.of("--server.port=0", "--herdbook.dashboard.port=" + dashboardPort,
                "--herdbook.dashboard.username=operator", "--herdbook.dashboard.password=" + DASHBOARD_PASSWORD));
        nodes.add(NodeProcess.start("worker-a", "api,worker", database, dashboard));
        nodes.add(NodeProcess.start("worker-b", "worker", database, settings));
        nodes.add(NodeProcess.start("worker-c", "worker", database, settings));
        NodeProcess.await("three JobRunr workers", Duration.ofSeconds(120),
                () -> jdbc.queryForObject("SELECT count(*) FROM jobrunr_backgroundjobservers", Long.class) == 3, nodes);
    }

    @Test
    @Order(1)
    void aRunsPartitionsRunOnMoreThanOneWorkerAndItsTotalsAreTheirSum() throws Exception {
        Run queued = backfills.runNow("stats-refresh").run();
        // While it runs, the dashboard shows the run's progress bar — to an operator with credentials only.
        NodeProcess.await("the running run's progress bar on the dashboard", Duration.ofSeconds(60),
                () -> dashboard("/api/jobs/" + queued.jobRunrJobId(), true).body().contains("jobRunrDashboardProgressBar"), nodes);
        assertThat(ledger.find(queued.id()).map(Run::status)).contains(RunStatus.STARTED);
        assertThat(dashboard("/api/jobs/" + queued.jobRunrJobId(), false).statusCode()).isEqualTo(401);
        NodeProcess.await("the run to complete", Duration.ofSeconds(120),
                () -> ledger.find(queued.id()).map(Run::status).filter(RunStatus.COMPLETED::equals).isPresent(), nodes);

        Run run = ledger.find(queued.id()).orElseThrow();
        JobExecution execution = jobRepository.getJobExecution(run.batchExecutionId());
        List<StepExecution> partitions = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().startsWith("statsRefreshWorkerStep:partition")).toList();
        StepExecution manager = execution.getStepExecutions().stream()
                .filter(step -> step.getStepName().equals("statsRefreshStep")).findFirst().orElseThrow();
        assertThat(partitions).extracting(StepExecution::getStepName).containsExactlyInAnyOrder(
                "statsRefreshWorkerStep:partition0", "statsRefreshWorkerStep:partition1", "statsRefreshWorkerStep:partition2");
        assertThat(partitions.stream().map(step -> step.getExecutionContext().getString("node")).distinct().count())
                .as("nodes the partitions ran on").isGreaterThan(1);
        long sum = partitions.stream().mapToLong(StepExecution::getWriteCount).sum();
        assertThat(sum).isEqualTo(posts);
        assertThat(manager.getWriteCount()).isEqualTo(sum);
        assertThat(run.writeCount()).isEqualTo(sum);
        assertThat(run.readCount()).isEqualTo(partitions.stream().mapToLong(StepExecution::getReadCount).sum());
        assertThat(snapshotsOf(run.period())).isEqualTo(posts);
    }

    @AfterAll
    void stopNodes() throws InterruptedException {
        for (NodeProcess node : nodes) {
            node.close();
        }
    }

    @Test
    @Order(2)
    void aRunWhoseWorkerIsKilledCompletesOnAnotherWorkerWithoutDuplicates() throws Exception {
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

    /** GET on the dashboard of worker-a, with or without its credentials; a refused connection reads as 503. */
    private HttpResponse<String> dashboard(String path, boolean withCredentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + dashboardPort + path));
        if (withCredentials) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    ("operator:" + DASHBOARD_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            return new UnavailableResponse(request.build());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private long snapshotsOf(Instant period) {
        return jdbc.queryForObject("SELECT count(*) FROM post_stats_snapshots WHERE observed_at = ?", Long.class, Timestamp.from(period));
    }
}
