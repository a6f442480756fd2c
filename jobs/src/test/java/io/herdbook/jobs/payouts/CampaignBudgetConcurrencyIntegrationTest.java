package io.herdbook.jobs.payouts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.herdbook.jobs.goals.EvaluatedPeriods;
import io.herdbook.jobs.goals.Period;
import io.herdbook.jobs.goals.PeriodKind;
import io.herdbook.jobs.goals.PeriodPosts;
import io.herdbook.jobs.payouts.accrual.AccrualWriter;
import io.herdbook.jobs.payouts.accrual.LineCalculator;
import io.herdbook.jobs.payouts.accrual.PayoutUnit;
import io.herdbook.jobs.payouts.accrual.Terms;
import io.herdbook.jobs.payouts.accrual.TermsStore;
import io.herdbook.jobs.testing.MigratedDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two payout units of one campaign (a weekly and a monthly structure) written at the same moment by two nodes: the
 * campaign's row lock makes the second wait for the first's commit and fund only what is left, so the campaign never
 * pays more than its budget. Without the lock both would see nothing spent and fund 40.00 each.
 */
class CampaignBudgetConcurrencyIntegrationTest {

    private final JdbcTemplate jdbc = MigratedDatabase.named("campaign_budget_concurrency");
    private final TransactionTemplate tx = new TransactionTemplate(new DataSourceTransactionManager(jdbc.getDataSource()));
    private final TermsStore structures = new TermsStore(jdbc);
    private final LineCalculator calculator = new LineCalculator(structures, new PeriodPosts(jdbc), jdbc);
    private final AccrualWriter writer = new AccrualWriter(jdbc, new EvaluatedPeriods(jdbc), Clock.fixed(Instant.parse("2026-06-10T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void twoNodesFundingOneCampaignAtOnceNeverSpendMoreThanItsBudget() throws Exception {
        long organisation = jdbc.queryForObject("INSERT INTO organisations (slug, name) VALUES ('budget-race', 'r') RETURNING id", Long.class);
        long project = jdbc.queryForObject("INSERT INTO projects (organisation_id, slug, name) VALUES (?, 'p', 'p') RETURNING id", Long.class, organisation);
        long creator = jdbc.queryForObject("INSERT INTO creators (organisation_id, project_id, handle) VALUES (?, ?, 'c') RETURNING id",
                Long.class, organisation, project);
        long campaign = jdbc.queryForObject("INSERT INTO campaigns (organisation_id, project_id, name, budget) VALUES (?, ?, 'race', 50.00) RETURNING id",
                Long.class, organisation, project);
        jdbc.update("INSERT INTO campaign_creators VALUES (?, ?, ?)", organisation, campaign, creator);
        // One post on Monday 2026-05-04 with 40,000 views: 40.00 at 1.00 CPM under each structure.
        long post = jdbc.queryForObject("""
                INSERT INTO posts (organisation_id, creator_id, platform_post_id, kind, url, posted_at, first_seen_at)
                VALUES (?, ?, '7500000000000000001', 'VIDEO', 'u', '2026-05-04T12:00Z', '2026-05-04T12:00Z') RETURNING id""",
                Long.class, organisation, creator);
        jdbc.update("""
                INSERT INTO post_stats_snapshots (organisation_id, post_id, observed_at, fetched_at, views, likes, comments, shares, exact_counts)
                VALUES (?, ?, '2026-05-05T00:00Z', '2026-05-05T00:00Z', 40000, 0, 0, 0, true)""", organisation, post);
        long weekly = structure(organisation, project, campaign, "WEEKLY", "2026-05-04");
        long monthly = structure(organisation, project, campaign, "MONTHLY", "2026-05-01");

        PayoutUnit week = unit(organisation, weekly, campaign, PeriodKind.WEEKLY, "2026-05-04");
        PayoutUnit month = unit(organisation, monthly, campaign, PeriodKind.MONTHLY, "2026-05-01");
        CountDownLatch firstWrote = new CountDownLatch(1);
        // Two threads of our own: the common pool may have a single thread on a 2-core machine, which would run the
        // second writer only after the first, and prove nothing.
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        CompletableFuture<Void> first = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status -> {
            writer.write(Chunk.of(calculator.process(week)));
            firstWrote.countDown();
            sleep(700);   // holds the campaign's lock, its lines not yet committed
        }), nodes);
        assertThat(firstWrote.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Void> second = CompletableFuture.runAsync(() -> tx.executeWithoutResult(status ->
                writer.write(Chunk.of(calculator.process(month)))), nodes);
        CompletableFuture.allOf(first, second).get(60, TimeUnit.SECONDS);
        nodes.shutdown();

        assertThat(jdbc.queryForList("SELECT structure_id, amount, unfunded_amount FROM payout_accruals ORDER BY id"))
                .extracting(r -> r.get("structure_id"), r -> r.get("amount"), r -> r.get("unfunded_amount"))
                .containsExactly(tuple(weekly, new BigDecimal("40.00"), new BigDecimal("0.00")),
                        tuple(monthly, new BigDecimal("10.00"), new BigDecimal("30.00")));
    }

    private long structure(long organisation, long project, long campaign, String period, String startsOn) {
        return jdbc.queryForObject("""
                INSERT INTO payout_structures (organisation_id, project_id, campaign_id, name, kind, period, starts_on, cpm_rate)
                VALUES (?, ?, ?, ?, 'CPM', ?, ?, 1.00) RETURNING id""", Long.class, organisation, project, campaign, period, period,
                LocalDate.parse(startsOn));
    }

    private PayoutUnit unit(long organisation, long structure, long campaign, PeriodKind kind, String start) {
        Terms terms = structures.find(organisation, structure).orElseThrow();
        return new PayoutUnit(campaign, List.of(terms), new Period(kind, LocalDate.parse(start), ZoneOffset.UTC));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
