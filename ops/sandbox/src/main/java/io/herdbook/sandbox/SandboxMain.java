package io.herdbook.sandbox;

import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the sandbox from the command line until interrupted:
 * {@code SandboxMain [--pages DIR] [--port N] [--scenario FILE]}.
 */
public final class SandboxMain {

    private SandboxMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        SandboxSettings settings;
        try {
            settings = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println("usage: SandboxMain [--pages DIR] [--port N] [--scenario FILE]");
            System.exit(2);
            return;
        }
        Sandbox sandbox = Sandbox.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sandbox.close();
            stopped.countDown();
        }));
        CaptureLibrary library = sandbox.library();
        System.out.println("Sandbox at " + sandbox.baseUrl() + " serving "
                + library.source().map(p -> "captures from " + p.toAbsolutePath().normalize()).orElse("generated pages (no capture folder at " + settings.pages() + ")"));
        library.creators().forEach((handle, creator) ->
                System.out.println("  " + sandbox.baseUrl() + "/@" + handle + "  (" + library.posts(handle).size() + " posts)"));
        stopped.await();
    }

    /** Reads the flags; an unknown flag or a missing value is an {@link IllegalArgumentException}. */
    static SandboxSettings parse(String[] args) {
        SandboxSettings settings = SandboxSettings.defaults();
        for (int i = 0; i < args.length; i += 2) {
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException("missing value after " + args[i]);
            }
            String value = args[i + 1];
            settings = switch (args[i]) {
                case "--pages" -> settings.withPages(Path.of(value));
                case "--port" -> settings.withPort(port(value));
                case "--scenario" -> settings.withScenario(Path.of(value));
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            };
        }
        return settings;
    }

    private static int port(String value) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port needs a number, got " + value, e);
        }
    }
}
