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
            case "serve" -> new ServeCommand(err).run(rest);
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
                  run JOB                      run one job once for the current slot (jobs: discovery, stats-refresh)
                  serve                        run as a node (API on :8080) until stopped
                  parse FILE                   print what a saved page, API body or curl -i capture means, as JSON
                  help                         this text

                Settings (as --name=value, environment variables or application properties):
                  spring.datasource.url        PostgreSQL to use; without it an embedded PostgreSQL starts
                                               with its data in herdbook.database.embedded.data-dir (.herdbook/postgres)
                  herdbook.platform.base-url   the platform (default https://www.tiktok.com; the demo uses its sandbox)
                  herdbook.api.organisation    the organisation the API serves (default: default)
                """);
    }
}
