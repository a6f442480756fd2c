package io.herdbook.bench.api;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** A closed-loop HTTP load of a fixed number of clients: each sends its next GET as soon as the last one answered. */
interface LoadGenerator {

    /** The trivial endpoint of the same server: its liveness probe touches neither the database nor a controller. */
    String TRIVIAL = "/actuator/health/liveness";

    /** What a load run measured: answers 200 per second, latency percentiles, and the answers that were not 200. */
    record Result(double perSecond, double p50Millis, double p99Millis, long failures) {
    }

    /**
     * Loads {@code url} for {@code time}, each request sending {@code authorization} as its {@code Authorization}
     * header (null: none, as for {@link #TRIVIAL}); any answer but 200 counts as a failure and is not a latency.
     */
    Result load(String url, String authorization, Duration time) throws Exception;

    /** What the line says produced the load: {@code wrk} or {@code java}. */
    String name();

    /** wrk where it is installed (it costs the server's machine least), else the Java generator. */
    static LoadGenerator best(int clients) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, "wrk")) && !"java".equals(System.getenv("HERDBOOK_BENCH_LOAD"))) {
                return new WrkLoad(Path.of(dir, "wrk"), clients);
            }
        }
        return new JavaLoad(clients);
    }
}
