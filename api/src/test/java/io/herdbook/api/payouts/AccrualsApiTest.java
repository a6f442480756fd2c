package io.herdbook.api.payouts;

import static io.herdbook.api.payouts.PayoutHttp.fields;
import static io.herdbook.api.payouts.PayoutHttp.json;
import static io.herdbook.api.payouts.PayoutHttp.problem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.herdbook.api.access.TestKeys;
import io.herdbook.jobs.payouts.Keyset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * Accrual lines and balances over real HTTP on loopback, on lines seeded in SQL into a project in Europe/Berlin:
 * two CPM lines, an adjusting line and a goal bonus line, one of them paid.
 */
@PayoutTestContext
class AccrualsApiTest {

    /** 00:30 on 1 April in Berlin (CEST, UTC+2); the 23:30 line below is still 31 March there. */
    private static final Instant APRIL_FIRST_BERLIN = Instant.parse("2026-03-31T22:30:00Z");
    private static final Instant MARCH_LAST_BERLIN = Instant.parse("2026-03-31T21:30:00Z");

    @LocalServerPort int port;

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    private PayoutHttp http;
    private PayoutData data;
    private long organisation;
    private long project;
    private long creator;
    private long post;
    private long first;
    private long second;
    private long adjusting;
    private long bonus;
    private long goalResult;
    private long payment;

    @BeforeEach
    void linesOfAProjectOfItsOwn() {
        http = new PayoutHttp(port, TestKeys.owner(context, PayoutTestContext.ORGANISATION));
        data = new PayoutData(jdbc);
        organisation = data.apiOrganisation();
        project = data.project(organisation, "Europe/Berlin");
        creator = data.creator(organisation, project);
        long structure = data.cpmStructure(organisation, project, null);
        post = data.post(organisation, creator);
        first = data.cpmLine(organisation, project, structure, creator, post, 50, "0.10", "0.00", MARCH_LAST_BERLIN);
        second = data.cpmLine(organisation, project, structure, creator, data.post(organisation, creator), 100, "0.20", "0.05", APRIL_FIRST_BERLIN);
        adjusting = data.adjustment(organisation, project, structure, creator, post, first, "-0.03", Instant.parse("2026-04-10T08:00:00Z"));
        long goal = data.goal(organisation, project, "MONTHLY");
        goalResult = data.goalResult(organisation, goal, creator);
        bonus = data.bonusLine(organisation, project, data.bonusStructure(organisation, project, goal), creator, goalResult, "50.00",
                Instant.parse("2026-04-03T01:10:00Z"));
        payment = jdbc.queryForObject("""
                INSERT INTO payout_payments (organisation_id, creator_id, amount, reference, paid_at)
                VALUES (?, ?, 50.00, ?, '2026-04-05T12:00:00Z') RETURNING id""", Long.class, organisation, creator, "BANK-" + bonus);
        jdbc.update("UPDATE payout_accruals SET payment_id = ? WHERE id = ?", payment, bonus);
    }

    private String accruals() {
        return "/api/v1/projects/" + project + "/accruals";
    }

    @Test
    void aLineShowsItsEvidenceAmountsAndRevision() throws Exception {
        JsonNode line = json(http.get("/api/v1/accruals/" + first), 200);
        JsonNode adjustment = json(http.get("/api/v1/accruals/" + adjusting), 200);

        assertThat(line.get("kind").asString()).isEqualTo("CPM");
        assertThat(line.get("status").asString()).isEqualTo("unpaid");
        assertThat(line.get("creator_id").asLong()).isEqualTo(creator);
        assertThat(line.get("period_start").asString()).isEqualTo("2026-03-01");
        assertThat(line.get("period_from").asString()).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(line.get("period_to").asString()).isEqualTo("2026-04-01T00:00:00Z");
        JsonNode evidence = line.get("evidence");
        assertThat(evidence.get("post_id").asLong()).isEqualTo(post);
        assertThat(evidence.get("post_url").asString()).isEqualTo(data.url(post));
        assertThat(evidence.get("snapshot_observed_at").asString()).isEqualTo("2026-04-02T23:45:00Z");
        assertThat(evidence.get("views").asLong()).isEqualTo(50);
        assertThat(evidence.get("goal_result_id").isNull()).isTrue();
        assertThat(line.get("computed_amount").asString()).isEqualTo("0.10");
        assertThat(line.get("amount").asString()).isEqualTo("0.10");
        assertThat(line.get("unfunded_amount").asString()).isEqualTo("0.00");
        assertThat(line.get("qualified_at").asString()).isEqualTo("2026-03-02T10:00:00Z");
        assertThat(line.get("accrued_at").asString()).isEqualTo("2026-03-31T21:30:00Z");
        assertThat(line.get("revision").asInt()).isZero();
        assertThat(line.get("adjusts_id").isNull()).isTrue();
        assertThat(line.get("payment").isNull()).isTrue();
        assertThat(adjustment.get("revision").asInt()).isEqualTo(1);
        assertThat(adjustment.get("adjusts_id").asLong()).isEqualTo(first);
        assertThat(adjustment.get("amount").asString()).isEqualTo("-0.03");
        assertThat(adjustment.get("note").asString()).isEqualTo("late snapshot");
    }

    @Test
    void aBonusLineShowsItsGoalResultAndItsPayment() throws Exception {
        JsonNode line = json(http.get("/api/v1/accruals/" + bonus), 200);

        assertThat(line.get("kind").asString()).isEqualTo("BONUS");
        assertThat(line.get("status").asString()).isEqualTo("paid");
        assertThat(line.get("evidence").get("goal_result_id").asLong()).isEqualTo(goalResult);
        assertThat(line.get("evidence").get("post_id").isNull()).isTrue();
        assertThat(line.get("payment").get("id").asLong()).isEqualTo(payment);
        assertThat(line.get("payment").get("reference").asString()).isEqualTo("BANK-" + bonus);
        assertThat(line.get("payment").get("paid_at").asString()).isEqualTo("2026-04-05T12:00:00Z");
    }

    @Test
    void theListPagesByAccrualTimeAndIdGivingEveryLineOnce() throws Exception {
        List<Long> ids = new ArrayList<>();
        JsonNode page = json(http.get(accruals() + "?limit=3"), 200);
        while (true) {
            page.get("items").forEach(item -> ids.add(item.get("id").asLong()));
            if (page.get("next").isNull()) {
                break;
            }
            page = json(http.get(accruals() + "?limit=3&cursor=" + page.get("next").asString()), 200);
        }

        assertThat(ids).containsExactly(first, second, bonus, adjusting);
    }

    @Test
    void linesAreFilteredByStatusCreatorAndLocalDays() throws Exception {
        long otherCreator = data.creator(organisation, project);

        assertThat(ids(accruals() + "?status=unpaid")).containsExactly(first, second, adjusting);
        assertThat(ids(accruals() + "?status=PAID")).containsExactly(bonus);
        assertThat(ids(accruals() + "?creator_id=" + creator + "&status=paid")).containsExactly(bonus);
        assertThat(ids(accruals() + "?creator_id=" + otherCreator)).isEmpty();
        // Berlin's 1 April starts at 22:00 UTC on 31 March: the 21:30 UTC line is 31 March's (C11).
        assertThat(ids(accruals() + "?from=2026-04-01&to=2026-04-01")).containsExactly(second);
        assertThat(ids(accruals() + "?from=2026-03-31&to=2026-03-31")).containsExactly(first);
        assertThat(ids(accruals() + "?from=2026-04-01&to=2026-04-10")).containsExactly(second, bonus, adjusting);
    }

    @Test
    void theBalanceSumsEveryLineExactly() throws Exception {
        JsonNode balance = json(http.get("/api/v1/creators/" + creator + "/balance"), 200);
        JsonNode empty = json(http.get("/api/v1/creators/" + data.creator(organisation, project) + "/balance"), 200);

        assertThat(balance.get("creator_id").asLong()).isEqualTo(creator);
        // 0.10 + 0.20 - 0.03 + 50.00
        assertThat(balance.get("accrued").asString()).isEqualTo("50.27");
        assertThat(balance.get("paid").asString()).isEqualTo("50.00");
        assertThat(balance.get("unpaid").asString()).isEqualTo("0.27");
        assertThat(balance.get("unfunded").asString()).isEqualTo("0.05");
        assertThat(empty.get("accrued").asString()).isEqualTo("0.00");
        assertThat(empty.get("unpaid").asString()).isEqualTo("0.00");
    }

    @Test
    void aPaidLineCannotBeChangedUnpaidOrDeleted() {
        assertThatThrownBy(() -> jdbc.update("UPDATE payout_accruals SET amount = 1.00 WHERE id = ?", bonus))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("is written once");
        assertThatThrownBy(() -> jdbc.update("UPDATE payout_accruals SET payment_id = NULL WHERE id = ?", bonus))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("is paid");
        assertThatThrownBy(() -> jdbc.update("UPDATE payout_accruals SET views = 51 WHERE id = ?", first))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("written once");
        assertThatThrownBy(() -> jdbc.update("DELETE FROM payout_accruals WHERE id = ?", bonus))
                .isInstanceOf(DataAccessException.class).hasMessageContaining("cannot be deleted");

        assertThat(jdbc.queryForObject("SELECT amount::text || ' ' || payment_id FROM payout_accruals WHERE id = ?", String.class, bonus))
                .isEqualTo("50.00 " + payment);
    }

    @Test
    void badFiltersAndCursorsAreA400() throws Exception {
        JsonNode paymentsCursor = json(http.get("/api/v1/creators/" + creator + "/payments?limit=1"), 200);

        assertThat(fields(http.get(accruals() + "?status=owed"))).containsExactly("status");
        problem(http.get(accruals() + "?from=2026-04-10&to=2026-04-01"), 400);
        problem(http.get(accruals() + "?from=April"), 400);
        problem(http.get(accruals() + "?cursor=nope"), 400);
        problem(http.get(accruals() + "?limit=0"), 400);
        assertThat(paymentsCursor.get("items")).hasSize(1);
        problem(http.get(accruals() + "?cursor=" + new Keyset("payments", Instant.parse(PayoutTestContext.NOW), 1).token()), 400);
    }

    @Test
    void anotherOrganisationsLinesProjectAndCreatorAreA404() throws Exception {
        long other = data.anotherOrganisation();
        long foreignProject = data.project(other, "UTC");
        long foreignCreator = data.creator(other, foreignProject);
        long foreignLine = data.cpmLine(other, foreignProject, data.cpmStructure(other, foreignProject, null), foreignCreator,
                data.post(other, foreignCreator), 10, "1.00", "0.00", APRIL_FIRST_BERLIN);

        problem(http.get("/api/v1/accruals/" + foreignLine), 404);
        problem(http.get("/api/v1/projects/" + foreignProject + "/accruals"), 404);
        problem(http.get("/api/v1/creators/" + foreignCreator + "/balance"), 404);
        assertThat(ids(accruals() + "?creator_id=" + foreignCreator)).isEmpty();
    }

    private List<Long> ids(String path) throws Exception {
        List<Long> ids = new ArrayList<>();
        json(http.get(path), 200).get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }
}
