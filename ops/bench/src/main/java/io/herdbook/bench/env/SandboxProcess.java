package io.herdbook.bench.env;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * {@code ops/sandbox} in a JVM of its own, serving the real captures. A separate process keeps its CPU out
 * of the figures' CPU-per-post readings, as the real platform's would be.
 */
public final class SandboxProcess implements AutoCloseable {

    private final Process process;
    private final String baseUrl;

    private SandboxProcess(Process process, String baseUrl) {
        this.process = process;
        this.baseUrl = baseUrl;
    }

    /** Starts the sandbox over {@code pages} on a free port and waits until it says where it listens. */
    public static SandboxProcess start(Path pages) throws IOException {
        int port = BenchDatabase.freePort();
        // The JDK's HTTP server closes idle connections beyond 200; P3's refresh keeps up to 200 open and the
        // baseline 64 more, so the server would close connections the clients are about to reuse, failing fetches.
        List<String> command = new ArrayList<>(List.of(javaBinary(), "-Dsun.net.httpserver.maxIdleConnections=2000",
                "-cp", System.getProperty("java.class.path"),
                "io.herdbook.sandbox.SandboxMain", "--pages", pages.toString(), "--port", Integer.toString(port)));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith("Sandbox at ")) {
                String url = line.substring("Sandbox at ".length()).split(" ")[0];
                drain(out);
                return new SandboxProcess(process, url);
            }
        }
        throw new IOException("the sandbox ended before it listened (exit " + process.exitValue() + ")");
    }

    public String baseUrl() {
        return baseUrl;
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }

    /** The java of the running JVM, so child processes run on the same JDK. */
    static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Keeps reading a child's output so it never blocks on a full pipe. */
    static void drain(BufferedReader out) {
        Thread.ofVirtual().start(() -> {
            try {
                while (out.readLine() != null) {
                    // discarded: the sandbox logs one line per fault only
                }
            } catch (IOException e) {
                // the child ended
            }
        });
    }

}
