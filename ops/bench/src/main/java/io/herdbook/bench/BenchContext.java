package io.herdbook.bench;

import io.herdbook.bench.env.BenchDatabase;
import io.herdbook.bench.env.SandboxProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * What every figure may use: the options, the repository's folders, and a database and a sandbox that are
 * started on first use and shared by the figures of one run (each figure leaves the tables as it found them).
 */
public final class BenchContext implements AutoCloseable {

    private final BenchOptions options;
    private final Path root;
    private BenchDatabase database;
    private SandboxProcess sandbox;

    BenchContext(BenchOptions options, Path root) {
        this.options = options;
        this.root = root;
    }

    public BenchOptions options() {
        return options;
    }

    /** The repository's root folder. */
    public Path root() {
        return root;
    }

    /** The real captures beside the checkout, which every figure reads. */
    public Path fixtures() {
        Path fixtures = root.resolve("../shared/fixtures/tiktok-real").normalize();
        if (!Files.isDirectory(fixtures)) {
            throw new IllegalStateException("the real captures are missing at " + fixtures + "; the figures are measured on them");
        }
        return fixtures;
    }

    /** Where figures keep scratch files: {@code ops/bench/target}. */
    public Path work() {
        return root.resolve("ops/bench/target");
    }

    /** The executable jar the README's commands run, built by {@code ops/bench/run}. */
    public Path herdbookJar() {
        return root.resolve("api/target/herdbook.jar");
    }

    public synchronized BenchDatabase database() throws IOException {
        if (database == null) {
            database = BenchDatabase.start(work().resolve("bench-postgres"));
        }
        return database;
    }

    public synchronized SandboxProcess sandbox() throws IOException {
        if (sandbox == null) {
            sandbox = SandboxProcess.start(fixtures());
        }
        return sandbox;
    }

    @Override
    public void close() throws Exception {
        if (sandbox != null) {
            sandbox.close();
        }
        if (database != null) {
            database.close();
        }
    }
}
