package io.herdbook.bench.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** wrk 4.1's {@code --latency} report, as Debian's package prints it. */
class WrkLoadTest {

    private static final String REPORT = """
            Running 10s test @ http://127.0.0.1:18080/actuator/health/liveness
              2 threads and 100 connections
              Thread Stats   Avg      Stdev     Max   +/- Stdev
                Latency    19.80ms   20.13ms 284.96ms   88.94%
                Req/Sec     4.05k     2.52k   11.35k    77.50%
              Latency Distribution
                 50%  850.00us
                 75%   21.31ms
                 90%   40.01ms
                 99%    1.20s
              80754 requests in 10.04s, 13.02MB read
              Socket errors: connect 0, read 2, write 0, timeout 3
              Non-2xx or 3xx responses: 7
            Requests/sec:   8045.73
            Transfer/sec:      1.30MB
            """;

    @Test
    void readsTheRateThePercentilesInEveryUnitAndCountsErrorsAsFailures() {
        LoadGenerator.Result result = WrkLoad.parse(REPORT);

        assertThat(result.perSecond()).isEqualTo(8045.73);
        assertThat(result.p50Millis()).isEqualTo(0.85);
        assertThat(result.p99Millis()).isEqualTo(1200.0);
        assertThat(result.failures()).isEqualTo(12);
    }

    @Test
    void aReportWithoutItsDistributionIsAnErrorNotAZero() {
        assertThatThrownBy(() -> WrkLoad.parse("unable to connect to 127.0.0.1:1 Connection refused"))
                .hasMessageContaining("no latency distribution");
    }
}
