package io.herdbook.api.cli;

import io.herdbook.api.access.IssuedKey;
import io.herdbook.api.demo.CreatorTable;
import io.herdbook.api.demo.DemoRun;
import io.herdbook.sandbox.Sandbox;
import io.herdbook.sandbox.SandboxSettings;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import io.herdbook.scheduler.ledger.Run;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code herdbook demo [--exit] [--pages DIR]}: the sandbox in-process, the creators it serves, one
 * discovery and one stats-refresh run, and a table; then a full node until stopped, unless {@code --exit}.
 */
final class DemoCommand {

    /** Where the demo keeps its embedded database, apart from the one {@code track}, {@code run} and {@code serve} use. */
    static final String DEMO_DATA_DIR = ".herdbook/demo-postgres";

    private final PrintStream out;
    private final PrintStream err;

    DemoCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    int run(List<String> args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("herdbook demo: " + e.getMessage());
            err.println("Usage: herdbook demo [--exit] [--pages DIR] [--name=value ...]");
            return Cli.USAGE;
        }
        if (options.pagesNamed() && !Files.isDirectory(options.pages())) {
            // Only the default folder may be absent (a user's fresh clone): a folder someone named must exist.
            err.println("herdbook demo: --pages " + options.pages() + " is not a folder");
            return Cli.USAGE;
        }
        Sandbox sandbox = Sandbox.start(SandboxSettings.defaults().withPages(options.pages()).withPort(0));
        if (options.pagesNamed() && sandbox.library().isGenerated()) {
            sandbox.close();
            err.println("herdbook demo: --pages " + options.pages() + " holds no captured pages");
            return Cli.USAGE;
        }
        out.println("Sandbox: " + sandbox.baseUrl() + " serving "
                + (sandbox.library().isGenerated() ? "generated pages (no captures at " + options.pages().toAbsolutePath().normalize() + ")"
                : "captured pages from " + options.pages().toAbsolutePath().normalize()));
        List<String> properties = new ArrayList<>(options.properties());
        properties.add(0, "--herdbook.platform.base-url=" + sandbox.baseUrl());
        ConfigurableApplicationContext context = null;
        try {
            // The demo's world is the sandbox: its embedded database is its own, so that running the demo never
            // touches creators tracked for real (their discovery against the sandbox would find them "not found").
            // Its captures are old posts, which the real refresh cadence would fetch every few days only; the demo
            // refreshes every post on every run, so each run shows a new snapshot per post.
            context = Node.start(!options.exit(), properties, Map.of("herdbook.database.embedded.data-dir", DEMO_DATA_DIR,
                    "herdbook.refresh.cadence.video[0].interval", "1s", "herdbook.refresh.cadence.photo[0].interval", "1s"));
            DemoRun.Result result = context.getBean(DemoRun.class).run(sandbox.library().creators().keySet());
            for (Run run : result.runs()) {
                out.println(run.jobName() + " for slot " + result.slot() + ": " + run.status());
            }
            out.println();
            out.print(CreatorTable.render(result.creators()));
            IssuedKey key = context.getBean(DemoRun.class).demoKey();
            out.println();
            out.println("API key for the demo organisation (read, write, admin; shown only now): " + key.secret());
            if (options.exit()) {
                return result.succeeded() ? 0 : 1;
            }
            out.println();
            out.println("Herdbook is running: http://localhost:" + context.getEnvironment().getProperty("local.server.port", "8080")
                    + "/api/v1/creators  (Ctrl-C to stop)");
            out.println("  curl -H 'Authorization: Bearer " + key.secret() + "' http://localhost:"
                    + context.getEnvironment().getProperty("local.server.port", "8080") + "/api/v1/creators");
            Runtime.getRuntime().addShutdownHook(new Thread(sandbox::close, "sandbox-stop"));
            return Cli.KEEP_RUNNING;
        } catch (Exception e) {
            err.println("herdbook demo: " + Failures.reason(e));
            return 1;
        } finally {
            if (options.exit()) {
                if (context != null) {
                    context.close();
                }
                sandbox.close();
            }
        }
    }

    /** The demo's own options; {@code --name.with.dots=value} settings go on to Spring. */
    record Options(boolean exit, Path pages, boolean pagesNamed, List<String> properties) {

        static Options parse(List<String> args) {
            Arguments arguments = Arguments.parse(args, Set.of("pages"), Set.of("exit"));
            if (!arguments.positional().isEmpty()) {
                throw new IllegalArgumentException("unexpected argument " + arguments.positional().getFirst());
            }
            Optional<String> pages = arguments.option("pages");
            return new Options(arguments.has("exit"), pages.map(Path::of).orElse(SandboxSettings.DEFAULT_PAGES), pages.isPresent(),
                    arguments.properties());
        }
    }
}
