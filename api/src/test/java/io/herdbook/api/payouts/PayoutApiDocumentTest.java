package io.herdbook.api.payouts;

import static io.herdbook.api.payouts.PayoutHttp.json;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/** The API document describes every payout endpoint with the scope it will need. */
@PayoutTestContext
class PayoutApiDocumentTest {

    @LocalServerPort int port;

    @Test
    void everyPayoutEndpointSaysItsScope() throws Exception {
        JsonNode paths = json(new PayoutHttp(port).get("/v3/api-docs"), 200).get("paths");

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
    void theDocumentNamesFieldsAsTheApiWritesThemInSnakeCase() throws Exception {
        JsonNode schemas = json(new PayoutHttp(port).get("/v3/api-docs"), 200).get("components").get("schemas");

        assertThat(schemas.get("AccrualView").get("properties").propertyNames())
                .contains("period_start", "computed_amount", "unfunded_amount").doesNotContain("periodStart", "computedAmount");
        assertThat(schemas.get("ReevaluationRequest").get("properties").propertyNames()).containsExactly("period_start");
    }

    private static String scope(JsonNode paths, String path, String method) {
        return paths.get(path).get(method).get("description").asString();
    }
}
