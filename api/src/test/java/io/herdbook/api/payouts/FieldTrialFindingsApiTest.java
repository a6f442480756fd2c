package io.herdbook.api.payouts;

import static io.herdbook.api.payouts.PayoutHttp.fields;
import static io.herdbook.api.payouts.PayoutHttp.json;
import static io.herdbook.api.payouts.PayoutHttp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.TestKeys;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/**
 * What a new user's trial of the payout API found, each kind closed: dates no period can be reckoned from, payments
 * of nothing or in the future, a payment's method rewritten by a later edit, and a budget cut below what is owed.
 */
@PayoutTestContext
class FieldTrialFindingsApiTest {

    private static final String[] EXTREME_DAYS = {"+999999999-12-31", "0001-01-01", "1999-12-31", "2100-01-01"};

    @LocalServerPort int port;

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    private PayoutHttp http;
    private PayoutData data;
    private long organisation;
    private long project;
    private long creator;

    @BeforeEach
    void aProjectOfItsOwn() {
        http = new PayoutHttp(port, TestKeys.owner(context, PayoutTestContext.ORGANISATION));
        data = new PayoutData(jdbc);
        organisation = data.apiOrganisation();
        project = data.project(organisation, "America/Chicago");
        creator = data.creator(organisation, project);
    }

    @Test
    void datesOutsideTwoThousandToTwentyNinetyNineAreRefusedByFieldAndNothingIsStored() throws Exception {
        long structures = jdbc.queryForObject("SELECT count(*) FROM payout_structures", Long.class);
        long goals = jdbc.queryForObject("SELECT count(*) FROM goals", Long.class);
        for (String day : EXTREME_DAYS) {
            assertThat(fields(http.post("/api/v1/projects/" + project + "/payout-structures", """
                    {"name": "x", "kind": "FLAT_PER_POST", "period": "WEEKLY", "starts_on": "%s", "flat_fee": "5.00"}""".formatted(day))))
                    .as(day).containsExactly("starts_on");
            assertThat(fields(http.post("/api/v1/projects/" + project + "/goals", """
                    {"name": "x", "metric": "POSTS_IN_PERIOD", "target": 1, "period": "WEEKLY", "starts_on": "%s"}""".formatted(day))))
                    .as(day).containsExactly("starts_on");
            // (An export's range is also refused for its length, which is said first; the point is a 400, never a 500.)
            assertThat(fields(http.get("/api/v1/projects/" + project + "/exports/accruals.csv?from=" + day.replace("+", "%2B") + "&to=2026-01-01")))
                    .as(day).isNotEmpty();
            for (String path : new String[] {"/goal-compliance?period_containing=", "/goal-compliance/summary?period_containing=",
                    "/accruals?from=2026-01-01&to="}) {
                String encoded = day.replace("+", "%2B");
                assertThat(problem(http.get("/api/v1/projects/" + project + path + encoded), 400).toString()).as(path + day)
                        .contains("from 2000-01-01 to 2099-12-31");
            }
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payout_structures", Long.class)).isEqualTo(structures);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM goals", Long.class)).isEqualTo(goals);
    }

    @Test
    void aPaymentOfNothingOrInTheFutureIsRefusedAndNoLineIsMarkedPaid() throws Exception {
        long structure = data.cpmStructure(organisation, project, null);
        long post = data.post(organisation, creator);
        long unfunded = data.cpmLine(organisation, project, structure, creator, post, 1000, "0.00", "12.50", Instant.parse("2026-04-03T00:00:00Z"));
        long owed = data.cpmLine(organisation, project, structure, creator, data.post(organisation, creator), 1000, "7.00", "0.00",
                Instant.parse("2026-04-03T00:00:00Z"));

        JsonNode nothing = problem(http.post("/api/v1/payments", """
                {"creator_id": %d, "accrual_ids": [%d], "reference": "zero-%d"}""".formatted(creator, unfunded, unfunded)), 400);
        assertThat(nothing.get("errors").get(0).get("message").asString()).contains("the lines sum to 0.00");
        // PayoutTestContext's clock says 2026-04-15T09:30:00Z.
        assertThat(fields(http.post("/api/v1/payments", """
                {"creator_id": %d, "accrual_ids": [%d], "reference": "future-%d", "paid_at": "2026-04-15T09:30:01Z"}"""
                .formatted(creator, owed, owed)))).containsExactly("paid_at");
        assertThat(fields(http.post("/api/v1/payments", """
                {"creator_id": %d, "accrual_ids": [%d], "reference": "far-%d", "paid_at": "+999999999-12-31T00:00:00Z"}"""
                .formatted(creator, owed, owed)))).containsExactly("paid_at");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payout_accruals WHERE id IN (?, ?) AND payment_id IS NOT NULL",
                Long.class, unfunded, owed)).isZero();
    }

    @Test
    void aPaymentKeepsTheMethodAsItWasWhenPaidAndWithoutOneNamedTheCreatorsDefault() throws Exception {
        long structure = data.cpmStructure(organisation, project, null);
        long line = data.cpmLine(organisation, project, structure, creator, data.post(organisation, creator), 1000, "7.00", "0.00",
                Instant.parse("2026-04-03T00:00:00Z"));
        long method = json(http.post("/api/v1/creators/" + creator + "/payout-methods", """
                {"kind": "PAYPAL", "details": "ana@example.com"}"""), 201).get("id").asLong();

        JsonNode payment = json(http.post("/api/v1/payments", """
                {"creator_id": %d, "accrual_ids": [%d], "reference": "WIRE-%d", "paid_at": "2026-04-10T15:00:00Z"}"""
                .formatted(creator, line, line)), 201);
        assertThat(payment.get("method_id").asLong()).isEqualTo(method);
        String export = "/api/v1/projects/" + project + "/exports/payments.csv?from=2026-04-10&to=2026-04-10";
        String before = http.get(export).body();
        assertThat(before).contains(",PAYPAL,ana@example.com,");

        json(http.patch("/api/v1/payout-methods/" + method, "{\"kind\": \"CHECK\", \"details\": \"-_- moved\"}"), 200);
        assertThat(http.get(export).body()).isEqualTo(before);
    }

    @Test
    void aBudgetBelowWhatTheCampaignsLinesAlreadyOweIsRefused() throws Exception {
        long campaign = data.campaign(organisation, project, "100.00");
        long structure = data.cpmStructure(organisation, project, campaign);
        data.cpmLine(organisation, project, structure, creator, data.post(organisation, creator), 1000, "60.00", "0.00",
                Instant.parse("2026-04-03T00:00:00Z"));

        JsonNode refused = problem(http.patch("/api/v1/campaigns/" + campaign, "{\"budget\": \"59.99\"}"), 409);
        assertThat(refused.get("detail").asString()).contains("already owe 60.00").contains("59.99");
        assertThat(json(http.patch("/api/v1/campaigns/" + campaign, "{\"budget\": \"60.00\"}"), 200).get("budget").asString()).isEqualTo("60.00");
        assertThat(jdbc.queryForObject("SELECT budget FROM campaigns WHERE id = ?", BigDecimal.class, campaign)).isEqualByComparingTo("60.00");
    }
}
