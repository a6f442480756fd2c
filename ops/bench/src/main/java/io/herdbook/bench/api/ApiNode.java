package io.herdbook.bench.api;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The executable jar as an operator runs it, {@code serve --roles api}, over the bench's database: the server
 * P5 loads. A process of its own, so the load generator's CPU and heap are not the server's.
 */
final class ApiNode implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(120);

    private final Process process;
    private final String baseUrl;

    private ApiNode(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts the node and waits until its liveness probe answers. */
    static ApiNode start(Path jar, String jdbcUrl, Path log) throws IOException, InterruptedException {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("no " + jar + ": ops/bench/run builds it");
        }
        int port = freePort();
        List<String> command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "serve", "--roles", "api",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
                "--server.port=" + port, "--herdbook.dashboard.port=" + freePort(), "--herdbook.dashboard.password=bench",
                "--herdbook.node.name=bench-api", "--logging.level.root=WARN"));
        // HERDBOOK_BENCH_NODE_ARGS adds settings to the node, e.g. --herdbook.api.virtual-threads=false for the "before" figure.
        String extra = System.getenv().getOrDefault("HERDBOOK_BENCH_NODE_ARGS", "").trim();
        if (!extra.isEmpty()) {
            command.addAll(List.of(extra.split("\\s+")));
        }
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        ApiNode node = new ApiNode(process, "http://127.0.0.1:" + port);
        node.awaitLive(log);
        return node;
    }

    /**
     * A key for the bench's client, from the jar's own {@code api-key} command on the bench's database, as an operator
     * gets one: every scope, in the organisation {@code default} that {@link PolledData} seeds, held by a platform admin
     * (run-now needs one). Returns the {@code Authorization} header value.
     */
    static String issueKey(Path jar, String jdbcUrl, Path log) throws IOException, InterruptedException {
        List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", jar.toString(),
                "api-key", "--email", "bench@herdbook.local", "--organisation", "default", "--platform-admin",
                "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres", "--logging.level.root=WARN");
        Files.createDirectories(log.getParent());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("herdbook api-key did not end within " + START_TIMEOUT + "; its log is " + log);
        }
        String key = Files.readAllLines(log).stream().map(String::strip).filter(line -> line.startsWith("hbk_")).findFirst()
                .orElseThrow(() -> new IllegalStateException("herdbook api-key printed no key (exit " + process.exitValue() + "); its log is " + log));
        return "Bearer " + key;
    }

    String baseUrl() {
        return baseUrl;
    }

    private void awaitLive(Path log) throws InterruptedException, IOException {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the API node ended with " + process.exitValue() + "; its log is " + log);
            }
            try {
                HttpRequest probe = HttpRequest.newBuilder(URI.create(baseUrl + LoadGenerator.TRIVIAL)).timeout(Duration.ofSeconds(2)).build();
                if (client.send(probe, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        close();
        throw new IllegalStateException("the API node did not answer within " + START_TIMEOUT + "; its log is " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
