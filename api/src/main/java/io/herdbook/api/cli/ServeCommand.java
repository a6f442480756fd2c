package io.herdbook.api.cli;

import java.io.PrintStream;
import java.util.List;

/** {@code herdbook serve}: runs as a node (API on :8080) until stopped. */
final class ServeCommand {

    private final PrintStream err;

    ServeCommand(PrintStream err) {
        this.err = err;
    }

    int run(List<String> args) {
        try {
            Node.start(true, Node.properties(args));
            return Cli.KEEP_RUNNING;
        } catch (RuntimeException e) {
            err.println("herdbook serve: " + e.getMessage());
            return 1;
        }
    }
}
