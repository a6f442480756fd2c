package io.herdbook.api.cluster;

import io.herdbook.api.HerdbookApplication;
import io.herdbook.jobs.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * A Herdbook node in a process of its own ({@code herdbook serve}), on the test's database: what an
 * operator runs on each machine of a cluster. Separate processes, not contexts in one JVM, because
 * Quartz registers a clustered scheduler's connections JVM-wide under the scheduler's name, so
 * members in one JVM would share them; and because a real {@code kill -9} needs a process.
 * The node's console goes to {@code target/cluster-nodes/<name>.log}.
 */
final class NodeProcess implements AutoCloseable {

    private final String name;
    private final Process process;
    private final Path log;

    private NodeProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code herdbook serve --roles ROLES} as node {@code name} on {@code database}, with the
     * test JVM's own JDK and class path.
     */
    static NodeProcess start(String name, String roles, TestDatabase.Connection database, List<String> settings) throws IOException {
        Path log = Path.of("target", "cluster-nodes", name + ".log");
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx384m", "-XX:TieredStopAtLevel=1",
                "-cp", System.getProperty("java.class.path"),
                HerdbookApplication.class.getName(), "serve", "--roles", roles,
                "--herdbook.node.name=" + name,
                "--spring.datasource.url=" + database.url(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(),
                "--logging.level.io.herdbook=INFO",
                "--logging.level.org.jobrunr=WARN"));
        command.addAll(settings);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new NodeProcess(name, process, log);
    }

    String name() {
        return name;
    }

    /** What the node printed so far. */
    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /** SIGKILL: the node gets no chance to clean up, as when a machine dies. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(20), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** Waits for {@code condition}, failing with {@code what} and the nodes' output at the deadline. */
    static void await(String what, Duration timeout, BooleanSupplier condition, List<NodeProcess> nodes) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            for (NodeProcess node : nodes) {
                if (!node.isAlive() && node.process.exitValue() != 137 && node.process.exitValue() != 143) {
                    throw new AssertionError("node " + node.name + " exited with " + node.process.exitValue() + " while waiting for " + what
                            + ":\n" + node.output());
                }
            }
            if (Instant.now().isAfter(deadline)) {
                StringBuilder output = new StringBuilder();
                nodes.forEach(node -> output.append("\n--- ").append(node.name).append(" ---\n").append(tail(node.output())));
                throw new AssertionError("timed out after " + timeout + " waiting for " + what + output);
            }
            Thread.sleep(250);
        }
    }

    private static String tail(String text) {
        return text.length() <= 6000 ? text : text.substring(text.length() - 6000);
    }
}
