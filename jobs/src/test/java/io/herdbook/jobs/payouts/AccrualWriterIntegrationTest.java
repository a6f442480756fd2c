package io.herdbook.jobs.payouts;

import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.jobs.goals.EvaluatedPeriods;
import io.herdbook.jobs.goals.Period;
import io.herdbook.jobs.goals.PeriodKind;
import io.herdbook.jobs.goals.PeriodPosts;
import io.herdbook.jobs.payouts.accrual.AccrualWriter;
import io.herdbook.jobs.payouts.accrual.LineCalculator;
import io.herdbook.jobs.payouts.accrual.PayoutUnit;
import io.herdbook.jobs.payouts.accrual.TermsStore;
import io.herdbook.jobs.payouts.accrual.UnitLines;
import io.herdbook.jobs.testing.MigratedDatabase;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.jdbc.core.JdbcTemplate;

/** A structure whose terms change between computing its lines and writing them: nothing written, recomputed next run. */
class AccrualWriterIntegrationTest {

    private final JdbcTemplate jdbc = MigratedDatabase.named("accrual_writer");
    private final TermsStore structures = new TermsStore(jdbc);
    private final EvaluatedPeriods evaluated = new EvaluatedPeriods(jdbc);
    private final LineCalculator calculator = new LineCalculator(structures, new PeriodPosts(jdbc), jdbc);
    private final AccrualWriter writer = new AccrualWriter(jdbc, evaluated, Clock.fixed(Instant.parse("2026-06-10T00:00:00Z"), ZoneOffset.UTC));

    @Test
    void linesComputedByTermsThatChangedSinceAreNotWrittenAndTheNextRunUsesTheNewTerms() {
        long organisation = jdbc.queryForObject("INSERT INTO organisations (slug, name) VALUES ('terms', 't') RETURNING id", Long.class);
        long project = jdbc.queryForObject("INSERT INTO projects (organisation_id, slug, name) VALUES (?, 'p', 'p') RETURNING id", Long.class, organisation);
        long creator = jdbc.queryForObject("INSERT INTO creators (organisation_id, project_id, handle) VALUES (?, ?, 'c') RETURNING id",
                Long.class, organisation, project);
        long post = jdbc.queryForObject("""
                INSERT INTO posts (organisation_id, creator_id, platform_post_id, kind, url, posted_at, first_seen_at)
                VALUES (?, ?, '7500000000000000009', 'VIDEO', 'u', '2026-05-04T12:00Z', '2026-05-04T12:00Z') RETURNING id""",
                Long.class, organisation, creator);
        jdbc.update("""
                INSERT INTO post_stats_snapshots (organisation_id, post_id, observed_at, fetched_at, views, likes, comments, shares, exact_counts)
                VALUES (?, ?, '2026-05-05T00:00Z', '2026-05-05T00:00Z', 10000, 0, 0, 0, true)""", organisation, post);
        long structure = jdbc.queryForObject("""
                INSERT INTO payout_structures (organisation_id, project_id, name, kind, period, starts_on, cpm_rate)
                VALUES (?, ?, 'cpm', 'CPM', 'MONTHLY', '2026-05-01', 1.00) RETURNING id""", Long.class, organisation, project);
        Period may = new Period(PeriodKind.MONTHLY, LocalDate.parse("2026-05-01"), ZoneOffset.UTC);

        UnitLines byOldTerms = calculator.process(new PayoutUnit(null, List.of(structures.find(organisation, structure).orElseThrow()), may));
        jdbc.update("UPDATE payout_structures SET cpm_rate = 3.00 WHERE id = ?", structure);
        writer.write(Chunk.of(byOldTerms));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payout_accruals", Long.class)).isZero();
        assertThat(evaluated.isDone(EvaluatedPeriods.Subject.PAYOUT_STRUCTURE, structure, may.start())).isFalse();

        writer.write(Chunk.of(calculator.process(new PayoutUnit(null, List.of(structures.find(organisation, structure).orElseThrow()), may))));
        assertThat(jdbc.queryForObject("SELECT amount FROM payout_accruals WHERE post_id = ?", BigDecimal.class, post)).isEqualByComparingTo("30.00");
        assertThat(evaluated.isDone(EvaluatedPeriods.Subject.PAYOUT_STRUCTURE, structure, may.start())).isTrue();
    }
}
