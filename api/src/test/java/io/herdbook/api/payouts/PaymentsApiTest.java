package io.herdbook.api.payouts;

import static io.herdbook.api.payouts.PayoutHttp.fields;
import static io.herdbook.api.payouts.PayoutHttp.json;
import static io.herdbook.api.payouts.PayoutHttp.problem;
import static org.assertj.core.api.Assertions.assertThat;

import io.herdbook.api.access.TestKeys;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.JsonNode;

/** Payments over real HTTP on loopback: lines paid once, in one transaction, for their exact sum. */
@PayoutTestContext
class PaymentsApiTest {

    private static final Instant ACCRUED = Instant.parse("2026-04-03T01:10:00Z");

    @LocalServerPort int port;

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    private PayoutHttp http;
    private PayoutData data;
    private long organisation;
    private long project;
    private long structure;
    private long creator;
    private long method;

    @BeforeEach
    void aCreatorWithAMethod() {
        http = new PayoutHttp(port, TestKeys.owner(context, PayoutTestContext.ORGANISATION));
        data = new PayoutData(jdbc);
        organisation = data.apiOrganisation();
        project = data.project(organisation, "UTC");
        structure = data.cpmStructure(organisation, project, null);
        creator = data.creator(organisation, project);
        method = jdbc.queryForObject("""
                INSERT INTO payout_methods (organisation_id, creator_id, kind, details, is_default) VALUES (?, ?, 'PAYPAL', 'a@b.c', true)
                RETURNING id""", Long.class, organisation, creator);
    }

    private long line(long creator, String amount) {
        return data.cpmLine(organisation, project, structure, creator, data.post(organisation, creator), 1000, amount, "0.00", ACCRUED);
    }

    private String payment(List<Long> lines, String reference) {
        return "{\"creator_id\": %d, \"accrual_ids\": %s, \"method_id\": %d, \"reference\": \"%s\"}".formatted(creator, lines, method, reference);
    }

    @Test
    void payingLinesRecordsTheirExactSumAndMarksThemPaid() throws Exception {
        long a = line(creator, "0.10");
        long b = line(creator, "0.20");
        long unpaid = line(creator, "5.00");
        String reference = "PAYPAL-" + a;

        HttpResponse<String> created = http.post("/api/v1/payments", payment(List.of(b, a), reference));
        JsonNode paid = json(created, 201);
        long id = paid.get("id").asLong();

        assertThat(created.headers().firstValue("location")).hasValue("/api/v1/payments/" + id);
        assertThat(paid.get("amount").asString()).isEqualTo("0.30");
        assertThat(paid.get("creator_id").asLong()).isEqualTo(creator);
        assertThat(paid.get("method_id").asLong()).isEqualTo(method);
        assertThat(paid.get("reference").asString()).isEqualTo(reference);
        assertThat(paid.get("paid_at").asString()).isEqualTo(PayoutTestContext.NOW);
        assertThat(paid.get("accrual_ids")).extracting(JsonNode::asLong).containsExactly(a, b);
        assertThat(paid.get("receipt_url").isNull()).isTrue();
        assertThat(json(http.get("/api/v1/payments/" + id), 200)).isEqualTo(paid);
        assertThat(jdbc.queryForObject("SELECT amount::text FROM payout_payments WHERE id = ?", String.class, id)).isEqualTo("0.30");
        JsonNode line = json(http.get("/api/v1/accruals/" + a), 200);
        assertThat(line.get("status").asString()).isEqualTo("paid");
        assertThat(line.get("payment").get("reference").asString()).isEqualTo(reference);
        assertThat(json(http.get("/api/v1/accruals/" + unpaid), 200).get("status").asString()).isEqualTo("unpaid");
        JsonNode balance = json(http.get("/api/v1/creators/" + creator + "/balance"), 200);
        assertThat(balance.get("paid").asString()).isEqualTo("0.30");
        assertThat(balance.get("unpaid").asString()).isEqualTo("5.00");
    }

    @Test
    void payingTheSameLineTwiceIsA409AndTheSecondPaymentIsNotStored() throws Exception {
        long a = line(creator, "1.00");
        long b = line(creator, "2.00");
        json(http.post("/api/v1/payments", payment(List.of(a), "FIRST-" + a)), 201);

        HttpResponse<String> again = http.post("/api/v1/payments", payment(List.of(b, a), "SECOND-" + a));

        assertThat(problem(again, 409).get("detail").asString()).contains("already paid");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payout_payments WHERE reference = ?", Long.class, "SECOND-" + a)).isZero();
        assertThat(jdbc.queryForObject("SELECT payment_id IS NULL FROM payout_accruals WHERE id = ?", Boolean.class, b)).isTrue();
    }

    @Test
    void twoPaymentsOfTheSameLinesAtOnceRecordOnlyOne() throws Exception {
        List<Long> lines = List.of(line(creator, "3.00"), line(creator, "4.00"));
        CyclicBarrier start = new CyclicBarrier(2);
        List<CompletableFuture<HttpResponse<String>>> both = new ArrayList<>();
        for (String reference : List.of("RACE-A-" + lines.getFirst(), "RACE-B-" + lines.getFirst())) {
            both.add(CompletableFuture.supplyAsync(() -> {
                try {
                    start.await();
                    return http.post("/api/v1/payments", payment(lines, reference));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }

        List<Integer> statuses = both.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).sorted().toList();

        assertThat(statuses).containsExactly(201, 409);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payout_payments WHERE reference LIKE ?", Long.class, "RACE-_-" + lines.getFirst()))
                .isEqualTo(1);
        assertThat(jdbc.queryForObject("SELECT count(DISTINCT payment_id) FROM payout_accruals WHERE id = ANY (?::bigint[])", Long.class,
                (Object) lines.toArray(Long[]::new))).isEqualTo(1);
    }

    @Test
    void aReferenceInUseIsA409AndTheLinesStayUnpaid() throws Exception {
        long a = line(creator, "1.00");
        long b = line(creator, "1.00");
        json(http.post("/api/v1/payments", payment(List.of(a), "REF-" + a)), 201);

        problem(http.post("/api/v1/payments", payment(List.of(b), "REF-" + a)), 409);

        assertThat(jdbc.queryForObject("SELECT payment_id IS NULL FROM payout_accruals WHERE id = ?", Boolean.class, b)).isTrue();
    }

    @Test
    void theGivenPaidAtIsKeptAndTheCreatorsPaymentsAreListedNewestFirst() throws Exception {
        long a = line(creator, "1.00");
        long b = line(creator, "2.50");
        long older = json(http.post("/api/v1/payments", "{\"creator_id\": %d, \"accrual_ids\": [%d], \"reference\": \"OLD-%d\", \"paid_at\": \"2026-04-01T08:00:00Z\"}"
                .formatted(creator, a, a)), 201).get("id").asLong();
        long newer = json(http.post("/api/v1/payments", payment(List.of(b), "NEW-" + b)), 201).get("id").asLong();

        JsonNode first = json(http.get("/api/v1/creators/" + creator + "/payments?limit=1"), 200);
        JsonNode second = json(http.get("/api/v1/creators/" + creator + "/payments?limit=1&cursor=" + first.get("next").asString()), 200);

        assertThat(first.get("items").get(0).get("id").asLong()).isEqualTo(newer);
        assertThat(second.get("items").get(0).get("id").asLong()).isEqualTo(older);
        assertThat(second.get("items").get(0).get("paid_at").asString()).isEqualTo("2026-04-01T08:00:00Z");
        // No method_id given: the creator's default method is recorded.
        assertThat(second.get("items").get(0).get("method_id").asLong()).isEqualTo(method);
        assertThat(second.get("next").isNull()).isTrue();
    }

    @Test
    void aWrongBodyIsA400ListingEveryWrongFieldAndStoresNothing() throws Exception {
        long a = line(creator, "1.00");
        long otherCreator = data.creator(organisation, project);
        long theirs = line(otherCreator, "1.00");
        long otherMethod = jdbc.queryForObject("""
                INSERT INTO payout_methods (organisation_id, creator_id, kind, details) VALUES (?, ?, 'OTHER', 'x') RETURNING id""",
                Long.class, organisation, otherCreator);

        assertThat(fields(http.post("/api/v1/payments", "{}"))).containsExactly("creator_id", "accrual_ids", "reference");
        assertThat(fields(http.post("/api/v1/payments", "{\"creator_id\": %d, \"accrual_ids\": [%d, %d], \"reference\": \"x\", \"paid_at\": \"today\", \"amount\": \"9.99\"}"
                .formatted(creator, a, a)))).containsExactly("amount", "accrual_ids", "paid_at");
        assertThat(fields(http.post("/api/v1/payments", payment(List.of(a, theirs), "MIXED-" + a)))).containsExactly("accrual_ids");
        assertThat(fields(http.post("/api/v1/payments", "{\"creator_id\": %d, \"accrual_ids\": [%d], \"method_id\": %d, \"reference\": \"M-%d\"}"
                .formatted(creator, a, otherMethod, a)))).containsExactly("method_id");
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payout_payments WHERE creator_id IN (?, ?)", Long.class, creator, otherCreator)).isZero();
    }

    @Test
    void anotherOrganisationsLinesCreatorAndPaymentsAreA404AndUnchanged() throws Exception {
        long mine = line(creator, "1.00");
        long other = data.anotherOrganisation();
        long foreignProject = data.project(other, "UTC");
        long foreignCreator = data.creator(other, foreignProject);
        long foreignLine = data.cpmLine(other, foreignProject, data.cpmStructure(other, foreignProject, null), foreignCreator,
                data.post(other, foreignCreator), 10, "1.00", "0.00", ACCRUED);
        long foreignPayment = jdbc.queryForObject("""
                INSERT INTO payout_payments (organisation_id, creator_id, amount, reference, paid_at) VALUES (?, ?, 1.00, 'THEIRS', now())
                RETURNING id""", Long.class, other, foreignCreator);

        problem(http.post("/api/v1/payments", payment(List.of(mine, foreignLine), "WITH-FOREIGN-" + mine)), 404);
        problem(http.post("/api/v1/payments", "{\"creator_id\": %d, \"accrual_ids\": [%d], \"reference\": \"THEIRS-%d\"}"
                .formatted(foreignCreator, foreignLine, foreignLine)), 404);
        problem(http.get("/api/v1/payments/" + foreignPayment), 404);
        problem(http.get("/api/v1/creators/" + foreignCreator + "/payments"), 404);

        assertThat(jdbc.queryForObject("SELECT count(*) FROM payout_accruals WHERE id IN (?, ?) AND payment_id IS NULL", Long.class, mine, foreignLine))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT count(*) FROM payout_payments WHERE organisation_id IN (?, ?) AND reference <> 'THEIRS' AND creator_id IN (?, ?)",
                Long.class, organisation, other, creator, foreignCreator)).isZero();
    }
}
