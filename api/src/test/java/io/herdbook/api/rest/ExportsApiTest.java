package io.herdbook.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.TestKeys;
import io.herdbook.api.exports.PayoutData;
import io.herdbook.reports.exports.ExportKind;
import io.herdbook.reports.exports.ExportProgress;
import io.herdbook.reports.exports.ExportProject;
import io.herdbook.reports.exports.PayoutCsvExporter;
import io.herdbook.reports.range.DateRange;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.jobrunr.jobs.Job;
import org.jobrunr.jobs.context.JobDashboardLogger;
import org.jobrunr.jobs.context.JobDashboardProgressBar;
import org.jobrunr.jobs.states.StateName;
import org.jobrunr.storage.StorageProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The export endpoints over real HTTP on loopback, with a JobRunr worker in the same node so a queued export runs
 * to its file. A direct download streams at most {@value #DIRECT_MAX} lines here.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "herdbook.test.database.name=exports_api",
        "herdbook.exports.direct-max-lines=" + ExportsApiTest.DIRECT_MAX, "herdbook.exports.dir=target/exports-api-test",
        "jobrunr.background-job-server.enabled=true", "jobrunr.background-job-server.poll-interval-in-seconds=5",
        "jobrunr.background-job-server.worker-count=2"})
// Closed after this class, while the test database still runs: a JobRunr server left to the JVM's exit would wait on
// a database already gone and hold the test JVM past surefire's exit timeout.
@DirtiesContext
class ExportsApiTest {

    static final String ORGANISATION = "exports-api";
    static final int DIRECT_MAX = 10;
    private static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private static ExportProject project;
    private static long foreignProject;
    private static UUID foreignExport;

    @LocalServerPort int port;
    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;
    @Autowired PayoutCsvExporter exporter;
    @Autowired StorageProvider queue;
    private String key;

    /** This test's key: every scope, for the owner of {@value #ORGANISATION}, issued on first use (after the test's data). */
    private String key() {
        if (key == null) {
            key = TestKeys.owner(context, ORGANISATION);
        }
        return key;
    }

    /**
     * The API's organisation has a Chicago project with 3 lines and 1 payment on 2026-09-07 (local) and 12 lines on
     * 2026-09-10; another organisation has a project and an export of its own.
     */
    @BeforeEach
    void seedOnce() {
        if (project != null) {
            return;
        }
        PayoutData data = new PayoutData(jdbc);
        long organisation = data.organisation(ORGANISATION);
        long id = data.project(organisation, "spring-launch", CHICAGO.getId());
        long creator = data.creator(organisation, id, "frys_8");
        long structure = data.cpmStructure(organisation, id, "CPM 2.50");
        for (String at : List.of("2026-09-07T05:00:00Z", "2026-09-07T17:00:00Z", "2026-09-08T02:23:34Z")) {
            data.line(organisation, id, structure, creator, CHICAGO).accruedAt(at).note("=HYPERLINK(\"http://x.example\",\"y\")").insert();
        }
        for (int i = 0; i < 12; i++) {
            data.line(organisation, id, structure, creator, CHICAGO).accruedAt("2026-09-10T1" + (i % 10) + ":00:0" + (i / 10) + "Z").amount("1." + (10 + i))
                    .insert();
        }
        data.payment(organisation, creator, "7.50", "WISE-1", Instant.parse("2026-09-08T02:23:34Z"), "WISE", "frys@example.com");
        long other = data.anOrganisation();
        foreignProject = data.project(other, CHICAGO.getId());
        foreignExport = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO payout_exports (id, organisation_id, project_id, kind, from_date, to_date, bom, status, requested_at)
                VALUES (?, ?, ?, 'ACCRUALS', '2026-09-01', '2026-09-30', false, 'QUEUED', now())
                """, foreignExport, other, foreignProject);
        project = new ExportProject(organisation, id, "spring-launch", CHICAGO);
    }

    private HttpResponse<byte[]> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(uri(path)).header(TestKeys.HEADER, key()).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<String> post(String path, String json) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header(TestKeys.HEADER, key()).header("Content-Type", "application/json");
        return HTTP.send(request.POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static JsonNode json(HttpResponse<?> response) {
        Object body = response.body();
        return JSON.readTree(body instanceof byte[] bytes ? new String(bytes, StandardCharsets.UTF_8) : (String) body);
    }

    /** What the exporter writes for the range, to compare a response with. */
    private byte[] expected(ExportKind kind, String from, String to, boolean bom) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(project, kind, new DateRange(LocalDate.parse(from), LocalDate.parse(to), CHICAGO), bom, out, ExportProgress.NONE);
        return out.toByteArray();
    }

    private String base() {
        return "/api/v1/projects/" + project.id() + "/exports";
    }

    // ---- direct downloads

    @Test
    void aSmallRangeStreamsAsCsvWithItsFileName() throws Exception {
        HttpResponse<byte[]> response = get(base() + "/accruals.csv?from=2026-09-07&to=2026-09-07");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("text/csv;charset=UTF-8");
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"herdbook-spring-launch-accruals-2026-09-07_2026-09-07.csv\"");
        String body = new String(response.body(), StandardCharsets.UTF_8);
        String[] lines = body.split("\r\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).startsWith("line_id,accrued_at,accrual_date,project,");
        assertThat(lines[3]).contains(",2026-09-08T02:23:34Z,2026-09-07,spring-launch,frys_8,CPM,CPM 2.50,")
                .endsWith(",\"'=HYPERLINK(\"\"http://x.example\"\",\"\"y\"\")\"");
        assertThat(response.body()).isEqualTo(expected(ExportKind.ACCRUALS, "2026-09-07", "2026-09-07", false));
    }

    @Test
    void bomTrueStartsTheFileWithAUtf8Bom() throws Exception {
        HttpResponse<byte[]> response = get(base() + "/accruals.csv?from=2026-09-07&to=2026-09-07&bom=true");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 'l');
        assertThat(response.body()).isEqualTo(expected(ExportKind.ACCRUALS, "2026-09-07", "2026-09-07", true));
    }

    @Test
    void paymentsStreamToo() throws Exception {
        HttpResponse<byte[]> response = get(base() + "/payments.csv?from=2026-09-07&to=2026-09-07");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"herdbook-spring-launch-payments-2026-09-07_2026-09-07.csv\"");
        String[] lines = new String(response.body(), StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[1]).contains(",2026-09-08T02:23:34Z,2026-09-07,spring-launch,frys_8,7.50,WISE-1,WISE,frys@example.com,0,0.00,,");
    }

    @Test
    void aRangeOverTheThresholdIsRefusedWithTheQueuedExportToAskFor() throws Exception {
        HttpResponse<byte[]> response = get(base() + "/accruals.csv?from=2026-09-10&to=2026-09-10&bom=true");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.get("direct_max_lines").asLong()).isEqualTo(DIRECT_MAX);
        assertThat(problem.get("detail").asString()).startsWith("this range holds more than 10 lines");
        assertThat(problem.get("async").get("method").asString()).isEqualTo("POST");
        assertThat(problem.get("async").get("href").asString()).isEqualTo(base());
        JsonNode body = problem.get("async").get("body");
        assertThat(body.get("kind").asString()).isEqualTo("ACCRUALS");
        assertThat(body.get("from").asString()).isEqualTo("2026-09-10");
        assertThat(body.get("to").asString()).isEqualTo("2026-09-10");
        assertThat(body.get("bom").asBoolean()).isTrue();
    }

    // ---- queued exports

    @Test
    void aQueuedExportRunsToSucceededWithProgressAndADownload() throws Exception {
        HttpResponse<String> queued = post(base(), "{\"kind\":\"ACCRUALS\",\"from\":\"2026-09-10\",\"to\":\"2026-09-10\",\"bom\":true}");

        assertThat(queued.statusCode()).as(queued.body()).isEqualTo(202);
        String location = queued.headers().firstValue("Location").orElseThrow();
        JsonNode accepted = json(queued);
        UUID id = UUID.fromString(accepted.get("id").asString());
        assertThat(location).isEqualTo("/api/v1/exports/" + id);
        assertThat(accepted.get("status").asString()).isEqualTo("QUEUED");
        assertThat(accepted.get("download").isNull()).isTrue();

        JsonNode status = awaitEnd(location);

        assertThat(status.get("status").asString()).isEqualTo("SUCCEEDED");
        assertThat(status.get("lines").asLong()).isEqualTo(12);
        assertThat(status.get("kind").asString()).isEqualTo("ACCRUALS");
        assertThat(status.get("project_id").asLong()).isEqualTo(project.id());
        assertThat(status.get("download").asString()).isEqualTo(location + "/file");
        HttpResponse<byte[]> file = get(status.get("download").asString());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition"))
                .hasValue("attachment; filename=\"herdbook-spring-launch-accruals-2026-09-10_2026-09-10.csv\"");
        assertThat(file.body()).isEqualTo(expected(ExportKind.ACCRUALS, "2026-09-10", "2026-09-10", true));
        Job job = queue.getJobById(id);
        assertThat(job.getState()).isEqualTo(StateName.SUCCEEDED);
        assertThat(job.getJobName()).isEqualTo("accruals export of spring-launch 2026-09-10..2026-09-10");
        JobDashboardProgressBar.JobDashboardProgress progress = metadata(job, "jobRunrDashboardProgressBar-", JobDashboardProgressBar.JobDashboardProgress.class);
        assertThat(progress.getTotalAmount()).isEqualTo(12);
        assertThat(progress.getSucceededAmount()).isEqualTo(12);
        JobDashboardLogger.JobDashboardLogLines log = metadata(job, "jobRunrDashboardLog-", JobDashboardLogger.JobDashboardLogLines.class);
        assertThat(log.getLogLines().stream().map(JobDashboardLogger.JobDashboardLogLine::getLogMessage).toList())
                .containsExactly("accruals of spring-launch 2026-09-10..2026-09-10 (America/Chicago): 12 lines",
                        "12 lines written to " + Path.of("target/exports-api-test").toAbsolutePath().resolve(id + ".csv"));
    }

    private static <T> T metadata(Job job, String keyPrefix, Class<T> type) {
        return job.getMetadata().entrySet().stream().filter(e -> e.getKey().startsWith(keyPrefix)).map(e -> type.cast(e.getValue()))
                .findFirst().orElseThrow(() -> new AssertionError("no " + keyPrefix + " in " + job.getMetadata().keySet()));
    }

    private JsonNode awaitEnd(String location) throws Exception {
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (true) {
            HttpResponse<byte[]> response = get(location);
            assertThat(response.statusCode()).isEqualTo(200);
            JsonNode status = json(response);
            String state = status.get("status").asString();
            if (state.equals("SUCCEEDED") || state.equals("FAILED") || System.nanoTime() > deadline) {
                return status;
            }
            Thread.sleep(250);
        }
    }

    @Test
    void theFileOfAnExportNotYetSucceededIsAConflict() throws Exception {
        UUID id = UUID.randomUUID();
        jdbc.update("""
                INSERT INTO payout_exports (id, organisation_id, project_id, kind, from_date, to_date, bom, status, requested_at, message)
                VALUES (?, ?, ?, 'PAYMENTS', '2026-09-01', '2026-09-30', false, 'FAILED', now(), 'the export file could not be written: disk full')
                """, id, project.organisationId(), project.id());

        HttpResponse<byte[]> status = get("/api/v1/exports/" + id);
        HttpResponse<byte[]> file = get("/api/v1/exports/" + id + "/file");

        assertThat(json(status).get("status").asString()).isEqualTo("FAILED");
        assertThat(json(status).get("message").asString()).isEqualTo("the export file could not be written: disk full");
        assertThat(json(status).get("download").isNull()).isTrue();
        assertThat(file.statusCode()).isEqualTo(409);
        assertThat(json(file).get("status").asString()).isEqualTo("FAILED");
        assertThat(json(file).get("detail").asString()).contains("is FAILED (the export file could not be written: disk full)");
    }

    // ---- 404s

    @Test
    void anotherOrganisationsProjectOrExportIsNotFound() throws Exception {
        List<HttpResponse<?>> responses = new ArrayList<>();
        responses.add(get("/api/v1/projects/" + foreignProject + "/exports/accruals.csv?from=2026-09-07&to=2026-09-07"));
        responses.add(get("/api/v1/projects/" + foreignProject + "/exports/payments.csv?from=2026-09-07&to=2026-09-07"));
        responses.add(post("/api/v1/projects/" + foreignProject + "/exports", "{\"kind\":\"ACCRUALS\",\"from\":\"2026-09-07\",\"to\":\"2026-09-07\"}"));
        responses.add(get("/api/v1/projects/999999999/exports/accruals.csv?from=2026-09-07&to=2026-09-07"));
        responses.add(get("/api/v1/exports/" + foreignExport));
        responses.add(get("/api/v1/exports/" + foreignExport + "/file"));
        responses.add(get("/api/v1/exports/" + UUID.randomUUID()));
        responses.add(get("/api/v1/exports/not-a-uuid"));

        for (HttpResponse<?> response : responses) {
            assertThat(response.statusCode()).as(response.uri().toString()).isEqualTo(404);
            assertThat(response.headers().firstValue("Content-Type")).as(response.uri().toString()).hasValue("application/problem+json");
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payout_exports WHERE project_id = ?", Long.class, foreignProject)).isEqualTo(1);
    }

    // ---- 400s

    static Stream<Arguments> badQueries() {
        return Stream.of(
                Arguments.of("from=2026-09-08&to=2026-09-07", List.of("to")),
                Arguments.of("from=2025-01-01&to=2026-01-02", List.of("to")),
                Arguments.of("from=2026-13-01&to=yesterday", List.of("from", "to")),
                Arguments.of("to=2026-09-07", List.of("from")),
                Arguments.of("from=2026-09-07&to=2026-09-07&bom=yes", List.of("bom")));
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @MethodSource("badQueries")
    void aBadQueryIsA400ListingEachBadField(String query, List<String> fields) throws Exception {
        HttpResponse<byte[]> response = get(base() + "/accruals.csv?" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        List<String> named = new ArrayList<>();
        json(response).get("errors").forEach(error -> named.add(error.get("field").asString()));
        assertThat(named).isEqualTo(fields);
    }

    static Stream<Arguments> badBodies() {
        return Stream.of(
                Arguments.of("{\"kind\":\"INVOICES\",\"from\":\"2026-09-07\",\"to\":\"2026-09-07\"}", List.of("kind")),
                Arguments.of("{\"from\":\"2026-09-07\",\"to\":\"2026-09-07\"}", List.of("kind")),
                Arguments.of("{\"kind\":\"ACCRUALS\",\"from\":\"2026-09-08\",\"to\":\"2026-09-07\"}", List.of("to")),
                Arguments.of("{\"kind\":\"ACCRUALS\",\"from\":\"2025-01-01\",\"to\":\"2026-01-02\"}", List.of("to")),
                Arguments.of("{\"kind\":\"PAYMENTS\",\"from\":\"07/09/2026\",\"to\":20260907,\"bom\":\"yes\"}", List.of("from", "to", "bom")),
                Arguments.of("{\"kind\":\"ACCRUALS\",\"from\":\"2026-09-07\",\"to\":\"2026-09-07\",\"format\":\"xlsx\"}", List.of("format")),
                Arguments.of("[1,2]", List.of("")),
                Arguments.of("{not json", List.of("")));
    }

    @ParameterizedTest(name = "{0} → 400 naming {1}")
    @MethodSource("badBodies")
    void aBadBodyIsA400ListingEachBadFieldAndQueuesNothing(String body, List<String> fields) throws Exception {
        long before = jdbc.queryForObject("SELECT count(*) FROM payout_exports", Long.class);

        HttpResponse<String> response = post(base(), body);

        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        List<String> named = new ArrayList<>();
        json(response).get("errors").forEach(error -> named.add(error.get("field").asString()));
        assertThat(named).isEqualTo(fields);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payout_exports", Long.class)).isEqualTo(before);
    }
}
