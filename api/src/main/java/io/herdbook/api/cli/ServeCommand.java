package io.herdbook.api.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Set;

/** {@code herdbook serve}: runs as a node (API on :8080) until stopped. */
final class ServeCommand {

    private final PrintStream err;

    ServeCommand(PrintStream err) {
        this.err = err;
    }

    int run(List<String> args) {
        try {
            Arguments arguments = Arguments.parse(args, Set.of(), Set.of());
            if (!arguments.positional().isEmpty()) {
                throw new IllegalArgumentException("serve takes no arguments but --name=value settings");
            }
            Node.start(true, arguments.properties());
            return Cli.KEEP_RUNNING;
        } catch (IllegalArgumentException e) {
            err.println("herdbook serve: " + e.getMessage());
            err.println("Usage: herdbook serve [--name=value ...]");
            return Cli.USAGE;
        } catch (RuntimeException e) {
            err.println("herdbook serve: " + Failures.reason(e));
            return 1;
        }
    }
}
