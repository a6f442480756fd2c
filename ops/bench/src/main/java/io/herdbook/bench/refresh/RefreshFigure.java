package io.herdbook.bench.refresh;

import io.herdbook.bench.BenchContext;
import io.herdbook.bench.BenchOptions;
import io.herdbook.bench.Figure;
import io.herdbook.bench.FigureLine;
import io.herdbook.bench.env.ProcessCpu;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;

/**
 * P3, end to end: {@code stats-refresh} fetching, parsing and writing every tracked post from the sandbox,
 * against {@link FetchOnlyBaseline} fetching the same pages. Three sizes, so a cost per post that grows
 * with the work shows: {@code P3} (100,000 posts), {@code P3-small} (10,000) and {@code P3-large}
 * (1,000,000, one round). Each line carries the CPU time per post of both sides (this JVM only:
 * PostgreSQL and the sandbox run in processes of their own) and their ratio.
 * Goal: rate ≥ 0.5 × the fetch-only rate, CPU per post ≤ 2 × the fetch-only CPU per post.
 */
public final class RefreshFigure implements Figure {

    private static final String JOB = "stats-refresh";
    private static final String SIZES_PROPERTY = "herdbook.bench.p3-sizes";

    private Instant lastSlot = Instant.EPOCH;

    @Override
    public String name() {
        return "P3";
    }

    private record Size(String line, int posts, int rounds) {
    }

    @Override
    public List<FigureLine> measure(BenchContext context) throws Exception {
        BenchOptions options = context.options();
        int[] posts = postCounts(options);
        List<Size> sizes = List.of(
                new Size("P3-small", posts[0], options.rounds()),
                new Size("P3", posts[1], Math.min(options.rounds(), 3)),
                new Size("P3-large", posts[2], 1));
        FixturePosts pages = FixturePosts.read(context.fixtures());
        TrackedPostsSeed seed = new TrackedPostsSeed(context.database().dataSource(), pages);
        String sandbox = context.sandbox().baseUrl();
        FetchOnlyBaseline baseline = new FetchOnlyBaseline(sandbox);
        List<FigureLine> lines = new ArrayList<>();
        try (JobsContext jobs = JobsContext.start(context.database().jdbcUrl(), sandbox)) {
            boolean warm = false;
            for (Size size : sizes) {
                List<String> paths = seed.seed(size.posts());
                if (!warm) {
                    refreshRound(jobs, seed, size.posts());
                    fetchRound(baseline, paths);
                    warm = true;
                }
                double[] rates = new double[size.rounds()];
                double[] baselines = new double[size.rounds()];
                double[] cpu = new double[size.rounds()];
                double[] baselineCpu = new double[size.rounds()];
                for (int round = 0; round < size.rounds(); round++) {
                    Round refreshed = refreshRound(jobs, seed, size.posts());
                    Round fetched = fetchRound(baseline, paths);
                    rates[round] = refreshed.rate();
                    baselines[round] = fetched.rate();
                    cpu[round] = refreshed.cpuMicrosPerPost();
                    baselineCpu[round] = fetched.cpuMicrosPerPost();
                }
                lines.add(new FigureLine(size.line(), "posts/s", rates, baselines, extras(size, pages, cpu, baselineCpu)));
            }
        } finally {
            seed.clear();
        }
        return lines;
    }

    /** The three sizes; {@code -Dherdbook.bench.p3-sizes=small,main,large} replaces them (for profiling at a size in between). */
    private static int[] postCounts(BenchOptions options) {
        String override = System.getProperty(SIZES_PROPERTY);
        if (override == null) {
            return new int[] {options.size(10_000, 200), options.size(100_000, 1_000), options.size(1_000_000, 2_000)};
        }
        int[] posts = Arrays.stream(override.split(",")).mapToInt(size -> Integer.parseInt(size.trim())).toArray();
        if (posts.length != 3) {
            throw new IllegalArgumentException(SIZES_PROPERTY + " needs three sizes: small,main,large");
        }
        return posts;
    }

    /** One measured pass: posts per second and this JVM's CPU microseconds per post. */
    private record Round(double rate, double cpuMicrosPerPost) {

        static Round of(int posts, long wallNanos, long cpuNanos) {
            return new Round(posts / (wallNanos / 1e9), cpuNanos / 1e3 / posts);
        }
    }

    private Round refreshRound(JobsContext jobs, TrackedPostsSeed seed, int posts) throws Exception {
        Instant slot = nextSlot();
        long cpu = ProcessCpu.nanos();
        long start = System.nanoTime();
        JobExecution execution = jobs.launches().run(JOB, slot);
        long wall = System.nanoTime() - start;
        long used = ProcessCpu.nanos() - cpu;
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            throw new IllegalStateException(JOB + " for " + slot + " ended " + execution.getStatus() + ": " + execution.getAllFailureExceptions());
        }
        long written = seed.snapshotsAt(slot);
        if (written != posts) {
            // A refresh that wrote fewer snapshots than posts measured failures, not work.
            throw new IllegalStateException(JOB + " for " + slot + " wrote " + written + " snapshots for " + posts + " posts");
        }
        return Round.of(posts, wall, used);
    }

    private static Round fetchRound(FetchOnlyBaseline baseline, List<String> paths) throws InterruptedException {
        long cpu = ProcessCpu.nanos();
        long start = System.nanoTime();
        long ok = baseline.fetchAll(paths);
        long wall = System.nanoTime() - start;
        long used = ProcessCpu.nanos() - cpu;
        if (ok != paths.size()) {
            throw new IllegalStateException("the fetch-only baseline got " + ok + " answers 200 for " + paths.size() + " pages");
        }
        return Round.of(paths.size(), wall, used);
    }

    /** Each run needs a slot of its own: a completed slot is, rightly, never run again. */
    private Instant nextSlot() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        lastSlot = now.isAfter(lastSlot) ? now : lastSlot.plusSeconds(1);
        return lastSlot;
    }

    private static Map<String, String> extras(Size size, FixturePosts pages, double[] cpu, double[] baselineCpu) {
        double herdbook = FigureLine.median(cpu);
        double fetchOnly = FigureLine.median(baselineCpu);
        Map<String, String> extras = new LinkedHashMap<>();
        extras.put("posts", Integer.toString(size.posts()));
        extras.put("page_kb", Long.toString(pages.meanBytes() / 1024));
        extras.put("cpu_us_per_post", String.format(Locale.ROOT, "%.0f", herdbook));
        extras.put("baseline_cpu_us_per_post", String.format(Locale.ROOT, "%.0f", fetchOnly));
        extras.put("cpu_ratio", String.format(Locale.ROOT, "%.2f", herdbook / fetchOnly));
        return extras;
    }

}
