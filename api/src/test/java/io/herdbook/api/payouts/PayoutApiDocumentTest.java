package io.herdbook.api.payouts;

import static io.herdbook.api.payouts.PayoutHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The API document, open without a key, describes every payout endpoint with the scope it needs. */
@PayoutTestContext
class PayoutApiDocumentTest {

    @LocalServerPort int port;

    @Test
    void everyPayoutEndpointSaysItsScope() throws Exception {
        JsonNode paths = json(new PayoutHttp(port, null).get("/api/v1/openapi.json"), 200).get("paths");

        assertThat(scope(paths, "/api/v1/projects/{id}/campaigns", "post")).startsWith("Write scope");
        assertThat(scope(paths, "/api/v1/campaigns/{id}/budget", "get")).startsWith("Read scope");
        assertThat(scope(paths, "/api/v1/campaigns/{id}/creators/{creatorId}", "put")).startsWith("Write scope");
        assertThat(scope(paths, "/api/v1/projects/{id}/payout-structures", "post")).startsWith("Write scope");
        assertThat(scope(paths, "/api/v1/payout-structures/{id}", "patch")).startsWith("Write scope");
        assertThat(scope(paths, "/api/v1/creators/{id}/payout-methods", "get")).startsWith("Read scope");
        assertThat(scope(paths, "/api/v1/payout-methods/{id}", "delete")).startsWith("Write scope");
        assertThat(scope(paths, "/api/v1/projects/{id}/accruals", "get")).startsWith("Read scope");
        assertThat(scope(paths, "/api/v1/creators/{id}/balance", "get")).startsWith("Read scope");
        assertThat(scope(paths, "/api/v1/payments", "post")).startsWith("Write scope");
        assertThat(scope(paths, "/api/v1/creators/{id}/payments", "get")).startsWith("Read scope");
        assertThat(scope(paths, "/api/v1/payments/{id}/receipt", "put")).startsWith("Write scope");
        assertThat(scope(paths, "/api/v1/payments/{id}/receipt", "get")).startsWith("Read scope");
        assertThat(scope(paths, "/api/v1/payout-structures/{id}/reevaluations", "post")).startsWith("Write scope");
    }

    @Test
    void theDocumentAndItsUiAreOpenWithoutAKeyAndTheApiIsNot() throws Exception {
        HttpClient browser = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpResponse<String> ui = browser.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/docs")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(ui.statusCode()).as(ui.body()).isEqualTo(200);
        assertThat(ui.headers().firstValue("content-type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(json(new PayoutHttp(port, null).get("/api/v1/openapi.json"), 200).get("paths").has("/api/v1/payments")).isTrue();
        assertThat(new PayoutHttp(port, null).get("/api/v1/payments/1").statusCode()).isEqualTo(401);
    }

    @Test
    void theDocumentNamesFieldsAsTheApiWritesThemInSnakeCase() throws Exception {
        JsonNode schemas = json(new PayoutHttp(port, null).get("/api/v1/openapi.json"), 200).get("components").get("schemas");

        assertThat(schemas.get("AccrualView").get("properties").propertyNames())
                .contains("period_start", "computed_amount", "unfunded_amount").doesNotContain("periodStart", "computedAmount");
        assertThat(schemas.get("ReevaluationRequest").get("properties").propertyNames()).containsExactly("period_start");
    }

    @Test
    void bodiesReadFieldByFieldAreDescribedWithTheirFieldsAndCreatesAnswer201() throws Exception {
        JsonNode document = json(new PayoutHttp(port, null).get("/api/v1/openapi.json"), 200);
        JsonNode paths = document.get("paths");
        JsonNode schemas = document.get("components").get("schemas");

        JsonNode pay = paths.get("/api/v1/payments").get("post");
        assertThat(pay.get("requestBody").toString()).contains("#/components/schemas/PaymentRequest");
        assertThat(pay.get("responses").propertyNames()).contains("201").doesNotContain("200");
        assertThat(schemas.get("PaymentRequest").get("properties").propertyNames())
                .containsExactlyInAnyOrder("creator_id", "accrual_ids", "method_id", "reference", "paid_at");
        assertThat(schemas.get("PaymentRequest").get("required").toString()).contains("accrual_ids").contains("reference");
        for (String[] create : new String[][] {{"/api/v1/projects/{id}/goals", "GoalRequest"}, {"/api/v1/projects/{id}/campaigns", "CampaignRequest"},
                {"/api/v1/projects/{id}/payout-structures", "PayoutStructureRequest"}, {"/api/v1/creators/{id}/payout-methods", "PayoutMethodRequest"}}) {
            JsonNode post = paths.get(create[0]).get("post");
            assertThat(post.get("requestBody").toString()).as(create[0]).contains("#/components/schemas/" + create[1]);
            assertThat(post.get("responses").propertyNames()).as(create[0]).contains("201");
        }
        assertThat(paths.get("/api/v1/projects/{id}/exports").get("post").get("responses").propertyNames()).contains("202");
        assertThat(schemas.get("PayoutStructureRequest").get("properties").propertyNames()).contains("cap_per_post", "view_window_days", "tiers");
    }

    @Test
    void everyOperationOfTheApiSaysWhichScopeItWillNeed() throws Exception {
        JsonNode paths = json(new PayoutHttp(port, null).get("/api/v1/openapi.json"), 200).get("paths");
        java.util.List<String> silent = new java.util.ArrayList<>();
        paths.propertyNames().forEach(path -> paths.get(path).propertyNames().forEach(method -> {
            JsonNode description = paths.get(path).get(method).get("description");
            // The few open routes (accepting an invitation: the token is the secret) say they need no key instead.
            String says = "(?s).*((Read|Write|Admin) scope|No API key).*";
            if (path.startsWith("/api/v1/") && (description == null || !description.asString().matches(says))) {
                silent.add(method + " " + path);
            }
        }));
        assertThat(silent).isEmpty();
    }

    private static String scope(JsonNode paths, String path, String method) {
        return paths.get(path).get(method).get("description").asString();
    }
}
