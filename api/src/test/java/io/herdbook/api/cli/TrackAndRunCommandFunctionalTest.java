package io.herdbook.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.testing.TestDatabase;
import io.herdbook.sandbox.Sandbox;
import io.herdbook.sandbox.SandboxSettings;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code herdbook track} then {@code herdbook run JOB}, as an operator runs them, on a database of their own. */
class TrackAndRunCommandFunctionalTest {

    private static final TestDatabase.Connection DB = TestDatabase.database("cli_track_run");
    private static Sandbox sandbox;

    @BeforeAll
    static void startSandbox() {
        // The schema exists before the first command, whichever test runs first.
        org.flywaydb.core.Flyway.configure().dataSource(DB.url(), DB.username(), DB.password())
                .locations("classpath:db/migration").load().migrate();
        sandbox = Sandbox.start(SandboxSettings.defaults().withPages(Path.of("no-captures-in-this-folder")).withPort(0));
    }

    @AfterAll
    static void stopSandbox() {
        sandbox.close();
    }

    private record Run(int status, String out, String err) {
    }

    private static Run cli(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--spring.datasource.url=" + DB.url(), "--spring.datasource.username=" + DB.username(),
                "--spring.datasource.password=" + DB.password(), "--herdbook.platform.base-url=" + sandbox.baseUrl()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Cli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run(all.toArray(String[]::new));
        return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private static long count(String sql) throws Exception {
        try (var connection = DriverManager.getConnection(DB.url(), DB.username(), DB.password());
             ResultSet rs = connection.createStatement().executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void trackedCreatorsAreDiscoveredAndRefreshedByRunningEachJobOnce() throws Exception {
        Run track = cli("track", "@lena.bakes", "https://www.tiktok.com/@milo.trails/video/7477000000000000000?mid=1&timestamp=1",
                "--project", "spring-launch");
        Run trackAgain = cli("track", "lena.bakes", "--project", "spring-launch");
        long creatorsAfterTracking = count("SELECT count(*) FROM creators WHERE handle IN ('lena.bakes', 'milo.trails')");
        Run discovery = cli("run", "discovery");
        Run refresh = cli("run", "stats-refresh");

        assertThat(track.status()).as(track.err()).isZero();
        assertThat(track.out()).contains("tracking @lena.bakes in default/spring-launch").contains("tracking @milo.trails");
        assertThat(trackAgain.status()).isZero();
        assertThat(creatorsAfterTracking).isEqualTo(2);
        assertThat(discovery.status()).as(discovery.err()).isZero();
        assertThat(discovery.out()).contains("discovery for slot").contains("COMPLETED");
        assertThat(refresh.status()).as(refresh.err()).isZero();
        long posts = sandbox.library().posts("lena.bakes").size() + sandbox.library().posts("milo.trails").size();
        String theirs = " FROM posts p JOIN creators c ON c.id = p.creator_id WHERE c.handle IN ('lena.bakes', 'milo.trails')";
        assertThat(count("SELECT count(*)" + theirs)).isEqualTo(posts);
        assertThat(count("SELECT count(*) FROM post_stats_latest l JOIN posts p ON p.id = l.post_id JOIN creators c ON c.id = p.creator_id"
                + " WHERE c.handle IN ('lena.bakes', 'milo.trails')")).isEqualTo(posts);
    }

    @Test
    void trackingACreatorMarkedGoneAgainMakesItActive() throws Exception {
        assertThat(cli("track", "ivy.sketches").status()).isZero();
        try (var connection = DriverManager.getConnection(DB.url(), DB.username(), DB.password())) {
            connection.createStatement().executeUpdate("UPDATE creators SET status = 'NOT_FOUND' WHERE handle = 'ivy.sketches'");
        }

        Run again = cli("track", "ivy.sketches");

        assertThat(again.out()).contains("was NOT_FOUND, active again");
        assertThat(count("SELECT count(*) FROM creators WHERE handle = 'ivy.sketches' AND status = 'ACTIVE'")).isEqualTo(1);
    }

    @Test
    void helpIsAnsweredWhereverItIsAsked() {
        Run run = cli("demo", "--help");

        assertThat(run.status()).isZero();
        assertThat(run.out()).contains("Usage: herdbook COMMAND");
    }

    @Test
    void aBadHandleIsRefusedAndNothingIsWritten() throws Exception {
        long before = count("SELECT count(*) FROM creators");

        Run run = cli("track", "good.handle", "not a handle!");

        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("'not a handle!' is neither a handle");
        assertThat(count("SELECT count(*) FROM creators")).isEqualTo(before);
    }

    @Test
    void anOptionWithoutItsValueIsAUsageError() {
        Run run = cli("track", "lena.bakes", "--project");

        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("--project needs a value");
    }

    @Test
    void serveRefusesAnUnknownOptionInsteadOfStartingWithoutIt() {
        Run run = cli("serve", "--bogus");

        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("unknown option --bogus");
    }

    @Test
    void theJobCatalogueNamesEveryJobOfTheApplication() {
        try (var context = Node.start(false, List.of("--spring.datasource.url=" + DB.url(),
                "--spring.datasource.username=" + DB.username(), "--spring.datasource.password=" + DB.password()))) {
            assertThat(context.getBean(io.herdbook.jobs.launch.JobLaunches.class).names())
                    .containsExactlyInAnyOrderElementsOf(io.herdbook.jobs.launch.JobNames.CATALOGUE);
        }
    }

    @Test
    void anUnknownJobIsAUsageErrorNamingTheKnownOnes() {
        Run run = cli("run", "goal-evaluation-typo");

        assertThat(run.status()).isEqualTo(Cli.USAGE);
        assertThat(run.err()).contains("no job named 'goal-evaluation-typo'").contains("discovery").contains("stats-refresh");
    }
}
