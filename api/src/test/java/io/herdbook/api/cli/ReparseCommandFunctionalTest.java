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

/** {@code herdbook reparse} as an operator runs it after {@code track} and {@code run}, on a database of its own. */
class ReparseCommandFunctionalTest {

    private static final TestDatabase.Connection DB = TestDatabase.database("cli_reparse");
    private static Sandbox sandbox;

    @BeforeAll
    static void startSandbox() {
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

    private static void execute(String sql) throws Exception {
        try (var connection = DriverManager.getConnection(DB.url(), DB.username(), DB.password())) {
            connection.createStatement().executeUpdate(sql);
        }
    }

    @Test
    void reparseWritesBackTheSnapshotsLostSincePrintsWhatItDidAndASecondOneChangesNothing() throws Exception {
        assertThat(cli("track", "milo.trails").status()).isZero();
        assertThat(cli("run", "discovery").status()).isZero();
        assertThat(cli("run", "stats-refresh").status()).isZero();
        long posts = sandbox.library().posts("milo.trails").size();
        long payloads = count("SELECT count(*) FROM raw_payloads");
        assertThat(count("SELECT count(*) FROM raw_payloads WHERE job_name = 'stats-refresh'")).isEqualTo(posts);
        execute("DELETE FROM post_stats_latest");
        execute("DELETE FROM post_stats_snapshots");

        Run first = cli("reparse");
        Run second = cli("reparse", "--job", "stats-refresh", "--from", "2000-01-01", "--to", "2099-12-31T00:00:00Z");

        assertThat(first.status()).as(first.err()).isZero();
        assertThat(first.out()).contains(
                "reparse: " + payloads + " archived payloads read\n",
                "  posts added:          0\n",
                "  snapshots written:    " + posts + " (missing before)\n",
                "  snapshots changed:    0\n",
                "  snapshots unchanged:  0\n",
                "  not data now:        0 (private or gone accounts, refusals; 0 of them were data when fetched: a parser regression)\n",
                "  nothing to apply:     0 ");
        assertThat(count("SELECT count(*) FROM post_stats_snapshots")).isEqualTo(posts);
        assertThat(count("SELECT count(*) FROM post_stats_latest")).isEqualTo(posts);
        assertThat(second.status()).as(second.err()).isZero();
        assertThat(second.out()).contains(
                "reparse: " + posts + " archived payloads read\n",
                "  snapshots written:    0 (missing before)\n",
                "  snapshots changed:    0\n",
                "  snapshots unchanged:  " + posts + "\n");
    }

    @Test
    void aJobThatKeepsNoPayloadsOrABackwardRangeIsAUsageError() {
        Run job = cli("reparse", "--job", "goal-evaluation");
        Run range = cli("reparse", "--from", "2026-12-02", "--to", "2026-12-01");
        Run instant = cli("reparse", "--from", "yesterday");

        assertThat(job.status()).isEqualTo(Cli.USAGE);
        assertThat(job.err()).contains("--job must be one of the jobs that archive what they fetch: discovery, deep-reconcile, stats-refresh");
        assertThat(range.status()).isEqualTo(Cli.USAGE);
        assertThat(range.err()).contains("--from 2026-12-02T00:00:00Z is after --to 2026-12-01T23:59:59.999999Z");
        assertThat(instant.status()).isEqualTo(Cli.USAGE);
        assertThat(instant.err()).contains("--from must be an ISO instant");
    }

    @Test
    void helpListsReparse() {
        Run help = cli("help");

        assertThat(help.status()).isZero();
        assertThat(help.out()).contains("reparse [--job JOB] [--from INSTANT] [--to INSTANT]");
    }
}
