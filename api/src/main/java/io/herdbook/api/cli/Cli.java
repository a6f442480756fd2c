package io.herdbook.api.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;

/** Dispatches the first argument to a command and returns the process exit status. */
public final class Cli {

    /** Returned by a command that left a server running: the JVM must not exit. */
    public static final int KEEP_RUNNING = -1;
    /** Exit status of a command used wrongly. */
    public static final int USAGE = 64;

    private final PrintStream out;
    private final PrintStream err;

    public Cli(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public int run(String... args) {
        if (args.length == 0) {
            printHelp(out);
            return 0;
        }
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help") || rest.contains("-h")) {
            printHelp(out);
            return 0;
        }
        return switch (args[0]) {
            case "help", "--help", "-h" -> {
                printHelp(out);
                yield 0;
            }
            case "parse" -> new ParseCommand(out, err).run(rest);
            case "demo" -> new DemoCommand(out, err).run(rest);
            case "run" -> new RunCommand(out, err).run(rest);
            case "track" -> new TrackCommand(out, err).run(rest);
            case "serve" -> new ServeCommand(out, err).run(rest);
            case "jobs" -> new JobsCommand(out, err).run(rest);
            case "runs" -> new RunsCommand(out, err).run(rest);
            case "pause" -> PauseCommand.pause(out, err).run(rest);
            case "resume" -> PauseCommand.resume(out, err).run(rest);
            case "backfill" -> new BackfillCommand(out, err).run(rest);
            case "run-now" -> new RunNowCommand(out, err).run(rest);
            case "reparse" -> new ReparseCommand(out, err).run(rest);
            case "api-key" -> new ApiKeyCommand(out, err).run(rest);
            default -> {
                err.println("herdbook: unknown command '" + args[0] + "'");
                printHelp(err);
                yield USAGE;
            }
        };
    }

    static void printHelp(PrintStream to) {
        to.println("""
                Usage: herdbook COMMAND [OPTIONS] [--name.with.dots=value ...]

                Commands:
                  demo [--exit] [--pages DIR]  start the sandbox (serving DIR, by default ../shared/fixtures/tiktok-real,
                                               or generated pages where that is absent), register its creators, run
                                               discovery then stats-refresh, print a table with a row per creator, then
                                               serve the API on :8080 until stopped (--exit: stop after the table)
                  track HANDLE|LINK... [--organisation SLUG] [--project SLUG]
                                               register creators for the jobs to follow, by handle or by a profile,
                                               post or share link (default organisation and project: default)
                  run JOB                      run one job once for the current slot (jobs: discovery, deep-reconcile,
                                               stats-refresh, comment-sweep, health-check, anomaly-check, daily-digest,
                                               goal-evaluation, video-expiry; health-check, anomaly-check,
                                               daily-digest and video-expiry are placeholders for now)
                  run-now JOB                  queue one run of JOB for a worker (a serve node with the worker role) now,
                                               outside its schedule; unlike run, it does not run it in this process
                  jobs                         the job catalogue: each job's cron (UTC), whether it is paused, its next
                                               period and its last run
                  runs JOB [--limit N] [--before INSTANT]
                                               JOB's runs in the ledger, newest period first (default 20; --before: only
                                               periods before INSTANT, e.g. 2026-12-01T10:00:00Z)
                  pause JOB, resume JOB        stop or restart JOB's schedule on every node; periods it was paused for
                                               are not run afterwards (backfill them if they should be)
                  backfill JOB FROM [TO] [--force]
                                               queue JOB's past periods in FROM..TO for the workers, each once (FROM, TO:
                                               2026-12-01T10:00:00Z, or 2026-12-01 for that whole UTC day; TO defaults
                                               to FROM); a completed period is refused unless --force, which runs it
                                               again as a new revision; exits 1 if any period was refused
                  serve [--roles api,scheduler,worker]
                                               run as a node until stopped, doing what its roles say (default: all three):
                                               api = REST API on :8080 and the JobRunr dashboard on :8000 (password
                                               protected), scheduler = Quartz cluster member, worker = JobRunr worker
                  parse FILE                   print what a saved page, API body or curl -i capture means, as JSON
                  reparse [--job JOB] [--from INSTANT] [--to INSTANT]
                                               derive posts and stats snapshots again from the raw archive (what
                                               discovery, deep-reconcile and stats-refresh fetched; --job one of them)
                                               with this build's parser, without
                                               fetching: missing ones are written, wrong counts corrected; prints a summary
                  api-key --email EMAIL [--organisation SLUG] [--scopes read,write,admin] [--name NAME] [--platform-admin]
                                               issue an API key on the server (the first one, before any exists): the
                                               organisation (default: default) and the person are made when missing, the
                                               person owns it; the secret is printed once (--platform-admin: the person
                                               may also use plan, limit and job controls)
                  help                         this text

                Settings (as --name=value, environment variables or application properties):
                  spring.datasource.url        PostgreSQL to use; without it an embedded PostgreSQL starts
                                               with its data in herdbook.database.embedded.data-dir (.herdbook/postgres)
                  herdbook.platform.base-url   the platform (default https://www.tiktok.com; the demo uses its sandbox)
                  herdbook.roles               what serve runs: api, scheduler, worker (default all three; same as --roles)
                  herdbook.node.name           this node's name in logs and the run ledger (default host-pid)
                  herdbook.dashboard.port      the JobRunr dashboard's port on api nodes (default 8000)
                  herdbook.dashboard.username, herdbook.dashboard.password
                                               its login (default user operator; no password set: one is generated
                                               at start and printed once in the log)
                """);
    }
}
