package io.herdbook.api.limits;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herdbook.jobs.tracking.TenantStore;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The day's requests admitted from reserved blocks: two nodes (two {@link RequestPermits}, one database) hammering one
 * organisation together admit exactly its figure, blocks while they fit and single reservations at the edge, and
 * reserve one row write per block, not per request.
 */
@LimitsTestContext
class RequestPermitsIntegrationTest {

    @Autowired JdbcTemplate jdbc;
    @Autowired TenantStore tenants;
    @Autowired PlanLimits limits;
    @Autowired Clock clock;

    private long organisation;

    @BeforeEach
    void anOrganisationWithAFigureOf120() {
        jdbc.execute("TRUNCATE organisations, users CASCADE");
        organisation = tenants.ensureOrganisation("permits", "Permits");
        jdbc.update("INSERT INTO limit_overrides (organisation_id, limit_name, value) VALUES (?, 'api_requests_per_day', 120)", organisation);
    }

    @Test
    void twoNodesTogetherAdmitExactlyTheFigureAndTheNextIsRefused() throws Exception {
        List<RequestPermits> nodes = List.of(new RequestPermits(jdbc, limits, clock), new RequestPermits(jdbc, limits, clock));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> answers = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            for (int i = 0; i < 200; i++) {
                RequestPermits node = nodes.get(i % 2);
                answers.add(pool.submit(() -> {
                    start.await();
                    try {
                        node.admit(organisation);
                        return true;
                    } catch (LimitExceeded e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            long admitted = 0;
            for (Future<Boolean> answer : answers) {
                admitted += answer.get() ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(120);
        }
        assertThat(jdbc.queryForObject("SELECT used FROM usage_counters WHERE organisation_id = ?", Long.class, organisation)).isEqualTo(120);
        assertThatThrownBy(() -> nodes.get(0).admit(organisation)).isInstanceOf(LimitExceeded.class);
    }

    @Test
    void theFirstRequestReservesABlockAndTheBlocksOtherRequestsWriteNothing() {
        RequestPermits node = new RequestPermits(jdbc, limits, clock);

        node.admit(organisation);
        long afterOne = jdbc.queryForObject("SELECT used FROM usage_counters WHERE organisation_id = ?", Long.class, organisation);
        for (int i = 1; i < RequestPermits.BLOCK; i++) {
            node.admit(organisation);
        }
        long afterBlock = jdbc.queryForObject("SELECT used FROM usage_counters WHERE organisation_id = ?", Long.class, organisation);
        node.admit(organisation);

        assertThat(afterOne).isEqualTo(RequestPermits.BLOCK);
        assertThat(afterBlock).isEqualTo(RequestPermits.BLOCK);
        assertThat(jdbc.queryForObject("SELECT used FROM usage_counters WHERE organisation_id = ?", Long.class, organisation))
                .isEqualTo(2L * RequestPermits.BLOCK);
    }
}
